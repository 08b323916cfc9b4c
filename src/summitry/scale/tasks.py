"""The task each Dask worker runs: code one partition of articles and write it.

A partition is a list of ``(Article, content key)`` pairs. The worker codes them with
its own pipeline (built once, see ``worker``) and writes every document itself, to
the shared store (one transaction per article, keyed by content hash) or to Parquet
files named by the partition's keys. Either way a partition that runs twice (a
worker died, Dask retried it) leaves the same result as one that ran once.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

from ..config import Settings
from ..pipeline import Failure
from ..store import DedupRules, Skipped
from ..store.ingest import add_result, code_articles, where
from ..types import Article, Document

logger = logging.getLogger(__name__)

Pairs = list[tuple[Article, str]]


@dataclass(frozen=True)
class Job:
    """What every partition of one run is to do (pickled once per task; small)."""

    settings: Settings
    store_url: str | None = None  # write to this store ...
    dedup: DedupRules = field(default_factory=DedupRules)
    parquet_dir: str | None = None  # ... or to Parquet partitions here


@dataclass
class PartitionResult:
    """What one partition did; summed into the run's report on the client."""

    articles: int = 0  # articles in the partition
    stored: int = 0
    resumed: int = 0  # already in the store when this attempt began (an earlier attempt)
    duplicates: int = 0  # stored meanwhile by another process
    events_new: int = 0
    events_merged: int = 0
    meetings_new: int = 0
    meetings_merged: int = 0
    quotes: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    seconds_coding: float = 0.0
    seconds_writing: float = 0.0
    cpu_seconds: float = 0.0  # this process's CPU time for coding and writing
    worker: str = ""
    pid: int = 0
    rss_mb: float = 0.0


def run_partition(pairs: Pairs, job: Job) -> PartitionResult:
    """Code ``pairs`` and write them as ``job`` says (runs on a worker)."""
    from .worker import worker_state

    state = worker_state()
    result = PartitionResult(articles=len(pairs), pid=os.getpid(), worker=_worker_name())
    store = state.store(job.store_url, job.dedup) if job.store_url else None
    if store is not None:  # on a retry, what the first attempt wrote is not coded again
        known = store.known_keys(k for _, k in pairs)
        if known:
            result.resumed = sum(1 for _, k in pairs if k in known)
            pairs = [(a, k) for a, k in pairs if k not in known]
    pipeline = state.pipeline(job.settings)
    cpu = time.process_time()
    started = time.perf_counter()
    coded = code_articles(pipeline, [a for a, _ in pairs]) if pairs else []
    result.seconds_coding = time.perf_counter() - started
    done: list[tuple[Document, str]] = []
    for (article, key), item in zip(pairs, coded):
        if isinstance(item, Failure):
            result.skipped.append(Skipped(where(article), str(item.error)))
        else:
            done.append((item, key))
    started = time.perf_counter()
    if store is not None:
        for doc, key in done:
            add_result(result, store.add(doc, key=key))
    elif job.parquet_dir is not None:
        from .. import __version__
        from .parquet import write_partition

        if done:
            result.files = write_partition(done, job.parquet_dir, coder_version=__version__)
        result.stored = len(done)
    result.seconds_writing = time.perf_counter() - started
    result.cpu_seconds = time.process_time() - cpu
    result.rss_mb = _rss_mb()
    return result


def code_partition(articles: list[Article | str], settings: Settings, *,
                   keep_failures: bool = False) -> list[Document | Failure]:
    """Code a list of articles (or texts) with this worker's pipeline (for bags)."""
    from .worker import worker_pipeline

    items = [a if isinstance(a, Article) else Article(text=a) for a in articles]
    out: list[Document | Failure] = []
    for item, res in zip(items, code_articles(worker_pipeline(settings), items)):
        if isinstance(res, Failure):
            logger.warning("could not code %s: %s", where(item), res.error)
            if keep_failures:  # exceptions travel by pickling: keep them plain
                out.append(Failure(res.article_id, res.source, res.line,
                                   RuntimeError(str(res.error))))
        else:
            out.append(res)
    return out


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except ValueError:
        return f"pid:{os.getpid()}"


def _rss_mb() -> float:
    try:
        import psutil

        return round(psutil.Process().memory_info().rss / 2**20, 1)
    except (ImportError, OSError):
        return 0.0
