"""Real processes: ``kill -9`` in the middle of an ingest, and two ingests at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summitry.store import Store
from tests.store.conftest import EXAMPLES
from tests.store.test_ingest import check_whole

pytestmark = pytest.mark.slow


def many_articles(folder: Path, copies: int = 3) -> tuple[Path, int]:
    """The bundled JSONL examples, each in ``copies`` variants (distinct texts)."""
    records = [json.loads(line) for line in
               (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    out = []
    for n in range(copies):
        for rec in records:
            out.append(dict(rec, id=f"{rec['id']}-{n}",
                            text=rec["text"] + f"\n\nThis is copy {n} of the report."))
    path = folder / "many.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return path, len(out)


def start_ingest(path: Path, url: str) -> subprocess.Popen[bytes]:
    code = "import sys; from summitry.cli import main; sys.argv[0] = 'summitry'; main()"
    return subprocess.Popen([sys.executable, "-c", code, "ingest", str(path), "--db", url,
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def articles_in(url: str) -> int:
    with Store(url) as store:
        return store.counts()["articles"]


def test_kill_9_then_run_again_stores_everything_once(db_url: str, tmp_path: Path) -> None:
    # 48 articles: after the first chunk of 16 lands, coding the next takes seconds
    path, total = many_articles(tmp_path, copies=8)
    Store(db_url).close()  # schema first, so the poll below can read counts
    proc = start_ingest(path, db_url)
    deadline = time.monotonic() + 120
    while articles_in(db_url) < 3:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db_url) as store:
        partial = store.counts()["articles"]
        assert 3 <= partial < total
        check_whole(store)  # only whole articles
    again = start_ingest(path, db_url)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    with Store(db_url) as store:
        assert store.counts()["articles"] == total
        check_whole(store)


def test_two_ingests_at_once_store_each_article_once(db_url: str, tmp_path: Path) -> None:
    path, total = many_articles(tmp_path, copies=2)
    Store(db_url).close()
    first, second = start_ingest(path, db_url), start_ingest(path, db_url)
    for proc in (first, second):
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    with Store(db_url) as store:
        counts = store.counts()
        assert counts["articles"] == total
        check_whole(store)
        with store.read() as conn:
            keys = conn.exec_driver_sql("SELECT count(DISTINCT key) FROM articles").scalar()
        assert keys == total
