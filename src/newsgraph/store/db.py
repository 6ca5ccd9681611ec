"""Engines and migrations. SQLite by default (WAL, many readers and one writer); any
SQLAlchemy URL works, PostgreSQL for teams."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from newsgraph.errors import NewsgraphError

MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(NewsgraphError):
    kind = "store"


def require_database(url: str) -> None:
    """Raise StoreError when ``url`` names a SQLite file that does not exist. Commands that
    read the store call it first: opening a mistyped --db path would otherwise create an empty
    store there (and its directories) and answer every question with "nothing"."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - make_engine reports a bad URL
        return
    if parsed.get_backend_name() != "sqlite":
        return
    database = parsed.database
    if database and database != ":memory:" and not database.startswith("file:") and not Path(database).expanduser().exists():
        raise StoreError(f"no database at {database}: nothing is stored there yet "
                         "(check --db / NEWSGRAPH_DB, or store articles first with `newsgraph ingest … --db URL`)")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises ArgumentError and others
        raise StoreError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # A pool as large as the API server's thread pool: SQLite connections are cheap, and
        # readers never wait for each other in WAL mode.
        pool = {"pool_size": 20, "max_overflow": 20} if database and database != ":memory:" else {}
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **pool)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - exercised by every test
            cur = dbapi_conn.cursor()
            if database and database != ":memory:":
                cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            if database and database != ":memory:":
                # Reads through memory-mapped I/O share the OS page cache across connections
                # and server processes instead of copying pages into each connection's cache.
                cur.execute("PRAGMA mmap_size=1073741824")
                cur.execute("PRAGMA cache_size=-16000")
            cur.close()

        return engine
    try:
        # Enough pooled connections for a threaded API server under many concurrent readers.
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    except ModuleNotFoundError as exc:
        raise StoreError(f"the database driver for {parsed.drivername!r} is not installed ({exc.name})") from exc
    except Exception as exc:  # noqa: BLE001 - unknown dialect, bad options
        raise StoreError(f"cannot use database URL {parsed.render_as_string()}: {exc}") from exc


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` with Alembic."""
    _alembic(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema down to ``revision`` (the data of what is removed is lost)."""
    _alembic(engine, "downgrade", revision)


def _alembic(engine: Engine, direction: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, revision)
