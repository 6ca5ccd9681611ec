"""Tables of the scale stage: feed state, near-duplicate fingerprints, stories and the events
merged across the articles of a story. They live beside the record tables (same database,
created by the ``scale_0002`` migration) but only this package writes them; they refer to
articles by id and never change the record tables."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger, Column, Date, DateTime, Float, Index, Integer, LargeBinary, MetaData, String, Table,
    Text, UniqueConstraint,
)

metadata = MetaData()

feeds = Table(
    "scale_feeds", metadata,
    Column("url", String(2000), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled_at", DateTime),
    Column("next_poll_at", DateTime),
    Column("failures", Integer, nullable=False, default=0),
    Column("last_error", Text),
)

# One row per feed entry already handled, so a restart never fetches it again.
feed_seen = Table(
    "scale_feed_seen", metadata,
    Column("feed_url", String(2000), primary_key=True),
    Column("entry_key", String(64), primary_key=True),  # sha256 of the entry's id or link
    Column("link", Text),
    Column("article_id", String(64)),
    Column("seen_at", DateTime, nullable=False),
)

# Failed fetches in a row of an entry's page not yet seen, kept here rather than in memory so
# that ``watch --once`` run from cron (a new process each time) gives the page up in the end.
feed_entry_failures = Table(
    "scale_feed_entry_failures", metadata,
    Column("feed_url", String(2000), primary_key=True),
    Column("entry_key", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_error", Text),
    Column("last_tried_at", DateTime, nullable=False),
)

# MinHash signature of each indexed article; dup_group is the id of the first article of its
# near-duplicate group (itself when it has none), story_id the story it belongs to.
fingerprints = Table(
    "scale_fingerprints", metadata,
    Column("article_id", String(64), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    Column("dup_group", String(64), nullable=False, index=True),
    Column("story_id", Integer, nullable=False, index=True),
    Column("published", Date),
    Column("source", Text),
    Column("similarity", Float),  # estimated Jaccard with the group's matched article
    Column("indexed_at", DateTime, nullable=False),
)

# LSH buckets: articles sharing any (band, bucket) are candidate near-duplicates.
lsh_bands = Table(
    "scale_lsh_bands", metadata,
    Column("band", Integer, primary_key=True),
    Column("bucket", BigInteger, primary_key=True),
    Column("article_id", String(64), primary_key=True),
)

stories = Table(
    "scale_stories", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text),
    Column("first_published", Date, index=True),
    Column("last_published", Date, index=True),
    Column("article_count", Integer, nullable=False, default=0),
    Column("terms", Text, nullable=False, default="{}"),  # JSON {term: weight}, the centroid
    Column("updated_at", DateTime, nullable=False),
)

# Inverted index term -> stories, to find candidate stories for a new article quickly.
story_terms = Table(
    "scale_story_terms", metadata,
    Column("term", String(200), primary_key=True),
    Column("story_id", Integer, primary_key=True, index=True),
)

# One event per real-world event in a story, however many articles report it.
story_events = Table(
    "scale_story_events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", Integer, nullable=False, index=True),
    Column("key", String(64), nullable=False),
    Column("type", String(16), nullable=False),
    Column("status", String(16)),
    Column("date_value", String(10)),
    Column("actors", Text, nullable=False, default=""),
    Column("recipients", Text, nullable=False, default=""),
    Column("first_article_id", String(64), nullable=False),
    UniqueConstraint("story_id", "key"),
)

story_event_mentions = Table(
    "scale_story_event_mentions", metadata,
    Column("article_id", String(64), primary_key=True),
    Column("event_local_id", String(16), primary_key=True),
    Column("story_event_id", Integer, nullable=False, index=True),
    Index("ix_scale_sem_event_article", "story_event_id", "article_id"),
)
