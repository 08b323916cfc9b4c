"""Questions asked of a store: events, reports, meetings, actors, quotes, dyad series.

Every function takes a ``Store`` and keyword filters and returns plain dicts
(JSON-ready). Countries may be given as ISO codes ("JPN") or names ("Japan");
dates as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. An event's date is its own
date, else the first day it was reported.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Sequence

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from ..errors import QueryError
from . import schema as s
from .store import Store

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_LIMIT = 100_000


def check_date(value: str | None, *, end: bool = False, name: str = "date") -> str | None:
    """``YYYY[-MM[-DD]]`` as a full date (the first day, or the last with ``end``)."""
    if value is None or value == "":
        return None
    value = str(value).strip()
    if not _DATE.match(value):
        raise QueryError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", field=name)
    try:
        if len(value) == 4:
            return f"{value}-12-31" if end else f"{value}-01-01"
        if len(value) == 7:
            first = dt.date.fromisoformat(value + "-01")
            if not end:
                return first.isoformat()
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return (following - dt.timedelta(days=1)).isoformat()
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise QueryError(f"{value!r} is not a valid date", field=name) from exc


def _page(limit: int | None, offset: int) -> tuple[int | None, int]:
    if limit is not None and not 0 < limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}", field="limit")
    if offset < 0:
        raise QueryError("offset must be 0 or more", field="offset")
    return limit, offset


def country_code(conn: Connection, value: str) -> str:
    """An ISO code for a country given by code or name; QueryError when unknown."""
    a = s.actors.c
    text = value.strip()
    row = conn.execute(select(a.id).where(a.kind == "state", a.id == text.upper())).first()
    if row is None:
        row = conn.execute(select(a.id).where(a.kind == "state", a.id == a.country,
                                              func.lower(a.name) == text.lower())).first()
    if row is None:
        # a country seen only in coded events (no knowledge base synced yet)
        e = s.events.c
        hit = conn.execute(select(e.source_country).where(
            e.source_country == text.upper()).limit(1)).first()
        if hit is None:
            raise QueryError(f"unknown country {value!r} (use an ISO code such as JPN, or its "
                             "name)", field="country")
        return str(hit[0])
    return str(row[0])


def actor_ids(conn: Connection, value: str) -> list[str]:
    """The actor ids an actor filter names: an id, or a name or surname (case-insensitive)."""
    a = s.actors.c
    text = value.strip()
    ids = list(conn.execute(select(a.id).where(a.id == text)).scalars())
    if not ids:
        ids = list(conn.execute(select(a.id).where(func.lower(a.name) == text.lower())).scalars())
    if not ids:
        ids = list(conn.execute(select(a.id).where(
            a.kind == "person", func.lower(a.name).like(f"% {text.lower()}"))).scalars())
    if not ids and len(text) >= 3:  # a surname inside a longer name ("Marcos" -> "... Jr.")
        ids = list(conn.execute(select(a.id).where(
            a.kind == "person", func.lower(a.name).like(f"%{text.lower()}%")).limit(50)).scalars())
    if not ids:
        raise QueryError(f"no actor named {value!r}", field="actor")
    return ids


def _when(table: Any) -> ColumnElement[Any]:
    return func.coalesce(table.c.date, table.c.first_seen)


def _event_filters(conn: Connection, *, actor: str | None, country: str | None,
                   counterpart: str | None, cameo: str | None, root: Sequence[str] | str | None,
                   quad: int | None, plover: str | None, since: str | None, until: str | None,
                   text: str | None, modality: str | None) -> list[ColumnElement[bool]]:
    e = s.events.c
    where: list[ColumnElement[bool]] = []
    side_a: list[ColumnElement[bool]] | None = None
    if actor:
        ids = actor_ids(conn, actor)
        side_a = [e.source_actor.in_(ids), e.target_actor.in_(ids)]
    elif country:
        code = country_code(conn, country)
        side_a = [e.source_country == code, e.target_country == code]
    if counterpart:
        other = country_code(conn, counterpart)
        if side_a is None:
            where.append(or_(e.source_country == other, e.target_country == other))
        else:
            where.append(or_(and_(side_a[0], e.target_country == other),
                             and_(side_a[1], e.source_country == other)))
    elif side_a is not None:
        where.append(or_(*side_a))
    if cameo:
        if not re.fullmatch(r"\d{2,4}", cameo):
            raise QueryError(f"{cameo!r} is not a CAMEO code (2 to 4 digits)", field="cameo")
        where.append(e.cameo.like(cameo + "%"))
    if root:
        roots = [root] if isinstance(root, str) else list(root)
        roots = [r.zfill(2) for r in roots]
        if not all(re.fullmatch(r"\d{2}", r) and 1 <= int(r) <= 20 for r in roots):
            raise QueryError(f"CAMEO roots are 01 to 20, not {roots}", field="root")
        where.append(e.cameo_root.in_(roots))
    if quad is not None:
        if quad not in (1, 2, 3, 4):
            raise QueryError("quad class is 1, 2, 3 or 4", field="quad")
        where.append(e.quad_class == quad)
    if plover:
        where.append(func.upper(e.plover_type) == plover.upper())
    if modality:
        where.append(e.modality == modality)
    lo, hi = check_date(since, name="since"), check_date(until, end=True, name="until")
    if lo:
        where.append(_when(s.events) >= lo)
    if hi:
        where.append(_when(s.events) <= hi)
    if text:
        r = s.event_reports.c
        where.append(e.id.in_(select(r.event_id).where(
            func.lower(r.evidence).like(f"%{text.lower()}%"))))
    return where


EVENT_COLUMNS = ("id", "date", "date_precision", "source_actor", "source_country",
                 "source_sector", "target_actor", "target_country", "target_sector", "cameo",
                 "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode",
                 "symmetric", "modality", "location_country", "location_place", "report_count",
                 "first_seen", "last_seen")


def events(store: Store, *, actor: str | None = None, country: str | None = None,
           counterpart: str | None = None, cameo: str | None = None,
           root: Sequence[str] | str | None = None, quad: int | None = None,
           plover: str | None = None, since: str | None = None, until: str | None = None,
           text: str | None = None, modality: str | None = None, limit: int | None = None,
           offset: int = 0, reports: bool = False) -> list[dict[str, Any]]:
    """Events (one row per event, however many reports), or with ``reports=True`` one
    row per report with its article and evidence. Newest first."""
    limit, offset = _page(limit, offset)
    with store.read() as conn:
        where = _event_filters(conn, actor=actor, country=country, counterpart=counterpart,
                               cameo=cameo, root=root, quad=quad, plover=plover, since=since,
                               until=until, text=text, modality=modality)
        e = s.events.c
        if reports:
            r, a = s.event_reports.c, s.articles.c
            own = ("id", "cameo", "modality", "date", "date_precision", "source_actor",
                   "source_country", "target_actor", "target_country")
            query = (select(*[e[c] for c in EVENT_COLUMNS if c not in own],
                            r.source_actor, r.source_country, r.target_actor, r.target_country,
                            r.event_id, r.id.label("report_id"), r.cameo, r.modality, r.date,
                            r.date_precision, r.source_text, r.target_text, r.evidence,
                            r.start, r.end, r.rule, r.confidence, r.article_id,
                            a.title.label("article_title"), a.date.label("article_date"),
                            a.source.label("article_source"))
                     .join(s.event_reports, r.event_id == e.id)
                     .join(s.articles, a.id == r.article_id)
                     .where(*where).order_by(_when(s.events).desc(), r.id))
            if text:  # in report rows, the report's own evidence must hold the words
                query = query.where(func.lower(r.evidence).like(f"%{text.lower()}%"))
        else:
            query = (select(*[e[c] for c in EVENT_COLUMNS]).where(*where)
                     .order_by(_when(s.events).desc(), e.id))
        query = query.offset(offset)
        if limit:
            query = query.limit(limit)
        return [dict(row) for row in conn.execute(query).mappings()]


def count_events(store: Store, **filters: Any) -> int:
    with store.read() as conn:
        where = _event_filters(conn, **{k: filters.get(k) for k in (
            "actor", "country", "counterpart", "cameo", "root", "quad", "plover", "since",
            "until", "text", "modality")})
        return int(conn.execute(select(func.count()).select_from(s.events)
                                .where(*where)).scalar() or 0)


def event(store: Store, event_id: int) -> dict[str, Any] | None:
    """One event with all its reports (None when unknown)."""
    with store.read() as conn:
        row = conn.execute(select(s.events).where(s.events.c.id == event_id)).mappings().first()
        if row is None:
            return None
        r = s.event_reports.c
        found = dict(row)
        found["reports"] = [dict(x) for x in conn.execute(
            select(s.event_reports).where(r.event_id == event_id).order_by(r.id)).mappings()]
        return found
