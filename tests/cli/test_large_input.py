"""A ~50 MB input: read, cut to ``max_chars`` with a W002 warning, or refused past
``max_bytes``, without crashing.

Coding the full default 1,000,000 characters is the slow part (see the ``slow`` test).
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import Invoker, run_summitry

PARAGRAPH = ("French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin "
             "on Monday. The two leaders agreed to deepen defence cooperation.\n\n")
SIZE = 50 * 1024 * 1024


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50 MB plain-text article (one file, one article)."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    block = PARAGRAPH * 1000
    with path.open("w", encoding="utf-8") as handle:
        written = 0
        while written < SIZE:
            handle.write(block)
            written += len(block)
    assert path.stat().st_size >= SIZE
    return path


def test_50mb_file_is_cut_to_max_chars(big_file: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    proc = run_summitry(big_file, "--date", "2025-07-02", "-f", "jsonl", "-o", "out.jsonl",
                        cwd=tmp_path, env={"SUMMITRY_MAX_CHARS": "20000"}, timeout=120)
    elapsed = time.monotonic() - started
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 0, stderr
    (doc,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8")
              .splitlines()]
    assert any(w.startswith("[W002]") and "to 20000 characters" in w for w in doc["warnings"])
    assert doc["events"]
    assert elapsed < 60, f"took {elapsed:.1f} s"


def test_50mb_file_over_max_bytes_is_refused(big_file: Path, invoke: Invoker,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMITRY_MAX_BYTES", str(10 * 1024 * 1024))
    started = time.monotonic()
    result = invoke(big_file, "-f", "jsonl")
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert "E015" in result.stderr
    assert "over the limit" in " ".join(result.stderr.split())
    assert result.stdout == ""


@pytest.mark.slow
def test_50mb_file_with_default_limits_finishes_in_minutes(big_file: Path,
                                                           tmp_path: Path) -> None:
    proc = run_summitry(big_file, "--date", "2025-07-02", "-f", "jsonl", "-o", "out.jsonl",
                        cwd=tmp_path, timeout=240)
    assert proc.returncode == 0, proc.stderr.decode("utf-8")
    (doc,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8")
              .splitlines()]
    assert any(w.startswith("[W002]") and "to 200000 characters" in w
               for w in doc["warnings"])
