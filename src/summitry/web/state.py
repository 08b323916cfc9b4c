"""What one server holds: the store, the write token, limits and a lazily built pipeline."""

from __future__ import annotations

import copy
import hmac
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import Request

from ..store import Store

if TYPE_CHECKING:
    from ..pipeline import Pipeline

logger = logging.getLogger(__name__)

DEFAULT_MAX_CODE_CHARS = 20_000
DEFAULT_MAX_INGEST_ARTICLES = 100
CACHE_SIZE = 64  # cached aggregations (the network for a period, ...)


@dataclass
class WebState:
    """Per-app state (kept on ``app.state.web``; nothing lives at module level)."""

    store: Store
    write_token: str | None = None
    max_code_chars: int = DEFAULT_MAX_CODE_CHARS
    max_ingest_articles: int = DEFAULT_MAX_INGEST_ARTICLES
    owns_store: bool = False
    _pipeline: Pipeline | None = None
    _build_lock: threading.Lock = field(default_factory=threading.Lock)
    code_lock: threading.Lock = field(default_factory=threading.Lock)
    _actors_synced: bool = False
    _cache: dict[tuple[Any, ...], tuple[int, Any]] = field(default_factory=dict)
    _cache_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def read_only(self) -> bool:
        return not self.write_token

    def pipeline(self) -> Pipeline:
        """The coder, built on first use (a few seconds) and then kept."""
        with self._build_lock:
            if self._pipeline is None:
                from ..pipeline import Pipeline

                logger.info("building the pipeline for /api/code and /api/ingest")
                self._pipeline = Pipeline()
            return self._pipeline

    def sync_actors_once(self) -> None:
        """Store the knowledge base before the first ingest (as ``ingest`` does)."""
        if not self._actors_synced:
            self.store.sync_actors(self.pipeline().kb)
            self._actors_synced = True

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """``compute()``, remembered until the store gains articles (a deep copy each time,
        so callers may change what they get). Holds at most ``CACHE_SIZE`` results."""
        version = self.store.data_version()
        with self._cache_lock:
            hit = self._cache.get(key)
        if hit is not None and hit[0] == version:
            return copy.deepcopy(hit[1])
        value = compute()
        with self._cache_lock:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = (version, value)
        return copy.deepcopy(value)

    def token_ok(self, given: str | None) -> bool:
        """Whether ``given`` is the write token (constant-time comparison)."""
        if not self.write_token or not given:
            return False
        return hmac.compare_digest(given.encode(), self.write_token.encode())


def get_state(request: Request) -> WebState:
    """FastAPI dependency: the app's WebState."""
    state: WebState = request.app.state.web
    return state
