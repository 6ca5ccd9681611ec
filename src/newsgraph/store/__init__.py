"""The store: records in SQLite (default) or PostgreSQL, with Alembic migrations."""

from newsgraph.store.db import StoreError
from newsgraph.store.repository import IngestResult, Store

__all__ = ["Store", "StoreError", "IngestResult"]
