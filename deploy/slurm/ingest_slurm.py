#!/usr/bin/env python
"""Ingest on a Slurm cluster: dask-jobqueue submits worker jobs, summitry runs on them.

Run from a login node, in the venv that the worker jobs also activate
(``pip install summitry dask-jobqueue``), with ``jobqueue.yaml`` in
~/.config/dask/ (or DASK_CONFIG)::

    python deploy/slurm/ingest_slurm.py /scratch/news/2026-11-27/ \\
        --db postgresql+psycopg://summitry@dbhost/summitry --jobs 4

The store must be reachable from the compute nodes (PostgreSQL; an SQLite file only
on a shared file system with working locks, and one writer at a time anyway). A
rerun after a timeout or a preempted job stores only what is missing.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="files, folders or globs to ingest")
    parser.add_argument("--db", required=True, help="the store's URL (PostgreSQL)")
    parser.add_argument("--jobs", type=int, default=2, help="Slurm jobs (nodes) to start")
    parser.add_argument("--partition-size", type=int, default=32)
    parser.add_argument("--output", default="store", help="store, or parquet:DIR")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")

    from dask_jobqueue import SLURMCluster
    from distributed import Client

    from summitry.scale import ingest_dask

    with SLURMCluster() as cluster, Client(cluster) as client:  # settings: jobqueue.yaml
        cluster.scale(jobs=args.jobs)
        client.wait_for_workers(1, timeout=1800)  # the queue may take a while
        report = ingest_dask(args.db, args.inputs, cluster=client,
                             partition_size=args.partition_size, output=args.output)
    json.dump(report.to_dict(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 1 if report.skipped and not report.stored else 0


if __name__ == "__main__":
    sys.exit(main())
