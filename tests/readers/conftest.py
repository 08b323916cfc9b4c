"""Fixtures for the reader tests: small input files built in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from summitry.readers import ReadProblem
from summitry.types import Article
from tests.helpers import write_file

Writer = Callable[..., Path]


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """Write ``content`` (str as UTF-8, or bytes) to ``tmp_path/name`` and return the path."""

    def _write(name: str, content: str | bytes) -> Path:
        return write_file(tmp_path / name, content)

    return _write


def split(items: object) -> tuple[list[Article], list[ReadProblem]]:
    """Separate a reader's output into articles and problems."""
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    for item in items:  # type: ignore[attr-defined]
        if isinstance(item, ReadProblem):
            problems.append(item)
        else:
            assert isinstance(item, Article)
            articles.append(item)
    return articles, problems
