"""A small HTTP server on 127.0.0.1 for URL, feed and sitemap tests (no outside network).

Routes map a path to a response, or to a function of the request returning one; every
request is recorded so tests can check what was (and was not) asked for."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Response:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    send_length: bool = True  # False: no Content-Length, the body ends when the connection closes


@dataclass
class Request:
    path: str
    headers: dict[str, str]


class LocalServer:
    def __init__(self):
        self.routes: dict[str, Response | Callable[[Request], Response]] = {}
        self.requests: list[Request] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                req = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
                server.requests.append(req)
                route = server.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    resp = Response(404, "not found", content_type="text/plain")
                else:
                    resp = route(req) if callable(route) else route
                body = resp.body.encode("utf-8") if isinstance(resp.body, str) else resp.body
                self.send_response(resp.status)
                if resp.content_type:
                    self.send_header("Content-Type", resp.content_type)
                for k, v in resp.headers.items():
                    self.send_header(k, v)
                if resp.send_length and "Content-Length" not in resp.headers:
                    self.send_header("Content-Length", str(len(body)))
                else:
                    self.close_connection = True
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (size limit): that is the point of the test

            def log_message(self, *args):  # keep test output clean
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
