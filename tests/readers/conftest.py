"""Fixtures for the reader tests: small input files built in tmp_path, a local web server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from summitry.readers import ReadProblem
from summitry.types import Article
from tests.helpers import write_file

from .webserver import Server, Site

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


PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """A local HTTP server (127.0.0.1, a free port) serving the pages a test adds.

    Proxy settings are cleared so that urllib talks to it directly.
    """
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    pages = Site()
    server = Server(pages)
    try:
        yield pages
    finally:
        server.close()
