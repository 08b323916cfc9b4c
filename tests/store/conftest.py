"""Store fixtures: a fresh database per test on SQLite and on PostgreSQL.

PostgreSQL tests use the throwaway server that ``scripts/with-postgres.sh``
starts (``make test`` and ``.ci/run`` run pytest under it); each test gets its
own database, dropped afterwards.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from summitry import Pipeline
from summitry.store import Store
from tests.helpers import REPO

PG_ENV = "SUMMITRY_TEST_POSTGRES_URL"
DATA = Path(__file__).parent / "data"
EXAMPLES = REPO / "examples"


def postgres_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: run the tests under scripts/with-postgres.sh "
                    "(make test does) to test the PostgreSQL backend")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (dropped after the test)."""
    with postgres_database() as url:
        yield url


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """Create a PostgreSQL database with a random name; drop it on exit."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = postgres_admin_url()
    name = "t_" + uuid.uuid4().hex[:12]
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database URL, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as s:
        yield s


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           pipeline: Pipeline) -> Iterator[Store]:
    """A store (per backend, per test module) holding the examples and the Manila reports."""
    from summitry.store import ingest

    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('filled') / 'store.db'}"
        else:
            url = stack.enter_context(postgres_database())
        store = stack.enter_context(Store(url))
        ingest(store, [str(EXAMPLES), str(DATA)], pipeline=pipeline)
        yield store
