"""Database URLs, engines and the translation of driver errors into coded errors.

``--db`` (or ``SUMMITRY_DB``) is a file path (SQLite) or a SQLAlchemy URL
(``sqlite:///...``, ``postgresql+psycopg://user:pw@host:port/db``); the default
is ``./summitry.db``. SQLite runs in WAL mode with foreign keys on; a write
transaction takes the write lock at once (``BEGIN IMMEDIATE``), so two ingest
processes take turns instead of failing half-way.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from ..errors import (
    StoreConnectionError,
    StoreError,
    StoreFullError,
    StoreLockedError,
    StoreReadOnlyError,
)

DEFAULT_DB = "summitry.db"
ENV_DB = "SUMMITRY_DB"
LOCK_TIMEOUT_S = 60.0  # how long a writer waits for another one (SQLite busy timeout)
_WRITE = "summitry_write"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for ``db``, ``$SUMMITRY_DB`` or ``./summitry.db``."""
    value = os.fspath(db) if db is not None else os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def redact(url: str) -> str:
    """The URL with its password hidden, for messages."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def make_engine(url: str, *, lock_timeout: float = LOCK_TIMEOUT_S) -> Engine:
    """An engine for ``url`` with the per-backend settings; StoreError for a bad URL."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreConnectionError(f"not a database URL or path: {exc}", path=redact(url)) from exc
    backend = parsed.get_backend_name()
    try:
        if backend == "sqlite":
            database = parsed.database or ""
            if database.startswith("file:"):  # a URI filename (?mode=ro&uri=true)
                database = database[5:]
            if database and database != ":memory:":
                folder = Path(database).parent
                if not folder.is_dir():
                    raise StoreConnectionError(f"folder {folder} does not exist",
                                               path=redact(url))
            engine = create_engine(url, connect_args={"timeout": lock_timeout})
            _sqlite_settings(engine, lock_timeout)
        elif backend == "postgresql":
            engine = create_engine(url, pool_pre_ping=True,
                                   connect_args={"connect_timeout": 10})
            _postgres_settings(engine, lock_timeout)
        else:
            raise StoreConnectionError(
                f"unsupported database {backend!r}: use a file path, sqlite:/// or "
                "postgresql+psycopg://", path=redact(url))
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreConnectionError(f"no driver for this URL: {exc}", path=redact(url)) from exc
    return engine


def _sqlite_settings(engine: Engine, lock_timeout: float) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(lock_timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
        except Exception:  # a read-only file: stay in its journal mode  # noqa: BLE001
            pass
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _postgres_settings(engine: Engine, lock_timeout: float) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        if conn.get_execution_options().get(_WRITE, False):
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(lock_timeout * 1000)}ms'")
            # One writer at a time: dedup looks at what others stored just before.
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(724274)")


@contextlib.contextmanager
def write_options(conn):  # type: ignore[no-untyped-def]
    """Mark a connection so that its next transaction takes the write lock."""
    yield conn.execution_options(**{_WRITE: True})


@contextlib.contextmanager
def translated(url: str) -> Iterator[None]:
    """Turn driver errors into coded StoreErrors that name the database."""
    try:
        yield
    except StoreError:
        raise
    except DBAPIError as exc:
        raise classify(exc, url) from exc
    except SQLAlchemyError as exc:
        raise StoreError(str(exc).splitlines()[0], path=redact(url)) from exc
    except OSError as exc:
        raise StoreError(f"{exc.strerror or exc}", path=redact(url)) from exc


def classify(exc: DBAPIError, url: str) -> StoreError:
    """The coded error for a driver exception."""
    text = str(exc.orig or exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    low = text.lower()
    where = redact(url)
    if "database is locked" in low or "lock timeout" in low:
        return StoreLockedError(f"the database is locked by another process ({first})",
                                path=where)
    if "readonly" in low or "read-only" in low or "read only" in low:
        return StoreReadOnlyError(f"the database cannot be written ({first})", path=where)
    if "disk is full" in low or "no space left" in low or "disk full" in low:
        return StoreFullError(f"the disk is full; nothing was half-written ({first})",
                              path=where)
    if ("password authentication" in low or "connection refused" in low
            or "could not connect" in low or "does not exist" in low and "database" in low
            or "unable to open database" in low or "connection failed" in low
            or "name or service not known" in low or "timeout expired" in low):
        return StoreConnectionError(f"cannot connect ({first})", path=where)
    return StoreError(first, path=where)
