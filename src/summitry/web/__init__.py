"""The web face of summitry: a REST API (FastAPI, OpenAPI at /openapi.json) and a dashboard.

    >>> from summitry.web import create_app
    >>> app = create_app("summitry.db")

``summitry serve`` runs it with uvicorn. See docs/web.md for the endpoints and pages.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
