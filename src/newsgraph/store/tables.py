"""Tables of the store. The whole record is kept as JSON in ``articles.record``; the other
tables are its queryable projection (entities, attributions, events) plus what links
articles together (actors). Schema changes go through Alembic migrations in
``store/migrations``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"
    # ix_articles_newest (published, id) serves the newest-first order of every list; it is
    # created by migration serve_0002 with the NULL ordering each dialect needs.
    # ix_articles_url (a hash index on PostgreSQL) serves finding a page's stored version by
    # its URL; migration product_0005.

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of article.text
    ref: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text, index=True)
    published: Mapped[datetime | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    record: Mapped[str] = mapped_column(Text)  # the record as JSON, exactly as extracted
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class ArticleReplacementRow(Base):
    """An article that ``ingest --replace`` replaced by a version with other text (so another
    id): its id leads to the new one (``article_id``), kept current along a chain of versions."""

    __tablename__ = "article_replacements"

    old_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    replaced_at: Mapped[datetime] = mapped_column(DateTime)


class ActorRow(Base):
    """One real-world referent across articles."""

    __tablename__ = "actors"
    __table_args__ = (Index("ix_actors_rank", "article_count", "mention_count"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)  # type + normalised name
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(32), index=True)
    country: Mapped[str | None] = mapped_column(String(8))
    # Counters kept by the record writer in the article's transaction, so that ranking actors
    # needs no aggregation over every entity row (Store.refresh_actor_stats recomputes them).
    article_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    mention_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class EntityRow(Base):
    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("article_id", "local_id"),
                      Index("ix_entities_actor_article", "actor_id", "article_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(8))
    sector: Mapped[str | None] = mapped_column(String(16))
    roles: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of roles
    mention_count: Mapped[int] = mapped_column(Integer, default=0)


class ActorRoleRow(Base):
    """Titles an actor has been given across articles ("President" of USA), one row each, so
    that listing actors with their roles needs no scan of every entity row."""

    __tablename__ = "actor_roles"
    __table_args__ = (UniqueConstraint("actor_id", "title", "of_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    of_code: Mapped[str] = mapped_column(String(200), default="")  # "" when unknown, so UNIQUE holds


class AttributionRow(Base):
    __tablename__ = "attributions"
    __table_args__ = (UniqueConstraint("article_id", "local_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16), index=True)
    speaker_local_id: Mapped[str | None] = mapped_column(String(16))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    speaker_name: Mapped[str | None] = mapped_column(Text)
    source_text: Mapped[str | None] = mapped_column(Text)
    cue_text: Mapped[str | None] = mapped_column(Text)
    content_text: Mapped[str] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("article_id", "local_id"),
        Index("ix_events_type_status", "type", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String(16))
    type: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    actor_names: Mapped[str] = mapped_column(Text, default="")
    recipient_names: Mapped[str] = mapped_column(Text, default="")
    trigger_text: Mapped[str] = mapped_column(Text)
    trigger_start: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    date_value: Mapped[str | None] = mapped_column(String(10), index=True)
    date_resolution: Mapped[str | None] = mapped_column(String(8))
    location_name: Mapped[str | None] = mapped_column(Text)
    location_country: Mapped[str | None] = mapped_column(String(8))
    score: Mapped[float | None] = mapped_column(Float)


class EventParticipantRow(Base):
    """Who took part in an event, as actors across articles (for networks and actor pages)."""

    __tablename__ = "event_participants"
    __table_args__ = (Index("ix_event_participants_actor_event", "actor_id", "event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # actor | recipient


class JobRow(Base):
    """An article submitted through the API, waiting for (or done by) a worker.

    The queue lives in the database so that it works on SQLite and PostgreSQL alike and
    survives restarts: a worker that dies leaves its jobs ``running`` with a lease that
    runs out, and the next worker takes them again."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status_created", "status", "created_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # random hex, not guessable
    status: Mapped[str] = mapped_column(String(16))  # queued | running | done | failed
    kind: Mapped[str] = mapped_column(String(8))  # text | html | url
    ref: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)  # JSON: text/html/url, title, published, source
    created_at: Mapped[datetime] = mapped_column(DateTime)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(64))
    article_id: Mapped[str | None] = mapped_column(String(64))
    added: Mapped[bool | None] = mapped_column(Boolean)
    error_kind: Mapped[str | None] = mapped_column(String(32))
    error_message: Mapped[str | None] = mapped_column(Text)


metadata = Base.metadata
