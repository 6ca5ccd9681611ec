"""Where a finished record goes: the store, then the story index.

``write_record`` is the one place the batch runners write a record; it calls the store's
idempotent write (``Store.add_record`` today; the PostgreSQL upsert path when it lands) so
that a batch killed midway and run again neither loses nor duplicates an article.
"""

from __future__ import annotations

import random
import time
from functools import lru_cache

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from newsgraph.record import Record
from newsgraph.store.db import StoreError


# PostgreSQL's deadlock and serialization failures: the transaction was rolled back whole
# and can simply be run again.
_RETRYABLE_SQLSTATES = {"40P01", "40001"}
WRITE_ATTEMPTS = 6


def write_record(store, record: Record, attempts: int = WRITE_ATTEMPTS) -> bool:
    """Store ``record``; True when it was new, False when it was already stored.

    Concurrent writers (Dask workers) collide on rows that articles share, such as actors: a
    transaction can deadlock, or fail on a unique key another writer inserted first — which
    ``Store.add_record`` reports as "already stored" although this article was not. So a
    "not added" is checked against the store, and both cases are retried after a short random
    pause; the write itself is idempotent by article id."""
    aid = record.article.id
    for attempt in range(attempts):
        try:
            result = store.add_record(record)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) not in _RETRYABLE_SQLSTATES or attempt == attempts - 1:
                raise StoreError(f"cannot store the article: {type(exc.orig).__name__}: {exc.orig}") from exc
        else:
            if result.added:
                return True
            if store.has_article(aid):
                return False
        time.sleep(random.uniform(0.02, 0.1) * 2 ** attempt)
    raise StoreError(f"the article was not stored after {attempts} attempts (concurrent writers)")


@lru_cache(maxsize=8)
def story_index(engine):
    """The story index of a database. Imported on first use: it brings numpy and the MinHash
    code, which a reader of other tables (the API, the web pages) never needs."""
    from newsgraph.scale.stories import StoryIndex

    return StoryIndex(engine)


def fully_stored(store, article_id: str) -> bool:
    """True when an article is stored and placed in its story: an ingest may then skip it
    without parsing. A run killed between the two writes leaves an article stored but not
    placed; that one is parsed again so that ``index_story`` gets its record."""
    try:
        return store.has_article(article_id) and story_index(store.engine).placement(article_id) is not None
    except SQLAlchemyError:
        return False  # parse it; the write reports what is wrong with the store


def index_story(store, record: Record):
    """Place a stored record in its duplicate group and story (a no-op when already placed).
    Raises StoreError when the database fails."""
    try:
        return story_index(store.engine).index_record(record)
    except SQLAlchemyError as exc:
        raise StoreError(f"story index: {type(exc).__name__}: {getattr(exc, 'orig', exc)}") from exc


def unindex_stories(store, article_ids) -> None:
    """Take replaced articles out of the story index, so that their new version is placed
    afresh (``ingest --replace``). Raises StoreError when the database fails."""
    try:
        story_index(store.engine).unindex(list(article_ids))
    except SQLAlchemyError as exc:
        raise StoreError(f"story index: {type(exc).__name__}: {getattr(exc, 'orig', exc)}") from exc
