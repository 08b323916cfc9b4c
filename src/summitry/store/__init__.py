"""The store: coded articles in SQLite (default) or PostgreSQL, and questions asked of them.

    >>> from summitry.store import Store, ingest, events
    >>> with Store("summitry.db") as store:
    ...     report = ingest(store, ["examples/"])
    ...     rows = events(store, country="KOR", counterpart="JPN", since="2025")
"""

from __future__ import annotations

from .dedup import DedupRules
from .engine import DEFAULT_DB, ENV_DB, resolve_url
from .ingest import IngestReport, Skipped, count_articles, ingest
from .lookup import actors, article, articles, meetings, quotes, roles
from .query import count_events, event, events
from .series import dyad_series
from .store import Store, content_key
from .writer import WriteResult

__all__ = ["DEFAULT_DB", "ENV_DB", "DedupRules", "IngestReport", "Skipped", "Store",
           "WriteResult", "actors", "article", "articles", "content_key", "count_articles",
           "count_events", "dyad_series", "event", "events", "ingest", "meetings", "quotes",
           "resolve_url", "roles"]
