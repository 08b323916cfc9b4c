"""Code and store: idempotent, resumable, optionally in several processes.

Every article is keyed by its content hash. Keys already in the database are
skipped before coding, so running the same command again after an interruption
(even ``kill -9``) codes only what is missing; each article is written in its own
transaction, so the database never holds part of one.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..config import Settings
from ..errors import StoreError
from ..pipeline import Failure, Pipeline
from ..readers import ReadProblem, read_paths
from ..types import Article, Document
from .store import Store, content_key
from .writer import WriteResult

logger = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]  # (articles done, total or None)


@dataclass(frozen=True)
class Skipped:
    """An input that was not stored, and why."""

    where: str
    reason: str


@dataclass
class IngestReport:
    """The summary of one ingest run."""

    read: int = 0  # articles read from the inputs
    stored: int = 0  # new articles stored
    duplicates: int = 0  # already stored (same content hash), or twice in this run
    events_new: int = 0
    events_merged: int = 0  # reports of events already stored
    meetings_new: int = 0
    meetings_merged: int = 0
    quotes: int = 0
    seconds: float = 0.0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles handled per second (stored or recognised as stored)."""
        return (self.stored + self.duplicates) / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "stored": self.stored, "duplicates": self.duplicates,
                "skipped": len(self.skipped), "events_new": self.events_new,
                "events_merged": self.events_merged, "meetings_new": self.meetings_new,
                "meetings_merged": self.meetings_merged, "quotes": self.quotes,
                "seconds": round(self.seconds, 3), "articles_per_s": round(self.rate, 2),
                "skipped_inputs": [{"where": s.where, "reason": s.reason}
                                   for s in self.skipped]}


def count_articles(inputs: Iterable[str], *, fmt: str | None = None,
                   date: str | None = None) -> int | None:
    """How many articles the inputs hold (None when an input is a URL: not fetched twice)."""
    inputs = list(inputs)
    if any("://" in i for i in inputs) or "-" in inputs:
        return None
    return sum(1 for item in read_paths(inputs, fmt=fmt, date=date) if isinstance(item, Article))


def ingest(store: Store, inputs: Iterable[str], *, settings: Settings | None = None,
           pipeline: Pipeline | None = None, fmt: str | None = None, date: str | None = None,
           workers: int = 1, chunk_size: int = 16, progress: Progress | None = None,
           total: int | None = None, read_options: dict[str, Any] | None = None
           ) -> IngestReport:
    """Read ``inputs`` (paths, globs, directories, URLs), code what is new, store it."""
    settings = settings or (pipeline.settings if pipeline else Settings.load())
    if workers < 1:
        raise StoreError("workers must be 1 or more", field="workers")
    started = time.perf_counter()
    report = IngestReport()
    items = read_paths(list(inputs), fmt=fmt, date=date, max_bytes=settings.max_bytes,
                       **(read_options or {}))
    from ..actors.kb import KnowledgeBase

    store.sync_actors(pipeline.kb if pipeline else KnowledgeBase.load(settings.actor_files))
    coder: _Coder = (_LocalCoder(settings, pipeline) if workers == 1
                     else _PoolCoder(settings, workers))
    done = 0
    try:
        for pairs, results in coder.map(new_article_chunks(items, store, report, chunk_size)):
            for (article, key), result in zip(pairs, results):
                done += 1
                if isinstance(result, Failure):
                    report.skipped.append(Skipped(where(article), str(result.error)))
                    continue
                add_result(report, store.add(result, key=key))
            if progress:
                progress(done + report.duplicates, total)
    finally:
        coder.close()
    if progress:
        progress(report.read, total)
    report.seconds = time.perf_counter() - started
    return report


class Counts(Protocol):
    """What ``add_result`` counts into: an ``IngestReport``, or a Dask partition's result."""

    stored: int
    duplicates: int
    events_new: int
    events_merged: int
    meetings_new: int
    meetings_merged: int
    quotes: int


def add_result(report: Counts, result: WriteResult) -> None:
    """Count one ``Store.add`` in a report (a duplicate: another process stored it first)."""
    if result.duplicate:
        report.duplicates += 1
        return
    report.stored += 1
    report.events_new += result.events_new
    report.events_merged += result.events_merged
    report.meetings_new += result.meetings_new
    report.meetings_merged += result.meetings_merged
    report.quotes += result.quotes


def where(article: Article) -> str:
    """How a report names an article: its source (and line) or its id."""
    name = article.source or article.id or "<article>"
    return f"{name}:{article.line}" if article.line is not None else name


Pairs = list[tuple[Article, str]]


def new_article_chunks(items: Iterable[Article | ReadProblem], store: Store | None,
                       report: IngestReport, size: int, *, check: int | None = None
                       ) -> Iterator[Pairs]:
    """Chunks of at most ``size`` new articles with their keys, in input order.

    Read problems, repeats within the run and keys already in ``store`` are counted
    in ``report`` and left out; stored keys are looked up ``check`` articles at a time.
    """
    seen: set[str] = set()
    batch: Pairs = []
    check = max(check or size, size)

    def fresh() -> Iterator[Pairs]:
        known = store.known_keys(k for _, k in batch) if store is not None else set()
        new = [(a, k) for a, k in batch if k not in known]
        report.duplicates += len(batch) - len(new)
        batch.clear()
        for i in range(0, len(new), size):
            yield new[i:i + size]

    for item in items:
        if isinstance(item, ReadProblem):
            where = f"{item.source}:{item.line}" if item.line is not None else item.source
            report.skipped.append(Skipped(where, str(item.error)))
            continue
        report.read += 1
        key = content_key(item.text) if isinstance(item.text, str) else ""
        if key and key in seen:
            report.duplicates += 1
            continue
        seen.add(key)
        batch.append((item, key))
        if len(batch) >= check:
            yield from fresh()
    if batch:
        yield from fresh()


class _Coder:
    def map(self, chunks: Iterable[Pairs]) -> Iterator[tuple[Pairs, list[Any]]]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _LocalCoder(_Coder):
    """Coding in this process; the model is loaded only if something needs coding."""

    def __init__(self, settings: Settings, pipeline: Pipeline | None) -> None:
        self.settings, self.pipeline = settings, pipeline

    def map(self, chunks: Iterable[Pairs]) -> Iterator[tuple[Pairs, list[Any]]]:
        for pairs in chunks:
            if self.pipeline is None:
                self.pipeline = Pipeline(self.settings)
            yield pairs, code_articles(self.pipeline, [a for a, _ in pairs])


def code_articles(pipeline: Pipeline, articles: list[Article]) -> list[Document | Failure]:
    """Code a list of articles in order; each result is a Document or a Failure."""
    return [r for r in pipeline._pipe(articles, batch_size=None)  # noqa: SLF001
            if not isinstance(r, ReadProblem)]


# ---- worker processes -------------------------------------------------------
_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(settings)


def _code_in_worker(articles: list[Article]) -> list[Document | Failure]:
    assert _WORKER_PIPELINE is not None
    results = code_articles(_WORKER_PIPELINE, articles)
    # Exceptions travel back by pickling: keep them plain.
    return [Failure(r.article_id, r.source, r.line, RuntimeError(str(r.error)))
            if isinstance(r, Failure) else r for r in results]


def _broken(pool: cf.ProcessPoolExecutor) -> bool:
    return bool(getattr(pool, "_broken", False))


class _PoolCoder(_Coder):
    """Coding in ``workers`` processes (each loads the model once); results in input order."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings, self.workers = settings, workers
        self._pool: cf.ProcessPoolExecutor | None = None

    @property
    def pool(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:  # started only when something needs coding
            self._pool = self._start()
        return self._pool

    @pool.setter
    def pool(self, value: cf.ProcessPoolExecutor) -> None:
        self._pool = value

    def _start(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(max_workers=self.workers,
                                      mp_context=multiprocessing.get_context("spawn"),
                                      initializer=_init_worker, initargs=(self.settings,))

    def map(self, chunks: Iterable[Pairs]) -> Iterator[tuple[Pairs, list[Any]]]:
        pending: deque[tuple[Pairs, cf.Future[list[Any]]]] = deque()
        ahead = self.workers * 2
        for pairs in chunks:
            pending.append((pairs, self.pool.submit(_code_in_worker, [a for a, _ in pairs])))
            while len(pending) >= ahead:
                yield self._result(*pending.popleft())
        while pending:
            yield self._result(*pending.popleft())

    def _result(self, pairs: Pairs, future: cf.Future[list[Any]], *,
                retry: bool = True) -> tuple[Pairs, list[Any]]:
        try:
            return pairs, future.result()
        except (cf.process.BrokenProcessPool, cf.CancelledError) as exc:
            if _broken(self.pool):
                logger.warning("a worker process died; restarting the pool")
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = self._start()
            if retry:  # the chunk is coded again from scratch: nothing was stored yet
                again = self.pool.submit(_code_in_worker, [a for a, _ in pairs])
                return self._result(pairs, again, retry=False)
            return pairs, [Failure(a.id, a.source, a.line, RuntimeError(
                f"a worker process died twice on this chunk ({exc or 'cancelled'})"))
                for a, _ in pairs]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
