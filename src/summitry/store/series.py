"""A dyad's monthly series: counts, Goldstein sums and quad classes per month."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, or_, select

from ..errors import QueryError
from . import schema as s
from .query import check_date, country_code
from .store import Store


def dyad_series(store: Store, a: str, b: str, *, since: str | None = None,
                until: str | None = None, directed: bool = False,
                reports: bool = False) -> list[dict[str, Any]]:
    """Monthly rows ``{month, events, goldstein, mean_goldstein, q1..q4}`` for A and B.

    Both directions count unless ``directed`` (then only A acting on B). With
    ``reports`` an event counts once per article that reported it. Months without
    events between the first and last month (or ``since``/``until``) are zeros.
    """
    with store.read() as conn:
        code_a, code_b = country_code(conn, a), country_code(conn, b)
        if code_a == code_b:
            raise QueryError("a dyad needs two different countries", field="b")
        e = s.events.c
        lo, hi = check_date(since, name="since"), check_date(until, end=True, name="until")
        forward = and_(e.source_country == code_a, e.target_country == code_b)
        backward = and_(e.source_country == code_b, e.target_country == code_a)
        when = func.coalesce(e.date, e.first_seen)
        month = func.substr(when, 1, 7).label("month")
        weight = e.report_count if reports else 1
        query = (select(month,
                        func.sum(weight).label("events"),
                        func.sum(e.goldstein * weight).label("goldstein"),
                        *[func.sum(case((e.quad_class == q, weight), else_=0)).label(f"q{q}")
                          for q in (1, 2, 3, 4)])
                 .where(forward if directed else or_(forward, backward))
                 .group_by(month).order_by(month))
        if lo:
            query = query.where(when >= lo)
        if hi:
            query = query.where(when <= hi)
        rows = {r["month"]: dict(r) for r in conn.execute(query).mappings() if r["month"]}
    months = _months(min(rows) if rows else None, max(rows) if rows else None, lo, hi)
    out = []
    for m in months:
        row = rows.get(m, {"events": 0, "goldstein": 0.0, "q1": 0, "q2": 0, "q3": 0, "q4": 0})
        count = int(row["events"] or 0)
        total = round(float(row["goldstein"] or 0.0), 2)
        out.append({"month": m, "events": count, "goldstein": total,
                    "mean_goldstein": round(total / count, 2) if count else None,
                    **{f"q{q}": int(row[f"q{q}"] or 0) for q in (1, 2, 3, 4)}})
    return out


def _months(first: str | None, last: str | None, lo: str | None, hi: str | None) -> list[str]:
    start = (lo[:7] if lo else first)
    end = (hi[:7] if hi else last)
    if not start or not end or start > end:
        return []
    year, month = int(start[:4]), int(start[5:7])
    out: list[str] = []
    while f"{year:04d}-{month:02d}" <= end and len(out) < 1200:
        out.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return out


def bar_chart(series: list[dict[str, Any]], *, width: int = 40) -> list[str]:
    """Terminal lines: a bar of counts per month and the month's Goldstein sum."""
    if not series:
        return []
    peak = max(r["events"] for r in series) or 1
    lines = []
    for r in series:
        bar = "█" * round(r["events"] / peak * width)
        g = r["goldstein"]
        lines.append(f"{r['month']} {bar:<{width}} {r['events']:>5}  {g:+8.1f}")
    return lines
