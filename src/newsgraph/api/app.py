"""The web application: the JSON API under /api and the web UI at /.

``create_app`` is the one place both are assembled, so the API and the UI share one store
and one configuration.
"""

from __future__ import annotations

from fastapi import FastAPI

from newsgraph import __version__
from newsgraph.config import get_settings


def create_app(db_url: str | None = None) -> FastAPI:
    from newsgraph.store import Store

    store = Store(db_url or get_settings().db_url)
    app = FastAPI(title="newsgraph", version=__version__,
                  description="Who did and said what to whom, when and where — from news articles.")
    app.state.store = store

    from newsgraph.api.routes import router as api_router

    app.include_router(api_router, prefix="/api")
    try:
        from newsgraph.web.routes import router as web_router
    except ImportError:  # the web UI is optional while it is being built
        web_router = None
    if web_router is not None:
        app.include_router(web_router)

    @app.on_event("shutdown")
    def _close() -> None:  # pragma: no cover - exercised by uvicorn
        store.close()

    return app
