"""Tables of cross-article actor linking (see :mod:`newsgraph.store.linking`).

- ``actor_names``: every name form an actor was seen under, with the keys linking matches on.
- ``actor_titles``: the titles an actor was seen with, for telling namesakes apart.
- ``actor_links``: for each stored entity, the rule and evidence that put it with its actor,
  so that every merge is explainable.
- ``actor_decisions``: a user's joins and splits, keyed by name forms and actor keys (never by
  row ids), so that they hold for articles ingested later and for articles ingested again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from newsgraph.store.tables import Base


class ActorNameRow(Base):
    __tablename__ = "actor_names"
    __table_args__ = (
        UniqueConstraint("actor_id", "name"),
        Index("ix_actor_names_type_name_key", "type", "name_key"),
        Index("ix_actor_names_type_surname_key", "type", "surname_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)                       # as written: "Volodymyr Zelenskyy"
    name_key: Mapped[str] = mapped_column(String(300))            # matching key: "volodimir zelenski"
    surname_key: Mapped[str | None] = mapped_column(String(200))  # people: "zelenski"
    full: Mapped[int] = mapped_column(Integer, default=0)         # 1 when a full personal name
    count: Mapped[int] = mapped_column(Integer, default=0)        # entities linked under this name


class ActorTitleRow(Base):
    """The titles an actor has been seen with (case-folded, "former" etc. dropped): linking
    compares them without reading every entity of a much-mentioned actor."""

    __tablename__ = "actor_titles"
    __table_args__ = (UniqueConstraint("actor_id", "title_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    title_key: Mapped[str] = mapped_column(String(200))


class ActorLinkRow(Base):
    __tablename__ = "actor_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), unique=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(32))
    evidence: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ActorDecisionRow(Base):
    __tablename__ = "actor_decisions"
    __table_args__ = (Index("ix_actor_decisions_name", "type", "name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))                # join | split
    type: Mapped[str] = mapped_column(String(32))
    name_key: Mapped[str] = mapped_column(String(300))          # the name form the decision is about
    actor_key: Mapped[str] = mapped_column(String(300))         # join: link to it; split: never to it
    article_id: Mapped[str | None] = mapped_column(String(64))  # only in this article (None: everywhere)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


GONE = 0  # ``ActorMergeRow.actor_id`` of an actor deleted with its last article: it leads nowhere


class ActorMergeRow(Base):
    """An actor deleted because its entities were merged into another (``actor_id``): old
    URLs and ids lead there. Kept current when the target is merged in turn. No foreign keys:
    the old id names no row any more. An actor deleted with its last article (``ingest
    --replace``) leaves a row leading to ``GONE``, so that its id is never given again."""

    __tablename__ = "actor_merges"

    old_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    actor_id: Mapped[int] = mapped_column(Integer, index=True)
    merged_at: Mapped[datetime] = mapped_column(DateTime)
