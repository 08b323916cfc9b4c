"""ingest_dask on a LocalCluster of 2 workers, into SQLite and PostgreSQL: every article
once, the same rows as the plain ingest, and a second run that stores nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from summitry.scale import ingest_dask
from tests.scale.conftest import expected_keys, store_rows


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "dask.db")
    return str(request.getfixturevalue("pg_url"))


def test_ingest_stores_every_article_once(client: Any, inputs: list[str], store_url: str,
                                          reference: dict[str, Any]) -> None:
    seen: list[int] = []
    report = ingest_dask(store_url, inputs, cluster=client, partition_size=4,
                         progress=lambda done, total: seen.append(done))
    rows = store_rows(store_url)
    assert sorted(rows["keys"]) == sorted(expected_keys(inputs))  # each once, none lost
    assert report.read == 20 and report.stored == 18 and report.duplicates == 2
    assert report.workers == 2 and report.partitions == 5 and not report.skipped
    # the same pipeline: the same articles, event reports, meetings and quotes
    for table in ("articles", "reports", "meeting_reports", "quotes"):
        assert rows["counts"][table] == reference["counts"][table], table
    assert report.events_new + report.events_merged == rows["counts"]["reports"]
    assert seen and seen[-1] == 20 and max(seen) <= 20 and seen == sorted(seen)
    assert set(report.worker_rss_mb) and all(mb > 50 for mb in report.worker_rss_mb.values())

    again = ingest_dask(store_url, inputs, cluster=client, partition_size=4)
    assert again.stored == 0 and again.duplicates == 20 and again.partitions == 0
    assert store_rows(store_url)["counts"] == rows["counts"]


def test_resumes_after_partial_run(client: Any, inputs: list[str], tmp_path: Path) -> None:
    url = str(tmp_path / "partial.db")
    first = ingest_dask(url, inputs[:1], cluster=client, partition_size=8)
    assert first.stored == 13
    second = ingest_dask(url, inputs, cluster=client, partition_size=8)
    assert second.stored == 5 and second.duplicates == 15
    assert sorted(store_rows(url)["keys"]) == sorted(expected_keys(inputs))
