"""Fixtures for the Dask tests: one LocalCluster of 2 worker processes for the session,
small synthetic articles, a fresh PostgreSQL database per test when a server is given.

PostgreSQL: run under ``scripts/with-postgres.sh`` (it sets SUMMITRY_TEST_POSTGRES_URL);
without it the PostgreSQL tests skip with a message saying so.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summitry.readers import ReadProblem, read_paths
from summitry.store import content_key
from tests.helpers import REPO, postgres_database

EXAMPLES = REPO / "examples"

# Original text written for these tests (not from any news source).
SYNTHETIC = [
    ("syn-1", "2025-05-12", ("SEOUL, May 12 - South Korean President Lee Jae-myung met "
     "Japanese Prime Minister Shigeru Ishiba in Seoul on Monday. The two leaders agreed to "
     "expand cooperation on supply chains and to hold regular talks.")),
    ("syn-2", "2025-05-13", ("BERLIN, May 13 - German Chancellor Friedrich Merz hosted French "
     "President Emmanuel Macron in Berlin on Tuesday. Merz said Germany would increase aid "
     "to Ukraine.")),
    ("syn-3", "2025-05-14", ("NAIROBI, May 14 - Kenya's foreign minister criticised Sudan's "
     "army on Wednesday and urged both sides to agree to a ceasefire.")),
    ("syn-4", None, ("Officials from Canada and Mexico met in Ottawa to discuss trade. They "
     "signed an agreement on energy cooperation.")),
    ("syn-5", "2025-05-15", ("TOKYO, May 15 - Japan protested to China over a coast guard "
     "incursion near the Senkaku Islands on Thursday, the foreign ministry said.")),
]


def synthetic_jsonl(folder: Path) -> Path:
    """The synthetic articles as JSONL, with an exact duplicate and a re-spaced one."""
    rows = [{"id": i, "date": d, "title": f"synthetic {i}", "text": t} for i, d, t in SYNTHETIC]
    rows.append(dict(rows[0], id="syn-1-again"))  # same text: one article
    rows.append(dict(rows[1], id="syn-2-spaced", text=rows[1]["text"].replace(" ", "  ")))
    path = folder / "synthetic.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def expected_keys(inputs: list[str]) -> set[str]:
    """The content keys a run over ``inputs`` must store, each once."""
    return {content_key(a.text) for a in read_paths(inputs) if not isinstance(a, ReadProblem)}


@pytest.fixture(scope="session")
def client() -> Iterator[Any]:
    """A LocalCluster of 2 single-threaded worker processes, shared by the tests."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None, host="127.0.0.1", memory_limit="3GiB",
                      silence_logs=logging.WARNING) as cluster, Client(cluster) as client:
        yield client


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The bundled examples (13 articles) and the synthetic ones (5 new, 2 repeats)."""
    return [str(EXAMPLES), str(synthetic_jsonl(tmp_path_factory.mktemp("synthetic")))]


@pytest.fixture(scope="session")
def reference(inputs: list[str], pipeline: Any,
              tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What the plain in-process ingest stores for ``inputs``: the result to match."""
    from summitry.store import Store, ingest

    url = str(tmp_path_factory.mktemp("reference") / "plain.db")
    with Store(url) as store:
        ingest(store, inputs, pipeline=pipeline)
    return store_rows(url)


@pytest.fixture
def pg_url(client: Any) -> Iterator[str]:
    """A URL of a fresh, empty PostgreSQL database, dropped after the test."""
    from summitry.scale.worker import close_stores

    with postgres_database("summitry_scale_") as url:
        try:
            yield url
        finally:
            client.run(close_stores)


def store_rows(url: str) -> dict[str, Any]:
    """What a store holds: its counts and the content key of every article row."""
    from sqlalchemy import select

    from summitry.store import Store
    from summitry.store import schema as s

    with Store(url) as store:
        with store.read() as conn:
            keys = list(conn.execute(select(s.articles.c.key)).scalars())
        return {"counts": store.counts(), "keys": keys}
