"""Store fixtures: a fresh database per test on SQLite and on PostgreSQL.

PostgreSQL tests use the throwaway server that ``scripts/with-postgres.sh``
starts (``make test`` and ``.ci/run`` run pytest under it); each test gets its
own database, dropped afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from summitry import Pipeline
from summitry.store import Store
from tests.helpers import REPO, postgres_database

DATA = Path(__file__).parent / "data"
EXAMPLES = REPO / "examples"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (dropped after the test)."""
    with postgres_database() as url:
        yield url


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
