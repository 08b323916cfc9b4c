"""Geometry for the server-rendered SVG charts (the templates only draw what this computes).

Numbers only: no markup is built here, so every label still goes through the
template's autoescaping.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

FORMATS = ("bilateral", "trilateral", "multilateral")


def goldstein_color(value: float | None) -> str:
    """A colour from red (conflict, -10) through grey (0) to green (cooperation, +10)."""
    if value is None:
        return "#9aa0a6"
    t = max(-1.0, min(1.0, float(value) / 10.0))
    grey, red, green = (154, 160, 166), (200, 40, 40), (30, 150, 70)
    end = green if t >= 0 else red
    t = abs(t) ** 0.6  # small scores still show a tint
    rgb = [round(g + (e - g) * t) for g, e in zip(grey, end)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def timeline(rows: list[dict[str, Any]], *, width: int = 900, lane: int = 36,
             pad: int = 110) -> dict[str, Any]:
    """Dots for meetings on a time axis, one lane per format, with month ticks."""
    dated = [(r, _day(r.get("date") or r.get("first_seen"))) for r in rows]
    dated = [(r, d) for r, d in dated if d is not None]
    height = lane * len(FORMATS) + 40
    if not dated:
        return {"width": width, "height": height, "dots": [], "ticks": [], "lanes": []}
    lo = min(d for _, d in dated) - dt.timedelta(days=15)
    hi = max(d for _, d in dated) + dt.timedelta(days=15)
    span = max((hi - lo).days, 1)
    inner = width - pad - 20

    def x(day: dt.date) -> float:
        return round(pad + (day - lo).days / span * inner, 1)

    lanes = [{"name": f, "y": 20 + lane * i + lane / 2} for i, f in enumerate(FORMATS)]
    lane_y = {ln["name"]: ln["y"] for ln in lanes}
    dots = []
    for r, d in dated:
        who = ", ".join(p["name"] for p in r.get("participants", []))
        dots.append({"x": x(d), "y": lane_y.get(r.get("format") or "", lane_y["multilateral"]),
                     "r": 5 + min(r.get("report_count") or 1, 5), "id": r["id"],
                     "date": d.isoformat(), "label": f"{d.isoformat()}: {who}"
                     + (f" ({r['occasion']})" if r.get("occasion") else ""),
                     "href": _meeting_href(r)})
    return {"width": width, "height": height, "dots": dots, "lanes": lanes,
            "ticks": _ticks(lo, hi, x, height)}


def _meeting_href(row: dict[str, Any]) -> str | None:
    found = row.get("articles") or []
    return f"/articles/{found[0]['id']}" if found else None


def _ticks(lo: dt.date, hi: dt.date, x: Any, height: int) -> list[dict[str, Any]]:
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    step = max(1, -(-months // 10))  # at most about ten labels
    ticks = []
    year, month = lo.year, lo.month
    for i in range(months + 1):
        day = dt.date(year, month, 1)
        if lo <= day <= hi and i % step == 0:
            ticks.append({"x": x(day), "label": day.strftime("%Y-%m"), "y": height - 6})
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return ticks


def series_chart(series: list[dict[str, Any]], *, width: int = 900, height: int = 260,
                 pad: int = 44) -> dict[str, Any]:
    """Bars of events per month (coloured by mean Goldstein) and a mean-Goldstein line."""
    n = len(series)
    plot_h = height - 2 * pad
    if not n:
        return {"width": width, "height": height, "bars": [], "line": "", "ticks": [],
                "peak": 0, "zero": pad + plot_h / 2, "top": pad, "bottom": pad + plot_h}
    peak = max(r["events"] for r in series) or 1
    slot = (width - 2 * pad) / n
    bars: list[dict[str, Any]] = []
    points: list[tuple[float, float]] = []
    ticks: list[dict[str, Any]] = []
    step = max(1, -(-n // 12))
    for i, r in enumerate(series):
        h = r["events"] / peak * plot_h
        x = pad + i * slot
        w = min(max(slot * 0.8, 1), 48)
        bars.append({"x": round(x + (slot - w) / 2, 1), "y": round(pad + plot_h - h, 1),
                     "w": round(w, 1), "h": round(h, 1),
                     "fill": goldstein_color(r["mean_goldstein"]), "month": r["month"],
                     "label": f"{r['month']}: {r['events']} event(s), mean Goldstein "
                              f"{r['mean_goldstein'] if r['mean_goldstein'] is not None else '-'}"})
        if r["mean_goldstein"] is not None:
            gy = pad + plot_h / 2 - r["mean_goldstein"] / 10 * plot_h / 2
            points.append((round(x + slot / 2, 1), round(gy, 1)))
        if i % step == 0:
            ticks.append({"x": round(x + slot / 2, 1), "label": r["month"]})
    return {"width": width, "height": height, "bars": bars,
            "line": " ".join(f"{px},{py}" for px, py in points),
            "points": [{"x": px, "y": py} for px, py in points],
            "ticks": ticks, "peak": peak, "zero": pad + plot_h / 2, "top": pad,
            "bottom": pad + plot_h, "left": pad, "right": width - pad}


def role_bars(held: list[dict[str, Any]], *, width: int = 900, row: int = 26,
              pad: int = 10) -> dict[str, Any]:
    """Horizontal bars for a person's roles over time (open-ended roles run to today)."""
    today = dt.date.today()
    spans = []
    for r in held:
        start = _day(r.get("start"))
        if start is None:
            continue
        spans.append((r, start, _day(r.get("end")) or today))
    if not spans:
        return {"width": width, "height": 0, "bars": [], "ticks": []}
    lo = min(s for _, s, _ in spans)
    hi = max(e for _, _, e in spans)
    span = max((hi - lo).days, 1)
    inner = width - 2 * pad
    bars = []
    for i, (r, s, e) in enumerate(spans):
        x0 = pad + (s - lo).days / span * inner
        x1 = pad + (e - lo).days / span * inner
        bars.append({"x": round(x0, 1), "w": round(max(x1 - x0, 3), 1), "y": pad + i * row,
                     "h": row - 6, "label": f"{r['title']} ({r.get('country') or '?'}): "
                     f"{r.get('start') or '?'} to {r.get('end') or 'now'}",
                     "text": r["title"]})
    height = pad * 2 + row * len(bars) + 16
    years = [{"x": round(pad + (dt.date(y, 1, 1) - lo).days / span * inner, 1),
              "label": str(y), "y": height - 4}
             for y in range(lo.year + 1, hi.year + 1)]
    step = max(1, -(-len(years) // 12))
    return {"width": width, "height": height, "bars": bars, "ticks": years[::step]}
