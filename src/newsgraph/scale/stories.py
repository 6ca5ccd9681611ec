"""Duplicate groups, story clusters and events merged across the articles of a story.

Each stored article is indexed once (``StoryIndex.index``, idempotent by article id):

1. **Near-duplicates.** Its MinHash signature is matched against earlier articles through the
   LSH buckets; a match above ``DUPLICATE_THRESHOLD`` puts it in that article's duplicate
   group (one wire story, many sources) and that group's story.
2. **Stories.** Otherwise it joins the developing story whose term centroid (named actors,
   headline and lead words) is closest by cosine, if close enough and within
   ``STORY_WINDOW_DAYS`` of the story's dates; else it starts a new story.
3. **Events.** Its events are merged with the story's events of the same type, actors,
   recipients and date: one event with a mention per reporting article, as GDELT counts
   mentions, articles and sources for one event.

The work that needs the text (signature, terms, event keys) is ``index_entry`` — pure and
cheap, so Dask workers compute it next to extraction — and ``StoryIndex.index`` only does
the database part, in one transaction per article.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

from sqlalchemy import Engine, delete, func, insert, select, text, update

from newsgraph.nlp.geo import normalise
from newsgraph.record import Record
from newsgraph.scale import dedupe
from newsgraph.scale.tables import (
    fingerprints, lsh_bands, stories, story_event_mentions, story_events, story_terms,
)

STORY_THRESHOLD = 0.30  # cosine similarity of an article's terms to a story's centroid
STORY_WINDOW_DAYS = 4  # a story goes cold after this many days without an article
ARTICLE_TERMS = 30
STORY_TERMS = 60
CANDIDATE_STORIES = 25
_ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_LEAD_WORDS = 120
_REBUILD_BATCH = 200  # stored records read at a time when a story is rebuilt


@dataclass
class EventEntry:
    local_id: str
    key: str
    type: str
    status: str | None
    date_value: str | None
    actors: str
    recipients: str


@dataclass
class IndexEntry:
    """What the story index needs of one article (small and picklable)."""

    article_id: str
    title: str | None
    published: str | None
    source: str | None
    signature: bytes | None
    terms: dict[str, float]
    events: list[EventEntry] = field(default_factory=list)


@dataclass
class Placement:
    article_id: str
    story_id: int
    dup_group: str
    duplicate_of: str | None  # the matched article when it is a near-duplicate
    similarity: float | None
    new: bool  # False when the article was indexed before (re-runs are no-ops)


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def source_of(record: Record) -> str | None:
    art = record.article
    if art.source:
        return art.source
    if art.url:
        host = urlsplit(art.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def entity_key(entity) -> str:
    """One key per real-world referent across articles; states by their country code, so
    "Moscow" standing for Russia and "Russia" meet."""
    if entity.type in ("GPE", "NORP") and entity.country:
        return f"c:{entity.country}"
    return f"e:{normalise(entity.name)}"


def article_terms(record: Record, stop_words: frozenset[str] | None = None) -> dict[str, float]:
    """Unit-length term vector: named actors, headline words and lead words."""
    stop = stop_words if stop_words is not None else _stop_words()
    weights: Counter[str] = Counter()
    for ent in record.entities:
        if ent.type in _ENTITY_TYPES:
            weights[entity_key(ent)] += 2.0 * (1.0 + math.log1p(len(ent.mentions)))
    art = record.article
    body = dedupe.body_of(art.text, art.title)
    for word in _WORD.findall(art.title or ""):
        w = word.casefold()
        if w not in stop:
            weights[f"w:{w}"] += 2.0
    for word in _WORD.findall(body)[:_LEAD_WORDS]:
        w = word.casefold()
        if w not in stop:
            weights[f"w:{w}"] += 1.0
    top = dict(weights.most_common(ARTICLE_TERMS))
    return _unit(top)


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def event_entries(record: Record) -> list[EventEntry]:
    by_id = {e.id: e for e in record.entities}

    def keys_and_names(ids: list[str]) -> tuple[list[str], str]:
        ents = [by_id[i] for i in ids if i in by_id]
        return sorted(entity_key(e) for e in ents), "; ".join(e.name for e in ents)

    out = []
    for ev in record.events:
        actor_keys, actor_names = keys_and_names(ev.actors)
        recipient_keys, recipient_names = keys_and_names(ev.recipients)
        date_value = ev.date.value if ev.date else None
        raw = "|".join([ev.type, ",".join(actor_keys), ",".join(recipient_keys), date_value or ""])
        out.append(EventEntry(
            local_id=ev.id, key=hashlib.sha256(raw.encode("utf-8")).hexdigest()[:40], type=ev.type,
            status=ev.status, date_value=date_value, actors=actor_names, recipients=recipient_names,
        ))
    return out


def index_entry(record: Record) -> IndexEntry:
    art = record.article
    sig = dedupe.signature(dedupe.body_of(art.text, art.title))
    return IndexEntry(
        article_id=art.id, title=art.title, published=art.published, source=source_of(record),
        signature=dedupe.to_bytes(sig) if sig is not None else None,
        terms=article_terms(record), events=event_entries(record),
    )


def add_to_centroid(centroid: dict[str, float], terms: dict[str, float]) -> dict[str, float]:
    """A story's centroid after one more article: the running sum of its articles' terms,
    cut to the ``STORY_TERMS`` heaviest."""
    summed = Counter(centroid)
    summed.update(terms)
    return dict(summed.most_common(STORY_TERMS))


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _one_writer(conn) -> None:
    if conn.dialect.name == "postgresql":
        # One indexer at a time per database: two concurrent writers would otherwise both
        # start a story for the same first two articles of it, or rebuild a story without
        # the article the other one is adding.
        conn.execute(text("SELECT pg_advisory_xact_lock(8008)"))


class StoryIndex:
    """Writes and reads the duplicate groups, stories and story events of one database."""

    def __init__(self, engine: Engine):
        self.engine = engine

    # -- writing ---------------------------------------------------------------------------
    def index_record(self, record: Record) -> Placement | None:
        """Index a stored record; records without text (errors) are left out."""
        if not record.article.text:
            return None
        return self.index(index_entry(record))

    def index(self, entry: IndexEntry) -> Placement:
        with self.engine.begin() as conn:
            _one_writer(conn)
            row = conn.execute(select(fingerprints.c.story_id, fingerprints.c.dup_group, fingerprints.c.similarity)
                               .where(fingerprints.c.article_id == entry.article_id)).first()
            if row is not None:
                return Placement(entry.article_id, row.story_id, row.dup_group, None, row.similarity, new=False)
            published = date.fromisoformat(entry.published) if entry.published else None
            sig = dedupe.from_bytes(entry.signature) if entry.signature else None
            buckets = dedupe.band_buckets(sig) if sig is not None else []
            match = self._best_duplicate(conn, sig, buckets) if sig is not None else None
            if match is not None:
                dup_of, sim, dup_group, story_id = match
            else:
                dup_of = sim = None
                dup_group = entry.article_id
                story_id = self._best_story(conn, entry.terms, published)
            if story_id is None:
                story_id = conn.execute(insert(stories).values(
                    title=entry.title, first_published=published, last_published=published, article_count=0,
                    terms="{}", updated_at=_now())).inserted_primary_key[0]
            conn.execute(insert(fingerprints).values(
                article_id=entry.article_id, signature=entry.signature or b"", dup_group=dup_group,
                story_id=story_id, published=published, source=entry.source, similarity=sim, indexed_at=_now()))
            if buckets:
                conn.execute(insert(lsh_bands), [{"band": b, "bucket": k, "article_id": entry.article_id} for b, k in buckets])
            self._update_story(conn, story_id, entry, published)
            self._merge_events(conn, story_id, entry)
        return Placement(entry.article_id, story_id, dup_group, dup_of, sim, new=True)

    def unindex(self, article_ids: list[str]) -> None:
        """Take articles out of their duplicate groups, stories and story events (an article
        replaced by ``ingest --replace``; its new version is indexed afresh). A story left with
        no article goes; a story event left with no report goes. A story that keeps articles is
        rebuilt from them (``_rebuild_story``): its term centroid, dates and title are what they
        would be had the removed articles never been indexed, so it no longer attracts articles
        on what an old version said."""
        if not article_ids:
            return
        with self.engine.begin() as conn:
            _one_writer(conn)  # a rebuild must not miss an article indexed meanwhile
            rows = conn.execute(select(fingerprints.c.article_id, fingerprints.c.story_id)
                                .where(fingerprints.c.article_id.in_(article_ids))).all()
            if not rows:
                return
            gone = [r.article_id for r in rows]
            event_ids = set(conn.execute(select(story_event_mentions.c.story_event_id)
                                         .where(story_event_mentions.c.article_id.in_(gone))).scalars())
            conn.execute(delete(story_event_mentions).where(story_event_mentions.c.article_id.in_(gone)))
            for event_id in sorted(event_ids):
                other = conn.execute(select(story_event_mentions.c.article_id)
                                     .where(story_event_mentions.c.story_event_id == event_id).limit(1)).scalar()
                if other is None:
                    conn.execute(delete(story_events).where(story_events.c.id == event_id))
                else:
                    conn.execute(update(story_events).where(story_events.c.id == event_id,
                                                            story_events.c.first_article_id.in_(gone))
                                 .values(first_article_id=other))
            conn.execute(delete(lsh_bands).where(lsh_bands.c.article_id.in_(gone)))
            conn.execute(delete(fingerprints).where(fingerprints.c.article_id.in_(gone)))
            for story_id in sorted({r.story_id for r in rows}):
                left = conn.execute(select(func.count()).select_from(fingerprints)
                                    .where(fingerprints.c.story_id == story_id)).scalar_one()
                if left:
                    self._rebuild_story(conn, story_id)
                else:
                    conn.execute(delete(story_terms).where(story_terms.c.story_id == story_id))
                    conn.execute(delete(story_events).where(story_events.c.story_id == story_id))
                    conn.execute(delete(stories).where(stories.c.id == story_id))

    def _best_duplicate(self, conn, sig, buckets) -> tuple[str, float, str, int] | None:
        wanted = set(buckets)
        rows = conn.execute(select(lsh_bands.c.band, lsh_bands.c.bucket, lsh_bands.c.article_id)
                            .where(lsh_bands.c.bucket.in_([k for _, k in buckets]))).all()
        candidates = {r.article_id for r in rows if (r.band, r.bucket) in wanted}
        best = None
        for cand in conn.execute(select(fingerprints).where(fingerprints.c.article_id.in_(candidates))).all() if candidates else []:
            sim = dedupe.similarity(sig, dedupe.from_bytes(cand.signature))
            if sim >= dedupe.DUPLICATE_THRESHOLD and (best is None or sim > best[1]):
                best = (cand.article_id, sim, cand.dup_group, cand.story_id)
        return best

    def _best_story(self, conn, terms: dict[str, float], published: date | None) -> int | None:
        if not terms:
            return None
        shared = (select(story_terms.c.story_id, func.count().label("n"))
                  .where(story_terms.c.term.in_(list(terms)))
                  .group_by(story_terms.c.story_id).order_by(func.count().desc(), story_terms.c.story_id.desc())
                  .limit(CANDIDATE_STORIES))
        ids = [r.story_id for r in conn.execute(shared).all()]
        if not ids:
            return None
        window = timedelta(days=STORY_WINDOW_DAYS)
        best: tuple[float, int] | None = None
        for story in conn.execute(select(stories).where(stories.c.id.in_(ids))).all():
            if published is not None and story.first_published is not None:
                if not (story.first_published - window <= published <= story.last_published + window):
                    continue
            score = cosine(terms, json.loads(story.terms))
            if score >= STORY_THRESHOLD and (best is None or score > best[0]):
                best = (score, story.id)
        return best[1] if best else None

    def _update_story(self, conn, story_id: int, entry: IndexEntry, published: date | None) -> None:
        story = conn.execute(select(stories).where(stories.c.id == story_id)).one()
        top = add_to_centroid(json.loads(story.terms), entry.terms)
        first, last = story.first_published, story.last_published
        if published is not None:
            first = min(first, published) if first else published
            last = max(last, published) if last else published
        conn.execute(update(stories).where(stories.c.id == story_id).values(
            title=story.title or entry.title, first_published=first, last_published=last,
            article_count=story.article_count + 1, terms=json.dumps(top), updated_at=_now()))
        self._write_story_terms(conn, story_id, top)

    def _rebuild_story(self, conn, story_id: int) -> None:
        """Recompute a story from the articles left in it, in the order they were indexed: the
        centroid is cut to its heaviest terms after each article, so only a replay gives the
        centroid the story would have had without the removed ones (a subtraction would not:
        terms cut while a removed article weighed in would stay cut; it would also leave
        floating-point residue). Each article's terms are computed again from its stored
        record, as ``index_entry`` computed them; an indexed article whose record is not in
        the store (an index written without the store) adds no terms."""
        articles = _articles_table()
        placed = conn.execute(select(fingerprints.c.article_id, fingerprints.c.published)
                              .where(fingerprints.c.story_id == story_id)
                              .order_by(fingerprints.c.indexed_at, fingerprints.c.article_id)).all()
        stop = _stop_words()
        centroid: dict[str, float] = {}
        title = None
        for start in range(0, len(placed), _REBUILD_BATCH):  # a big story's records, a batch at a time
            batch = [r.article_id for r in placed[start:start + _REBUILD_BATCH]]
            stored = dict(conn.execute(select(articles.c.id, articles.c.record).where(articles.c.id.in_(batch))).all())
            for aid in batch:
                if stored.get(aid) is None:
                    continue
                record = Record.model_validate_json(stored[aid])
                centroid = add_to_centroid(centroid, article_terms(record, stop))
                title = title or record.article.title
        dates = [r.published for r in placed if r.published is not None]
        conn.execute(update(stories).where(stories.c.id == story_id).values(
            title=title, first_published=min(dates, default=None), last_published=max(dates, default=None),
            article_count=len(placed), terms=json.dumps(centroid), updated_at=_now()))
        self._write_story_terms(conn, story_id, centroid)

    def _write_story_terms(self, conn, story_id: int, top: dict[str, float]) -> None:
        """Keep the inverted index term -> story in step with the story's centroid."""
        old = set(conn.execute(select(story_terms.c.term).where(story_terms.c.story_id == story_id)).scalars())
        new = {t[:200] for t in top}
        if old - new:
            conn.execute(delete(story_terms).where(story_terms.c.story_id == story_id,
                                                   story_terms.c.term.in_(list(old - new))))
        if new - old:
            conn.execute(insert(story_terms), [{"term": t, "story_id": story_id} for t in sorted(new - old)])

    def _merge_events(self, conn, story_id: int, entry: IndexEntry) -> None:
        for ev in entry.events:
            event_id = conn.execute(select(story_events.c.id).where(
                story_events.c.story_id == story_id, story_events.c.key == ev.key)).scalar()
            if event_id is None:
                event_id = conn.execute(insert(story_events).values(
                    story_id=story_id, key=ev.key, type=ev.type, status=ev.status, date_value=ev.date_value,
                    actors=ev.actors, recipients=ev.recipients, first_article_id=entry.article_id,
                )).inserted_primary_key[0]
            conn.execute(insert(story_event_mentions).values(
                article_id=entry.article_id, event_local_id=ev.local_id, story_event_id=event_id))

    # -- reading ---------------------------------------------------------------------------
    def count_indexed(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(fingerprints)).scalar_one()

    def placement(self, article_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(fingerprints.c.story_id, fingerprints.c.dup_group, fingerprints.c.similarity)
                               .where(fingerprints.c.article_id == article_id)).first()
        return dict(row._mapping) if row else None

    def list_stories(self, limit: int = 50, min_articles: int = 1, offset: int = 0) -> list[dict]:
        """Stories, most recently active first, with article, source and duplicate counts.
        The order ends on the story id, so pages of it (``offset``) neither skip nor repeat."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(stories.c.id, stories.c.title, stories.c.first_published, stories.c.last_published,
                       stories.c.article_count,
                       func.count(func.distinct(fingerprints.c.dup_group)).label("distinct_articles"),
                       func.count(func.distinct(fingerprints.c.source)).label("sources"))
                .join(fingerprints, fingerprints.c.story_id == stories.c.id)
                .group_by(stories.c.id)
                .having(func.count() >= min_articles)
                .order_by(stories.c.last_published.desc().nullslast(), stories.c.article_count.desc(), stories.c.id)
                .limit(limit).offset(offset)).all()
            events = dict(conn.execute(select(story_events.c.story_id, func.count())
                                       .where(story_events.c.story_id.in_([r.id for r in rows]))
                                       .group_by(story_events.c.story_id)).all()) if rows else {}
        return [{"id": r.id, "title": r.title, "first": _iso(r.first_published), "last": _iso(r.last_published),
                 "articles": r.article_count, "distinct_articles": r.distinct_articles, "sources": r.sources,
                 "events": events.get(r.id, 0)} for r in rows]

    def count_stories(self, min_articles: int = 1) -> int:
        """How many stories ``list_stories`` pages through with the same ``min_articles``."""
        with self.engine.connect() as conn:
            matching = (select(stories.c.id).join(fingerprints, fingerprints.c.story_id == stories.c.id)
                        .group_by(stories.c.id).having(func.count() >= min_articles))
            return conn.execute(select(func.count()).select_from(matching.subquery())).scalar_one()

    def timeline(self, story_id: int) -> dict | None:
        """A story's articles in time order (near-duplicates folded into one entry with all
        their sources) and its events with GDELT-style mention, article and source counts."""
        with self.engine.connect() as conn:
            story = conn.execute(select(stories).where(stories.c.id == story_id)).first()
            if story is None:
                return None
            articles = _articles_table()
            rows = conn.execute(
                select(fingerprints.c.article_id, fingerprints.c.dup_group, fingerprints.c.published,
                       fingerprints.c.source, fingerprints.c.similarity, articles.c.title, articles.c.url)
                .select_from(fingerprints.outerjoin(articles, articles.c.id == fingerprints.c.article_id))
                .where(fingerprints.c.story_id == story_id)
                .order_by(fingerprints.c.published, fingerprints.c.indexed_at, fingerprints.c.article_id)).all()
            mentions = conn.execute(
                select(story_events, story_event_mentions.c.article_id, story_event_mentions.c.event_local_id,
                       fingerprints.c.source, fingerprints.c.published)
                .join(story_event_mentions, story_event_mentions.c.story_event_id == story_events.c.id)
                .join(fingerprints, fingerprints.c.article_id == story_event_mentions.c.article_id)
                .where(story_events.c.story_id == story_id)).all()
        groups: dict[str, dict] = {}
        for r in rows:
            g = groups.get(r.dup_group)
            if g is None:
                g = groups[r.dup_group] = {"article_id": r.article_id, "title": r.title, "published": _iso(r.published),
                                           "url": r.url, "sources": [], "copies": 0}
            g["copies"] += 1
            if r.source and r.source not in g["sources"]:
                g["sources"].append(r.source)
        events: dict[int, dict] = {}
        for m in mentions:
            e = events.get(m.id)
            if e is None:
                e = events[m.id] = {"id": m.id, "type": m.type, "status": m.status, "date": m.date_value,
                                    "actors": m.actors, "recipients": m.recipients, "first_reported": None,
                                    "mentions": [], "_articles": set(), "_sources": set()}
            e["mentions"].append({"article_id": m.article_id, "event": m.event_local_id})
            e["_articles"].add(m.article_id)
            if m.source:
                e["_sources"].add(m.source)
            reported = _iso(m.published)
            if reported and (e["first_reported"] is None or reported < e["first_reported"]):
                e["first_reported"] = reported
        event_list = []
        for e in events.values():
            e["num_mentions"] = len(e["mentions"])
            e["num_articles"] = len(e.pop("_articles"))
            e["num_sources"] = len(e.pop("_sources"))
            event_list.append(e)
        event_list.sort(key=lambda e: (e["date"] or e["first_reported"] or "9999", e["id"]))
        return {"id": story.id, "title": story.title, "first": _iso(story.first_published),
                "last": _iso(story.last_published), "articles": list(groups.values()), "events": event_list}


def _articles_table():
    """The store's articles table, read here for titles and URLs (never written)."""
    from newsgraph.store.tables import ArticleRow

    return ArticleRow.__table__


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None
