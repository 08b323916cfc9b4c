"""Fixtures for the web tests: a store of the bundled examples (plus an article full of
markup), the app over it, a live uvicorn server and headless Debian Chromium."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from summitry import Pipeline
from summitry.store import Store, articles, ingest
from summitry.web import create_app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TOKEN = "test-write-token"

XSS_ARTICLE = {
    "id": "xss-1", "date": "2025-05-07", "url": "https://example.org/xss",
    "title": "Macron <b>meets</b> Merz <script>alert('title')</script>",
    "text": ("French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris "
             "on Wednesday. <script>alert(1)</script> The two leaders signed <b>an agreement"
             "</b> on defence cooperation.\n\n\"We stand together <img src=x onerror=alert(2)>"
             ",\" Macron said."),
}


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """A SQLite file with the 13 example articles and the markup article coded into it."""
    folder = tmp_path_factory.mktemp("web")
    extra = folder / "xss.jsonl"
    extra.write_text(json.dumps(XSS_ARTICLE) + "\n", encoding="utf-8")
    path = folder / "web.db"
    with Store(str(path)) as store:
        report = ingest(store, [str(EXAMPLES), str(extra)], pipeline=pipeline)
        assert report.stored == 14, report.to_dict()
    return path


@pytest.fixture(scope="session")
def store(web_db: Path) -> Iterator[Store]:
    with Store(str(web_db)) as opened:
        yield opened


@pytest.fixture(scope="session")
def xss_id(store: Store) -> int:
    rows = [a for a in articles(store) if a["ext_id"] == "xss-1"]
    return int(rows[0]["id"])


@pytest.fixture(scope="session")
def client(store: Store, pipeline: Pipeline) -> Iterator[TestClient]:
    """The app over the example store: read-only (no write token)."""
    with TestClient(create_app(store, pipeline=pipeline, max_code_chars=2000)) as test_client:
        yield test_client


@pytest.fixture()
def writable(tmp_path: Path, pipeline: Pipeline) -> Iterator[TestClient]:
    """An app over a fresh, empty store that accepts ingest with ``TOKEN``."""
    with Store(str(tmp_path / "w.db")) as empty, \
            TestClient(create_app(empty, write_token=TOKEN, pipeline=pipeline)) as test_client:
        yield test_client


# ---- browser -----------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(store: Store, pipeline: Pipeline) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    port = _free_port()
    app = create_app(store, pipeline=pipeline)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def ensure_chromium() -> str:
    """Debian's chromium at /usr/bin/chromium, installed with apt when missing (as root)."""
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.fail(f"{CHROMIUM} is missing and cannot be installed here (needs root and "
                    "apt-get): run `apt-get install -y chromium`")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}

    def apt(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["apt-get", *args], check=False, env=env, capture_output=True,
                              text=True, timeout=900)

    done = apt("install", "-y", "chromium")
    if done.returncode != 0 or not os.path.exists(CHROMIUM):
        apt("update")  # stale package lists are the usual cause
        done = apt("install", "-y", "chromium")
    if done.returncode != 0 or not os.path.exists(CHROMIUM):
        pytest.fail(f"could not install Debian chromium with apt-get (exit {done.returncode}):"
                    f"\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return CHROMIUM


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium driven by Playwright (never `playwright install`)."""
    from playwright.sync_api import sync_playwright

    path = ensure_chromium()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Any, live_server: str) -> Iterator[Any]:
    """A fresh page; fails the test on any script error, console error or dialog."""
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  base_url=live_server)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    opened.on("console", lambda msg: problems.append(f"console: {msg.text}")
              if msg.type == "error" else None)

    def on_dialog(dialog: Any) -> None:
        problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    opened.on("dialog", on_dialog)
    opened.problems = problems
    yield opened
    context.close()
    assert not problems, problems


def shot(page: Any, name: str) -> None:
    """Save a full-page screenshot under tests/artifacts/."""
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
