"""``newsgraph serve`` and ``newsgraph worker``."""

from __future__ import annotations

import os
import signal
import sys
import threading
from typing import Annotated, Optional

import typer


def serve(
    db: Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy database URL (default: $NEWSGRAPH_DB or sqlite:///newsgraph.db).")] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Server processes (each with its own connection pool).")] = 1,
    with_worker: Annotated[bool, typer.Option("--with-worker/--no-worker", help="Also process submitted articles in this server (one worker thread per process; loads the model at the first job), so that the web UI's submit form works out of the box. --no-worker when separate `newsgraph worker` processes do it.")] = True,
) -> None:
    """Serve the HTTP API (under /api, OpenAPI at /openapi.json, docs at /docs) and the web UI."""
    import uvicorn

    from newsgraph.api.app import create_app
    from newsgraph.errors import NewsgraphError

    if db:
        os.environ["NEWSGRAPH_DB"] = db
    _check_port(host, port)
    if workers > 1:
        # Each process builds its own app from the environment.
        os.environ["NEWSGRAPH_SERVE_WORKER"] = "1" if with_worker else ""
        _check_store(db)
        uvicorn.run("newsgraph.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", access_log=False)
        return
    try:
        app = create_app(db, with_worker=with_worker)
    except NewsgraphError as exc:
        typer.echo(f"newsgraph: error: {exc.message}", err=True)
        raise typer.Exit(1)
    typer.echo(f"newsgraph: serving the web UI on http://{host}:{port}/ and the API under /api (OpenAPI: /openapi.json)", err=True)
    # No access log: at log level warning its lines are dropped anyway, after being built.
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _check_port(host: str, port: int) -> None:
    """Fail with one clear line, before announcing anything, when the address cannot be
    listened on (another server has the port, the host is not an address of this machine)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        typer.echo(f"newsgraph: error: cannot listen on {host}:{port}: {exc.strerror}", err=True)
        raise typer.Exit(1) from None
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as exc:
            typer.echo(f"newsgraph: error: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
            raise typer.Exit(1) from None


def _check_store(db: Optional[str]) -> None:
    """Open (and migrate) the store once before forking, so a bad URL is one clear line."""
    from newsgraph.config import get_settings
    from newsgraph.errors import NewsgraphError
    from newsgraph.store import Store

    try:
        Store(db or get_settings().db_url).close()
    except NewsgraphError as exc:
        typer.echo(f"newsgraph: error: {exc.message}", err=True)
        raise typer.Exit(1)


def worker(
    db: Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy database URL (default: $NEWSGRAPH_DB or sqlite:///newsgraph.db).")] = None,
    once: Annotated[bool, typer.Option("--once", help="Process what is queued now, then exit.")] = False,
    poll: Annotated[float, typer.Option("--poll", min=0.05, max=60, help="Seconds between looks at an empty queue.")] = 1.0,
    batch: Annotated[Optional[int], typer.Option("--batch", min=1, max=256, help="Jobs per batch (default $NEWSGRAPH_WORKER_BATCH or 8).")] = None,
) -> None:
    """Process articles submitted through the API (POST /api/articles): extract and store them."""
    from newsgraph.api.settings import ApiSettings
    from newsgraph.api.worker import Worker
    from newsgraph.config import get_settings
    from newsgraph.errors import NewsgraphError
    from newsgraph.store import Store

    try:
        store = Store(db or get_settings().db_url)
    except NewsgraphError as exc:
        typer.echo(f"newsgraph: error: {exc.message}", err=True)
        raise typer.Exit(1)
    settings = ApiSettings()
    if batch:
        settings = settings.with_(worker_batch=batch)
    w = Worker(store, settings=settings)
    stop = threading.Event()
    # A stop request finishes the current batch; a second one ends the process.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: sys.exit(130) if stop.is_set() else stop.set())
    with store:
        if once:
            done = 0
            while (n := w.run_once()) > 0:
                done += n
        else:
            typer.echo("newsgraph: worker waiting for jobs (Ctrl-C to stop)", err=True)
            done = w.run(stop=stop, poll=poll)
    typer.echo(f"newsgraph: worker took {done} job(s)", err=True)
