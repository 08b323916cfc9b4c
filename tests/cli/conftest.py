"""Fixtures for the CLI tests: small articles written in tmp_path, a CliRunner helper,
and a pipeline cache so that each test does not pay the ~2 s model load again.

Every test runs with its working directory in ``tmp_path`` so that paths on the command
line, and so in messages, stay short (see ``test_bad_input.py`` for the long-path case).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

import summitry.pipeline as pipeline_module
from summitry.cli import app
from summitry.config import Settings
from tests.helpers import write_file

Writer = Callable[[str, "str | bytes"], Path]
Invoker = Callable[..., Result]

# ---- articles (original text written for these tests) -------------------------------

TRANSCRIPT = """\
 date 2025-06-17 [Evening News] Leaders meet in Kananaskis

President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Kananaskis on Tuesday.

Lee Jae-myung/ President of South Korea

We agreed to work together closely for peace on the peninsula.
"""

PLAIN = """\
Merz and Macron meet in Paris

German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on Monday. \
The two leaders agreed to deepen defence cooperation.
"""

TUSK_MACRON = ("Polish Prime Minister Donald Tusk met French President Emmanuel Macron in "
               "Warsaw on Tuesday.")
MERZ_MACRON = ("German Chancellor Friedrich Merz met French President Emmanuel Macron in "
               "Paris on Monday.")

JSONL = (
    '{"id": "w-1", "title": "Warsaw talks", "date": "2025-07-02", '
    f'"url": "https://example.org/w-1", "text": "{TUSK_MACRON}"}}\n'
    '{"id": "w-2", "title": "Paris talks", "date": "2025-07-02", '
    f'"text": "{MERZ_MACRON}"}}\n'
)

CSV = (
    "id,date,title,text\n"
    f'c-1,2025-07-02,Warsaw talks,"{TUSK_MACRON}"\n'
    f'c-2,2025-07-02,Paris talks,"{MERZ_MACRON}"\n'
)

HTML = """\
<!DOCTYPE html>
<html><head><title>Tusk hosts Macron</title>
<meta property="article:published_time" content="2025-07-02"></head>
<body><article><h1>Tusk hosts Macron</h1>
<p>Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Warsaw on
Tuesday for talks on defence.</p>
<p>The two leaders agreed to coordinate their purchases of air defence systems.</p>
</article></body></html>
"""

NO_EVENTS = ("The weather in the capital was mild this week and the markets were calm. "
             "Shops stayed open late for the holiday.\n")

DOCUMENT_KEYS = {"id", "title", "date", "source", "programme", "actors", "events", "meetings",
                 "quotes", "warnings"}

# ---- fixtures -------------------------------------------------------------------------

_PIPELINES: dict[Settings, Any] = {}
_RealPipeline = pipeline_module.Pipeline


def _cached_pipeline(settings: Settings | None = None, **kwargs: Any) -> Any:
    """``Pipeline(settings)`` as the CLI calls it, built once per distinct Settings.

    Settings is a frozen dataclass, so equal settings (same actor files, same limits)
    share one real Pipeline; a Pipeline that fails to build is never cached.
    """
    if kwargs or settings is None:
        return _RealPipeline(settings, **kwargs)
    if settings not in _PIPELINES:
        _PIPELINES[settings] = _RealPipeline(settings)
    return _PIPELINES[settings]


@pytest.fixture(autouse=True)
def _cli_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A fixed environment: cwd in tmp_path, no SUMMITRY_* settings, no colour, 80 columns."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("SUMMITRY_"):
            monkeypatch.delenv(name)
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")  # rich reads the real terminal's width otherwise
    monkeypatch.setattr(pipeline_module, "Pipeline", _cached_pipeline)


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """Write ``content`` (str as UTF-8, or bytes) to ``tmp_path/name``; return the relative path."""

    def _write(name: str, content: str | bytes) -> Path:
        write_file(tmp_path / name, content)
        return Path(name)

    return _write


@pytest.fixture
def invoke() -> Invoker:
    """Run ``summitry code ARGS...`` in-process; stdout and stderr come back separately."""
    runner = CliRunner()

    def _invoke(*args: str | Path, input: str | bytes | None = None) -> Result:
        return runner.invoke(app, ["code", *map(str, args)], input=input)

    return _invoke


def run_summitry(*args: str | Path, input: bytes | None = None, timeout: float = 120,
                 env: dict[str, str] | None = None, cwd: Path | None = None
                 ) -> subprocess.CompletedProcess[bytes]:
    """Run the real command in a child process (``main()`` of ``summitry.cli``)."""
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("SUMMITRY_")}
    child_env.update({"NO_COLOR": "1", "COLUMNS": "200"})
    child_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", "from summitry.cli import main; main()", "code", *map(str, args)],
        input=input, capture_output=True, timeout=timeout, env=child_env, cwd=cwd,
        check=False)
