"""What each Dask worker keeps between tasks: its pipelines and its store connections.

A ``Pipeline`` takes seconds to build (spaCy model, knowledge base, patterns), so a
worker builds it once, when ``PipelinePlugin`` is registered (or on first use), and
every task on that worker reuses it. Pipelines are keyed by their ``Settings``:
two runs with different dictionaries can share one cluster.

Everything here runs inside worker processes; it lives in an importable module so
that tasks are pickled by reference and the per-worker state is really shared.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from typing import Any

from distributed import WorkerPlugin, get_worker

from ..config import Settings
from ..pipeline import Pipeline
from ..store import DedupRules, Store

logger = logging.getLogger(__name__)

_ATTR = "_summitry_state"


class WorkerState:
    """The pipelines and stores of one worker process (safe for several threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pipelines: dict[Settings, Pipeline] = {}
        self._stores: dict[tuple[str, DedupRules], Store] = {}
        self.pipelines_built = 0

    def pipeline(self, settings: Settings) -> Pipeline:
        """The pipeline for ``settings``, built on first use."""
        with self._lock:
            found = self._pipelines.get(settings)
            if found is None:
                logger.info("worker %s: building the pipeline", os.getpid())
                found = self._pipelines[settings] = Pipeline(settings)
                self.pipelines_built += 1
            return found

    def store(self, url: str, dedup: DedupRules) -> Store:
        """An open store for ``url`` (one engine and connection pool per worker)."""
        with self._lock:
            found = self._stores.get((url, dedup))
            if found is None:
                found = self._stores[(url, dedup)] = Store(url, dedup=dedup)
            return found

    def close(self) -> None:
        """Close the stores (they reopen on next use); pipelines stay."""
        with self._lock:
            for store in self._stores.values():
                store.close()
            self._stores.clear()


# Outside a distributed worker (a bag on the threaded or process scheduler), one state
# per process: still one pipeline per Settings, never rebuilt per task.
_PROCESS_STATE: WorkerState | None = None
_PROCESS_LOCK = threading.Lock()


def worker_state() -> WorkerState:
    """This worker's state (this process's, when not on a distributed worker)."""
    global _PROCESS_STATE
    try:
        worker: Any = get_worker()
    except ValueError:
        worker = None
    if worker is not None:
        state = getattr(worker, _ATTR, None)
        if state is None:
            with _PROCESS_LOCK:
                state = getattr(worker, _ATTR, None)
                if state is None:
                    state = WorkerState()
                    setattr(worker, _ATTR, state)
        return state
    with _PROCESS_LOCK:
        if _PROCESS_STATE is None:
            _PROCESS_STATE = WorkerState()
        return _PROCESS_STATE


def close_stores() -> None:
    """Close this worker's store connections (``client.run(close_stores)``); they reopen
    on next use."""
    worker_state().close()


def worker_pipeline(settings: Settings) -> Pipeline:
    """The pipeline for ``settings`` on this worker, built once."""
    return worker_state().pipeline(settings)


class PipelinePlugin(WorkerPlugin):
    """Builds the pipeline on every worker when it starts, restarted workers included.

        >>> client.register_plugin(PipelinePlugin(settings))

    The name depends on the settings, so registering the same plugin again is a
    no-op and plugins for different settings coexist.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.name = f"summitry-pipeline-{_settings_id(self.settings)[:16]}"

    def setup(self, worker: Any) -> None:
        state = getattr(worker, _ATTR, None)
        if state is None:
            state = WorkerState()
            setattr(worker, _ATTR, state)
        state.pipeline(self.settings)

    def teardown(self, worker: Any) -> None:
        state = getattr(worker, _ATTR, None)
        if state is not None:
            state.close()


def _settings_id(settings: Settings) -> str:
    """A stable digest of the settings (``hash`` of strings varies per process)."""
    return hashlib.sha256(repr(settings).encode("utf-8")).hexdigest()
