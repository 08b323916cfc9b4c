"""The REST API under /api: the CLI's queries over HTTP, plus coding and ingest.

List endpoints take the CLI's filter names (``since``, ``until``, ``country``,
``with``, ``actor``, ``root``, ...) and ``limit``/``offset``, and answer
``{"items", "count", "limit", "offset", "has_more"}`` (events add ``total``).
A bad filter is a 422 whose ``detail`` names the parameter; an unknown id a 404.
"""

from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Depends, Header, HTTPException, Query
from pydantic import BaseModel, Field

from ..errors import QueryError, SummitryError
from ..store import (
    actors,
    article,
    articles,
    content_key,
    count_events,
    dyad_series,
    event,
    events,
    meetings,
    quotes,
    roles,
)
from ..store.network import (
    actor_record,
    cooperation,
    counterparts,
    dyad_agreements,
    meeting_articles,
    network,
    resolve_country,
)
from ..types import Article
from .state import WebState, get_state

router = APIRouter(prefix="/api")

MAX_PAGE = 1000
LIMIT = Query(50, ge=1, le=MAX_PAGE, description=f"Rows per page (1 to {MAX_PAGE}).")
OFFSET = Query(0, ge=0, description="Rows to skip.")
SINCE = Query(None, description="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL = Query(None, description="Up to this date, inclusive.")
WITH = Query(None, alias="with", description="The other side's country (code or name).")
COUNTERPART = Query(None, description="Same as `with`.")


class Page(BaseModel):
    """One page of rows."""

    items: list[dict[str, Any]]
    count: int
    limit: int
    offset: int
    has_more: bool
    total: Optional[int] = None


class CodeRequest(BaseModel):
    """Text to code (not stored)."""

    text: str = Field(..., description="The article text.")
    date: Optional[str] = Field(None, description="Publication date, YYYY-MM-DD.")
    title: Optional[str] = None


class IngestArticle(BaseModel):
    """One article to code and store."""

    text: str
    id: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None


class IngestRequest(BaseModel):
    """Articles to code and store."""

    articles: list[IngestArticle]


def page(rows: list[dict[str, Any]], limit: int, offset: int,
         total: int | None = None) -> dict[str, Any]:
    """A page from ``limit + 1`` fetched rows (the extra row only says there is more)."""
    more = len(rows) > limit
    rows = rows[:limit]
    return {"items": rows, "count": len(rows), "limit": limit, "offset": offset,
            "has_more": more, "total": total}


def _other(with_: str | None, counterpart: str | None) -> str | None:
    return with_ or counterpart


def _roots(root: list[str] | None) -> list[str] | None:
    if not root:
        return None
    return [r.strip() for value in root for r in value.split(",") if r.strip()] or None


@router.get("/events", response_model=Page, summary="List events")
def list_events(
    actor: Optional[str] = Query(None, description="Actor id or name (either side)."),
    country: Optional[str] = Query(None, description="Country (code or name), either side."),
    with_: Optional[str] = WITH, counterpart: Optional[str] = COUNTERPART,
    cameo: Optional[str] = Query(None, description="CAMEO code or prefix (04, 042)."),
    root: Optional[list[str]] = Query(None, description="CAMEO root(s): repeat or 03,06."),
    quad: Optional[int] = Query(None, description="Quad class 1 to 4."),
    plover: Optional[str] = Query(None, description="PLOVER type (CONSULT, ...)."),
    modality: Optional[str] = Query(None, description="asserted, agreed, planned, ..."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    text: Optional[str] = Query(None, description="Words in the evidence."),
    reports: bool = Query(False, description="One row per report, with its article."),
    limit: int = LIMIT, offset: int = OFFSET, state: WebState = Depends(get_state),
) -> dict[str, Any]:
    """Stored events (deduplicated), newest first; ``reports=true`` gives one row per report."""
    filters: dict[str, Any] = {
        "actor": actor, "country": country, "counterpart": _other(with_, counterpart),
        "cameo": cameo, "root": _roots(root), "quad": quad, "plover": plover, "since": since,
        "until": until, "text": text, "modality": modality}
    rows = events(state.store, **filters, reports=reports, limit=limit + 1, offset=offset)
    total = None if reports else count_events(state.store, **filters)
    return page(rows, limit, offset, total)


@router.get("/events/{event_id}", summary="One event with its reports")
def get_event(event_id: int, state: WebState = Depends(get_state)) -> dict[str, Any]:
    found = event(state.store, event_id)
    if found is None:
        raise HTTPException(404, f"no event with id {event_id}")
    return found


@router.get("/meetings", response_model=Page, summary="List meetings")
def list_meetings(
    leader: Optional[str] = Query(None, description="A participant (id or name)."),
    country: Optional[str] = Query(None, description="A participant's country."),
    with_: Optional[str] = WITH, counterpart: Optional[str] = COUNTERPART,
    occasion: Optional[str] = Query(None, description="Words in the occasion."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    limit: int = LIMIT, offset: int = OFFSET, state: WebState = Depends(get_state),
) -> dict[str, Any]:
    """Meetings with their participants and reporting articles, newest first."""
    rows = meetings(state.store, leader=leader, country=country,
                    counterpart=_other(with_, counterpart), occasion=occasion, since=since,
                    until=until, limit=limit + 1, offset=offset)
    found = meeting_articles(state.store, [r["id"] for r in rows])
    for r in rows:
        r["articles"] = found.get(r["id"], [])
    return page(rows, limit, offset)


@router.get("/actors", response_model=Page, summary="List actors")
def list_actors(
    on: Optional[str] = Query(None, description="People holding a role on this date."),
    country: Optional[str] = Query(None, description="Country (code or name)."),
    office: Optional[str] = Query(None, description="head_of_state, foreign_minister, ..."),
    name: Optional[str] = Query(None, description="Words in the name."),
    kind: Optional[str] = Query(None, description="person, state, igo, org or group."),
    limit: int = LIMIT, offset: int = OFFSET, state: WebState = Depends(get_state),
) -> dict[str, Any]:
    """Actors; with ``on`` or ``office``, people with the role they held."""
    rows = actors(state.store, on=on, country=country, office=office, name=name, kind=kind,
                  limit=limit + 1, offset=offset)
    return page(rows, limit, offset)


def actor_profile(state: WebState, actor_id: str, *, limit: int = 200) -> dict[str, Any]:
    """An actor with roles, meetings, counterparts, quotes and recent events (404 if unknown)."""
    found = actor_record(state.store, actor_id)
    if found is None:
        raise HTTPException(404, f"no actor with id {actor_id!r}")
    store = state.store
    held = roles(store, actor_id) if found["kind"] == "person" else []
    met = meetings(store, leader=actor_id, limit=limit)
    said = quotes(store, speaker=actor_id, limit=limit)
    said = [q for q in said if q["speaker_actor"] == actor_id]
    did = events(store, actor=actor_id, limit=limit, reports=True)
    return {**found, "roles": held, "meetings": met, "counterparts": counterparts(met, actor_id),
            "quotes": said, "events": did}


@router.get("/actors/{actor_id}", summary="One actor with roles, meetings and quotes")
def get_actor(actor_id: str, state: WebState = Depends(get_state)) -> dict[str, Any]:
    return actor_profile(state, actor_id)


@router.get("/articles", response_model=Page, summary="List articles")
def list_articles(
    text: Optional[str] = Query(None, description="Words in the title or text."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    limit: int = LIMIT, offset: int = OFFSET, state: WebState = Depends(get_state),
) -> dict[str, Any]:
    """Stored articles without their text, newest first."""
    rows = articles(state.store, text=text, since=since, until=until, limit=limit + 1,
                    offset=offset)
    return page(rows, limit, offset)


@router.get("/articles/{article_id}", summary="One article with everything coded in it")
def get_article(article_id: int, state: WebState = Depends(get_state)) -> dict[str, Any]:
    found = article(state.store, article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return found


@router.get("/quotes", response_model=Page, summary="List quotes")
def list_quotes(
    speaker: Optional[str] = Query(None, description="Speaker id or name."),
    country: Optional[str] = Query(None, description="The speaker's country."),
    text: Optional[str] = Query(None, description="Words in the quote."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    limit: int = LIMIT, offset: int = OFFSET, state: WebState = Depends(get_state),
) -> dict[str, Any]:
    """Quotes with speaker and article, newest article first."""
    rows = quotes(state.store, speaker=speaker, country=country, text=text, since=since,
                  until=until, limit=limit + 1, offset=offset)
    return page(rows, limit, offset)


def dyad_codes(state: WebState, a: str, b: str) -> tuple[str, str]:
    """Both countries of a dyad as codes; 404 when one is unknown."""
    codes = []
    for value in (a, b):
        try:
            codes.append(resolve_country(state.store, value))
        except QueryError as exc:
            raise HTTPException(404, exc.message) from exc
    return codes[0], codes[1]


@router.get("/dyad/{a}/{b}", summary="A dyad's monthly series")
def get_dyad(
    a: str, b: str, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    directed: bool = Query(False, description="Only A acting on B."),
    reports: bool = Query(False, description="Count every report, not events."),
    state: WebState = Depends(get_state),
) -> dict[str, Any]:
    """Monthly counts, Goldstein sums and quad classes for A and B, with a summary."""
    code_a, code_b = dyad_codes(state, a, b)
    series = dyad_series(state.store, code_a, code_b, since=since, until=until,
                         directed=directed, reports=reports)
    return {"a": code_a, "b": code_b, "directed": directed, "summary": cooperation(series),
            "series": series}


@router.get("/dyad/{a}/{b}/agreements", summary="A dyad's cooperation and agreement events")
def get_agreements(a: str, b: str, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
                   state: WebState = Depends(get_state)) -> dict[str, Any]:
    code_a, code_b = dyad_codes(state, a, b)
    rows = dyad_agreements(state.store, code_a, code_b, since=since, until=until)
    return {"a": code_a, "b": code_b, "items": rows}


@router.get("/network", summary="The dyad network for a period")
def get_network(
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    country: Optional[str] = Query(None, description="Only this country's edges."),
    min_count: int = Query(1, ge=1, description="Edges with at least this many events."),
    reports: bool = Query(False, description="Weight by reports, not events."),
    state: WebState = Depends(get_state),
) -> dict[str, Any]:
    """Countries as nodes, interactions as edges (count and mean Goldstein)."""
    def compute() -> dict[str, Any]:
        return network(state.store, since=since, until=until, country=country,
                       min_count=min_count, reports=reports)

    return state.cached(("network", since, until, country, min_count, reports), compute)


@router.get("/search", summary="Search articles, actors, events and quotes")
def search(q: str = Query(..., min_length=2, max_length=200, description="Words to find."),
           limit: int = Query(20, ge=1, le=200),
           state: WebState = Depends(get_state)) -> dict[str, Any]:
    return search_all(state, q, limit=limit)


def search_all(state: WebState, q: str, *, limit: int = 20) -> dict[str, Any]:
    """Articles (title/text), actors (name), events (evidence) and quotes matching ``q``."""
    store = state.store
    return {"q": q,
            "articles": articles(store, text=q, limit=limit),
            "actors": actors(store, name=q, limit=limit),
            "events": events(store, text=q, reports=True, limit=limit),
            "quotes": quotes(store, text=q, limit=limit)}


def code_text(state: WebState, text: str, *, date: str | None = None,
              title: str | None = None) -> dict[str, Any]:
    """Code ``text`` without storing it; 413 past the size limit, 422 on bad input."""
    if len(text) > state.max_code_chars:
        raise HTTPException(413, f"text is {len(text)} characters; this server codes at most "
                                 f"{state.max_code_chars}")
    if not text.strip():
        raise HTTPException(422, "text is empty")
    pipeline = state.pipeline()
    try:
        with state.code_lock:  # one spaCy call at a time
            doc = pipeline.code(text, date=date or None, title=title or None)
    except SummitryError as exc:
        raise HTTPException(422, str(exc)) from exc
    return doc.to_dict(include_text=True)


@router.post("/code", summary="Code posted text (not stored)")
def post_code(body: CodeRequest, state: WebState = Depends(get_state)) -> dict[str, Any]:
    """The Document coded from ``text``, as ``summitry code --format json`` prints it."""
    return code_text(state, body.text, date=body.date, title=body.title)


def _token(authorization: str | None, header: str | None) -> str | None:
    if header:
        return header.strip()
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


@router.post("/ingest", summary="Code and store posted articles (needs the write token)")
def post_ingest(body: IngestRequest, state: WebState = Depends(get_state),
                authorization: Optional[str] = Header(None),
                x_summitry_token: Optional[str] = Header(None)) -> dict[str, Any]:
    """Store articles; ``Authorization: Bearer TOKEN`` (or ``X-Summitry-Token``) required."""
    if state.read_only:
        raise HTTPException(403, "this server is read-only: start it with --write-token "
                                 "(or SUMMITRY_WRITE_TOKEN) to accept POST /api/ingest")
    if not state.token_ok(_token(authorization, x_summitry_token)):
        raise HTTPException(401, "a valid write token is required (Authorization: Bearer "
                                 "TOKEN)", headers={"WWW-Authenticate": "Bearer"})
    if not body.articles:
        raise HTTPException(422, "articles is empty")
    if len(body.articles) > state.max_ingest_articles:
        raise HTTPException(413, f"{len(body.articles)} articles; at most "
                                 f"{state.max_ingest_articles} per request")
    pipeline = state.pipeline()
    limit = pipeline.settings.max_chars
    results: list[dict[str, Any]] = []
    state.sync_actors_once()
    for i, item in enumerate(body.articles):
        if not item.text.strip() or len(item.text) > limit:
            results.append({"index": i, "id": item.id, "stored": False,
                            "error": "empty text" if not item.text.strip()
                            else f"text longer than {limit} characters"})
            continue
        key = content_key(item.text)
        if state.store.known_keys([key]):
            results.append({"index": i, "id": item.id, "stored": False, "duplicate": True,
                            "article_id": None})
            continue
        try:
            with state.code_lock:
                doc = pipeline.code(Article(text=item.text, id=item.id, title=item.title,
                                            date=item.date, source=item.url))
            written = state.store.add(doc, key=key)
        except SummitryError as exc:
            results.append({"index": i, "id": item.id, "stored": False, "error": str(exc)})
            continue
        results.append({"index": i, "id": item.id, "stored": not written.duplicate,
                        "duplicate": written.duplicate, "article_id": written.article_id,
                        "events_new": written.events_new,
                        "events_merged": written.events_merged,
                        "meetings_new": written.meetings_new, "quotes": written.quotes})
    return {"stored": sum(1 for r in results if r["stored"]),
            "duplicates": sum(1 for r in results if r.get("duplicate")),
            "failed": sum(1 for r in results if "error" in r), "results": results}
