"""A throw-away PostgreSQL database per test module (skips when the server is not there)."""

from __future__ import annotations

import uuid

import pytest

PG = "host=127.0.0.1 port=5432 dbname=test connect_timeout=3"


def pg_database():
    """Yields a SQLAlchemy URL of a new, empty database; drops it afterwards."""
    try:
        import psycopg

        admin = psycopg.connect(PG, autocommit=True)
    except Exception as exc:  # noqa: BLE001 - any failure means no server to test against
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 is not available: {exc}")
    name = f"ng_scale_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://127.0.0.1:5432/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
