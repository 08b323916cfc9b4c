"""A small HTTP server on 127.0.0.1, run in a thread, for the URL and fetch_links tests.

No test reaches the internet: every URL points at this server or at a closed port.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Page:
    """What the server answers for one path."""

    body: bytes
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # seconds to wait before answering


class Site:
    """The pages a test server serves, and the requests it received."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[tuple[str, str | None]] = []  # (path, User-Agent)
        self.base = ""

    def add(self, path: str, body: str | bytes, content_type: str | None = "text/html; "
            "charset=utf-8", *, status: int = 200, delay: float = 0.0) -> str:
        """Serve ``body`` at ``path``; return its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = Page(data, content_type, status, delay)
        return self.url(path)

    def url(self, path: str) -> str:
        return self.base + path

    def handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append((self.path, self.headers.get("User-Agent")))
                page = site.pages.get(self.path, Page(b"not found", "text/plain", 404))
                if page.delay:
                    time.sleep(page.delay)
                self.send_response(page.status)
                if page.content_type is not None:
                    self.send_header("Content-Type", page.content_type)
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                self.wfile.write(page.body)

            def log_message(self, fmt: str, *args: object) -> None:
                pass  # keep test output quiet

        return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up early (size limits, timeouts) are what some tests do


class Server:
    """A running test server; ``close`` stops it."""

    def __init__(self, site: Site) -> None:
        self._server = _QuietServer(("127.0.0.1", 0), site.handler())
        host, port = self._server.server_address[:2]
        site.base = f"http://{host}:{port}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def closed_port_url(path: str = "/feed.rss") -> str:
    """A URL on 127.0.0.1 at a port nothing listens on (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"
