"""Check a coded Document against an acceptance gold file (the seed.gold.json format).

The gold lists ``must`` items (actors, events, meetings, quotes that a correct
reading contains), ``may`` items (acceptable extras) and ``must_not`` items
(errors). ``check`` returns one ``Finding`` per item so a caller can report
exactly what is missing or wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..actors.kb import name_key
from ..types import Document, Event


@dataclass(frozen=True)
class Finding:
    section: str  # actors | events | meetings | quotes | must_not
    item: str  # a short label for the gold item
    passed: bool
    detail: str = ""


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def check(document: Document, gold: dict[str, Any]) -> list[Finding]:
    must = gold.get("must", {})
    findings: list[Finding] = []
    for item in must.get("actors", []):
        findings.append(_actor(document, item))
    for item in must.get("events", []):
        findings.append(_event(document, item))
    for item in must.get("meetings", []):
        findings.append(_meeting(document, item))
    for item in must.get("quotes", []):
        findings.append(_quote(document, item))
    for item in gold.get("must_not", []):
        findings.append(_must_not(document, item))
    return findings


def _actor(doc: Document, item: dict[str, Any]) -> Finding:
    label = item["name"]
    for a in doc.actors:
        if name_key(a.name) != name_key(item["name"]):
            continue
        problems = [f"{k} is {getattr(a, k)!r}" for k in ("country", "sector", "role")
                    if k in item and getattr(a, k) != item[k]]
        written = {_norm(doc.text[s:e]) for s, e in a.mentions}
        written |= {w[4:] for w in written if w.startswith("the ")}
        missing = [w for w in item.get("also_written", [])
                   if _norm(w) not in written and _norm(w).removeprefix("the ") not in written]
        if missing:
            problems.append(f"no mention written {missing}")
        return Finding("actors", label, not problems, "; ".join(problems))
    return Finding("actors", label, False, "no such actor")


def event_matches(e: Event, item: dict[str, Any]) -> bool:
    src, tgt = e.source.country, e.target.country if e.target else None
    want = (item.get("source"), item.get("target"))
    if (src, tgt) != want and not (item.get("symmetric") and (tgt, src) == want):
        return False
    if "cameo_root" in item and e.cameo_root != item["cameo_root"]:
        return False
    if "cameo_any_of" in item and e.cameo not in item["cameo_any_of"]:
        return False
    evidence = _norm(e.evidence.text)
    if "evidence_contains" in item and _norm(item["evidence_contains"]) not in evidence:
        return False
    if "evidence_contains_any" in item and not any(
            _norm(x) in evidence for x in item["evidence_contains_any"]):
        return False
    if "location" in item and e.location.country != item["location"]:
        return False
    if "date_between" in item:
        lo, hi = item["date_between"]
        if e.date is None or not lo <= e.date <= hi:
            return False
    return True


def _event(doc: Document, item: dict[str, Any]) -> Finding:
    label = item.get("id") or f"{item.get('source')}-{item.get('target')} {item.get('cameo_root')}"
    if any(event_matches(e, item) for e in doc.events):
        return Finding("events", label, True)
    near = [f"{e.id} {e.source.country}-{e.target.country if e.target else None} {e.cameo} "
            f"{e.location.country} {e.date}" for e in doc.events
            if {e.source.country, e.target.country if e.target else None}
            == {item.get("source"), item.get("target")}]
    return Finding("events", label, False, "no matching event; same dyad: " + ", ".join(near))


def _meeting(doc: Document, item: dict[str, Any]) -> Finding:
    label = "meeting " + "-".join(item["participants"])
    for m in doc.meetings:
        countries = {p.country for p in m.participants}
        if countries != set(item["participants"]):
            continue
        problems = []
        names = {name_key(p.name) for p in m.participants}
        for leader in item.get("leaders", []):
            if name_key(leader) not in names:
                problems.append(f"leader {leader} missing")
        if "location" in item and m.location.country != item["location"]:
            problems.append(f"location {m.location.country}")
        if "occasion_contains" in item and _norm(item["occasion_contains"]) not in _norm(
                m.occasion or ""):
            problems.append(f"occasion {m.occasion!r}")
        for key in ("duration_minutes", "first_meeting", "format"):
            if key in item and getattr(m, key) != item[key]:
                problems.append(f"{key} {getattr(m, key)!r}")
        return Finding("meetings", label, not problems, "; ".join(problems))
    return Finding("meetings", label, False, "no meeting with these participants")


def _quote(doc: Document, item: dict[str, Any]) -> Finding:
    label = f"quote by {item['speaker']}"
    for q in doc.quotes:
        if name_key(q.speaker.name) != name_key(item["speaker"]):
            continue
        if "country" in item and q.speaker.country != item["country"]:
            continue
        if "text_startswith" in item and not _norm(q.text).startswith(
                _norm(item["text_startswith"])):
            continue
        return Finding("quotes", label, True)
    return Finding("quotes", label, False, "no matching quote")


def _must_not(doc: Document, item: dict[str, Any]) -> Finding:
    what = item.get("what", "")
    low = what.lower()
    bad: list[str] = []
    if "evidence_contains" in item:
        needle = _norm(item["evidence_contains"])
        bad += [e.id for e in doc.events if needle in _norm(e.evidence.text)]
    elif "source_or_target" in item:
        c = item["source_or_target"]
        root = item.get("cameo_root")
        bad += [e.id for e in doc.events if c in (e.source.country, e.target.country if e.target
                                                  else None) and (root is None or e.cameo_root == root)]
        if "meeting" in low:
            bad += [m.id for m in doc.meetings if c in {p.country for p in m.participants}]
    elif "same country" in low:
        bad += [e.id for e in doc.events if e.target is not None
                and e.source.country == e.target.country]
    elif "(prk)" in low or "north korea" in low:
        bad += [a.id for a in doc.actors if a.country == "PRK"]
        bad += [e.id for e in doc.events if "PRK" in (e.source.country, e.target.country
                                                      if e.target else None)]
    elif "different actors" in low:
        keys: dict[str, str] = {}
        for a in doc.actors:
            if a.kind != "person":
                continue
            k = name_key(a.name)
            if k in keys:
                bad.append(f"{keys[k]}={a.id}")
            keys[k] = a.id
    else:
        return Finding("must_not", what, False, "this must_not item is not understood")
    return Finding("must_not", what, not bad, ("found in " + ", ".join(bad)) if bad else "")
