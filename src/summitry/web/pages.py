"""The dashboard: server-rendered pages over the same store functions as the API.

Every template is rendered with autoescaping on; article text is cut into
segments (``highlight``) and each segment escaped, so text holding HTML or
``<script>`` shows as text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from ..errors import QueryError
from ..store import article, articles, dyad_series, events, meetings
from ..store.network import (
    cooperation,
    country_names,
    dyad_agreements,
    meeting_articles,
    meeting_facets,
    network,
)
from . import charts
from .api import actor_profile, code_text, dyad_codes, search_all
from .highlight import coded_marks, segments, stored_marks
from .state import WebState, get_state

router = APIRouter(include_in_schema=False)

TEMPLATES = Path(__file__).parent / "templates"
PAGE = 50


def make_environment() -> Environment:
    """The template environment for one app (autoescaping on everywhere)."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["goldstein_color"] = charts.goldstein_color
    env.globals["qs"] = lambda **kw: urlencode({k: v for k, v in kw.items()
                                                if v not in (None, "")})
    return env


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render ``templates/name`` with the request and the app's state in the context."""
    state: WebState = request.app.state.web
    templates: Environment = request.app.state.templates
    html = templates.get_template(name).render(request=request, read_only=state.read_only,
                                           path=request.url.path, **context)
    return HTMLResponse(html, status_code=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    """An error page (422 for a bad filter, 404 for an unknown id, ...)."""
    return render(request, "error.html", status=status, status_code=status, message=message)


def _form(**values: Optional[str]) -> dict[str, str]:
    return {k: (v or "") for k, v in values.items()}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, state: WebState = Depends(get_state)) -> HTMLResponse:
    """Overview: counts, latest meetings and articles, the busiest dyads."""
    net = state.cached(("network",), lambda: network(state.store))
    latest = meetings(state.store, limit=8)
    return render(request, "home.html", counts=state.store.counts(), meetings=latest,
                  articles=articles(state.store, limit=10), edges=net["edges"][:10],
                  names={n["id"]: n["name"] for n in net["nodes"]})


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, leader: Optional[str] = None, country: Optional[str] = None,
             occasion: Optional[str] = None, since: Optional[str] = None,
             until: Optional[str] = None, offset: int = Query(0, ge=0),
             state: WebState = Depends(get_state)) -> HTMLResponse:
    """The summit timeline, filterable by leader, country, occasion and period."""
    rows = meetings(state.store, leader=leader or None, country=country or None,
                    occasion=occasion or None, since=since or None, until=until or None,
                    limit=PAGE * 10 + 1, offset=offset)
    more = len(rows) > PAGE * 10
    rows = rows[:PAGE * 10]
    found = meeting_articles(state.store, [r["id"] for r in rows])
    for r in rows:
        r["articles"] = found.get(r["id"], [])
    return render(request, "timeline.html", rows=rows, chart=charts.timeline(rows),
                  facets=meeting_facets(state.store), more=more, offset=offset,
                  form=_form(leader=leader, country=country, occasion=occasion, since=since,
                             until=until))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, since: Optional[str] = None, until: Optional[str] = None,
                 country: Optional[str] = None, min_count: Optional[str] = None,
                 state: WebState = Depends(get_state)) -> HTMLResponse:
    """The dyad network for a period: nodes are countries, edges interactions."""
    least = (min_count or "1").strip()
    if not least.isdigit():
        raise QueryError(f"{min_count!r} is not a whole number", field="min_count")
    net = state.cached(("network", since or None, until or None, country or None, int(least)),
                       lambda: network(state.store, since=since or None, until=until or None,
                                       country=country or None, min_count=int(least)))
    for edge in net["edges"]:
        edge["color"] = charts.goldstein_color(edge["mean_goldstein"])
    names = {n["id"]: n["name"] for n in net["nodes"]}
    return render(request, "network.html", net=net, names=names,
                  form=_form(since=since, until=until, country=country,
                             min_count="" if least == "1" else least))


@router.get("/leaders/{actor_id}", response_class=HTMLResponse)
@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def leader(request: Request, actor_id: str,
           state: WebState = Depends(get_state)) -> HTMLResponse:
    """A leader (or any actor): roles over time, meetings, counterparts, quotes, events."""
    profile = actor_profile(state, actor_id)
    return render(request, "leader.html", actor=profile, roles_chart=charts.role_bars(
        profile["roles"]))


@router.get("/dyad", response_class=HTMLResponse)
def dyad_form(request: Request, a: Optional[str] = None, b: Optional[str] = None,
              since: Optional[str] = None, until: Optional[str] = None) -> Response:
    """Pick two countries (then redirect to their page)."""
    if a and b:
        query = urlencode({k: v for k, v in (("since", since), ("until", until)) if v})
        return RedirectResponse(f"/dyad/{a.strip()}/{b.strip()}" + (f"?{query}" if query
                                                                     else ""), 303)
    return render(request, "dyad_form.html", form=_form(a=a, b=b, since=since, until=until))


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad(request: Request, a: str, b: str, since: Optional[str] = None,
         until: Optional[str] = None, state: WebState = Depends(get_state)) -> HTMLResponse:
    """A country pair: monthly series and cooperation score, meetings, agreements."""
    code_a, code_b = dyad_codes(state, a, b)
    since, until = since or None, until or None
    series = dyad_series(state.store, code_a, code_b, since=since, until=until)
    met = meetings(state.store, country=code_a, counterpart=code_b, since=since, until=until,
                   limit=200)
    found = meeting_articles(state.store, [r["id"] for r in met])
    for r in met:
        r["articles"] = found.get(r["id"], [])
    recent = events(state.store, country=code_a, counterpart=code_b, since=since, until=until,
                    reports=True, limit=100)
    return render(request, "dyad.html", a=code_a, b=code_b,
                  names=country_names(state.store, [code_a, code_b]), series=series,
                  summary=cooperation(series), chart=charts.series_chart(series),
                  meetings=met, agreements=dyad_agreements(state.store, code_a, code_b,
                                                           since=since, until=until),
                  events=recent, form=_form(since=since, until=until))


@router.get("/articles", response_class=HTMLResponse)
def article_list(request: Request, text: Optional[str] = None, since: Optional[str] = None,
                 until: Optional[str] = None, offset: int = Query(0, ge=0),
                 state: WebState = Depends(get_state)) -> HTMLResponse:
    """Stored articles, newest first, with a text filter and pages."""
    rows = articles(state.store, text=text or None, since=since or None, until=until or None,
                    limit=PAGE + 1, offset=offset)
    return render(request, "articles.html", rows=rows[:PAGE], more=len(rows) > PAGE,
                  offset=offset, page=PAGE, form=_form(text=text, since=since, until=until))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int,
                 state: WebState = Depends(get_state)) -> HTMLResponse:
    """An article: text with actors, events and quotes highlighted; the events table."""
    found = article(state.store, article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return render(request, "article.html", doc=found,
                  parts=segments(found["text"], stored_marks(found)))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Optional[str] = None,
           state: WebState = Depends(get_state)) -> HTMLResponse:
    """Search across articles, actors, events (evidence) and quotes."""
    q = (q or "").strip()
    if q and len(q) < 2:
        raise QueryError("type at least 2 characters", field="q")
    found = search_all(state, q[:200], limit=30) if q else None
    return render(request, "search.html", q=q, found=found)


@router.get("/code", response_class=HTMLResponse)
def code_form(request: Request, state: WebState = Depends(get_state)) -> HTMLResponse:
    """The "code this text" form."""
    return render(request, "code.html", form=_form(text="", date="", title=""), doc=None,
                  limit=state.max_code_chars)


@router.post("/code", response_class=HTMLResponse)
async def code_submit(request: Request) -> HTMLResponse:
    """Code the pasted text (not stored) and show the result highlighted."""
    state: WebState = request.app.state.web
    raw = (await request.body()).decode("utf-8", errors="replace")
    fields = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    form = _form(text=fields.get("text"), date=fields.get("date"), title=fields.get("title"))
    try:
        doc = await run_in_threadpool(code_text, state, form["text"],
                                      date=form["date"] or None, title=form["title"] or None)
    except HTTPException as exc:
        return render(request, "code.html", status=exc.status_code, form=form, doc=None,
                      limit=state.max_code_chars, error=str(exc.detail))
    return render(request, "code.html", form=form, doc=doc, limit=state.max_code_chars,
                  parts=segments(doc["text"], coded_marks(doc)))


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The REST endpoints and their parameters, from the OpenAPI document."""
    spec = request.app.openapi()
    rows = []
    for route, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "where": p["in"], "required": p.get("required", False),
                       "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            rows.append({"method": method.upper(), "path": route,
                         "summary": op.get("summary", ""),
                         "description": op.get("description", ""), "params": params,
                         "body": "requestBody" in op})
    return render(request, "docs.html", endpoints=rows, version=spec["info"]["version"])


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    """Browsers ask for it on every page, even JSON ones."""
    return FileResponse(Path(__file__).parent / "static" / "favicon.svg",
                        media_type="image/svg+xml")
