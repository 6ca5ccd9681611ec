"""Where a finished record goes: the store, then the story index.

``write_record`` is the one place the batch runners write a record; it calls the store's
idempotent write (``Store.add_record`` today; the PostgreSQL upsert path when it lands) so
that a batch killed midway and run again neither loses nor duplicates an article.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.exc import SQLAlchemyError

from newsgraph.record import Record
from newsgraph.store.db import StoreError


def write_record(store, record: Record) -> bool:
    """Store ``record``; True when it was new, False when it was already stored."""
    return store.add_record(record).added


@lru_cache(maxsize=8)
def _story_index(engine):
    from newsgraph.scale.stories import StoryIndex

    return StoryIndex(engine)


def index_story(store, record: Record):
    """Place a stored record in its duplicate group and story (a no-op when already placed).
    Raises StoreError when the database fails."""
    try:
        return _story_index(store.engine).index_record(record)
    except SQLAlchemyError as exc:
        raise StoreError(f"story index: {type(exc).__name__}: {getattr(exc, 'orig', exc)}") from exc
