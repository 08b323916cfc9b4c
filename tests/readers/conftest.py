"""Fixtures for the reader tests: small input files built in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from summitry.readers import ReadProblem
from summitry.types import Article

Writer = Callable[..., Path]


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """Write ``content`` (str as UTF-8, or bytes) to ``tmp_path/name`` and return the path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

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
