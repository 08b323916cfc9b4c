"""One summit reported by four articles on three days is one meeting with four reports."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from summitry.errors import ConfigError
from summitry.store import DedupRules, Store, events, ingest, meetings
from tests.store.conftest import DATA


def test_reports_of_one_summit_become_one_meeting(store: Store, pipeline: Pipeline) -> None:
    report = ingest(store, [str(DATA / "manila_summit.jsonl")], pipeline=pipeline)
    assert report.stored == 4
    found = meetings(store, country="JPN", counterpart="PHL")
    assert len(found) == 1
    meeting = found[0]
    assert meeting["report_count"] == 4
    assert (meeting["first_seen"], meeting["last_seen"]) == ("2025-04-29", "2025-05-01")
    assert meeting["date"] == "2025-04-29" and meeting["location_country"] == "PHL"
    assert {p["country"] for p in meeting["participants"]} == {"JPN", "PHL"}
    visits = events(store, country="JPN", counterpart="PHL", cameo="042")
    assert len(visits) == 1 and visits[0]["report_count"] >= 2
    reports = events(store, country="JPN", counterpart="PHL", cameo="042", reports=True)
    assert len(reports) == visits[0]["report_count"]
    assert len({r["article_id"] for r in reports}) == len(reports)


def test_a_zero_day_window_keeps_later_reports_apart(db_url: str, pipeline: Pipeline) -> None:
    with Store(db_url, dedup=DedupRules(window_days=0)) as store:
        ingest(store, [str(DATA / "manila_summit.jsonl")], pipeline=pipeline)
        # the undated analysis of 1 May no longer matches the meeting of 29 April
        assert len(meetings(store, country="JPN")) == 2


def test_without_dedup_every_report_is_its_own_event(db_url: str, pipeline: Pipeline) -> None:
    with Store(db_url, dedup=DedupRules(enabled=False)) as store:
        report = ingest(store, [str(DATA / "manila_summit.jsonl")], pipeline=pipeline)
        assert report.events_merged == 0 and report.meetings_merged == 0
        assert len(meetings(store, country="JPN")) == 4
        assert store.counts()["events"] == store.counts()["reports"]


def test_dedup_rules_are_checked() -> None:
    with pytest.raises(ConfigError, match="window"):
        DedupRules(window_days=-1)
    with pytest.raises(ConfigError, match="family"):
        DedupRules(family="goldstein")


def test_places_and_directions() -> None:
    rules = DedupRules()
    seoul = {"location_country": "KOR", "location_place": "Seoul"}
    busan = {"location_country": "KOR", "location_place": "Busan"}
    tokyo = {"location_country": "JPN", "location_place": "Tokyo"}
    nowhere = {"location_country": None, "location_place": None}
    assert rules.places_fit(seoul, busan) and rules.places_fit(seoul, nowhere)
    assert not rules.places_fit(seoul, tokyo)
    assert not DedupRules(require_place=True).places_fit(seoul, nowhere)
    one_way = {"symmetric": False, "source_key": "KOR", "target_key": "JPN"}
    other_way = {"symmetric": False, "source_key": "JPN", "target_key": "KOR"}
    assert rules.directions_fit(one_way, dict(one_way))
    assert not rules.directions_fit(one_way, other_way)
    assert rules.directions_fit(dict(one_way, symmetric=True), other_way)
    assert rules.window("2025-04-29") == ("2025-04-27", "2025-05-01")
    assert rules.window(None) is None
