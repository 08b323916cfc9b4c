#!/usr/bin/env python
"""Dask scale-out benchmark (issue 5): ingest throughput on 1 and 2 Dask workers
against the plain multiprocess path, per-task overhead, worker memory, write cost.

Not a test. On the same real news texts (the 89 NGEC-2025 VOA stories, read in place
from ../shared) and into a fresh store each time, it times

1. ``ingest(store, inputs, workers=N)`` (the plain path: ProcessPoolExecutor), N = 1, 2;
2. ``ingest_dask(store, inputs, cluster=client)`` on a warm LocalCluster of N
   single-threaded worker processes (pipeline already built), N = 1, 2; the cluster
   start, pipeline build (plugin) and close are timed apart, as the cold total;
3. 500 empty tasks (the scheduler's per-task cost) and the partition overhead (wall
   time per partition minus the coding and writing the worker measured);
4. each worker's resident memory after the run (and the plain path's, for contrast).

Usage, from the repository root (about 2-3 minutes on 2 cores)::

    .venv/bin/python bench/dask_throughput.py --json bench/results/dask.json
    scripts/with-postgres.sh sh -c '.venv/bin/python bench/dask_throughput.py \
        --postgres "$SUMMITRY_TEST_POSTGRES_URL" --json bench/results/dask.json'
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import platform
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_STORIES = REPO.parent / "shared" / "benchmarks" / "ngec-voa" / "stories.jsonl"


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _noop(i: int) -> int:
    return i


def _fresh_url(base: str | None, folder: Path, name: str) -> str:
    """A new SQLite file, or a new database on the PostgreSQL server ``base``."""
    if not base:
        return str(folder / f"{name}.db")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    db = f"bench_{name}_{uuid.uuid4().hex[:8]}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{db}"'))
    engine.dispose()
    return make_url(base).set(database=db).render_as_string(hide_password=False)


def plain(stories: Path, url: str, workers: int) -> dict[str, Any]:
    """The plain path, cold (pipeline loads included, as a user would run it)."""
    from summitry.config import Settings
    from summitry.store import Store, ingest

    load = os.getloadavg()[0]
    with Store(url) as store:
        cpu = _cpu()
        started = time.perf_counter()
        report = ingest(store, [str(stories)], settings=Settings.load(), workers=workers)
        wall = time.perf_counter() - started
        cpu = _cpu() - cpu  # this process and its (finished) pool processes
    return {"workers": workers, "wall_s": round(wall, 2), "stored": report.stored,
            "articles_per_s": round(report.stored / wall, 2),
            "cpu_s": round(cpu, 2), "cpu_ms_per_article": round(1000 * cpu / report.stored, 1),
            "cpu_share": round(cpu / wall / workers, 2),
            "loadavg_1m_before": round(load, 2), "client_rss_mb": round(_rss_mb(), 1)}


def _cpu() -> float:
    """CPU seconds of this process and its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def dask_run(stories: Path, url: str, workers: int, partition_size: int) -> dict[str, Any]:
    """The Dask path: cluster start, pipeline build, a warm ingest, trivial tasks, close."""
    from distributed import Client, LocalCluster

    from summitry.config import Settings
    from summitry.scale import PipelinePlugin, ingest_dask

    settings = Settings.load()
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, host="127.0.0.1", memory_limit="4GiB",
                           silence_logs=logging.WARNING)
    client = Client(cluster)
    t1 = time.perf_counter()
    client.register_plugin(PipelinePlugin(settings))
    t2 = time.perf_counter()
    rss_loaded = client.run(_rss_mb)
    report = ingest_dask(url, [str(stories)], cluster=client, partition_size=partition_size,
                         settings=settings)
    t3 = time.perf_counter()
    futures = client.map(_noop, range(500), pure=False)
    client.gather(futures)
    t4 = time.perf_counter()
    del futures
    rss_after = client.run(_rss_mb)
    client.close()
    cluster.close()
    t5 = time.perf_counter()
    busy = report.seconds_coding + report.seconds_writing
    parts = max(report.partitions, 1)
    return {
        "workers": workers, "partition_size": partition_size, "partitions": report.partitions,
        "stored": report.stored,
        "cluster_start_s": round(t1 - t0, 2), "pipeline_build_s": round(t2 - t1, 2),
        "ingest_wall_s": round(t3 - t2, 2),
        "articles_per_s_warm": round(report.stored / (t3 - t2), 2),
        "close_s": round(t5 - t4, 2), "cold_total_s": round(t5 - t0, 2),
        "articles_per_s_cold": round(report.stored / (t5 - t0), 2),
        "loadavg_1m_before": round(load, 2),
        "worker_cpu_s": round(report.cpu_seconds, 2),
        "cpu_ms_per_article": round(1000 * report.cpu_seconds / max(report.stored, 1), 1),
        # the share of a core each worker got while ingesting (1.0: the machine was free)
        "cpu_share": round(report.cpu_seconds / (t3 - t2) / workers, 2),
        "coding_s_summed": round(report.seconds_coding, 2),
        "writing_s_summed": round(report.seconds_writing, 2),
        "write_ms_per_article": round(1000 * report.seconds_writing / max(report.stored, 1), 2),
        "coding_ms_per_article": round(1000 * report.seconds_coding / max(report.stored, 1), 1),
        "partition_work_s": round(busy / parts, 3),
        # worker-slot time not spent coding or writing, per partition: scheduling,
        # pickling, the client's reading and key look-ups, the idle tail (an upper bound)
        "partition_overhead_s": round(((t3 - t2) * workers - busy) / parts, 3),
        "trivial_task_ms": round((t4 - t3) / 500 * 1000, 2),
        "worker_rss_mb_loaded": sorted(round(v, 1) for v in rss_loaded.values()),
        "worker_rss_mb_after": sorted(round(v, 1) for v in rss_after.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=Path, default=DEFAULT_STORIES)
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-size", type=int, default=16)
    parser.add_argument("--postgres", help="a PostgreSQL server URL: stores go there "
                                           "(a fresh database per run) instead of SQLite")
    args = parser.parse_args(argv)
    if not args.stories.is_file():
        print(f"stories file not found: {args.stories} (the benchmark reads "
              "../shared/benchmarks/ngec-voa/stories.jsonl in place)", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING)
    texts = [json.loads(line)["text"] for line in args.stories.open(encoding="utf-8")]
    started = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    load_start = os.getloadavg()
    results: dict[str, Any] = {"plain": [], "dask": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in args.workers:
            url = _fresh_url(args.postgres, folder, f"plain{n}")
            results["plain"].append(plain(args.stories, url, n))
            print("plain", results["plain"][-1], file=sys.stderr)
            url = _fresh_url(args.postgres, folder, f"dask{n}")
            results["dask"].append(dask_run(args.stories, url, n, args.partition_size))
            print("dask", results["dask"][-1], file=sys.stderr)
    backend = "postgresql" if args.postgres else "sqlite"
    run = {
        "machine": {"platform": platform.platform(), "cpu_count": os.cpu_count(),
                    "python": platform.python_version(), "date": started,
                    "loadavg_at_start": list(load_start),
                    "loadavg_at_end": list(os.getloadavg())},
        "command": "python bench/dask_throughput.py " + " ".join(
            a if "://" not in a else "<postgres-url>" for a in (argv or sys.argv[1:])),
        "input": {"path": str(args.stories), "articles": len(texts),
                  "words": sum(len(t.split()) for t in texts)},
        **results,
    }
    if args.json:  # one section per backend; a run replaces its own section only
        old = json.loads(args.json.read_text()) if args.json.is_file() else {}
        old[backend] = run
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(old, indent=2) + "\n", encoding="utf-8")
    else:
        sys.stdout.write(json.dumps({backend: run}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
