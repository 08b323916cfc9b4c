"""Write one coded article, with its events, meetings and quotes, in one transaction.

The caller opens the (write-locked) transaction; everything here either lands
together or not at all. Events and meetings already stored that the rules in
``dedup`` match gain a report instead of a duplicate row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from ..types import Document, Event, Meeting
from . import schema as s
from .dedup import DedupRules, distance, pair_key, parties_key, side_key


@dataclass(frozen=True)
class WriteResult:
    """What storing one article did."""

    article_id: int | None  # None when the article was already stored
    duplicate: bool = False
    events_new: int = 0
    events_merged: int = 0
    meetings_new: int = 0
    meetings_merged: int = 0
    quotes: int = 0


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def article_exists(conn: Connection, key: str) -> bool:
    return conn.execute(select(s.articles.c.id).where(s.articles.c.key == key)).first() is not None


def write_document(conn: Connection, doc: Document, *, key: str, rules: DedupRules,
                   coder_version: str) -> WriteResult:
    """Store ``doc`` under content hash ``key``; a key already stored writes nothing."""
    if article_exists(conn, key):
        return WriteResult(None, duplicate=True)
    coded_at = now_utc()
    seen = doc.date or coded_at[:10]
    article_id = conn.execute(s.articles.insert().values(
        key=key, ext_id=doc.id, title=doc.title, date=doc.date, source=doc.source,
        programme=doc.programme, text=doc.text, n_events=len(doc.events),
        n_meetings=len(doc.meetings), n_quotes=len(doc.quotes), warnings=list(doc.warnings),
        coder_version=coder_version, coded_at=coded_at)).inserted_primary_key[0]
    _write_actors(conn, doc, article_id)
    event_ids: dict[str, int] = {}
    new_events = merged_events = 0
    for event in doc.events:
        event_id, merged = _write_event(conn, event, article_id, doc.date, seen, rules)
        event_ids[event.id] = event_id
        merged_events += merged
        new_events += not merged
    quote_ids = _write_quotes(conn, doc, article_id)
    new_meetings = merged_meetings = 0
    for meeting in doc.meetings:
        merged = _write_meeting(conn, meeting, article_id, doc.date, seen, rules,
                                event_ids, quote_ids)
        merged_meetings += merged
        new_meetings += not merged
    return WriteResult(article_id, False, new_events, merged_events, new_meetings,
                       merged_meetings, len(quote_ids))


# ---- actors ---------------------------------------------------------------
def ensure_actors(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert the actors not stored yet (``rows`` of id, name, kind, country, sector)."""
    ids = [r["id"] for r in rows]
    known: set[str] = set()
    for i in range(0, len(ids), 500):
        known |= set(conn.execute(select(s.actors.c.id)
                                  .where(s.actors.c.id.in_(ids[i:i + 500]))).scalars())
    fresh = {r["id"]: r for r in rows if r["id"] not in known}
    if fresh:
        conn.execute(s.actors.insert(), list(fresh.values()))


def _write_actors(conn: Connection, doc: Document, article_id: int) -> None:
    rows = [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
             "sector": a.sector, "in_kb": False} for a in doc.actors]
    rows += [{"id": aid, "name": aid, "kind": "person", "country": None, "sector": None,
              "in_kb": False} for aid in _referenced(doc) - {a.id for a in doc.actors}]
    ensure_actors(conn, rows)
    if doc.actors:
        conn.execute(s.article_actors.insert(), [
            {"article_id": article_id, "actor_id": a.id, "name": a.name, "role": a.role,
             "mentions": [list(m) for m in a.mentions]} for a in doc.actors])


def _referenced(doc: Document) -> set[str]:
    """Actor ids used by events, meetings and quotes (all should be in ``doc.actors``)."""
    ids = {e.source.actor for e in doc.events}
    ids |= {e.target.actor for e in doc.events if e.target}
    ids |= {p.actor for m in doc.meetings for p in m.participants}
    ids |= {q.speaker.actor for q in doc.quotes if q.speaker.actor}
    return {i for i in ids if i}


# ---- events ---------------------------------------------------------------
def _event_values(event: Event) -> dict[str, Any]:
    target = event.target
    source_key = side_key(event.source.actor, event.source.country)
    target_key = side_key(target.actor if target else None, target.country if target else None)
    return {
        "pair": pair_key(source_key, target_key),
        "source_actor": event.source.actor or None, "source_country": event.source.country,
        "source_sector": event.source.sector,
        "target_actor": (target.actor or None) if target else None,
        "target_country": target.country if target else None,
        "target_sector": target.sector if target else None,
        "cameo": event.cameo, "cameo_root": event.cameo_root, "quad_class": event.quad_class,
        "goldstein": event.goldstein, "plover_type": event.plover.type,
        "plover_mode": event.plover.mode, "symmetric": event.symmetric,
        "modality": event.modality, "date": event.date, "date_precision": event.date_precision,
        "location_country": event.location.country, "location_place": event.location.place,
        "source_key": source_key, "target_key": target_key,
    }


def _write_event(conn: Connection, event: Event, article_id: int, article_date: str | None,
                 seen: str, rules: DedupRules) -> tuple[int, bool]:
    values = _event_values(event)
    match = _find_event(conn, values, event.date or article_date, rules)
    if match is None:
        row = {k: v for k, v in values.items() if k not in ("source_key", "target_key")}
        event_id = conn.execute(s.events.insert().values(
            **row, report_count=1, first_seen=seen, last_seen=seen)).inserted_primary_key[0]
        merged = False
    else:
        event_id, merged = match["id"], True
        _merge_event(conn, match, values, article_id, seen)
    conn.execute(s.event_reports.insert().values(
        event_id=event_id, article_id=article_id, local_id=event.id, cameo=event.cameo,
        modality=event.modality, date=event.date, date_precision=event.date_precision,
        source_text=event.source.text, target_text=event.target.text if event.target else None,
        source_actor=values["source_actor"], source_country=values["source_country"],
        target_actor=values["target_actor"], target_country=values["target_country"],
        evidence=event.evidence.text, start=event.evidence.start, end=event.evidence.end,
        sentence=event.evidence.sentence, rule=event.rule, confidence=event.confidence,
        location_country=event.location.country, location_place=event.location.place))
    return event_id, merged


def _find_event(conn: Connection, values: dict[str, Any], when: str | None,
                rules: DedupRules) -> dict[str, Any] | None:
    window = rules.window(when)
    if window is None:
        return None
    e = s.events.c
    family = {"root": e.cameo_root == values["cameo_root"], "code": e.cameo == values["cameo"],
              "quad": e.quad_class == values["quad_class"]}[rules.family]
    lo, hi = window
    rows = conn.execute(select(s.events).where(
        e.pair == values["pair"], family,
        or_(e.date.between(lo, hi), and_(e.date.is_(None), e.first_seen.between(lo, hi))),
    )).mappings().all()
    best: tuple[int, dict[str, Any]] | None = None
    for row in rows:
        old = dict(row)
        old["source_key"] = side_key(row["source_actor"], row["source_country"])
        old["target_key"] = side_key(row["target_actor"], row["target_country"])
        if not rules.directions_fit(values, old) or not rules.places_fit(values, old):
            continue
        gap = distance(when, row["date"] or row["first_seen"])
        if best is None or gap < best[0]:
            best = (gap, old)
    return best[1] if best else None


def _merge_event(conn: Connection, old: dict[str, Any], new: dict[str, Any], article_id: int,
                 seen: str) -> None:
    e = s.events.c
    already = conn.execute(select(s.event_reports.c.id).where(
        s.event_reports.c.event_id == old["id"],
        s.event_reports.c.article_id == article_id)).first() is not None
    changes: dict[str, Any] = {
        "first_seen": min(filter(None, (old["first_seen"], seen))),
        "last_seen": max(filter(None, (old["last_seen"], seen))),
    }
    if not already:
        changes["report_count"] = old["report_count"] + 1
    if old["date"] is None and new["date"] or (
            old["date_precision"] != "day" and new["date_precision"] == "day"):
        changes.update(date=new["date"], date_precision=new["date_precision"])
    if not old["location_country"] and new["location_country"]:
        changes.update(location_country=new["location_country"],
                       location_place=new["location_place"])
    if old["modality"] != "asserted" and new["modality"] == "asserted":
        changes["modality"] = "asserted"
    conn.execute(s.events.update().where(e.id == old["id"]).values(**changes))


# ---- quotes ---------------------------------------------------------------
def _write_quotes(conn: Connection, doc: Document, article_id: int) -> dict[str, int]:
    ids: dict[str, int] = {}
    for q in doc.quotes:
        ids[q.id] = conn.execute(s.quotes.insert().values(
            article_id=article_id, local_id=q.id, speaker_actor=q.speaker.actor or None,
            speaker_name=q.speaker.name, speaker_role=q.speaker.role,
            speaker_country=q.speaker.country, text=q.text, kind=q.kind, start=q.start,
            end=q.end)).inserted_primary_key[0]
    return ids


# ---- meetings -------------------------------------------------------------
def _write_meeting(conn: Connection, meeting: Meeting, article_id: int,
                   article_date: str | None, seen: str, rules: DedupRules,
                   event_ids: dict[str, int], quote_ids: dict[str, int]) -> bool:
    parties = parties_key([side_key(p.actor, p.country) for p in meeting.participants])
    values = {"location_country": meeting.location.country,
              "location_place": meeting.location.place}
    match = _find_meeting(conn, parties, meeting, meeting.date or article_date, rules, values)
    m = s.meetings.c
    if match is None:
        meeting_id = conn.execute(s.meetings.insert().values(
            parties=parties, format=meeting.format, date=meeting.date, **values,
            occasion=meeting.occasion, duration_minutes=meeting.duration_minutes,
            first_meeting=meeting.first_meeting, report_count=1, first_seen=seen,
            last_seen=seen)).inserted_primary_key[0]
    else:
        meeting_id = match["id"]
        changes: dict[str, Any] = {
            "first_seen": min(filter(None, (match["first_seen"], seen))),
            "last_seen": max(filter(None, (match["last_seen"], seen))),
            "first_meeting": bool(match["first_meeting"] or meeting.first_meeting),
        }
        if not conn.execute(select(s.meeting_reports.c.id).where(
                s.meeting_reports.c.meeting_id == meeting_id,
                s.meeting_reports.c.article_id == article_id)).first():
            changes["report_count"] = match["report_count"] + 1
        for name, value in (("date", meeting.date), ("occasion", meeting.occasion),
                            ("duration_minutes", meeting.duration_minutes),
                            ("location_country", meeting.location.country),
                            ("location_place", meeting.location.place)):
            if match[name] is None and value is not None:
                changes[name] = value
        conn.execute(s.meetings.update().where(m.id == meeting_id).values(**changes))
    _add_participants(conn, meeting_id, meeting)
    conn.execute(s.meeting_reports.insert().values(
        meeting_id=meeting_id, article_id=article_id, local_id=meeting.id, date=meeting.date,
        evidence=meeting.evidence.text, start=meeting.evidence.start, end=meeting.evidence.end,
        outcomes=[event_ids[o] for o in meeting.outcomes if o in event_ids],
        quotes=[quote_ids[q] for q in meeting.quotes if q in quote_ids]))
    return match is not None


def _find_meeting(conn: Connection, parties: str, meeting: Meeting, when: str | None,
                  rules: DedupRules, place: dict[str, Any]) -> dict[str, Any] | None:
    window = rules.window(when)
    if window is None:
        return None
    m = s.meetings.c
    lo, hi = window
    rows = conn.execute(select(s.meetings).where(
        m.parties == parties,
        or_(m.date.between(lo, hi), and_(m.date.is_(None), m.first_seen.between(lo, hi))),
    )).mappings().all()
    best: tuple[int, dict[str, Any]] | None = None
    for row in rows:
        if not rules.places_fit(place, row):
            continue
        if meeting.occasion and row["occasion"] and \
                meeting.occasion.lower() != row["occasion"].lower():
            continue
        gap = distance(when, row["date"] or row["first_seen"])
        if best is None or gap < best[0]:
            best = (gap, dict(row))
    return best[1] if best else None


def _add_participants(conn: Connection, meeting_id: int, meeting: Meeting) -> None:
    known = set(conn.execute(select(s.meeting_participants.c.actor_id).where(
        s.meeting_participants.c.meeting_id == meeting_id)).scalars())
    rows = [{"meeting_id": meeting_id, "actor_id": p.actor, "country": p.country,
             "name": p.name, "role": p.role}
            for p in meeting.participants if p.actor not in known]
    rows = list({r["actor_id"]: r for r in rows}.values())
    if rows:
        conn.execute(s.meeting_participants.insert(), rows)
