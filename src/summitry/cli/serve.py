"""``summitry serve``: the REST API and the dashboard over a store, with uvicorn."""

from __future__ import annotations

from typing import Optional

import typer

from .common import DB_OPTION, EXIT_USAGE, err_console, fail, open_store


def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", "-p", help="Port to listen on."),
    write_token: Optional[str] = typer.Option(
        None, "--write-token", envvar="SUMMITRY_WRITE_TOKEN",
        help="Accept POST /api/ingest with this bearer token (read-only without one). "
             "Prefer the environment variable: a flag shows in the process list."),
    max_code_chars: int = typer.Option(20_000, "--max-code-chars",
                                       help="Longest text POST /api/code will code."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
    db: Optional[str] = DB_OPTION,
) -> None:
    """Serve the REST API (/api, OpenAPI at /openapi.json) and the dashboard."""
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:  # pragma: no cover - the web dependencies are required
        fail(f"the web server needs fastapi and uvicorn: {exc}")
    if not 0 < port < 65536:
        fail(f"--port must be between 1 and 65535, not {port}", EXIT_USAGE)
    if max_code_chars < 1:
        fail("--max-code-chars must be positive", EXIT_USAGE)
    store = open_store(db)
    app = create_app(store, write_token=write_token, max_code_chars=max_code_chars)
    mode = "read-write (token required)" if write_token else "read-only"
    err_console().print(f"summitry: serving {store.where} on http://{host}:{port} ({mode})")
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
    finally:
        store.close()
