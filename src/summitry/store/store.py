"""``Store``: one database of coded articles, on SQLite or PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, func, select

from ..actors.kb import KnowledgeBase
from ..types import Document
from . import migrations
from . import schema as s
from .dedup import DedupRules
from .engine import LOCK_TIMEOUT_S, make_engine, redact, resolve_url, translated, write_options
from .writer import WriteResult, ensure_actors, write_document

_SPACE = re.compile(r"\s+")


def content_key(text: str) -> str:
    """The content hash that identifies an article: sha256 of its whitespace-normalised text."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


def _coder_version() -> str:
    from .. import __version__

    return __version__


class Store:
    """A database of coded articles.

    ``Store()`` opens ``$SUMMITRY_DB`` or ``./summitry.db``; ``Store("x.db")`` a file;
    ``Store("postgresql+psycopg://user@host/db")`` a server. Missing migrations are
    applied on opening (``migrate=False`` leaves the schema alone, for ``db status``).
    """

    def __init__(self, db: str | None = None, *, dedup: DedupRules | None = None,
                 migrate: bool = True, lock_timeout: float = LOCK_TIMEOUT_S) -> None:
        self.url = resolve_url(db)
        self.dedup = dedup or DedupRules()
        self.engine = make_engine(self.url, lock_timeout=lock_timeout)
        self.backend = self.engine.dialect.name
        if migrate:
            self.upgrade()
        else:
            self.version()  # connects: a wrong URL or password fails here

    # ---- lifecycle -----------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Store({redact(self.url)!r})"

    @property
    def where(self) -> str:
        return redact(self.url)

    # ---- transactions --------------------------------------------------
    def read(self) -> Any:
        """A read transaction: ``with store.read() as conn: ...``."""
        return _Tx(self, write=False)

    def write(self) -> Any:
        """A write transaction holding the write lock (one writer at a time)."""
        return _Tx(self, write=True)

    # ---- schema --------------------------------------------------------
    def version(self) -> int:
        with self.read() as conn:
            return migrations.current_version(conn)

    def upgrade(self) -> list[int]:
        """Apply the missing migrations; the versions applied."""
        with self.read() as conn:
            if not migrations.pending(conn):
                return []
        done: list[int] = []
        for migration in migrations.MIGRATIONS:
            with self.write() as conn:  # re-checked under the lock: another process may win
                if migration in migrations.pending(conn):
                    migrations.apply(conn, migration)
                    done.append(migration.version)
        return done

    # ---- knowledge base ------------------------------------------------
    def sync_actors(self, kb: KnowledgeBase) -> bool:
        """Store the knowledge base's actors and dated roles (once per KB version)."""
        digest = _kb_digest(kb)
        with self.read() as conn:
            stored = conn.execute(select(s.meta.c.value)
                                  .where(s.meta.c.key == "kb_digest")).scalar()
        if stored == digest:
            return False
        with self.write() as conn:
            _store_kb(conn, kb)
            conn.execute(s.meta.delete().where(s.meta.c.key == "kb_digest"))
            conn.execute(s.meta.insert().values(key="kb_digest", value=digest))
        return True

    # ---- articles ------------------------------------------------------
    def known_keys(self, keys: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already."""
        keys = list(dict.fromkeys(keys))
        found: set[str] = set()
        with self.read() as conn:
            for i in range(0, len(keys), 500):
                found |= set(conn.execute(select(s.articles.c.key).where(
                    s.articles.c.key.in_(keys[i:i + 500]))).scalars())
        return found

    def add(self, doc: Document, *, key: str | None = None) -> WriteResult:
        """Store one coded article (all of it, or nothing); a stored key is skipped."""
        key = key or content_key(doc.text)
        with self.write() as conn:
            return write_document(conn, doc, key=key, rules=self.dedup,
                                  coder_version=_coder_version())

    def data_version(self) -> int:
        """A number that changes whenever articles are added (the newest article's id).

        Reports, events and meetings only ever arrive with a new article, so caches of
        query results stay valid while this number stays the same.
        """
        with self.read() as conn:
            return int(conn.execute(select(func.max(s.articles.c.id))).scalar() or 0)

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, events, reports, meetings, quotes, actors."""
        tables = {"articles": s.articles, "events": s.events, "reports": s.event_reports,
                  "meetings": s.meetings, "meeting_reports": s.meeting_reports,
                  "quotes": s.quotes, "actors": s.actors}
        with self.read() as conn:
            return {name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                    for name, t in tables.items()}


class _Tx:
    """A transaction on its own connection; driver errors come out coded."""

    def __init__(self, store: Store, *, write: bool) -> None:
        self.store, self.write = store, write
        self._cm: Any = None
        self._conn: Connection | None = None

    def __enter__(self) -> Connection:
        with translated(self.store.url):
            self._conn = self.store.engine.connect()
            if self.write:
                with write_options(self._conn) as conn:
                    self._conn = conn
            self._cm = self._conn.begin()
            self._cm.__enter__()
        return self._conn

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        assert self._conn is not None
        try:
            with translated(self.store.url):
                self._cm.__exit__(kind, exc, tb)
        finally:
            self._conn.close()
        if exc is not None:
            with translated(self.store.url):
                raise exc


def _kb_digest(kb: KnowledgeBase) -> str:
    h = hashlib.sha256()
    for pid in sorted(kb.people):
        p = kb.people[pid]
        h.update(json.dumps([p.id, p.name, [r.__dict__ for r in p.roles]],
                            sort_keys=True, default=str).encode())
    h.update(json.dumps(sorted(kb.countries)).encode())
    h.update(json.dumps(sorted(kb.organisations)).encode())
    h.update(json.dumps(sorted(kb.groups)).encode())
    return h.hexdigest()


def _store_kb(conn: Connection, kb: KnowledgeBase) -> None:
    rows: list[dict[str, Any]] = []
    for iso, country in kb.countries.items():
        rows.append({"id": iso, "name": country.name, "kind": "state", "country": iso,
                     "sector": "GOV", "in_kb": True})
    for oid, org in kb.organisations.items():
        rows.append({"id": oid, "name": org.name, "kind": "igo", "country": org.code,
                     "sector": None, "in_kb": True})
    for gid, group in kb.groups.items():
        sector = group.sector_on(None)
        kind = "state" if sector in ("GOV", "MIL") else (
            "org" if sector in ("BUS", "MED") else "group")
        rows.append({"id": gid, "name": group.name, "kind": kind, "country": group.country,
                     "sector": sector, "in_kb": True})
    for pid, person in kb.people.items():
        role = person.role_on(None)
        rows.append({"id": pid, "name": person.name, "kind": "person",
                     "country": role.country if role else None,
                     "sector": role.sector if role else None, "in_kb": True})
    ensure_actors(conn, rows)
    ids = list(kb.people)
    for i in range(0, len(ids), 500):
        conn.execute(s.actor_roles.delete().where(s.actor_roles.c.actor_id.in_(ids[i:i + 500])))
    roles = [{"actor_id": pid, "title": r.title, "country": r.country, "sector": r.sector,
              "office": r.office, "start": r.start, "end": r.end}
             for pid, p in kb.people.items() for r in p.roles]
    if roles:
        conn.execute(s.actor_roles.insert(), roles)
