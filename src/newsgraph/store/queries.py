"""Read queries shared by the CLI, the HTTP API and the exports.

Each function takes a Session and keyword filters and returns plain dicts (or a ``Page`` of
them). Every value reaches the database as a bound parameter; names are matched with
LIKE patterns whose wildcards are escaped, so user input is always literal.

Filters mean the same everywhere: ``since``/``until`` bound the article's publication date
(inclusive), ``source`` is the article's source exactly, ``actor`` an actor id.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Integer, Select, func, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.selectable import Join
from sqlalchemy.orm import Session

from newsgraph.store.db import StoreError
from newsgraph.store.tables import (
    ActorRoleRow, ActorRow, ArticleRow, AttributionRow, EntityRow, EventParticipantRow, EventRow,
)


@dataclass
class Page:
    items: list[dict]
    total: int | None  # None when the caller did not ask for it


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def article_filter(*, since: date | None = None, until: date | None = None, source: str | None = None,
                   actor: int | None = None, common: bool = False) -> list:
    """Conditions on ``ArticleRow`` shared by every list (``common``: see ``_walk``)."""
    conds = []
    if since is not None:
        conds.append(ArticleRow.published >= since)
    if until is not None:
        conds.append(ArticleRow.published <= until)
    if source is not None:
        conds.append(ArticleRow.source == source)
    if actor is not None:
        # An IN over the actor's entity rows (index on actor_id), computed once.
        conds.append(_walk(ArticleRow.id, common).in_(select(EntityRow.article_id).where(EntityRow.actor_id == actor)))
    return conds


def newest_first(s: Session) -> list:
    """Newest publication first, undated last, then by id: the order of every list, matching
    the index ix_articles_newest (SQLite puts NULLs last in DESC by itself; PostgreSQL is told)."""
    if s.get_bind().dialect.name == "postgresql":
        return [ArticleRow.published.desc().nullslast(), ArticleRow.id.desc()]
    return [ArticleRow.published.desc(), ArticleRow.id.desc()]


# A filter matching more rows than this is "common": see _walk.
WALK_THRESHOLD = 400


def _walk(column, common: bool):
    """``column``, or (when the filter is common, on SQLite) an expression over it that no index
    serves. SQLite's planner would otherwise pick the filter's index and sort every match; for a
    common filter it is far cheaper to walk the newest-first index and stop after one page.
    PostgreSQL keeps value statistics and chooses well by itself.

    The expression also reads the article row (an empty piece of its id): a condition on the
    child table alone makes SQLite 3.38+ build a Bloom filter over the whole child table before
    the walk starts (every attribution read to serve one page: 45 ms instead of 0.1 ms for the
    first page of direct quotes in 10,000 articles)."""
    if not common:
        return column
    nothing = func.substr(ArticleRow.id, 1, 0)  # '' (not folded away: it depends on the row)
    return column + func.length(nothing) if isinstance(column.type, Integer) else column.concat(nothing)


class _ArticlesFirst(Join):
    """A join that SQLite must run with articles as the outer loop (CROSS JOIN fixes the order):
    with statistics, its planner likes to scan a child table whole and sort it, even for one page."""

    inherit_cache = True


@compiles(_ArticlesFirst, "sqlite")
def _articles_first_sqlite(join, compiler, **kw):
    return compiler.visit_join(join, **kw).replace(" JOIN ", " CROSS JOIN ", 1)


def _with_article(child, common: bool):
    """``child`` joined to its article, newest articles walked first when ``common``."""
    if common:
        return _ArticlesFirst(ArticleRow.__table__, child.__table__, ArticleRow.id == child.article_id)
    return child.__table__.join(ArticleRow.__table__, ArticleRow.id == child.article_id)


def _is_common(s: Session, total: int | None) -> bool:
    return total is not None and total >= WALK_THRESHOLD and s.get_bind().dialect.name == "sqlite"


class _CountCache:
    """Totals of list filters, valid while the store version is unchanged (SQLite; see
    ``store_version``). Paging through a list asks the same count again for every page, and
    counting tens of thousands of matching rows costs more than reading one page."""

    def __init__(self, max_entries: int = 4096):
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple, int] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> int | None:
        with self._lock:
            total = self._entries.get(key)
            if total is not None:
                self._entries.move_to_end(key)
            return total

    def put(self, key: tuple, total: int) -> None:
        with self._lock:
            self._entries[key] = total
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)


_counts = _CountCache()


def _page(s: Session, build: Callable[[bool], tuple[Select, Select]], limit: int, offset: int,
          with_total: bool, by_article: bool = False, count_key: tuple | None = None) -> tuple[list, int | None]:
    """One page of ``build(common)``'s query, and the total its count query gives.

    ``by_article``: an article-level filter (dates, source) bounds the walk over articles, which
    then beats any child-table index however few rows match. That holds for the count too: with
    the child's conditions on their indexes, SQLite would run the inner loop on the child
    filter's index (every ``kind=indirect`` quote, once per article in the window: 1 s instead
    of 2 ms on 1,800 articles) instead of on ``article_id``."""
    walk_articles = by_article and s.get_bind().dialect.name == "sqlite"
    query, count_query = build(walk_articles)
    total = None
    if with_total:
        # ``count_key`` names the list and every filter (not the page): the count is kept per
        # store version.
        version = store_version(s) if count_key is not None else None
        key = (version, *count_key) if version is not None else None
        total = _counts.get(key) if key is not None else None
        if total is None:
            total = s.execute(select(func.count()).select_from(count_query.subquery())).scalar_one()
            if key is not None:
                _counts.put(key, total)
        if not walk_articles and _is_common(s, total):
            query, _ = build(True)
    rows = s.execute(query.limit(limit).offset(offset)).all()
    return rows, total


def _child_page(s: Session, table, columns, conds: list, common: bool, article_level: bool, position):
    """The page query of an article's child rows (quotes, events) with their article's title,
    date and source, newest article first and in text order within it, and its count."""
    articles = ArticleRow.__table__.c
    query = (select(*columns, articles.title, articles.published, articles.source.label("article_source"))
             .select_from(_with_article(table, common)).where(*conds)
             .order_by(*newest_first(s), position, table.id))
    return query, _count_of(table, conds, article_level)


def _count_of(table, conds: list, article_level: bool) -> Select:
    """Rows of ``table`` matching ``conds``; joined to articles only when a condition needs it."""
    query = select(table.id)
    if article_level:  # the article filter narrows the walk: articles first
        query = query.select_from(_with_article(table, True))
    return query.where(*conds)


def store_version(conn: Connection | Session) -> str | None:
    """The store's version: this database's token and its write counter (bumped by triggers on
    every write to the read tables, see migration apiperf_0003), or None where there is none
    (PostgreSQL). Equal versions mean the same data."""
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name != "sqlite":
        return None
    return conn.execute(_VERSION).scalar_one_or_none()


_VERSION = text("SELECT token || ':' || n FROM store_version WHERE id = 1")


# -- articles and records ----------------------------------------------------------------------

def count_articles(s: Session) -> int:
    return s.execute(select(func.count()).select_from(ArticleRow)).scalar_one()


def list_articles(s: Session, *, limit: int = 50, offset: int = 0, since: date | None = None,
                  until: date | None = None, source: str | None = None, actor: int | None = None,
                  with_total: bool = True) -> Page:
    def build(common: bool):
        conds = article_filter(since=since, until=until, source=source, actor=actor, common=common)
        query = select(ArticleRow.id, ArticleRow.title, ArticleRow.published, ArticleRow.source, ArticleRow.url,
                       ArticleRow.ref).where(*conds).order_by(*newest_first(s))
        if actor is not None and since is None and until is None and source is None:
            # Count the actor's articles on the (actor_id, article_id) index alone.
            return query, select(EntityRow.article_id).where(EntityRow.actor_id == actor).distinct()
        return query, select(ArticleRow.id).where(*conds)

    rows, total = _page(s, build, limit, offset, with_total,
                        count_key=("articles", since, until, source, actor))
    # Counts for the page's articles only (computed in the page query, PostgreSQL would count
    # for every row skipped by OFFSET too).
    ids = [r.id for r in rows]
    counts = {table: dict(s.execute(select(table.article_id, func.count()).where(table.article_id.in_(ids))
                                    .group_by(table.article_id)).all()) if ids else {}
              for table in (EntityRow, AttributionRow, EventRow)}
    return Page([{"id": r.id, "title": r.title, "published": _iso(r.published), "source": r.source, "url": r.url,
                  "ref": r.ref, "entities": counts[EntityRow].get(r.id, 0),
                  "attributions": counts[AttributionRow].get(r.id, 0), "events": counts[EventRow].get(r.id, 0)}
                 for r in rows], total)


def resolve_article_id(s: Session, id_or_prefix: str) -> str | None:
    """The full id of an article given its id or an unambiguous prefix of at least 6 characters."""
    if s.get(ArticleRow, id_or_prefix) is not None:
        return id_or_prefix
    if len(id_or_prefix) < 6:
        return None
    ids = s.execute(select(ArticleRow.id).where(ArticleRow.id.startswith(id_or_prefix, autoescape=True)).limit(2)).scalars().all()
    if len(ids) > 1:
        raise StoreError(f"id prefix {id_or_prefix!r} matches more than one article")
    return ids[0] if ids else None


def replaced_by(s: Session, article_id: str) -> str | None:
    """The id of the stored article that replaced ``article_id`` (``ingest --replace`` with
    changed text), or None. Whole ids only."""
    from newsgraph.store.tables import ArticleReplacementRow

    if len(article_id) != 64 or s.get(ArticleRow, article_id) is not None:
        return None
    new = s.execute(select(ArticleReplacementRow.article_id)
                    .where(ArticleReplacementRow.old_id == article_id)).scalar_one_or_none()
    return new if new is not None and s.get(ArticleRow, new) is not None else None


def get_record_json(s: Session, id_or_prefix: str) -> str | None:
    full = resolve_article_id(s, id_or_prefix)
    if full is None:
        return None
    return s.execute(select(ArticleRow.record).where(ArticleRow.id == full)).scalar_one_or_none()


def get_article(s: Session, article_id: str) -> dict | None:
    row = s.get(ArticleRow, article_id)
    if row is None:
        return None
    return {"id": row.id, "title": row.title, "published": _iso(row.published), "source": row.source,
            "url": row.url, "ref": row.ref, "language": row.language, "text": row.text,
            "ingested_at": row.ingested_at.isoformat() if row.ingested_at else None}


def records_json(s: Session, ids: list[str]) -> list[str]:
    """Record JSON for ``ids``, in the order given."""
    found = dict(s.execute(select(ArticleRow.id, ArticleRow.record).where(ArticleRow.id.in_(ids))).all()) if ids else {}
    return [found[i] for i in ids if i in found]


def iter_record_json(s: Session, batch: int = 500, **filters) -> Iterator[tuple[str, datetime]]:
    """(record JSON, ingested_at) of every stored article (publication date, then id), in batches."""
    query = (select(ArticleRow.record, ArticleRow.ingested_at).where(*article_filter(**filters))
             .order_by(ArticleRow.published.asc().nullsfirst(), ArticleRow.id)
             .execution_options(yield_per=batch))
    for raw, ingested_at in s.execute(query):
        yield raw, ingested_at


# -- actors ------------------------------------------------------------------------------------

def _roles_of(s: Session, actor_ids: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {a: [] for a in actor_ids}
    if actor_ids:
        rows = s.execute(select(ActorRoleRow.actor_id, ActorRoleRow.title, ActorRoleRow.of_code)
                         .where(ActorRoleRow.actor_id.in_(actor_ids)).order_by(ActorRoleRow.id)).all()
        placed = {(actor_id, title.casefold()) for actor_id, title, of in rows if of}
        seen: set[tuple[int, str, str]] = set()
        for actor_id, title, of in rows:
            # "opposition leader" beside "opposition leader (SWE)" is one role, once with its
            # country unread: listed once, with the country. Case variants are listed once too.
            key = (actor_id, title.casefold(), of or "")
            if key in seen or (not of and (actor_id, title.casefold()) in placed):
                continue
            seen.add(key)
            out[actor_id].append({"title": title, "of": of or None})
    return out


def _actor_dict(actor, roles: list[dict]) -> dict:
    """``actor``: an ActorRow or a row of ``_ACTOR_COLUMNS``."""
    return {"id": actor.id, "name": actor.name, "type": actor.type, "country": actor.country,
            "articles": actor.article_count, "mentions": actor.mention_count, "roles": roles}


# Lists select plain columns (Core rows, not ORM objects): building an ORM object per row,
# with its identity map entry and state, cost more than the query itself on a page of 20.
_ACTOR_COLUMNS = (ActorRow.__table__.c.id, ActorRow.__table__.c.name, ActorRow.__table__.c.type,
                  ActorRow.__table__.c.country, ActorRow.__table__.c.article_count,
                  ActorRow.__table__.c.mention_count)


def list_actors(s: Session, *, limit: int = 50, offset: int = 0, type_: str | None = None,
                country: str | None = None, name: str | None = None, with_total: bool = True) -> Page:
    """Actors most often in the news first (articles, then mentions, then name)."""
    conds = [ActorRow.article_count > 0]
    if type_:
        conds.append(ActorRow.type == type_.upper())
    if country:
        conds.append(ActorRow.country == country.upper())
    if name:
        conds.append(func.lower(ActorRow.name).contains(name.lower(), autoescape=True))
    query = (select(*_ACTOR_COLUMNS).where(*conds)
             .order_by(ActorRow.article_count.desc(), ActorRow.mention_count.desc(), ActorRow.name, ActorRow.id))
    actors, total = _page(s, lambda _common: (query, select(ActorRow.id).where(*conds)), limit, offset, with_total,
                          count_key=("actors", type_ and type_.upper(), country and country.upper(), name and name.lower()))
    roles = _roles_of(s, [a.id for a in actors])
    return Page([_actor_dict(a, roles[a.id]) for a in actors], total)


def get_actor(s: Session, actor_id: int) -> dict | None:
    actor = s.get(ActorRow, actor_id)
    if actor is None:
        return None
    out = _actor_dict(actor, _roles_of(s, [actor_id])[actor_id])
    out["quotes"] = s.execute(select(func.count()).where(AttributionRow.actor_id == actor_id)).scalar_one()
    out["events"] = s.execute(select(func.count(func.distinct(EventParticipantRow.event_id)))
                              .where(EventParticipantRow.actor_id == actor_id)).scalar_one()
    return out


# -- quotes ------------------------------------------------------------------------------------

_QUOTE_COLUMNS = tuple(AttributionRow.__table__.c[name] for name in (
    "article_id", "local_id", "actor_id", "speaker_name", "source_text", "cue_text", "kind", "content_text",
    "start", "end", "confidence"))


def quote_dict(a, title: str | None, published: date | None, source: str | None) -> dict:
    """``a``: an AttributionRow or a row with its columns."""
    return {"article_id": a.article_id, "id": a.local_id, "actor_id": a.actor_id, "speaker": a.speaker_name,
            "source": a.source_text, "cue": a.cue_text, "kind": a.kind, "content": a.content_text,
            "start": a.start, "end": a.end, "confidence": a.confidence, "title": title,
            "published": _iso(published), "article_source": source}


def list_quotes(s: Session, *, limit: int = 50, offset: int = 0, actor: int | None = None,
                speaker: str | None = None, kind: str | None = None, article: str | None = None,
                since: date | None = None, until: date | None = None, source: str | None = None,
                with_total: bool = True) -> Page:
    def build(common: bool):
        conds = article_filter(since=since, until=until, source=source)
        article_level = bool(conds)
        if actor is not None:
            conds.append(_walk(AttributionRow.actor_id, common) == actor)
        if speaker:
            conds.append(func.lower(AttributionRow.speaker_name).contains(speaker.lower(), autoescape=True))
        if kind:
            conds.append(_walk(AttributionRow.kind, common) == kind)
        if article:
            conds.append(AttributionRow.article_id == article)
        return _child_page(s, AttributionRow, _QUOTE_COLUMNS, conds, common, article_level, AttributionRow.start)

    by_article = since is not None or until is not None or source is not None
    rows, total = _page(s, build, limit, offset, with_total, by_article,
                        count_key=("quotes", actor, speaker and speaker.lower(), kind, article, since, until, source))
    return Page([quote_dict(r, r.title, r.published, r.article_source) for r in rows], total)


# -- events ------------------------------------------------------------------------------------

def _participants(s: Session, event_ids: list[int]) -> dict[int, dict[str, list[dict]]]:
    out: dict[int, dict[str, list[dict]]] = {e: {"actor": [], "recipient": []} for e in event_ids}
    if event_ids:
        rows = s.execute(select(EventParticipantRow.event_id, EventParticipantRow.role, ActorRow.id, ActorRow.name)
                         .join(ActorRow, ActorRow.id == EventParticipantRow.actor_id)
                         .where(EventParticipantRow.event_id.in_(event_ids)).order_by(EventParticipantRow.id)).all()
        for event_id, role, actor_id, name in rows:
            out[event_id][role].append({"id": actor_id, "name": name})
    return out


def _named(refs: list[dict], names: str) -> list[dict]:
    """Participants as actors; names without an actor (not an entity) keep their name only."""
    if refs:
        return refs
    return [{"id": None, "name": n} for n in names.split("; ") if n]


_EVENT_COLUMNS = tuple(EventRow.__table__.c[name] for name in (
    "id", "article_id", "local_id", "type", "mode", "status", "actor_names", "recipient_names", "trigger_text",
    "trigger_start", "date_value", "date_resolution", "location_name", "location_country", "score"))


def list_events(s: Session, *, limit: int = 50, offset: int = 0, actor: int | None = None,
                type_: str | None = None, status: str | None = None, article: str | None = None,
                since: date | None = None, until: date | None = None, source: str | None = None,
                with_total: bool = True) -> Page:
    def build(common: bool):
        conds = article_filter(since=since, until=until, source=source)
        article_level = bool(conds)
        if actor is not None:
            conds.append(_walk(EventRow.id, common).in_(
                select(EventParticipantRow.event_id).where(EventParticipantRow.actor_id == actor)))
        if type_:
            conds.append(_walk(EventRow.type, common) == type_.upper())
        if status:
            conds.append(_walk(EventRow.status, common) == status.lower())
        if article:
            conds.append(EventRow.article_id == article)
        return _child_page(s, EventRow, _EVENT_COLUMNS, conds, common, article_level, EventRow.trigger_start)

    by_article = since is not None or until is not None or source is not None
    rows, total = _page(s, build, limit, offset, with_total, by_article,
                        count_key=("events", actor, type_ and type_.upper(), status and status.lower(), article,
                                   since, until, source))
    people = _participants(s, [r.id for r in rows])
    items = []
    for e in rows:
        items.append({
            "article_id": e.article_id, "id": e.local_id, "type": e.type, "mode": e.mode, "status": e.status,
            "actors": _named(people[e.id]["actor"], e.actor_names),
            "recipients": _named(people[e.id]["recipient"], e.recipient_names),
            "trigger": e.trigger_text, "start": e.trigger_start, "date": e.date_value,
            "date_resolution": e.date_resolution, "location": e.location_name, "location_country": e.location_country,
            "score": e.score, "title": e.title, "published": _iso(e.published), "article_source": e.article_source,
        })
    return Page(items, total)


# -- the actor network -------------------------------------------------------------------------

# Types whose joint actors deal with each other: "Marovia and Keltan met", "X met Y" coded with
# both as actors and no recipient. Each such actor is the others' counterpart (both ways).
RECIPROCAL_TYPES = ("CONSULT", "AGREE", "COOPERATE")


def network_edges(s: Session, *, since: date | None = None, until: date | None = None, source: str | None = None,
                  types: list[str] | None = None, statuses: list[str] | None = None) -> list[dict]:
    """Directed actor → recipient edges aggregated over events: one per (actor, recipient, type).

    An event of a reciprocal type (``RECIPROCAL_TYPES``) with several actors and no recipient
    joins its actors to each other, in both directions."""
    a = EventParticipantRow.__table__.alias("a")
    r = EventParticipantRow.__table__.alias("r")
    other = EventParticipantRow.__table__.alias("o")
    conds = [*article_filter(since=since, until=until, source=source)]
    if types:
        conds.append(EventRow.type.in_([t.upper() for t in types]))
    if statuses:
        conds.append(EventRow.status.in_([x.lower() for x in statuses]))
    columns = (EventRow.id.label("event_id"), EventRow.article_id.label("article_id"), EventRow.type.label("type"),
               EventRow.score.label("score"), ArticleRow.published.label("published"))
    directed = (select(a.c.actor_id.label("source"), r.c.actor_id.label("target"), *columns)
                .select_from(EventRow)
                .join(ArticleRow, ArticleRow.id == EventRow.article_id)
                .join(a, a.c.event_id == EventRow.id).join(r, r.c.event_id == EventRow.id)
                .where(a.c.role == "actor", r.c.role == "recipient", a.c.actor_id != r.c.actor_id, *conds))
    no_recipient = ~select(other.c.id).where(other.c.event_id == EventRow.id, other.c.role == "recipient").exists()
    mutual = (select(a.c.actor_id.label("source"), r.c.actor_id.label("target"), *columns)
              .select_from(EventRow)
              .join(ArticleRow, ArticleRow.id == EventRow.article_id)
              .join(a, a.c.event_id == EventRow.id).join(r, r.c.event_id == EventRow.id)
              .where(a.c.role == "actor", r.c.role == "actor", a.c.actor_id != r.c.actor_id,
                     EventRow.type.in_(RECIPROCAL_TYPES), no_recipient, *conds))
    pairs = directed.union_all(mutual).subquery("pairs")
    query = (select(pairs.c.source, pairs.c.target, pairs.c.type,
                    func.count(func.distinct(pairs.c.event_id)).label("events"),
                    func.count(func.distinct(pairs.c.article_id)).label("articles"),
                    func.avg(pairs.c.score).label("score"),
                    func.min(pairs.c.published).label("first"), func.max(pairs.c.published).label("last"))
             .group_by(pairs.c.source, pairs.c.target, pairs.c.type)
             .order_by(pairs.c.source, pairs.c.target, pairs.c.type))
    return [{"source": row.source, "target": row.target, "type": row.type, "events": row.events,
             "articles": row.articles, "score": float(row.score) if row.score is not None else None,
             "first": _iso(row.first), "last": _iso(row.last)} for row in s.execute(query).all()]


def actors_by_id(s: Session, ids: list[int]) -> dict[int, dict]:
    out: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for actor in s.execute(select(ActorRow).where(ActorRow.id.in_(chunk))).scalars():
            out[actor.id] = _actor_dict(actor, [])
    return out

