"""``ingest_dask``: the store's ingest, with coding and writing spread over a Dask cluster.

The client reads the inputs, drops the articles whose content key is already stored
(or seen earlier in the run), and cuts the rest into partitions, which it submits a
few at a time (memory on the client stays bounded however large the input). Each
worker codes a partition with its own pipeline and writes it itself, to the shared
store or to Parquet files. A worker that dies mid-partition makes the scheduler run
the partition again elsewhere; the content-hash keys make that rerun idempotent.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from ..readers import ReadProblem, read_paths
from ..store import DedupRules, IngestReport, Skipped, Store
from ..store.ingest import new_article_chunks, where
from ..types import Article
from .cluster import ClusterSpec, connect, parse_cluster, worker_slots
from .tasks import Job, Pairs, PartitionResult, run_partition

logger = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]  # (articles done, total or None)
DEFAULT_PARTITION_SIZE = 32  # ~3-10 s of coding: the ~2 ms per-task cost is negligible
DEFAULT_RETRIES = 2  # a task that raises runs again up to this many times


@dataclass
class DaskReport(IngestReport):
    """An ``IngestReport`` with what the cluster did."""

    cluster: str = ""
    workers: int = 0
    partitions: int = 0
    resumed: int = 0  # found stored when a partition (re)started: an earlier attempt's
    seconds_coding: float = 0.0  # summed over the workers
    seconds_writing: float = 0.0
    cpu_seconds: float = 0.0  # the workers' CPU time for coding and writing
    worker_rss_mb: dict[str, float] = field(default_factory=dict)  # peak seen per worker
    files: list[str] = field(default_factory=list)  # Parquet files written

    @property
    def rate(self) -> float:
        done = self.stored + self.duplicates + self.resumed
        return done / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data.update({"cluster": self.cluster, "workers": self.workers,
                     "partitions": self.partitions, "resumed": self.resumed,
                     "seconds_coding": round(self.seconds_coding, 3),
                     "seconds_writing": round(self.seconds_writing, 3),
                     "cpu_seconds": round(self.cpu_seconds, 3),
                     "worker_rss_mb": dict(self.worker_rss_mb), "files": len(self.files)})
        return data

    def add(self, part: PartitionResult) -> None:
        """Sum one partition's result into the report."""
        self.partitions += 1
        for name in ("stored", "duplicates", "resumed", "events_new", "events_merged",
                     "meetings_new", "meetings_merged", "quotes", "seconds_coding",
                     "seconds_writing", "cpu_seconds"):
            setattr(self, name, getattr(self, name) + getattr(part, name))
        self.skipped.extend(part.skipped)
        self.files.extend(part.files)
        if part.worker:
            self.worker_rss_mb[part.worker] = max(part.rss_mb,
                                                  self.worker_rss_mb.get(part.worker, 0.0))


def parse_output(output: str) -> str | None:
    """``"store"`` gives None; ``"parquet:DIR"`` gives DIR (made absolute)."""
    if output == "store":
        return None
    if output.startswith("parquet:") and len(output) > len("parquet:"):
        return os.path.abspath(os.path.expanduser(output[len("parquet:"):]))
    raise ConfigError(f"output must be 'store' or 'parquet:DIR', not {output!r}",
                      field="output")


def ingest_dask(store: str | Store | None, inputs: Iterable[str], *,
                cluster: str | ClusterSpec | Any = "local:2",
                partition_size: int = DEFAULT_PARTITION_SIZE, output: str = "store",
                settings: Settings | None = None, dedup: DedupRules | None = None,
                fmt: str | None = None, date: str | None = None,
                read_options: dict[str, Any] | None = None,
                progress: Progress | None = None, total: int | None = None,
                retries: int = DEFAULT_RETRIES) -> DaskReport:
    """Read ``inputs``, code what is new on a Dask cluster and store it.

    ``store`` is a database URL or path (workers open it themselves, so it must be
    reachable from them: PostgreSQL in practice, an SQLite file for a local cluster)
    or an open ``Store``. ``cluster`` is ``local``, ``local:N``, a scheduler address
    (``tcp://host:8786``) or a connected ``distributed.Client``. ``output`` is
    ``"store"``, or ``"parquet:DIR"`` to write Parquet partitions by date (on a folder
    every worker can reach) to be loaded later with ``load_parquet``; the store, if
    given, is then only read to skip articles already stored.
    """
    if partition_size < 1:
        raise ConfigError("partition_size must be 1 or more", field="partition_size")
    if retries < 0:
        raise ConfigError("retries must be 0 or more", field="retries")
    if isinstance(cluster, str):
        cluster = parse_cluster(cluster)  # a bad value fails now, not after reading
    parquet_dir = parse_output(output)
    if store is None and parquet_dir is None:
        raise ConfigError("a store is needed unless the output is parquet:DIR", field="store")
    settings = settings or Settings.load()
    started = time.perf_counter()
    opened = Store(store, dedup=dedup) if isinstance(store, str) else store
    try:
        if opened is not None and parquet_dir is None:
            from ..actors.kb import KnowledgeBase

            opened.sync_actors(KnowledgeBase.load(settings.actor_files))
        if opened is not None and parquet_dir is None and opened.backend == "sqlite":
            _check_sqlite(opened, cluster)
        job = Job(settings=settings, dedup=dedup or (opened.dedup if opened else DedupRules()),
                  store_url=opened.url if opened is not None and parquet_dir is None else None,
                  parquet_dir=parquet_dir)
        report = DaskReport(cluster=_describe(cluster))
        items = read_paths(list(inputs), fmt=fmt, date=date, max_bytes=settings.max_bytes,
                           **(read_options or {}))
        parts = _partitions(items, opened, report, partition_size)
        first = next(parts, None)
        if first is not None:  # nothing new: no cluster is started
            with connect(cluster) as client:
                _run(client, itertools.chain([first], parts), job, report, retries=retries,
                     progress=progress, total=total)
    finally:
        if isinstance(store, str) and opened is not None:
            opened.close()
    if progress:
        progress(report.read, total)
    report.seconds = time.perf_counter() - started
    return report


def _check_sqlite(store: Store, cluster: Any) -> None:
    """Workers open the store by URL: an in-memory SQLite database would be their own."""
    database = store.url.split("///", 1)[1] if "///" in store.url else ""
    if database in ("", ":memory:"):
        raise ConfigError("an in-memory SQLite database cannot be shared with Dask workers: "
                          "give a file path or a PostgreSQL URL", field="store")
    remote = (isinstance(cluster, ClusterSpec) and not cluster.local and not any(
        host in str(cluster.address) for host in ("127.0.0.1", "localhost", "[::1]")))
    if remote:
        logger.warning("workers on %s write to the SQLite file %s themselves: it must be on a "
                       "file system they all share; use PostgreSQL for a real cluster",
                       cluster.describe(), store.where)


def _describe(cluster: Any) -> str:
    if isinstance(cluster, ClusterSpec):
        return cluster.describe()
    return cluster if isinstance(cluster, str) else type(cluster).__name__


def _run(client: Any, parts: Iterator[Pairs], job: Job, report: DaskReport, *,
         retries: int, progress: Progress | None, total: int | None) -> None:
    """Submit the partitions, at most a few per worker slot in flight, and sum results."""
    from distributed import wait

    from .worker import PipelinePlugin

    client.register_plugin(PipelinePlugin(job.settings))
    report.workers = worker_slots(client, wait=30.0)
    if report.workers == 0:
        raise ConfigError(f"the Dask cluster {report.cluster} has no workers", field="dask")
    run_id = uuid.uuid4().hex[:8]
    pending: dict[Any, Pairs] = {}
    done = 0
    from_workers = 0  # duplicates found by workers (already in ``done``)

    def collect(futures: Iterable[Any]) -> None:
        nonlocal done, from_workers
        for future in futures:
            pairs = pending.pop(future)
            try:
                part = future.result()
                report.add(part)
                from_workers += part.duplicates
            except Exception as exc:  # noqa: BLE001 - a task's error, whatever it is
                logger.error("partition of %d article(s) failed: %s", len(pairs), exc)
                report.partitions += 1
                report.skipped.extend(Skipped(where(a), f"partition failed after retries: "
                                              f"{type(exc).__name__}: {exc}")
                                      for a, _ in pairs)
            future.release()
            done += len(pairs)
            if progress:  # articles handled: coded here, or found stored by the client
                progress(done + report.duplicates - from_workers, total)

    for i, pairs in enumerate(parts):
        ahead = max(2, 2 * report.workers)  # keeps every worker busy, the client lean
        digest = hashlib.sha256("".join(k for _, k in pairs).encode()).hexdigest()[:12]
        future = client.submit(run_partition, pairs, job, retries=retries, pure=False,
                               key=f"summitry-partition-{run_id}-{i}-{digest}")
        pending[future] = pairs
        if len(pending) >= ahead:
            finished, _ = wait(list(pending), return_when="FIRST_COMPLETED")
            collect(finished)
            report.workers = max(report.workers, worker_slots(client))
    while pending:
        finished, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        collect(finished)


def _partitions(items: Iterable[Article | ReadProblem], store: Store | None,
                report: IngestReport, size: int) -> Iterator[Pairs]:
    """Partitions of new articles with their keys; problems and known keys are counted."""
    check = size * max(1, -(-500 // size))  # known keys are looked up in whole partitions
    return new_article_chunks(items, store, report, size, check=check)
