"""A worker killed in the middle of a partition (inside an article's write transaction):
Dask runs the partition again, and the store ends with every article exactly once."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from summitry.scale import ingest_dask
from tests.scale import crash
from tests.scale.conftest import expected_keys, store_rows


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "crash.db")
    return str(request.getfixturevalue("pg_url"))


def test_worker_killed_mid_partition(client: Any, inputs: list[str], store_url: str,
                                     reference: dict[str, Any], tmp_path: Path) -> None:
    marker = tmp_path / "crashed"
    client.wait_for_workers(2, timeout=60)
    before = set(client.run(crash.arm, str(marker), 2).values())
    try:
        report = ingest_dask(store_url, inputs, cluster=client, partition_size=5)
    finally:
        client.run(crash.disarm)
    assert marker.exists(), "no worker was killed: the test proved nothing"
    killed = int(marker.read_text())
    assert killed in before and killed not in set(client.run(os.getpid).values())
    rows = store_rows(store_url)
    assert sorted(rows["keys"]) == sorted(expected_keys(inputs))  # each once, none lost
    # the article being written when the worker died was rolled back and written again
    for table in ("articles", "reports", "meeting_reports", "quotes"):
        assert rows["counts"][table] == reference["counts"][table], table
    assert not report.skipped
    # the retried partition found what its first attempt had committed
    assert report.resumed >= 1
    assert report.stored + report.resumed == 18
