"""Queries over a store filled with the bundled examples and the Manila summit reports."""

from __future__ import annotations

import pytest

from summitry.errors import QueryError
from summitry.store import (
    Store,
    actors,
    article,
    articles,
    count_events,
    dyad_series,
    event,
    events,
    meetings,
    quotes,
    roles,
)
from summitry.store.query import check_date
from summitry.store.series import bar_chart


def test_event_filters(filled: Store) -> None:
    everything = events(filled)
    assert len(everything) == count_events(filled) == filled.counts()["events"]
    dates = [e["date"] or e["first_seen"] for e in everything]
    assert dates == sorted(dates, reverse=True)  # newest first
    jpn = events(filled, country="Japan")
    assert jpn and all("JPN" in (e["source_country"], e["target_country"]) for e in jpn)
    pair = events(filled, country="JPN", counterpart="PHL")
    assert pair and all({e["source_country"], e["target_country"]} == {"JPN", "PHL"}
                        for e in pair)
    consult = events(filled, root="04")
    assert consult and all(e["cameo_root"] == "04" for e in consult)
    assert all(e["cameo"].startswith("04") for e in events(filled, cameo="04"))
    assert all(e["quad_class"] == 1 for e in events(filled, quad=1))
    assert all(e["plover_type"] == "CONSULT" for e in events(filled, plover="consult"))
    window = events(filled, since="2025-04", until="2025-04-30")
    assert window and all("2025-04-01" <= (e["date"] or e["first_seen"]) <= "2025-04-30"
                          for e in window)
    said = events(filled, text="Manila", reports=True)
    assert said and all("manila" in r["evidence"].lower() for r in said)
    by_person = events(filled, actor="Shigeru Ishiba")
    assert by_person and all("shigeru-ishiba" in (e["source_actor"], e["target_actor"])
                             for e in by_person)
    assert len(events(filled, limit=3)) == 3
    assert events(filled, limit=3, offset=3) == everything[3:6]
    one = event(filled, everything[0]["id"])
    assert one is not None and len(one["reports"]) == everything[0]["report_count"]
    assert event(filled, 10**9) is None


@pytest.mark.parametrize("filters, field", [
    ({"since": "2025-13"}, "since"), ({"until": "yesterday"}, "until"),
    ({"country": "Atlantis"}, "country"), ({"cameo": "4a"}, "cameo"),
    ({"root": "21"}, "root"), ({"quad": 5}, "quad"), ({"limit": 0}, "limit"),
    ({"actor": "Nobody Atall"}, "actor"),
])
def test_bad_filters_name_the_field(filled: Store, filters: dict, field: str) -> None:
    with pytest.raises(QueryError) as info:
        events(filled, **filters)
    assert info.value.field == field


def test_dates_may_be_years_or_months() -> None:
    assert check_date("2024") == "2024-01-01" and check_date("2024", end=True) == "2024-12-31"
    assert check_date("2024-02", end=True) == "2024-02-29"
    assert check_date(None) is None


def test_meetings_by_leader_occasion_and_period(filled: Store) -> None:
    by_leader = meetings(filled, leader="Ishiba")
    assert by_leader and all(any(p["actor"] == "shigeru-ishiba" for p in m["participants"])
                             for m in by_leader)
    in_april = meetings(filled, since="2025-04-01", until="2025-04-30")
    assert [m["parties"] for m in in_april] == ["JPN|PHL"]
    assert meetings(filled, occasion="no such occasion at all") == []


def test_who_held_a_role_and_a_persons_roles(filled: Store) -> None:
    heads = actors(filled, on="2025-06-17", country="KOR", office="head_of_state")
    assert [h["id"] for h in heads] == ["lee-jae-myung"]
    earlier = actors(filled, on="2024-06-17", country="KOR", office="head_of_state")
    assert [h["id"] for h in earlier] == ["yoon-suk-yeol"]
    history = roles(filled, "Ishiba")
    assert history and history[0]["office"] == "head_of_government"
    states = actors(filled, kind="state", name="korea")
    assert {"KOR", "PRK"} <= {a["id"] for a in states}


def test_dyad_series_fills_empty_months(filled: Store) -> None:
    rows = dyad_series(filled, "Japan", "Philippines", since="2025-03", until="2025-06")
    assert [r["month"] for r in rows] == ["2025-03", "2025-04", "2025-05", "2025-06"]
    april = rows[1]
    assert april["events"] > 0 and april["goldstein"] > 0
    assert april["q1"] + april["q2"] + april["q3"] + april["q4"] == april["events"]
    assert rows[0]["events"] == 0 and rows[0]["mean_goldstein"] is None
    reports = dyad_series(filled, "JPN", "PHL", since="2025-04", until="2025-04", reports=True)
    assert reports[0]["events"] >= april["events"]
    one_way = dyad_series(filled, "JPN", "PHL", since="2025-04", until="2025-04", directed=True)
    assert one_way[0]["events"] <= april["events"]
    lines = bar_chart(rows)
    assert len(lines) == 4 and "█" in lines[1]
    with pytest.raises(QueryError):
        dyad_series(filled, "JPN", "Japan")


def test_articles_quotes_and_one_article(filled: Store) -> None:
    listed = articles(filled, text="Malacanang")
    assert [a["ext_id"] for a in listed] == ["manila-2"]
    full = article(filled, listed[0]["id"])
    assert full is not None and "Malacanang" in full["text"]
    assert full["events"] and all(full["text"][e["start"]:e["end"]] == e["evidence"]
                                  for e in full["events"])
    assert {a["actor_id"] for a in full["actors"]} >= {"shigeru-ishiba", "ferdinand-marcos-jr"}
    assert article(filled, 10**9) is None
    said = quotes(filled, speaker="Ishiba")
    assert said and all(q["speaker_actor"] == "shigeru-ishiba" for q in said)
    assert quotes(filled, text="same sea")
