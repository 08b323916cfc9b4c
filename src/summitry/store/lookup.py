"""Meetings, actors and their roles, quotes and whole articles from a store."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, or_, select

from ..errors import QueryError
from . import schema as s
from .query import _page, actor_ids, check_date, country_code
from .store import Store


def meetings(store: Store, *, leader: str | None = None, country: str | None = None,
             counterpart: str | None = None, occasion: str | None = None,
             since: str | None = None, until: str | None = None, limit: int | None = None,
             offset: int = 0) -> list[dict[str, Any]]:
    """Meetings, newest first, each with its participants and report count."""
    limit, offset = _page(limit, offset)
    m, p = s.meetings.c, s.meeting_participants.c
    when = func.coalesce(m.date, m.first_seen)
    with store.read() as conn:
        where = []
        if leader:
            where.append(m.id.in_(select(p.meeting_id).where(
                p.actor_id.in_(actor_ids(conn, leader)))))
        for value in (country, counterpart):
            if value:
                code = country_code(conn, value)
                where.append(m.id.in_(select(p.meeting_id).where(p.country == code)))
        if occasion:
            where.append(func.lower(m.occasion).like(f"%{occasion.lower()}%"))
        lo, hi = check_date(since, name="since"), check_date(until, end=True, name="until")
        if lo:
            where.append(when >= lo)
        if hi:
            where.append(when <= hi)
        query = select(s.meetings).where(*where).order_by(when.desc(), m.id).offset(offset)
        if limit:
            query = query.limit(limit)
        rows = [dict(r) for r in conn.execute(query).mappings()]
        _attach_participants(conn, rows)
    return rows


def _attach_participants(conn: Connection, rows: list[dict[str, Any]]) -> None:
    p = s.meeting_participants.c
    ids = [r["id"] for r in rows]
    people: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for i in range(0, len(ids), 500):
        for row in conn.execute(select(s.meeting_participants).where(
                p.meeting_id.in_(ids[i:i + 500])).order_by(p.meeting_id, p.name)).mappings():
            people[row["meeting_id"]].append(
                {"actor": row["actor_id"], "country": row["country"], "name": row["name"],
                 "role": row["role"]})
    for r in rows:
        r["participants"] = people[r["id"]]


def actors(store: Store, *, on: str | None = None, country: str | None = None,
           office: str | None = None, name: str | None = None, kind: str | None = None,
           limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Actors; with ``on`` (a date), people who held a role that day, with the role.

    ``office`` filters roles (head_of_state, foreign_minister, ...) and implies people.
    """
    limit, offset = _page(limit, offset)
    a, r = s.actors.c, s.actor_roles.c
    with store.read() as conn:
        code = country_code(conn, country) if country else None
        if on or office:
            day = check_date(on, name="on")
            query = (select(a.id, a.name, a.kind, r.title, r.country, r.sector, r.office,
                            r.start, r.end).join(s.actor_roles, r.actor_id == a.id))
            if day:
                query = query.where(or_(r.start.is_(None), r.start <= day),
                                    or_(r.end.is_(None), r.end >= day))
            if code:
                query = query.where(r.country == code)
            if office:
                query = query.where(r.office == office)
            order = (r.country, r.office, a.name)
        else:
            query = select(s.actors)
            if code:
                query = query.where(a.country == code)
            if kind:
                query = query.where(a.kind == kind)
            order = (a.kind, a.name)
        if name:
            query = query.where(func.lower(a.name).like(f"%{name.lower()}%"))
        query = query.order_by(*order).offset(offset)
        if limit:
            query = query.limit(limit)
        return [dict(row) for row in conn.execute(query).mappings()]


def roles(store: Store, person: str) -> list[dict[str, Any]]:
    """A person's roles over time, oldest first (QueryError when nobody matches)."""
    r, a = s.actor_roles.c, s.actors.c
    with store.read() as conn:
        ids = actor_ids(conn, person)
        query = (select(a.id.label("actor"), a.name, r.title, r.country, r.sector, r.office,
                        r.start, r.end).join(s.actor_roles, r.actor_id == a.id)
                 .where(a.id.in_(ids)).order_by(a.id, r.start))
        return [dict(row) for row in conn.execute(query).mappings()]


def quotes(store: Store, *, speaker: str | None = None, country: str | None = None,
           text: str | None = None, since: str | None = None, until: str | None = None,
           limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes with their speaker and article, newest article first."""
    limit, offset = _page(limit, offset)
    q, art = s.quotes.c, s.articles.c
    with store.read() as conn:
        where = []
        if speaker:
            try:
                ids = actor_ids(conn, speaker)
            except QueryError:
                ids = []
            where.append(or_(q.speaker_actor.in_(ids),
                             func.lower(q.speaker_name).like(f"%{speaker.lower()}%")))
        if country:
            where.append(q.speaker_country == country_code(conn, country))
        if text:
            where.append(func.lower(q.text).like(f"%{text.lower()}%"))
        lo, hi = check_date(since, name="since"), check_date(until, end=True, name="until")
        if lo:
            where.append(art.date >= lo)
        if hi:
            where.append(art.date <= hi)
        query = (select(q.id, q.article_id, q.speaker_actor, q.speaker_name, q.speaker_role,
                        q.speaker_country, q.text, q.kind, q.start, q.end,
                        art.date.label("article_date"), art.title.label("article_title"))
                 .join(s.articles, art.id == q.article_id).where(*where)
                 .order_by(art.date.desc(), q.id).offset(offset))
        if limit:
            query = query.limit(limit)
        return [dict(row) for row in conn.execute(query).mappings()]


def articles(store: Store, *, text: str | None = None, since: str | None = None,
             until: str | None = None, limit: int | None = None,
             offset: int = 0) -> list[dict[str, Any]]:
    """Stored articles without their text (search in title and text), newest first."""
    limit, offset = _page(limit, offset)
    art = s.articles.c
    with store.read() as conn:
        where = []
        if text:
            needle = f"%{text.lower()}%"
            where.append(or_(func.lower(art.title).like(needle),
                             func.lower(art.text).like(needle)))
        lo, hi = check_date(since, name="since"), check_date(until, end=True, name="until")
        if lo:
            where.append(art.date >= lo)
        if hi:
            where.append(art.date <= hi)
        query = (select(art.id, art.ext_id, art.title, art.date, art.source, art.programme,
                        art.n_events, art.n_meetings, art.n_quotes, art.coded_at)
                 .where(*where).order_by(art.date.desc(), art.id).offset(offset))
        if limit:
            query = query.limit(limit)
        return [dict(row) for row in conn.execute(query).mappings()]


def article(store: Store, article_id: int) -> dict[str, Any] | None:
    """One article with its text, actors, event reports, meetings and quotes."""
    art = s.articles.c
    with store.read() as conn:
        row = conn.execute(select(s.articles).where(art.id == article_id)).mappings().first()
        if row is None:
            return None
        found = dict(row)
        aa = s.article_actors.c
        found["actors"] = [dict(x) for x in conn.execute(
            select(aa.actor_id, aa.name, aa.role, aa.mentions, s.actors.c.kind,
                   s.actors.c.country)
            .join(s.actors, s.actors.c.id == aa.actor_id)
            .where(aa.article_id == article_id)).mappings()]
        r, e = s.event_reports.c, s.events.c
        found["events"] = [dict(x) for x in conn.execute(
            select(r.id.label("report_id"), r.event_id, r.local_id, r.cameo, r.modality, r.date,
                   r.source_text, r.target_text, r.evidence, r.start, r.end, r.rule,
                   r.confidence, r.source_actor, r.source_country, r.target_actor,
                   r.target_country, e.cameo_root, e.quad_class, e.goldstein, e.plover_type,
                   e.report_count)
            .join(s.events, e.id == r.event_id).where(r.article_id == article_id)
            .order_by(r.start, r.id)).mappings()]
        mr = s.meeting_reports.c
        meeting_ids = list(conn.execute(select(mr.meeting_id).where(
            mr.article_id == article_id)).scalars())
        rows = [dict(x) for x in conn.execute(select(s.meetings).where(
            s.meetings.c.id.in_(meeting_ids))).mappings()]
        _attach_participants(conn, rows)
        found["meetings"] = rows
        q = s.quotes.c
        found["quotes"] = [dict(x) for x in conn.execute(
            select(s.quotes).where(q.article_id == article_id).order_by(q.start)).mappings()]
        return found

