"""The web application: the JSON API under /api and the web UI at /.

``create_app`` is the one place both are assembled, so the API and the UI share one store
and one configuration.
"""

from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError

from newsgraph import __version__
from newsgraph.api.settings import ApiSettings
from newsgraph.config import get_settings
from newsgraph.store.db import StoreError
from newsgraph.store.search import SearchError


def _web_error_page(scope, status: int, title: str, message: str):
    """The web UI's error page for a refused request to one of its pages (the submit form),
    so that a browser shows a page rather than raw JSON; None for the API."""
    path = scope.get("path", "")
    root = scope.get("root_path", "").rstrip("/")
    if path.startswith(f"{root}/api") or path.startswith("/api"):
        return None
    try:
        from starlette.requests import Request as _Request

        from newsgraph.web.routes import _security_headers, render
    except ImportError:
        return None
    return _security_headers(render(_Request(scope), "error.html", status=status, page="error", title=title, message=message))


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, whether or not Content-Length is sent.

    The body is read (up to the limit) before the app sees the request, so that an oversized
    streamed body is refused as such instead of surfacing as a parse error deep in the app.
    """

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                return await self._refuse(scope, send)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                return await self._refuse(scope, send)
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope, send):
        message = f"the request body is over the {self.max_bytes:,}-byte limit"
        response = _web_error_page(scope, 413, "The upload is too large",
                                   f"The article was not submitted: {message}.") or JSONResponse({"detail": message}, status_code=413)
        await send({"type": "http.response.start", "status": 413, "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": response.body})


class HeadAsGet:
    """Answers HEAD like GET without the body (RFC 9110 §9.3.2): link checkers, uptime
    monitors and ``curl -I`` ask with HEAD, and FastAPI's GET routes would refuse it with 405."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            return await self.app(scope, receive, send)

        async def send_headers_only(message):
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


# A 422 answer echoes what was sent; a long text is shown by its start only.
_ECHO_CHARS = 300


def _echo_safe(value):
    """``value`` fit to be written back as JSON: strings that hold lone surrogates (which a JSON
    body may carry as escapes, but UTF-8 cannot encode) are shown with backslash escapes, and
    long strings are clipped, so that refusing a bad request can never fail itself."""
    if isinstance(value, str):
        value = value.encode("utf-8", "backslashreplace").decode("utf-8")
        return value if len(value) <= _ECHO_CHARS else value[:_ECHO_CHARS] + "…"
    if isinstance(value, dict):
        return {_echo_safe(k): _echo_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_echo_safe(v) for v in value]
    return value


def create_app(db_url: str | None = None, api_settings: ApiSettings | None = None, with_worker: bool = False) -> FastAPI:
    from newsgraph.store import Store

    settings = api_settings or ApiSettings()
    store = Store(db_url or get_settings().db_url)
    stop = threading.Event()

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        thread = None
        if with_worker:
            from newsgraph.api.worker import Worker

            thread = threading.Thread(target=Worker(store, settings=settings).run, kwargs={"stop": stop},
                                      name="newsgraph-worker", daemon=True)
            thread.start()
        try:
            yield
        finally:
            stop.set()
            if thread is not None:
                thread.join(timeout=30)
            store.close()

    # No Swagger UI or ReDoc: they load their scripts from a CDN and show a blank page offline.
    # /docs is the web UI's reference page, rendered from this app's OpenAPI schema.
    app = FastAPI(title="newsgraph", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Who did and said what to whom, when and where — from news articles. "
                              "Reads are open unless the server sets NEWSGRAPH_API_READ_TOKEN; "
                              "writes need NEWSGRAPH_API_TOKEN as a bearer token.")
    app.state.store = store
    app.state.api_settings = settings
    from newsgraph.api.cache import PageCache

    app.state.page_cache = PageCache(settings.page_cache) if settings.page_cache and store.dialect == "sqlite" else None

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _echo_safe(jsonable_encoder(exc.errors()))}, status_code=422)

    @app.exception_handler(SearchError)
    async def _bad_query(_request: Request, exc: SearchError) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=422)

    @app.exception_handler(StoreError)
    async def _store_error(_request: Request, exc: StoreError) -> JSONResponse:
        # Ambiguous id prefixes and the like: the request cannot be answered as asked.
        return JSONResponse({"detail": exc.message}, status_code=400)

    @app.exception_handler(OperationalError)
    async def _database_down(_request: Request, exc: OperationalError) -> JSONResponse:
        first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "database error"
        return JSONResponse({"detail": f"the database is not available: {first}"}, status_code=503)

    from newsgraph.api.routes import router as api_router
    from newsgraph.api.submit import router as submit_router

    app.include_router(api_router, prefix="/api")
    app.include_router(submit_router, prefix="/api")
    try:
        from newsgraph.web.routes import router as web_router
    except ImportError:  # the web UI is optional while it is being built
        web_router = None
    if web_router is not None:
        app.include_router(web_router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(HeadAsGet)
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (several worker processes): settings from the environment."""
    return create_app(os.environ.get("NEWSGRAPH_DB") or None,
                      with_worker=os.environ.get("NEWSGRAPH_SERVE_WORKER", "") == "1")
