"""``summitry serve``: the command starts uvicorn over a store and shuts down cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from typer.testing import CliRunner

from summitry.cli import app

from .conftest import _free_port


def test_serve_help_names_the_options() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--write-token", "--max-code-chars"):
        assert option in result.output


def test_serve_rejects_a_bad_port() -> None:
    result = CliRunner().invoke(app, ["serve", "--port", "70000", "--db", "sqlite://"])
    assert result.exit_code == 2


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_serve_runs_read_only(tmp_path: Path) -> None:
    port = _free_port()
    exe = Path(sys.executable).with_name("summitry")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "summitry.cli"]
    env = {k: v for k, v in os.environ.items() if k != "SUMMITRY_WRITE_TOKEN"}
    proc = subprocess.Popen([*command, "serve", "--db", str(tmp_path / "s.db"), "--port",
                             str(port), "--log-level", "warning"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = _get(f"{base}/api/events")
                break
            except urllib.error.URLError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert status == 200 and json.loads(body)["items"] == []
        assert _get(f"{base}/")[0] == 200
        request = urllib.request.Request(f"{base}/api/ingest", method="POST",
                                         data=b'{"articles": [{"text": "x"}]}',
                                         headers={"content-type": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=10)
            raise AssertionError("ingest was accepted on a read-only server")
        except urllib.error.HTTPError as exc:
            assert exc.code == 403
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert b"read-only" in err
