"""Exports: every format holds every event, with the documented columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from summitry.errors import QueryError
from summitry.store import Store, events
from summitry.store.export import GDELT_COLUMNS, export


def test_csv_and_jsonl_hold_every_event(filled: Store, tmp_path: Path) -> None:
    total = filled.counts()["events"]
    out = tmp_path / "events.csv"
    assert export(filled, "csv", out) == total
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == total and {"cameo", "source_country", "evidence", "urls"} <= set(rows[0])
    buffer = io.StringIO()
    assert export(filled, "jsonl", buffer, country="JPN") == len(events(filled, country="JPN"))
    record = json.loads(buffer.getvalue().splitlines()[0])
    assert record["evidence"] and isinstance(record["article_ids"], list)


def test_parquet_has_typed_columns(filled: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    assert export(filled, "parquet", out, root=["04"]) == len(events(filled, root="04"))
    table = pq.read_table(out)
    assert table.num_rows == len(events(filled, root="04"))
    assert str(table.schema.field("goldstein").type) == "double"
    assert set(table.column("cameo_root").to_pylist()) == {"04"}


def test_gdelt_table_has_the_61_columns(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    count = export(filled, "gdelt", out, country="PHL")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(GDELT_COLUMNS) == 61 and count == len(lines) > 0
    row = dict(zip(GDELT_COLUMNS, lines[0].split("\t")))
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert row["SQLDATE"].isdigit() and len(row["SQLDATE"]) == 8
    assert row["EventRootCode"] == row["EventCode"][:2]
    assert "PHL" in (row["Actor1CountryCode"], row["Actor2CountryCode"])
    assert int(row["NumArticles"]) >= 1


def test_plover_json_names_actor_recipient_and_stories(filled: Store) -> None:
    buffer = io.StringIO()
    export(filled, "plover", buffer, country="JPN", counterpart="PHL")
    records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert records
    for rec in records:
        assert rec["event_type"] is None or rec["event_type"].isupper()
        assert {rec["actor"]["country"], rec["recipient"]["country"]} == {"JPN", "PHL"}
        assert len({s["story_id"] for s in rec["stories"]}) == rec["report_count"] >= 1
        assert all(s["url"].startswith("https://example.org/") for s in rec["stories"])


def test_a_failed_export_leaves_no_file(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "never.csv"
    with pytest.raises(QueryError):
        export(filled, "csv", out, since="not a date")
    assert not out.exists() and list(tmp_path.iterdir()) == []
    with pytest.raises(QueryError, match="unknown export format"):
        export(filled, "xlsx", out)
