"""What one server holds: the store, the write token, limits and a lazily built pipeline."""

from __future__ import annotations

import hmac
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastapi import Request

from ..store import Store

if TYPE_CHECKING:
    from ..pipeline import Pipeline

logger = logging.getLogger(__name__)

DEFAULT_MAX_CODE_CHARS = 20_000
DEFAULT_MAX_INGEST_ARTICLES = 100


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

    def token_ok(self, given: str | None) -> bool:
        """Whether ``given`` is the write token (constant-time comparison)."""
        if not self.write_token or not given:
            return False
        return hmac.compare_digest(given.encode(), self.write_token.encode())


def get_state(request: Request) -> WebState:
    """FastAPI dependency: the app's WebState."""
    state: WebState = request.app.state.web
    return state
