"""Locked, read-only and full databases, wrong URLs, and two writers at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from summitry import Pipeline
from summitry.errors import (
    StoreConnectionError,
    StoreFullError,
    StoreLockedError,
    StoreReadOnlyError,
)
from summitry.store import Store, ingest
from tests.store.conftest import DATA, EXAMPLES
from tests.store.test_ingest import check_whole


def test_a_locked_database_gives_a_clear_error_and_writes_nothing(
        tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "locked.db"
    Store(str(path)).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process is writing and does not let go
    try:
        with Store(str(path), lock_timeout=0.2) as store:
            with pytest.raises(StoreLockedError, match="locked by another process"):
                ingest(store, [str(DATA)], pipeline=pipeline)
    finally:
        holder.rollback()
        holder.close()
    with Store(str(path)) as store:
        assert store.counts()["articles"] == 0


def test_a_read_only_database_is_refused_clearly(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "ro.db"
    with Store(str(path)) as store:
        ingest(store, [str(DATA / "manila_summit.jsonl")], pipeline=pipeline)
        before = store.counts()
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    with Store(url) as store:
        assert store.counts() == before  # reading works
        with pytest.raises(StoreReadOnlyError, match="cannot be written"):
            ingest(store, [str(EXAMPLES / "articles.jsonl")], pipeline=pipeline)
    with Store(str(path)) as store:
        assert store.counts() == before


def test_a_full_disk_keeps_every_stored_article_whole(tmp_path: Path,
                                                      pipeline: Pipeline) -> None:
    path = tmp_path / "full.db"
    with Store(str(path)) as store:
        ingest(store, [str(DATA)], pipeline=pipeline)
        stored = store.counts()["articles"]
        pages = store.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()

        @event.listens_for(store.engine, "connect")
        def _small_disk(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 3}")

        store.engine.dispose()
        with pytest.raises(StoreFullError, match="disk is full"):
            ingest(store, [str(EXAMPLES)], pipeline=pipeline)
    with Store(str(path)) as store:
        assert stored <= store.counts()["articles"] < stored + 13
        check_whole(store)


@pytest.mark.parametrize("url, message", [
    ("postgresql+psycopg://nobody:secret@127.0.0.1:1/none", "cannot connect"),
    ("mysql://u@h/db", "unsupported database"),
    ("sqlite:////no/such/folder/x.db", "does not exist"),
    ("not a url://", "not a database URL"),
])
def test_wrong_urls_are_named_without_their_password(url: str, message: str) -> None:
    with pytest.raises(StoreConnectionError, match=message) as info:
        Store(url)
    assert "secret" not in str(info.value)


def test_a_wrong_postgres_database_is_a_connection_error() -> None:
    from tests.helpers import postgres_admin_url

    from sqlalchemy.engine import make_url

    url = make_url(postgres_admin_url()).set(database="no_such_db_here")
    with pytest.raises(StoreConnectionError, match="cannot connect"):
        Store(url.render_as_string(hide_password=False))


def test_a_wrong_postgres_password_is_named_and_hidden() -> None:
    from sqlalchemy.engine import make_url

    from tests.helpers import postgres_admin_url

    url = make_url(postgres_admin_url()).set(password="not-the-password")
    with pytest.raises(StoreConnectionError, match="password authentication failed") as info:
        Store(url.render_as_string(hide_password=False))
    assert "not-the-password" not in str(info.value)
