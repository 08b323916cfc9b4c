"""The web application: REST API under /api, the dashboard pages, static files.

    >>> from summitry.web import create_app
    >>> app = create_app("summitry.db")            # read-only
    >>> app = create_app(store, write_token="s3")  # POST /api/ingest accepted with the token

Run it with ``summitry serve`` (uvicorn). Pages are rendered on the server with
autoescaping on; the only JavaScript is the package's own, under /static.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import QueryError, StoreError
from ..store import Store
from .api import router as api_router
from .pages import make_environment, render_error
from .pages import router as page_router
from .state import DEFAULT_MAX_CODE_CHARS, DEFAULT_MAX_INGEST_ARTICLES, WebState

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
# Everything from this server only: no inline script, nothing from the internet.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
POST_BODY_LIMIT = 16 * 1024 * 1024  # bytes, for /api/ingest; /api/code is tighter


def create_app(store_or_url: Store | str | None = None, *, write_token: str | None = None,
               max_code_chars: int = DEFAULT_MAX_CODE_CHARS,
               max_ingest_articles: int = DEFAULT_MAX_INGEST_ARTICLES,
               pipeline: Any = None) -> FastAPI:
    """A FastAPI app over a store (a ``Store``, or a path/URL opened here and closed on exit).

    Read-only unless ``write_token`` is set. ``pipeline`` (optional) is the coder to use for
    /api/code and /api/ingest; by default one is built on first use.
    """
    owns = not isinstance(store_or_url, Store)
    store = Store(store_or_url) if owns else store_or_url  # type: ignore[arg-type]
    state = WebState(store=store, write_token=write_token or None,
                     max_code_chars=max_code_chars, max_ingest_articles=max_ingest_articles,
                     owns_store=owns, _pipeline=pipeline)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if state.owns_store:
            state.store.close()

    from .. import __version__

    app = FastAPI(title="summitry", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
                  description="Diplomacy news coded into events, meetings, quotes and actors. "
                              "Read-only unless the server was started with a write token.")
    app.state.web = state
    app.state.templates = make_environment()
    app.include_router(api_router)
    app.include_router(page_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _add_handlers(app)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _add_handlers(app: FastAPI) -> None:
    @app.middleware("http")
    async def guard(request: Request,
                    call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.method == "POST":
            state: WebState = request.app.state.web
            limit = (state.max_code_chars * 4 + 65_536
                     if request.url.path in ("/api/code", "/code") else POST_BODY_LIMIT)
            length = request.headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > limit:
                message = f"request body of {length} bytes is over this endpoint's limit"
                if _is_api(request):
                    return JSONResponse({"detail": message}, status_code=413)
                return render_error(request, 413, message)
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> Response:
        where = exc.field or "query"
        if _is_api(request):
            return JSONResponse(status_code=422, content={
                "detail": [{"loc": ["query", where], "msg": exc.message,
                            "type": "query_error", "code": exc.code}],
                "message": f"{where}: {exc.message}"})
        return render_error(request, 422, f"{where}: {exc.message}")

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        parts = []
        for err in errors:
            loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
            parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg')}")
        message = "; ".join(parts) or "invalid request"
        if _is_api(request):
            detail = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")}
                      for e in errors]
            return JSONResponse(status_code=422, content={"detail": detail,
                                                          "message": message})
        return render_error(request, 422, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        return render_error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        logger.error("store error on %s: %s", request.url.path, exc)
        if _is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=503)
        return render_error(request, 503, str(exc))
