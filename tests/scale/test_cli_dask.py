"""``summitry ingest --dask``: a scheduler address, and bad values refused clearly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summitry.cli import app
from summitry.errors import ConfigError
from summitry.scale import ClusterSpec, parse_cluster, parse_output
from tests.scale.conftest import EXAMPLES, expected_keys, store_rows


def test_cli_ingest_on_a_scheduler(client: Any, tmp_path: Path) -> None:
    db, out = tmp_path / "cli.db", tmp_path / "report.json"
    address = client.scheduler.address
    args = ["ingest", str(EXAMPLES), "--db", str(db), "--dask", address, "--quiet",
            "--report", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert report["stored"] == 13 and report["workers"] == 2 and report["cluster"] == address
    assert sorted(store_rows(str(db))["keys"]) == sorted(expected_keys([str(EXAMPLES)]))


def test_cli_refuses_a_bad_cluster(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"),
                                      "--dask", "local:zero", "--quiet"])
    assert result.exit_code == 1
    assert "local:N" in result.output


@pytest.mark.parametrize(("value", "spec"), [
    ("local:3", ClusterSpec(None, 3)), ("tcp://10.0.0.5:8786", ClusterSpec("tcp://10.0.0.5:8786", 0)),
    ("tls://scheduler:8786", ClusterSpec("tls://scheduler:8786", 0))])
def test_parse_cluster(value: str, spec: ClusterSpec) -> None:
    assert parse_cluster(value) == spec


@pytest.mark.parametrize("value", ["", "local:0", "local:-1", "8786", "tcp://", "http://x"])
def test_parse_cluster_refuses(value: str) -> None:
    with pytest.raises(ConfigError, match="local:N"):
        parse_cluster(value)


def test_parse_output(tmp_path: Path) -> None:
    assert parse_output("store") is None
    assert parse_output(f"parquet:{tmp_path}") == str(tmp_path)
    for bad in ("parquet:", "csv:x", ""):
        with pytest.raises(ConfigError):
            parse_output(bad)


def test_in_memory_sqlite_is_refused() -> None:
    from summitry.scale import ingest_dask
    from summitry.store import Store

    with Store("sqlite://") as store, pytest.raises(ConfigError, match="in-memory"):
        ingest_dask(store, [str(EXAMPLES)], cluster="local:1")
