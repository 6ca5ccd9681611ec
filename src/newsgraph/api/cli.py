"""``newsgraph serve``."""

from __future__ import annotations

from typing import Annotated, Optional

import typer


def serve(
    db: Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy database URL.")] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
) -> None:
    """Serve the HTTP API and the web UI."""
    import uvicorn

    from newsgraph.api.app import create_app

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
