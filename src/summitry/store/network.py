"""Aggregates for the dashboard: the dyad network, timeline facets, agreements, counterparts.

Like ``query`` and ``lookup``, every function takes a ``Store`` and keyword
filters and returns plain JSON-ready dicts; bad filters raise ``QueryError``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, or_, select

from ..errors import QueryError
from . import schema as s
from .query import check_date, country_code, events
from .store import Store

AGREEMENT_ROOTS = ("03", "06")  # intent to cooperate, material cooperation
AGREEMENT_CODES = ("057",)  # sign formal agreement
MAX_EDGES = 2000


def network(store: Store, *, since: str | None = None, until: str | None = None,
            country: str | None = None, min_count: int = 1,
            reports: bool = False) -> dict[str, Any]:
    """Countries as nodes and their interactions as undirected edges for a period.

    Edges are ``{a, b, events, goldstein, mean_goldstein, q1..q4}`` (``a < b``),
    heaviest first; nodes are ``{id, name, events, degree}``. Events whose two
    sides are the same country, or that have no target, are left out. With
    ``country`` only that country's edges (and their other ends) are kept.
    """
    if min_count < 1:
        raise QueryError("min_count must be 1 or more", field="min_count")
    e = s.events.c
    when = func.coalesce(e.date, e.first_seen)
    weight = e.report_count if reports else 1
    lo, hi = check_date(since, name="since"), check_date(until, end=True, name="until")
    query = (select(e.source_country, e.target_country, e.quad_class,
                    func.sum(weight).label("n"), func.sum(e.goldstein * weight).label("g"))
             .where(e.source_country.is_not(None), e.target_country.is_not(None),
                    e.source_country != e.target_country)
             .group_by(e.source_country, e.target_country, e.quad_class))
    if lo:
        query = query.where(when >= lo)
    if hi:
        query = query.where(when <= hi)
    with store.read() as conn:
        focus = country_code(conn, country) if country else None
        if focus:
            query = query.where(or_(e.source_country == focus, e.target_country == focus))
        edges: dict[tuple[str, str], dict[str, Any]] = {}
        for src, tgt, quad, n, g in conn.execute(query):
            a, b = sorted((str(src), str(tgt)))
            edge = edges.setdefault((a, b), {"a": a, "b": b, "events": 0, "goldstein": 0.0,
                                             "q1": 0, "q2": 0, "q3": 0, "q4": 0})
            edge["events"] += int(n or 0)
            edge["goldstein"] += float(g or 0.0)
            if quad in (1, 2, 3, 4):
                edge[f"q{quad}"] += int(n or 0)
        kept = sorted((x for x in edges.values() if x["events"] >= min_count),
                      key=lambda x: (-x["events"], x["a"], x["b"]))[:MAX_EDGES]
        codes = sorted({x["a"] for x in kept} | {x["b"] for x in kept})
        names = _names(conn, codes)
    totals: Counter[str] = Counter()
    degree: Counter[str] = Counter()
    for edge in kept:
        edge["goldstein"] = round(edge["goldstein"], 2)
        edge["mean_goldstein"] = round(edge["goldstein"] / edge["events"], 2)
        for side in (edge["a"], edge["b"]):
            totals[side] += edge["events"]
            degree[side] += 1
    nodes = [{"id": c, "name": names.get(c, c), "events": totals[c], "degree": degree[c]}
             for c in codes]
    nodes.sort(key=lambda n: (-n["events"], n["id"]))
    return {"since": lo, "until": hi, "country": focus, "nodes": nodes, "edges": kept}


def _names(conn: Any, codes: list[str]) -> dict[str, str]:
    a = s.actors.c
    found: dict[str, str] = {}
    for i in range(0, len(codes), 500):
        for code, name in conn.execute(select(a.id, a.name).where(a.id.in_(codes[i:i + 500]))):
            found[str(code)] = str(name)
    return found


def country_names(store: Store, codes: list[str]) -> dict[str, str]:
    """Display names for country and organisation codes (the code when unknown)."""
    with store.read() as conn:
        found = _names(conn, list(codes))
    return {c: found.get(c, c) for c in codes}


def resolve_country(store: Store, value: str) -> str:
    """An ISO code for a country given by code or name; QueryError when unknown."""
    with store.read() as conn:
        return country_code(conn, value)


def actor_record(store: Store, actor_id: str) -> dict[str, Any] | None:
    """One actor row by id (None when unknown)."""
    with store.read() as conn:
        row = conn.execute(select(s.actors).where(s.actors.c.id == actor_id)).mappings().first()
        return dict(row) if row else None


def meeting_facets(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The leaders, countries and occasions that stored meetings have, most frequent first."""
    p, m = s.meeting_participants.c, s.meetings.c
    with store.read() as conn:
        leaders = [{"id": r[0], "name": r[1], "country": r[2], "meetings": int(r[3])}
                   for r in conn.execute(
                       select(p.actor_id, func.min(p.name), func.min(p.country),
                              func.count(func.distinct(p.meeting_id)).label("n"))
                       .group_by(p.actor_id).order_by(func.count().desc(), p.actor_id))]
        countries = [{"id": r[0], "meetings": int(r[1])} for r in conn.execute(
            select(p.country, func.count(func.distinct(p.meeting_id)).label("n"))
            .where(p.country.is_not(None)).group_by(p.country)
            .order_by(func.count(func.distinct(p.meeting_id)).desc(), p.country))]
        occasions = [{"id": r[0], "meetings": int(r[1])} for r in conn.execute(
            select(m.occasion, func.count()).where(m.occasion.is_not(None))
            .group_by(m.occasion).order_by(func.count().desc(), m.occasion))]
        names = _names(conn, [c["id"] for c in countries])
    for c in countries:
        c["name"] = names.get(c["id"], c["id"])
    return {"leaders": leaders, "countries": countries, "occasions": occasions}


def meeting_articles(store: Store, meeting_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The articles that reported each meeting: ``{meeting_id: [{id, title, date}]}``."""
    mr, art = s.meeting_reports.c, s.articles.c
    found: dict[int, list[dict[str, Any]]] = {i: [] for i in meeting_ids}
    with store.read() as conn:
        for i in range(0, len(meeting_ids), 500):
            for row in conn.execute(
                    select(mr.meeting_id, art.id, art.title, art.date)
                    .join(s.articles, art.id == mr.article_id)
                    .where(mr.meeting_id.in_(meeting_ids[i:i + 500]))
                    .order_by(mr.meeting_id, art.date, art.id)).mappings():
                found[row["meeting_id"]].append(
                    {"id": row["id"], "title": row["title"], "date": row["date"]})
    return found


def counterparts(rows: list[dict[str, Any]], actor_id: str) -> list[dict[str, Any]]:
    """Whom ``actor_id`` met in these meetings: ``{actor, name, country, meetings, last}``."""
    seen: dict[str, dict[str, Any]] = {}
    for meeting in rows:
        ids = {p["actor"] for p in meeting["participants"]}
        if actor_id not in ids:
            continue
        when = meeting.get("date") or meeting.get("first_seen")
        for p in meeting["participants"]:
            if p["actor"] == actor_id:
                continue
            entry = seen.setdefault(p["actor"], {"actor": p["actor"], "name": p["name"],
                                                 "country": p["country"], "meetings": 0,
                                                 "last": None})
            entry["meetings"] += 1
            if when and (entry["last"] is None or when > entry["last"]):
                entry["last"] = when
    return sorted(seen.values(), key=lambda x: (-x["meetings"], x["name"] or ""))


def dyad_agreements(store: Store, a: str, b: str, *, since: str | None = None,
                    until: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Cooperation and agreement events between A and B (CAMEO 03, 057, 06), newest first.

    One row per event, with the evidence and article of its first report.
    """
    found: dict[int, dict[str, Any]] = {}
    for filters in ({"root": list(AGREEMENT_ROOTS)}, *({"cameo": c} for c in AGREEMENT_CODES)):
        for row in events(store, country=a, counterpart=b, since=since, until=until,
                          reports=True, limit=limit, **filters):
            found.setdefault(row["event_id"], row)
    rows = list(found.values())
    rows.sort(key=lambda r: (r["date"] or r["first_seen"] or "", r["event_id"]), reverse=True)
    return rows[:limit]


def cooperation(series: list[dict[str, Any]]) -> dict[str, Any]:
    """Summary of a dyad series: totals, mean Goldstein and the cooperative share (q1+q2)."""
    n = sum(r["events"] for r in series)
    g = sum(r["goldstein"] for r in series)
    coop = sum(r["q1"] + r["q2"] for r in series)
    return {"events": n, "goldstein": round(g, 2),
            "mean_goldstein": round(g / n, 2) if n else None,
            "cooperative_share": round(coop / n, 3) if n else None,
            **{f"q{q}": sum(r[f"q{q}"] for r in series) for q in (1, 2, 3, 4)}}
