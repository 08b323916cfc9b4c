"""Parquet partitions by date (a rerun overwrites, never duplicates) and their loading;
the pipeline over a Dask bag; the JSON round trip of a document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summitry.pipeline import Failure
from summitry.scale import (
    articles_bag,
    code_bag,
    document_from_dict,
    event_records,
    ingest_dask,
    load_parquet,
    parquet_files,
)
from summitry.store import Store, content_key
from summitry.types import Document
from tests.scale.conftest import EXAMPLES, expected_keys, store_rows


def test_parquet_partitions_then_load(client: Any, inputs: list[str], tmp_path: Path,
                                      reference: dict[str, Any]) -> None:
    out = tmp_path / "parquet"
    report = ingest_dask(None, inputs, cluster=client, partition_size=6,
                         output=f"parquet:{out}")
    files = parquet_files(out)
    assert report.stored == 18 and sorted(report.files) == sorted(map(str, files))
    assert all(f.parent.name.startswith("date=") for f in files)
    assert (out / "date=unknown").is_dir() or all(f.parent.name != "date=" for f in files)
    # the same run again writes the same files (same names), not a second copy
    again = ingest_dask(None, inputs, cluster=client, partition_size=6,
                        output=f"parquet:{out}")
    assert sorted(again.files) == sorted(report.files) and parquet_files(out) == files

    url = str(tmp_path / "loaded.db")
    with Store(url) as store:
        loaded = load_parquet(store, out)
        assert loaded.read == 18 and loaded.stored == 18 and not loaded.skipped
        twice = load_parquet(store, out)
        assert twice.stored == 0 and twice.duplicates == 18
    rows = store_rows(url)
    assert sorted(rows["keys"]) == sorted(expected_keys(inputs))
    for table in ("articles", "reports", "meeting_reports", "quotes"):
        assert rows["counts"][table] == reference["counts"][table], table


def test_parquet_skips_what_the_store_has(client: Any, inputs: list[str],
                                          tmp_path: Path) -> None:
    url = str(tmp_path / "known.db")
    ingest_dask(url, inputs[1:], cluster=client)  # the 5 synthetic articles
    report = ingest_dask(url, inputs, cluster=client, output=f"parquet:{tmp_path / 'p'}")
    assert report.stored == 13 and report.duplicates == 7
    assert store_rows(url)["counts"]["articles"] == 5  # parquet output leaves it alone


def test_code_bag(client: Any) -> None:
    bag = articles_bag([str(EXAMPLES)], partition_size=5)
    assert bag.npartitions == 3
    docs = code_bag(bag).compute()
    assert len(docs) == 13 and all(isinstance(d, Document) for d in docs)
    assert sum(len(d.events) for d in docs) > 0
    events = event_records(code_bag(bag)).compute()
    assert len(events) == sum(len(d.events) for d in docs)
    assert {"cameo", "source_country", "target_country", "date"} <= set(events[0])


def test_code_bag_of_texts_keeps_failures_on_request(client: Any) -> None:
    import dask.bag as db

    from summitry.types import Article

    bad = Article(text="Japan met China.", id="bad-date", date="13/05/2025")
    texts = db.from_sequence(["Japan protested to China on Thursday.", bad], npartitions=1)
    out = code_bag(texts, keep_failures=True).compute()
    assert isinstance(out[0], Document) and isinstance(out[1], Failure)
    assert len(code_bag(texts).compute()) == 1


def test_document_json_round_trip(pipeline: Any) -> None:
    from summitry.readers import read_paths

    for article in read_paths([str(EXAMPLES)]):
        doc = pipeline.code(article)
        data = json.loads(json.dumps(doc.to_dict(include_text=True)))
        assert document_from_dict(data) == doc
        assert content_key(document_from_dict(data).text) == content_key(article.text)
