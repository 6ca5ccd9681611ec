"""The store: writes records (one transaction per article) and answers the CLI's queries.

Writing is an idempotent upsert, safe for concurrent writers (API workers, a Dask writer):
the article row goes in with INSERT … ON CONFLICT DO NOTHING inside the article's
transaction, so whoever inserts it first writes the projection and everyone else's
transaction does nothing. Entities are linked to actors across articles by ``linking.py``;
when two writers create the same actor at once, or PostgreSQL reports a deadlock, the
article's transaction is run again. Actor counters and roles (``counters.py``) are kept in
the same transaction.

The reading side lives in ``queries.py`` and ``search.py``; the methods here keep the shapes
the CLI prints.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from newsgraph.record import Record
from newsgraph.store import queries
from newsgraph.store.db import StoreError, make_engine, migrate
from newsgraph.store.counters import refresh_actors
from newsgraph.store.jobs import JobQueue
from newsgraph.store.linking import ArticleLinker
from newsgraph.store.linking_tables import GONE, ActorMergeRow, ActorNameRow, ActorTitleRow
from newsgraph.store.tables import (
    ActorRoleRow, ActorRow, ArticleReplacementRow, ArticleRow, AttributionRow, EntityRow, EventParticipantRow, EventRow,
)

# PostgreSQL error codes worth retrying the whole article transaction for.
_RETRYABLE_PG = {"40001", "40P01"}  # serialization failure, deadlock detected
_WRITE_ATTEMPTS = 5


@dataclass
class IngestResult:
    article_id: str
    added: bool  # False when the article was already stored
    replaced: tuple[str, ...] = ()  # replace_record: the stored articles this record replaced


def upsert_insert(session: Session):
    """The dialect's INSERT that knows ON CONFLICT (SQLite and PostgreSQL both do)."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported backends are tested
        raise StoreError(f"the store supports SQLite and PostgreSQL, not {name}")
    return insert


class Store:
    def __init__(self, url: str, create: bool = True):
        self.url = url
        self.engine = make_engine(url)
        try:
            if create:
                migrate(self.engine)
        except (OperationalError, DBAPIError) as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open the database {self.engine.url.render_as_string()}: {_first_line(exc.orig)}") from exc
        except Exception as exc:
            from alembic.util.exc import CommandError

            if not isinstance(exc, CommandError):
                raise
            # A schema revision this code does not know: the store was made or upgraded by a
            # newer newsgraph (a page of Alembic traceback said so before).
            self.engine.dispose()
            raise StoreError(f"the database {self.engine.url.render_as_string()} has a schema this version of "
                             f"newsgraph does not know ({_first_line(exc)}); it was written by a newer "
                             "newsgraph: upgrade newsgraph to read it") from exc
        self.session = sessionmaker(self.engine, expire_on_commit=False)
        self.dialect = self.engine.dialect.name
        self.jobs = JobQueue(self.session)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        with self.session() as s:
            return s.get(ArticleRow, article_id) is not None

    def add_record(self, record: Record) -> IngestResult:
        """Store one record in one transaction. Re-adding the same article is a no-op, also when
        another process writes it at the same moment."""
        if record.error is not None and not record.article.text:
            raise StoreError(f"record {record.ref!r} carries an error and no article: {record.error.message}")
        aid = record.article.id
        for attempt in range(1, _WRITE_ATTEMPTS + 1):
            try:
                with self.session.begin() as s:
                    return IngestResult(aid, write_record(s, record))
            except OperationalError as exc:
                if _pgcode(exc) in _RETRYABLE_PG and attempt < _WRITE_ATTEMPTS:
                    time.sleep(0.05 * attempt)
                    continue
                raise StoreError(f"cannot store {record.ref!r}: {_first_line(exc.orig)}") from exc
            except IntegrityError as exc:
                # Not the article's own key (that is ON CONFLICT DO NOTHING) but, with concurrent
                # writers, an actor another writer created a moment ago: run the article again,
                # it will find that actor.
                if attempt < _WRITE_ATTEMPTS:
                    time.sleep(0.02 * attempt)
                    continue
                raise StoreError(f"cannot store {record.ref!r}: {_first_line(exc.orig)}") from exc
            except StaleDataError as exc:
                # Linking read an actor's name rows, and another writer merged that actor
                # into another before this transaction updated them (PostgreSQL, read
                # committed): run the article again against the merged actors.
                if attempt < _WRITE_ATTEMPTS:
                    time.sleep(0.02 * attempt)
                    continue
                raise StoreError(f"cannot store {record.ref!r}: concurrent actor merge: {exc}") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def replace_record(self, record: Record) -> IngestResult:
        """Store ``record`` in place of what is stored for the same article: the same id (same
        text, read again, e.g. by a newer extractor) or the same URL (the page changed). The old
        articles and their projection go, the new record is written and linked, and the actors
        the old ones used are recounted (those left with no entity are deleted), all in one
        transaction. ``replaced`` lists the article ids that were there before."""
        if record.error is not None and not record.article.text:
            raise StoreError(f"record {record.ref!r} carries an error and no article: {record.error.message}")
        for attempt in range(1, _WRITE_ATTEMPTS + 1):
            try:
                with self.session.begin() as s:
                    old = stored_versions(s, record)
                    touched: set[int] = set()
                    for aid in old:
                        touched |= delete_article(s, aid)
                    write_record(s, record)
                    tidy_actors(s, touched)
                    _record_replacements(s, [aid for aid in old if aid != record.article.id], record.article.id)
                    return IngestResult(record.article.id, record.article.id not in old, tuple(old))
            except (OperationalError, IntegrityError, StaleDataError) as exc:
                if attempt < _WRITE_ATTEMPTS and (not isinstance(exc, OperationalError) or _pgcode(exc) in _RETRYABLE_PG):
                    time.sleep(0.05 * attempt)
                    continue
                raise StoreError(f"cannot store {record.ref!r}: {_first_line(getattr(exc, 'orig', exc))}") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def add_records(self, records: Iterable[Record]) -> Iterator[IngestResult]:
        """One transaction per record, so an interrupted batch leaves whole articles only."""
        for record in records:
            yield self.add_record(record)

    def refresh_actor_stats(self) -> None:
        """Recompute every actor's counters and roles from the entity rows (a repair; the
        writer and linking keep them right as they go)."""
        with self.session.begin() as s:
            ids = s.execute(select(ActorRow.id)).scalars().all()
            for start in range(0, len(ids), 500):
                refresh_actors(s, ids[start:start + 500])

    def optimize(self) -> None:
        """Refresh the planner's statistics after a bulk load (the list queries' plans depend on them)."""
        with self.engine.begin() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("PRAGMA optimize=0x10002")  # analyse every table that needs it
            elif self.dialect == "postgresql":
                conn.exec_driver_sql("ANALYZE")

    # -- reading (shapes the CLI prints; the API uses ``queries`` directly) ------------------
    def count_articles(self) -> int:
        with self.session() as s:
            return s.execute(select(func.count()).select_from(ArticleRow)).scalar_one()

    def get_record(self, id_or_prefix: str) -> Record | None:
        """A stored record by article id or an unambiguous id prefix (at least 6 characters)."""
        with self.session() as s:
            raw = queries.get_record_json(s, id_or_prefix)
        return Record.model_validate_json(raw) if raw is not None else None

    def iter_records(self, **filters) -> Iterator[Record]:
        """Every stored record (oldest publication first), streamed; filters as ``queries.article_filter``."""
        for record, _ in self.iter_stored(**filters):
            yield record

    def iter_stored(self, **filters) -> Iterator[tuple[Record, datetime]]:
        """(record, time it was stored) for every stored article, streamed."""
        with self.session() as s:
            for raw, ingested_at in queries.iter_record_json(s, **filters):
                yield Record.model_validate_json(raw), ingested_at

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[dict]:
        with self.session() as s:
            return queries.list_articles(s, limit=limit, offset=offset).items

    def actors(self, type_: str | None = None, limit: int = 100) -> list[dict]:
        """Actors with how many articles mention them and the roles seen."""
        with self.session() as s:
            rows = queries.list_actors(s, type_=type_, limit=limit, offset=0, with_total=False).items
        return [{"id": r["id"], "name": r["name"], "type": r["type"], "country": r["country"],
                 "articles": r["articles"], "mentions": r["mentions"],
                 "roles": [role["title"] + (f" ({role['of']})" if role["of"] else "") for role in r["roles"]]}
                for r in rows]

    def quotes(self, by: str | None = None, limit: int = 200) -> list[dict]:
        with self.session() as s:
            rows = queries.list_quotes(s, speaker=by, limit=limit, offset=0, with_total=False).items
        return [{"article_id": q["article_id"], "id": q["id"], "speaker": q["speaker"], "source": q["source"],
                 "cue": q["cue"], "kind": q["kind"], "content": q["content"], "confidence": q["confidence"],
                 "title": q["title"], "published": q["published"]} for q in rows]

    def events(self, type_: str | None = None, status: str | None = None, limit: int = 200) -> list[dict]:
        with self.session() as s:
            rows = queries.list_events(s, type_=type_, status=status, limit=limit, offset=0, with_total=False).items
        return [{"article_id": e["article_id"], "id": e["id"], "type": e["type"], "mode": e["mode"],
                 "status": e["status"], "actors": "; ".join(a["name"] for a in e["actors"]),
                 "recipients": "; ".join(a["name"] for a in e["recipients"]), "trigger": e["trigger"],
                 "date": e["date"], "location": e["location"], "score": e["score"], "title": e["title"],
                 "published": e["published"]} for e in rows]


# -- replacing a stored article ------------------------------------------------------------------

def stored_versions(s: Session, record: Record) -> list[str]:
    """Ids of the stored articles ``record`` stands for: its own id, and any article with its URL."""
    art = record.article
    found = [art.id] if s.get(ArticleRow, art.id) is not None else []
    if art.url:
        found += [aid for aid in s.execute(select(ArticleRow.id).where(ArticleRow.url == art.url)
                                           .order_by(ArticleRow.id)).scalars() if aid != art.id]
    return found


def _record_replacements(s: Session, old_ids: list[str], new_id: str) -> None:
    """Old ids (and the ids they replaced before) lead to ``new_id`` from now on."""
    if not old_ids:
        return
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    s.execute(update(ArticleReplacementRow).where(ArticleReplacementRow.article_id.in_(old_ids))
              .values(article_id=new_id))
    s.execute(delete(ArticleReplacementRow).where(ArticleReplacementRow.old_id.in_(old_ids + [new_id])))
    s.execute(ArticleReplacementRow.__table__.insert(),
              [{"old_id": aid, "article_id": new_id, "replaced_at": now} for aid in old_ids])


def delete_article(s: Session, article_id: str) -> set[int]:
    """Delete a stored article and its projection (entities, links, attributions, events and
    participants go with it by ON DELETE CASCADE; the search index by trigger). Returns the
    ids of the actors its entities belonged to, whose names are decremented here and whose
    counters ``tidy_actors`` recomputes."""
    used = s.execute(select(EntityRow.actor_id, EntityRow.name).where(EntityRow.article_id == article_id)).all()
    names: dict[tuple[int, str], int] = {}
    for actor_id, name in used:
        if actor_id is not None:
            names[(actor_id, name)] = names.get((actor_id, name), 0) + 1
    for (actor_id, name), n in sorted(names.items()):
        s.execute(update(ActorNameRow).where(ActorNameRow.actor_id == actor_id, ActorNameRow.name == name)
                  .values(count=ActorNameRow.count - n))
    s.execute(ArticleRow.__table__.delete().where(ArticleRow.__table__.c.id == article_id))
    return {actor_id for actor_id, _ in names}


def tidy_actors(s: Session, actor_ids: set[int]) -> None:
    """After articles were deleted: actors with no entity left are deleted (with their names,
    titles and roles), the others recounted and rid of the name forms no entity uses now."""
    if not actor_ids:
        return
    s.flush()
    ids = sorted(actor_ids)
    alive = set(s.execute(select(EntityRow.actor_id).where(EntityRow.actor_id.in_(ids)).distinct()).scalars())
    empty = [a for a in ids if a not in alive]
    if empty:
        for table in (ActorNameRow, ActorTitleRow, ActorRoleRow):
            s.execute(delete(table).where(table.actor_id.in_(empty)).execution_options(synchronize_session=False))
        s.execute(delete(ActorRow).where(ActorRow.id.in_(empty)).execution_options(synchronize_session=False))
        # A tombstone (merged into no actor, ``GONE``): SQLite would give the largest id to the
        # next new actor, and a saved link to the deleted one would show a stranger;
        # ``new_actor_id`` stays above every id in actor_merges, and the link stays "not found".
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        s.execute(delete(ActorMergeRow).where(ActorMergeRow.old_id.in_(empty)).execution_options(synchronize_session=False))
        s.execute(ActorMergeRow.__table__.insert(), [{"old_id": a, "actor_id": GONE, "merged_at": now} for a in empty])
    s.execute(delete(ActorNameRow).where(ActorNameRow.actor_id.in_(sorted(alive)), ActorNameRow.count <= 0)
              .execution_options(synchronize_session=False))
    refresh_actors(s, alive)


# -- the record writer -------------------------------------------------------------------------

def write_record(s: Session, record: Record) -> bool:
    """Write ``record`` inside the caller's transaction; False when the article was already there.

    The article row is inserted first with ON CONFLICT DO NOTHING: a concurrent writer of the
    same article waits on it, then finds it present and writes nothing more.
    """
    insert = upsert_insert(s)
    art = record.article
    published = date.fromisoformat(art.published) if art.published else None
    inserted = s.connection().execute(
        insert(ArticleRow.__table__).values(
            id=art.id, ref=record.ref, title=art.title, url=art.url, source=art.source,
            published=published, language=art.language, text=art.text, record=record.to_json(),
            ingested_at=datetime.now(timezone.utc).replace(tzinfo=None),
        ).on_conflict_do_nothing(index_elements=["id"]).returning(ArticleRow.__table__.c.id)
    ).first()
    if inserted is None:
        return False
    _write(s, record)
    return True


def _link_actors(s: Session, record: Record) -> dict[str, int]:
    """Entity id → actor id: each entity linked across articles by ``linking.ArticleLinker``
    (which writes the entity rows' links and evidence), then the counters and roles of the
    article's actors brought up to date."""
    art = record.article
    linker = ArticleLinker(s, record)  # cross-article actors, with the evidence of each link
    first = {ent.id: linker.actor_for(ent).id for ent in record.entities}
    if record.entities:
        s.connection().execute(EntityRow.__table__.insert(), [
            {"article_id": art.id, "local_id": ent.id, "actor_id": first[ent.id], "name": ent.name,
             "type": ent.type, "country": ent.country, "sector": ent.sector,
             "roles": json.dumps([r.model_dump() for r in ent.roles]), "mention_count": len(ent.mentions)}
            for ent in record.entities])
    linker.finish()
    s.flush()
    # Linking may have moved entities between actors: read the final links back.
    actors = dict(s.execute(select(EntityRow.local_id, EntityRow.actor_id)
                            .where(EntityRow.article_id == art.id)).all())
    # Counters: this article once for each of its actors, in id order (one lock order for
    # all writers). Incremented, not recounted: recounting a much-mentioned actor on every
    # write costs as much as the actor has articles. Linking's merges recount the actors they
    # move (counters.refresh_actors), before this article's rows exist, so the two add up.
    mentions: dict[int, int] = {}
    for ent in record.entities:
        if actors.get(ent.id) is not None:
            mentions[actors[ent.id]] = mentions.get(actors[ent.id], 0) + len(ent.mentions)
    if mentions:
        table = ActorRow.__table__
        s.connection().execute(
            table.update().where(table.c.id == bindparam("actor"))
            .values(article_count=table.c.article_count + 1, mention_count=table.c.mention_count + bindparam("n")),
            [{"actor": a, "n": n} for a, n in sorted(mentions.items())])
    insert = upsert_insert(s)
    roles = sorted({(actors[ent.id], r.title[:200], (r.of or "")[:200])
                    for ent in record.entities for r in ent.roles if r.title and actors.get(ent.id)})
    if roles:
        s.connection().execute(
            insert(ActorRoleRow.__table__).values([{"actor_id": a, "title": t, "of_code": o} for a, t, o in roles])
            .on_conflict_do_nothing(index_elements=["actor_id", "title", "of_code"]))
    return actors


def _write(s: Session, record: Record) -> None:
    """The queryable projection of one record: entities, attributions, events, participants."""
    art = record.article
    actors = _link_actors(s, record)
    names = {ent.id: ent.name for ent in record.entities}
    conn = s.connection()
    if record.attributions:
        conn.execute(AttributionRow.__table__.insert(), [
            {"article_id": art.id, "local_id": att.id, "kind": att.kind, "speaker_local_id": att.speaker,
             "actor_id": actors.get(att.speaker or ""), "speaker_name": names.get(att.speaker or ""),
             "source_text": att.source.text if att.source else None, "cue_text": att.cue.text if att.cue else None,
             "content_text": " … ".join(c.text for c in att.content),
             "start": att.content[0].start if att.content else None,
             "end": att.content[-1].end if att.content else None, "confidence": att.confidence}
            for att in record.attributions])
    if not record.events:
        return
    rows = conn.execute(EventRow.__table__.insert().returning(EventRow.id, EventRow.local_id, sort_by_parameter_order=True), [
        {"article_id": art.id, "local_id": ev.id, "type": ev.type, "mode": ev.mode, "status": ev.status,
         "actor_names": "; ".join(names.get(a, a) for a in ev.actors),
         "recipient_names": "; ".join(names.get(r, r) for r in ev.recipients),
         "trigger_text": ev.trigger.text, "trigger_start": ev.trigger.start,
         "sentence_start": ev.sentence.start, "sentence_end": ev.sentence.end,
         "date_value": ev.date.value if ev.date else None,
         "date_resolution": ev.date.resolution if ev.date else None,
         "location_name": ev.location.name if ev.location else None,
         "location_country": ev.location.country if ev.location else None, "score": ev.score}
        for ev in record.events]).all()
    event_ids = {local_id: row_id for row_id, local_id in rows}
    participants = [
        {"event_id": event_ids[ev.id], "actor_id": actors[eid], "role": role}
        for ev in record.events
        for role, ids in (("actor", ev.actors), ("recipient", ev.recipients))
        for eid in ids if actors.get(eid) is not None
    ]
    if participants:
        conn.execute(EventParticipantRow.__table__.insert(), participants)


def _pgcode(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)


def _first_line(exc: object) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
