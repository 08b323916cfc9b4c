#!/usr/bin/env python
"""Store benchmarks (issue 4): ingest rate, database size, dyad-series latency.

1. Ingest rate (articles/s, whole command including the model load) of the 89 real
   VOA stories in ../shared/benchmarks/ngec-voa/stories.jsonl, into SQLite and into
   PostgreSQL (when ``SUMMITRY_TEST_POSTGRES_URL`` is set, e.g. under
   ``scripts/with-postgres.sh``), with 1 and 2 worker processes.
2. Database size per 1,000 articles (SQLite file after the VOA ingest).
3. Latency of ``dyad_series`` (and an events page) over a store of ``--events``
   stored events (default 100,000), made from synthetic articles of our own: a
   handful of template articles are coded once, then stored many times with
   other country pairs and dates (through the same writer, dedup on).

Usage::

    scripts/with-postgres.sh .venv/bin/python bench/store.py --json bench/results/store.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
STORIES = REPO.parent / "shared" / "benchmarks" / "ngec-voa" / "stories.jsonl"

TEMPLATES = [
    "President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday. "
    "The two leaders agreed to expand cooperation on trade and security.",
    "China's foreign ministry criticised Japan on Tuesday over its new defence plan and "
    "accused Tokyo of raising tensions in the region.",
    "The United States imposed sanctions on Russian banks on Wednesday, and Moscow "
    "threatened to retaliate.",
    "German Chancellor Friedrich Merz hosted French President Emmanuel Macron in Berlin on "
    "Thursday, and the two leaders signed an agreement on energy.",
    "India and Pakistan exchanged fire along the border on Friday, and New Delhi expelled a "
    "Pakistani diplomat.",
]
COUNTRIES = ["USA", "CHN", "RUS", "JPN", "KOR", "PRK", "DEU", "FRA", "GBR", "IND", "PAK",
             "IRN", "ISR", "TUR", "BRA", "ZAF", "NGA", "EGY", "SAU", "UKR"]


def voa_jsonl(folder: Path) -> Path:
    """The VOA stories as our JSONL (date from ``published``), in a temporary folder."""
    out = folder / "voa.jsonl"
    with STORIES.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            rec = json.loads(line)
            dst.write(json.dumps({"id": rec["id"], "url": rec.get("url"),
                                  "title": rec.get("title"), "text": rec["text"],
                                  "date": (rec.get("published") or "")[:10] or None}) + "\n")
    return out


def ingest_rate(url: str, path: Path, workers: int) -> dict[str, Any]:
    from summitry.store import Store, ingest

    started, cpu = time.perf_counter(), _cpu()
    with Store(url) as store:
        report = ingest(store, [str(path)], workers=workers)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    return {"articles": report.stored, "workers": workers, "seconds": round(seconds, 2),
            "articles_per_s": round(report.stored / seconds, 2),
            "cpu_ms_per_article": round(cpu / report.stored * 1000),
            "load_average_1m": round(os.getloadavg()[0], 2),
            "events": report.events_new + report.events_merged}


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the worker processes)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def synthetic(url: str, n_events: int, seed: int = 7) -> dict[str, Any]:
    """Fill a store with about ``n_events`` events from recoloured template articles."""
    from summitry import Pipeline
    from summitry.store import Store
    from summitry.store.store import _coder_version, content_key
    from summitry.store.writer import write_document
    from summitry.types import Location, Party

    pipeline = Pipeline()
    docs = [pipeline.code(t, date="2025-01-06", id=f"t{i}") for i, t in enumerate(TEMPLATES)]
    rng = random.Random(seed)
    made = articles = 0
    started = time.perf_counter()
    with Store(url) as store:
        while made < n_events:
            with store.write() as conn:
                for _ in range(200):
                    doc = rng.choice(docs)
                    a, b = rng.sample(COUNTRIES, 2)
                    day = (dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650)))
                    date = day.isoformat()
                    events = tuple(replace(
                        e, date=date,
                        source=Party(a, a, e.source.sector, e.source.text),
                        target=Party(b, b, e.target.sector, e.target.text) if e.target else None,
                        location=Location(a, None)) for e in doc.events)
                    text = doc.text + f" [synthetic {articles}]"
                    new = replace(doc, id=f"s{articles}", date=date, text=text, events=events,
                                  meetings=(), quotes=(), actors=())
                    result = write_document(conn, new, key=content_key(text),
                                            rules=store.dedup, coder_version=_coder_version())
                    articles += 1
                    made += result.events_new  # events, not reports: merges do not count
        counts = store.counts()
    fill = {"articles": articles, "events": counts["events"], "reports": counts["reports"],
            "seconds_to_fill": round(time.perf_counter() - started, 1)}
    if url.startswith("sqlite:///"):
        fill["bytes_per_1000_articles"] = round(_sqlite_size(url[10:]) / articles * 1000)
    return fill


def _sqlite_size(path: str) -> int:
    """The file's size after folding the write-ahead log into it."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(path).stat().st_size


def latency(url: str, repeat: int = 30) -> dict[str, Any]:
    from summitry.store import Store, dyad_series, events

    rng = random.Random(3)
    series, pages = [], []
    with Store(url) as store:
        for _ in range(repeat):
            a, b = rng.sample(COUNTRIES, 2)
            t = time.perf_counter()
            rows = dyad_series(store, a, b)
            series.append(time.perf_counter() - t)
            t = time.perf_counter()
            events(store, country=a, limit=50)
            pages.append(time.perf_counter() - t)
    return {"dyad_series_ms_p50": round(statistics.median(series) * 1000, 1),
            "dyad_series_ms_max": round(max(series) * 1000, 1),
            "events_page_ms_p50": round(statistics.median(pages) * 1000, 1),
            "months_per_series": len(rows), "repeat": repeat}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    if not STORIES.exists() and not args.skip_ingest:
        print(f"{STORIES} is absent (../shared)", file=sys.stderr)
        return 2
    pg = os.environ.get("SUMMITRY_TEST_POSTGRES_URL")
    result: dict[str, Any] = {"date": dt.date.today().isoformat(),
                              "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                                         f"{platform.python_version()}"}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_ingest:
            path = voa_jsonl(folder)
            runs = []
            for workers in (1, 2):
                db = folder / f"voa{workers}.db"
                if workers == 1:  # what an empty store (schema + knowledge base) weighs
                    from summitry.actors.kb import KnowledgeBase
                    from summitry.store import Store

                    with Store(f"sqlite:///{folder / 'empty.db'}") as empty:
                        empty.sync_actors(KnowledgeBase.load())
                    base = _sqlite_size(str(folder / "empty.db"))
                runs.append({"backend": "sqlite", **ingest_rate(f"sqlite:///{db}", path,
                                                                workers)})
                if workers == 1:
                    size = _sqlite_size(str(db))
                    result["sqlite_empty_store_bytes"] = base
                    result["sqlite_voa_bytes_per_1000_articles"] = round(
                        (size - base) / runs[-1]["articles"] * 1000)
                if pg:
                    runs.append({"backend": "postgresql", **_pg_run(pg, path, workers)})
            result["ingest"] = runs
        fill = synthetic(f"sqlite:///{folder / 'big.db'}", args.events)
        result["synthetic_sqlite"] = {**fill, **latency(f"sqlite:///{folder / 'big.db'}")}
        if pg:
            url = _fresh_pg(pg, "bench_big")
            fill = synthetic(url, args.events)
            result["synthetic_postgresql"] = {**fill, **latency(url)}
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


def _fresh_pg(admin: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin).set(database=name).render_as_string(hide_password=False)


def _pg_run(admin: str, path: Path, workers: int) -> dict[str, Any]:
    url = _fresh_pg(admin, f"bench_voa{workers}")
    run = ingest_rate(url, path, workers)
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
    engine.dispose()
    run["database_bytes"] = int(size or 0)
    return run


if __name__ == "__main__":
    sys.exit(main())
