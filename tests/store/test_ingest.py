"""Ingest: every article stored whole and once, however often or however interrupted."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from summitry import Pipeline
from summitry.store import Store, content_key, ingest
from summitry.store import schema as s
from tests.store.conftest import DATA, EXAMPLES


def check_whole(store: Store) -> None:
    """Every stored article has exactly the reports, meetings and quotes it counts."""
    a, r, mr, q = s.articles.c, s.event_reports.c, s.meeting_reports.c, s.quotes.c
    with store.read() as conn:
        for row in conn.execute(select(a.id, a.n_events, a.n_meetings, a.n_quotes)):
            reports = conn.execute(select(func.count()).where(r.article_id == row.id)).scalar()
            meetings = conn.execute(select(func.count()).where(mr.article_id == row.id)).scalar()
            quotes = conn.execute(select(func.count()).where(q.article_id == row.id)).scalar()
            assert (reports, meetings, quotes) == (row.n_events, row.n_meetings, row.n_quotes)
        orphans = conn.execute(select(func.count()).select_from(s.events).where(
            ~s.events.c.id.in_(select(r.event_id)))).scalar()
        assert orphans == 0


def test_ingest_stores_the_examples_once(store: Store, pipeline: Pipeline) -> None:
    first = ingest(store, [str(EXAMPLES)], pipeline=pipeline)
    assert first.read == 13 and first.stored == 13 and not first.skipped
    assert first.events_new > 40 and first.meetings_new >= 5 and first.quotes >= 10
    counts = store.counts()
    assert counts["articles"] == 13
    assert counts["reports"] == first.events_new + first.events_merged
    check_whole(store)
    again = ingest(store, [str(EXAMPLES)], pipeline=pipeline)
    assert (again.stored, again.duplicates, again.events_new) == (0, 13, 0)
    assert store.counts() == counts


def test_the_same_text_twice_in_one_run_is_stored_once(store: Store, pipeline: Pipeline,
                                                       tmp_path: Path) -> None:
    rows = [json.loads(line) for line in (DATA / "manila_summit.jsonl").read_text().splitlines()]
    copy = dict(rows[0], id="copy-of-1", text=rows[0]["text"].replace("\n\n", "\n\n  "))
    path = tmp_path / "dupes.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [rows[0], copy, rows[1]]) + "\n")
    report = ingest(store, [str(path)], pipeline=pipeline)
    assert (report.read, report.stored, report.duplicates) == (3, 2, 1)
    assert store.known_keys([content_key(rows[0]["text"])]) == {content_key(rows[0]["text"])}


def test_an_interrupted_ingest_finishes_on_the_second_run(store: Store, pipeline: Pipeline,
                                                          tmp_path: Path) -> None:
    lines = (EXAMPLES / "articles.jsonl").read_text().splitlines()
    part = tmp_path / "part.jsonl"
    part.write_text("\n".join(lines[: len(lines) // 2]) + "\n")
    ingest(store, [str(part)], pipeline=pipeline)  # as if stopped half-way
    full = ingest(store, [str(EXAMPLES / "articles.jsonl")], pipeline=pipeline)
    assert full.duplicates == len(lines) // 2
    assert full.stored == len(lines) - len(lines) // 2
    assert store.counts()["articles"] == len(lines)
    check_whole(store)


def test_bad_inputs_are_reported_and_the_rest_is_stored(store: Store, pipeline: Pipeline,
                                                        tmp_path: Path) -> None:
    good = (DATA / "manila_summit.jsonl").read_text().splitlines()
    path = tmp_path / "mixed.jsonl"
    path.write_text(good[0] + "\n{not json\n" + json.dumps({"id": "x", "text": "Talks.",
                                                          "date": "2025-02-31"}) + "\n"
                    + good[1] + "\n")
    report = ingest(store, [str(path), str(tmp_path / "missing.txt")], pipeline=pipeline)
    assert report.stored == 2
    reasons = {skip.where: skip.reason for skip in report.skipped}
    assert any(where.endswith("mixed.jsonl:2") for where in reasons)
    assert any("date" in reason for reason in reasons.values())
    assert any("missing.txt" in where for where in reasons)
    assert store.counts()["articles"] == 2


def test_progress_is_reported_with_the_total(store: Store, pipeline: Pipeline) -> None:
    seen: list[tuple[int, int | None]] = []
    ingest(store, [str(DATA)], pipeline=pipeline, progress=lambda d, t: seen.append((d, t)),
           total=4, chunk_size=2)
    assert seen[-1] == (4, 4)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
