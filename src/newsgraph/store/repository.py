"""The store: writes records (one transaction per article) and answers the CLI's queries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from newsgraph.nlp.geo import normalise
from newsgraph.record import Record
from newsgraph.store.db import StoreError, make_engine, migrate
from newsgraph.store.linking import ArticleLinker
from newsgraph.store.tables import (
    ActorRow, ArticleRow, AttributionRow, EntityRow, EventParticipantRow, EventRow,
)


def actor_key(type_: str, name: str) -> str:
    return f"{type_}:{normalise(name)}"[:300]


@dataclass
class IngestResult:
    article_id: str
    added: bool  # False when the article was already stored


class Store:
    def __init__(self, url: str, create: bool = True):
        self.url = url
        self.engine = make_engine(url)
        try:
            if create:
                migrate(self.engine)
        except OperationalError as exc:
            raise StoreError(f"cannot open the database {self.engine.url.render_as_string()}: {exc.orig}") from exc
        self.session = sessionmaker(self.engine, expire_on_commit=False)

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
        """Store one record in one transaction. Re-adding the same article is a no-op."""
        if record.error is not None and not record.article.text:
            raise StoreError(f"record {record.ref!r} carries an error and no article: {record.error.message}")
        aid = record.article.id
        try:
            with self.session.begin() as s:
                if s.get(ArticleRow, aid) is not None:
                    return IngestResult(aid, False)
                self._write(s, record)
        except IntegrityError:
            # A concurrent writer stored the same article first.
            return IngestResult(aid, False)
        return IngestResult(aid, True)

    def _actor(self, s: Session, type_: str, name: str, country: str | None) -> ActorRow:
        key = actor_key(type_, name)
        row = s.execute(select(ActorRow).where(ActorRow.key == key)).scalar_one_or_none()
        if row is None:
            row = ActorRow(key=key, name=name, type=type_, country=country)
            s.add(row)
            s.flush()
        elif row.country is None and country:
            row.country = country
        return row

    def _write(self, s: Session, record: Record) -> None:
        art = record.article
        published = date.fromisoformat(art.published) if art.published else None
        s.add(ArticleRow(
            id=art.id, ref=record.ref, title=art.title, url=art.url, source=art.source,
            published=published, language=art.language, text=art.text,
            record=record.to_json(), ingested_at=datetime.now(timezone.utc).replace(tzinfo=None),
        ))
        s.flush()
        actors: dict[str, ActorRow] = {}
        names: dict[str, str] = {}
        linker = ArticleLinker(s, record)  # cross-article actors, with the evidence of each link
        for ent in record.entities:
            actor = linker.actor_for(ent)
            actors[ent.id] = actor
            names[ent.id] = ent.name
            s.add(EntityRow(
                article_id=art.id, local_id=ent.id, actor_id=actor.id, name=ent.name, type=ent.type,
                country=ent.country, sector=ent.sector,
                roles=json.dumps([r.model_dump() for r in ent.roles]), mention_count=len(ent.mentions),
            ))
        linker.finish()
        for att in record.attributions:
            content = " … ".join(c.text for c in att.content)
            s.add(AttributionRow(
                article_id=art.id, local_id=att.id, kind=att.kind, speaker_local_id=att.speaker,
                actor_id=actors[att.speaker].id if att.speaker in actors else None,
                speaker_name=names.get(att.speaker or ""), source_text=att.source.text if att.source else None,
                cue_text=att.cue.text if att.cue else None, content_text=content,
                start=att.content[0].start if att.content else None,
                end=att.content[-1].end if att.content else None, confidence=att.confidence,
            ))
        for ev in record.events:
            row = EventRow(
                article_id=art.id, local_id=ev.id, type=ev.type, mode=ev.mode, status=ev.status,
                actor_names="; ".join(names.get(a, a) for a in ev.actors),
                recipient_names="; ".join(names.get(r, r) for r in ev.recipients),
                trigger_text=ev.trigger.text, trigger_start=ev.trigger.start,
                sentence_start=ev.sentence.start, sentence_end=ev.sentence.end,
                date_value=ev.date.value if ev.date else None,
                date_resolution=ev.date.resolution if ev.date else None,
                location_name=ev.location.name if ev.location else None,
                location_country=ev.location.country if ev.location else None, score=ev.score,
            )
            s.add(row)
            s.flush()
            for role, ids in (("actor", ev.actors), ("recipient", ev.recipients)):
                for eid in ids:
                    if eid in actors:
                        s.add(EventParticipantRow(event_id=row.id, actor_id=actors[eid].id, role=role))

    # -- reading ---------------------------------------------------------------------------
    def count_articles(self) -> int:
        with self.session() as s:
            return s.execute(select(func.count()).select_from(ArticleRow)).scalar_one()

    def get_record(self, id_or_prefix: str) -> Record | None:
        """A stored record by article id or an unambiguous id prefix (at least 6 characters)."""
        with self.session() as s:
            row = s.get(ArticleRow, id_or_prefix)
            if row is None and len(id_or_prefix) >= 6:
                rows = s.execute(select(ArticleRow).where(ArticleRow.id.startswith(id_or_prefix)).limit(2)).scalars().all()
                if len(rows) > 1:
                    raise StoreError(f"id prefix {id_or_prefix!r} matches more than one article")
                row = rows[0] if rows else None
            return Record.model_validate_json(row.record) if row is not None else None

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[dict]:
        with self.session() as s:
            rows = s.execute(
                select(ArticleRow.id, ArticleRow.title, ArticleRow.published, ArticleRow.ref)
                .order_by(ArticleRow.published.desc().nullslast(), ArticleRow.id).limit(limit).offset(offset)
            ).all()
        return [{"id": r.id, "title": r.title, "published": r.published.isoformat() if r.published else None, "ref": r.ref} for r in rows]

    def actors(self, type_: str | None = None, limit: int = 100) -> list[dict]:
        """Actors with how many articles mention them and the roles seen."""
        with self.session() as s:
            q = (select(ActorRow, func.count(func.distinct(EntityRow.article_id)).label("articles"),
                        func.sum(EntityRow.mention_count).label("mentions"))
                 .join(EntityRow, EntityRow.actor_id == ActorRow.id)
                 .group_by(ActorRow.id)
                 .order_by(func.count(func.distinct(EntityRow.article_id)).desc(), func.sum(EntityRow.mention_count).desc(), ActorRow.name)
                 .limit(limit))
            if type_:
                q = q.where(ActorRow.type == type_.upper())
            rows = s.execute(q).all()
            out = []
            for actor, n_articles, n_mentions in rows:
                roles = s.execute(select(EntityRow.roles).where(EntityRow.actor_id == actor.id)).scalars().all()
                titles: list[str] = []
                for raw in roles:
                    for r in json.loads(raw or "[]"):
                        label = r["title"] + (f" ({r['of']})" if r.get("of") else "")
                        if label not in titles:
                            titles.append(label)
                out.append({"id": actor.id, "name": actor.name, "type": actor.type, "country": actor.country,
                            "articles": n_articles, "mentions": int(n_mentions or 0), "roles": titles})
            return out

    def quotes(self, by: str | None = None, limit: int = 200) -> list[dict]:
        with self.session() as s:
            q = (select(AttributionRow, ArticleRow.title, ArticleRow.published)
                 .join(ArticleRow, ArticleRow.id == AttributionRow.article_id)
                 .order_by(ArticleRow.published.desc().nullslast(), AttributionRow.article_id, AttributionRow.start)
                 .limit(limit))
            if by:
                q = q.where(func.lower(AttributionRow.speaker_name).contains(by.lower(), autoescape=True))
            rows = s.execute(q).all()
        return [{"article_id": a.article_id, "id": a.local_id, "speaker": a.speaker_name, "source": a.source_text,
                 "cue": a.cue_text, "kind": a.kind, "content": a.content_text, "confidence": a.confidence,
                 "title": title, "published": pub.isoformat() if pub else None} for a, title, pub in rows]

    def events(self, type_: str | None = None, status: str | None = None, limit: int = 200) -> list[dict]:
        with self.session() as s:
            q = (select(EventRow, ArticleRow.title, ArticleRow.published)
                 .join(ArticleRow, ArticleRow.id == EventRow.article_id)
                 .order_by(ArticleRow.published.desc().nullslast(), EventRow.article_id, EventRow.trigger_start)
                 .limit(limit))
            if type_:
                q = q.where(EventRow.type == type_.upper())
            if status:
                q = q.where(EventRow.status == status.lower())
            rows = s.execute(q).all()
        return [{"article_id": e.article_id, "id": e.local_id, "type": e.type, "mode": e.mode, "status": e.status,
                 "actors": e.actor_names, "recipients": e.recipient_names, "trigger": e.trigger_text,
                 "date": e.date_value, "location": e.location_name, "score": e.score, "title": title,
                 "published": pub.isoformat() if pub else None} for e, title, pub in rows]
