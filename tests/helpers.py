"""Helpers for tests: where the repository and ../shared are."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_file(*parts: str) -> Path:
    """A file under ../shared, or a skip with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared acceptance and benchmark data live beside "
                    "the checkout (../shared), which this machine does not have")
    return path


def coded(pipeline: Any, text: str, date: str, *, digits: int | None = None,
          negated: bool = False) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of the events coded in ``text`` on
    ``date``, negated ones only with ``negated``; ``digits`` cuts the code (2: the root)."""
    doc = pipeline.code(text, date=date)
    return {(e.source.country, e.target.country if e.target else None, e.cameo[:digits])
            for e in doc.events if negated or e.modality != "negated"}


def coded_codes(pipeline: Any, text: str, date: str, *, digits: int | None = None) -> set[str]:
    """The CAMEO codes (cut to ``digits``: 2 for the roots) of the events coded in ``text``
    on ``date``, negated ones left out."""
    return {code for _, _, code in coded(pipeline, text, date, digits=digits)}


def write_file(path: Path, content: str | bytes) -> Path:
    """Write ``content`` (str as UTF-8, or bytes) to ``path``, creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


PG_ENV = "SUMMITRY_TEST_POSTGRES_URL"


def postgres_admin_url() -> str:
    """The throwaway server's URL (``scripts/with-postgres.sh``), or a skip saying so."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: run the tests under scripts/with-postgres.sh "
                    "(make test does) to test the PostgreSQL backend")
    return url


@contextlib.contextmanager
def postgres_database(prefix: str = "t_") -> Iterator[str]:
    """Create a PostgreSQL database with a random name; drop it on exit."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = postgres_admin_url()
    name = prefix + uuid.uuid4().hex[:12]
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
