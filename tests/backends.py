"""Store backends for tests: a fresh SQLite file, or a fresh schema on the PostgreSQL server.

Import the fixtures into a test module (``from backends import store_url  # noqa: F401``).
PostgreSQL tests run against $NEWSGRAPH_TEST_PG (default: the local server's ``test``
database) in a schema of their own, dropped afterwards, so parallel runs by other developers
never meet. Where no server answers they skip, saying so.
"""

from __future__ import annotations

import os
import uuid
from functools import lru_cache

import pytest

PG_URL = os.environ.get("NEWSGRAPH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _libpq_dsn(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return f"host={u.host or '127.0.0.1'} port={u.port or 5432} dbname={u.database or 'test'} user={u.username or 'postgres'}" + (
        f" password={u.password}" if u.password else "")


@lru_cache(maxsize=1)
def pg_unavailable() -> str | None:
    """Why PostgreSQL cannot be used, or None when it answers."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a dependency
        return f"psycopg is not installed ({exc})"
    try:
        with psycopg.connect(_libpq_dsn(PG_URL), connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any failure means: no server to test against
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return None


def new_pg_schema() -> tuple[str, str]:
    """(schema name, URL whose connections use it)."""
    import psycopg

    schema = f"ng_test_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(_libpq_dsn(PG_URL), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    return schema, f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


def drop_pg_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(_libpq_dsn(PG_URL), autocommit=True) as conn:
        conn.execute("SET lock_timeout = '20s'")
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _url_for(backend: str, tmp_path, name: str = "store"):
    if backend == "sqlite":
        return None, f"sqlite:///{tmp_path / (name + '.db')}"
    reason = pg_unavailable()
    if reason is not None:
        pytest.skip(f"PostgreSQL half of the store tests skipped: no server answers at {PG_URL} ({reason})")
    return new_pg_schema()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def store_url(backend, tmp_path):
    """URL of an empty store on each backend."""
    schema, url = _url_for(backend, tmp_path)
    yield url
    if schema:
        drop_pg_schema(schema)


@pytest.fixture
def second_store_url(backend, tmp_path):
    """Another empty store on the same backend (for round trips)."""
    schema, url = _url_for(backend, tmp_path, "second")
    yield url
    if schema:
        drop_pg_schema(schema)


@pytest.fixture
def store(store_url):
    from newsgraph.store import Store

    s = Store(store_url)
    yield s
    s.close()
