"""The store commands, end to end through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitry.cli import app
from summitry.store import Store, events, ingest
from tests.store.conftest import DATA

runner = CliRunner()


def run(*args: str) -> object:
    return runner.invoke(app, list(args))


def test_ingest_query_and_export_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    report = tmp_path / "report.json"
    done = run("ingest", str(DATA), "--db", db, "--report", str(report))
    assert done.exit_code == 0, done.output
    assert "4 article(s) read, 4 stored" in done.output
    summary = json.loads(report.read_text())
    assert summary["stored"] == 4 and summary["skipped_inputs"] == []
    again = run("ingest", str(DATA), "--db", db)
    assert "0 stored, 4 already stored" in again.output

    listed = run("events", "--db", db, "--country", "Japan", "--with", "PHL", "-f", "jsonl")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert rows and all({r["source_country"], r["target_country"]} == {"JPN", "PHL"}
                        for r in rows)
    table = run("events", "--db", db, "--root", "04")
    assert table.exit_code == 0 and "[JPN]" in table.stdout
    met = run("meetings", "--db", db, "--leader", "Marcos", "-f", "json")
    assert json.loads(met.stdout)[0]["report_count"] == 4
    who = run("actors", "--db", db, "--on", "2025-04-29", "--country", "PHL",
              "--office", "head_of_state", "-f", "csv")
    assert "Ferdinand Marcos Jr." in who.stdout
    dyad = run("dyad", "JPN", "PHL", "--db", db, "--since", "2025-04", "--until", "2025-05")
    assert "2025-04" in dyad.stdout and "█" in dyad.stdout
    out = tmp_path / "e.parquet"
    exported = run("export", "--db", db, "-f", "parquet", "-o", str(out))
    assert exported.exit_code == 0 and out.stat().st_size > 0


def test_bad_filters_and_formats_exit_2_with_the_field(tmp_path: Path) -> None:
    db = str(tmp_path / "bad.db")
    bad_date = run("events", "--db", db, "--since", "2025-13-01")
    assert bad_date.exit_code == 2 and "since" in bad_date.output
    bad_format = run("export", "--db", db, "-f", "xlsx")
    assert bad_format.exit_code == 2 and "xlsx" in bad_format.output
    no_db = run("events", "--db", "postgresql+psycopg://u:pw@127.0.0.1:1/x")
    assert no_db.exit_code == 1 and "cannot connect" in no_db.output


def test_watch_polls_a_feed_and_stores_only_new_entries(tmp_path: Path, pipeline) -> None:
    from summitry.store.watch import parse_interval, watch

    rows = [json.loads(line) for line in (DATA / "manila_summit.jsonl").read_text().splitlines()]
    feed = tmp_path / "feed.jsonl"
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:  # a new article arrives between polls
        sleeps.append(seconds)
        feed.write_text("".join(json.dumps(r) + "\n" for r in rows[: 2 + len(sleeps)]))

    feed.write_text("".join(json.dumps(r) + "\n" for r in rows[:2]))
    polled: list[int] = []
    with Store(str(tmp_path / "watch.db")) as store:
        total = watch(store, [str(feed)], every=parse_interval("10m"), polls=3, sleep=sleep,
                      on_poll=lambda url, rep: polled.append(rep.stored), pipeline=pipeline)
        assert polled == [2, 1, 1] and total == 4
        assert len(sleeps) == 2 and all(0 < s <= 600 for s in sleeps)
        with store.read() as conn:
            added = conn.exec_driver_sql("SELECT articles_added FROM feeds").scalar()
        assert added == 4
    with pytest.raises(Exception, match="interval"):
        parse_interval("soon")


def test_two_workers_store_what_one_does(tmp_path: Path, pipeline) -> None:
    with Store(str(tmp_path / "one.db")) as one, Store(str(tmp_path / "two.db")) as two:
        a = ingest(one, [str(DATA)], pipeline=pipeline)
        b = ingest(two, [str(DATA)], workers=2, chunk_size=1)
        assert (a.stored, a.events_new, a.events_merged) == (b.stored, b.events_new,
                                                            b.events_merged)
        assert one.counts() == two.counts()


def test_ingest_a_feed_url_and_fetch_the_linked_pages(tmp_path: Path, monkeypatch) -> None:
    from tests.readers.webserver import Server, Site

    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    site = Site()
    server = Server(site)
    try:
        page = site.add("/news/manila.html", (
            "<html><head><title>Ishiba in Manila</title></head><body><article>"
            "<h1>Ishiba in Manila</h1><p>Japanese Prime Minister Shigeru Ishiba met Philippine "
            "President Ferdinand Marcos Jr. in Manila on Tuesday.</p><p>The two leaders agreed "
            "to expand defence cooperation and signed an agreement on military supplies."
            "</p></article></body></html>"))
        feed = site.add("/feed.rss", (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><guid>manila-1</guid><title>Ishiba in Manila</title><link>{page}</link>"
            "<pubDate>Wed, 30 Apr 2025 08:00:00 +0800</pubDate>"
            "<description>Ishiba visits Manila.</description></item></channel></rss>"),
            "application/rss+xml")
        db = str(tmp_path / "feed.db")
        done = run("ingest", feed, "--db", db, "--fetch-links")
        assert done.exit_code == 0, done.output
        assert "1 stored" in done.output
        assert "/news/manila.html" in [path for path, _ in site.requests]
        with Store(db) as store:
            rows = events(store)
        assert any(r["cameo"].startswith("04") and {r["source_country"], r["target_country"]}
                   == {"JPN", "PHL"} for r in rows)
    finally:
        server.close()

