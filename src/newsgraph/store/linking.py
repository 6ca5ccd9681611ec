"""Actors across articles: one actor per real-world referent over the corpus.

Each entity of a stored record is linked to an actor by one of these rules, and the rule and
its evidence are stored with the link (``actor_links``), so that every merge can be explained:

- ``state``: a country entity joins the actor of its ISO 3166 code.
- ``same name``: the same name (people: same given name and surname keys, so "Donald J.
  Trump" and "Donald Trump" meet).
- ``name variant``: a transliteration or spelling variant of a full name ("Volodymyr
  Zelenskyy" / "Volodymyr Zelensky", "Kiev" / "Kyiv" through the gazetteer).
- ``surname``: a surname-only mention ("Zelensky" in a later article) joins the one person
  named in full with that surname. When there are several, titles that cannot be one
  person's rule candidates out ("President Clinton" is not the nominee), then the one of
  the same country, else the most mentioned, wins; the others are kept in the evidence.
- ``surname absorbed``: a surname-only actor, stored before the full name was seen, joins
  the person once the full name arrives (unless another person of that surname exists, or
  their titles differ and no shared state vouches for them).
- ``new actor``: nothing matched.
- ``user join`` / ``user split``: a user's decision (``actor_decisions``).

Decisions are stored by name form and actor key, never by row id, and are consulted before
any rule, so a split or join holds for articles ingested later and for articles ingested
again. Nothing here reads article text; linking works on the stored entities alone.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import bindparam, delete, func, or_, select, update
from sqlalchemy.orm import Session

from newsgraph.nlp.geo import gazetteer, normalise
from newsgraph.nlp.names import fold, same_person_name, split_name, surname_key
from newsgraph.record import Entity, Record
from newsgraph.store.counters import refresh_actors
from newsgraph.store.db import StoreError
from newsgraph.store.linking_tables import ActorDecisionRow, ActorLinkRow, ActorMergeRow, ActorNameRow, ActorTitleRow
from newsgraph.store.tables import ActorRow, ArticleRow, AttributionRow, EntityRow, EventParticipantRow, EventRow

__all__ = [
    "ArticleLinker", "NameInfo", "name_info", "find_actors", "resolve_actor", "actor_profile",
    "join_actors", "split_actor", "list_decisions", "merged_into",
]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class NameInfo:
    key: str                  # what names match on
    surname: str | None       # people only
    full: bool                # a personal name with given name and surname


def _is_state(type_: str, name: str, country: str | None) -> bool:
    return type_ == "GPE" and country is not None and name == gazetteer().name_of(country)


def name_info(type_: str, name: str, country: str | None = None) -> NameInfo:
    if type_ == "PERSON":
        parts = split_name(name)
        if parts is None:
            return NameInfo(fold(name), None, False)
        if parts.first is not None and not parts.initials_only:
            return NameInfo(parts.key, surname_key(parts.last), True)
        return NameInfo(surname_key(parts.last), surname_key(parts.last), False)
    if _is_state(type_, name, country):
        return NameInfo(f"iso:{country}", None, False)
    if type_ in ("GPE", "LOC"):
        place = gazetteer().city(name)
        if place is not None:
            return NameInfo(normalise(place.name), None, False)
    return NameInfo(fold(normalise(name)), None, False)


def _actor_key(type_: str, info: NameInfo) -> str:
    return f"{type_}:{info.key}"[:300]


def _variant_key(type_: str, name: str, country: str | None = None) -> str:
    """The key decisions use for a name form: folded as written (states: their code)."""
    if _is_state(type_, name, country):
        return f"iso:{country}"
    return fold(normalise(name))[:300]


# ---------------------------------------------------------------------------------------
# Linking one article's entities

@dataclass
class _Link:
    local_id: str
    actor: ActorRow
    rule: str
    evidence: dict
    name: str
    info: NameInfo
    titles: frozenset[str] = frozenset()


class ArticleLinker:
    """Links the entities of one record as it is written (one transaction per article).

    Usage in the repository: ``actor = linker.actor_for(entity)`` for each entity, then
    ``linker.finish()`` once the entity rows exist, to store the links and their evidence.
    """

    def __init__(self, session: Session, record: Record):
        self.s = session
        self.record = record
        self.article_id = record.article.id
        self.links: list[_Link] = []
        # The user decisions about any of this article's name forms, read in one query
        # (a query per entity was a fifth of the write time, and most stores have none).
        self._decision_rows = _decision_rows(
            session, {_variant_key(e.type, e.name, e.country) for e in record.entities}, self.article_id)
        # Actors by key for this article's non-person entities, read in one query; None: no
        # such actor yet. Only keys of states, places, organisations and things: people are
        # matched by name rows, and only person actors are merged away while linking.
        keys = sorted({_actor_key(e.type, name_info(e.type, e.name, e.country)) for e in record.entities
                       if e.type != "PERSON"})
        self._actors_by_key: dict[str, ActorRow | None] = dict.fromkeys(keys)
        for start in range(0, len(keys), 500):
            for actor in session.execute(select(ActorRow).where(ActorRow.key.in_(keys[start:start + 500]))).scalars():
                self._actors_by_key[actor.key] = actor

    def actor_for(self, ent: Entity) -> ActorRow:
        info = name_info(ent.type, ent.name, ent.country)
        variant = _variant_key(ent.type, ent.name, ent.country)
        joined, forbidden = _fold_decisions(
            [r for r in self._decision_rows if r.type == ent.type and r.name_key == variant])
        actor, rule, evidence = None, "new actor", {}
        if joined is not None:
            actor = self.s.execute(select(ActorRow).where(ActorRow.key == joined)).scalar_one_or_none()
            if actor is not None:
                rule, evidence = "user join", {"decision": "join", "name": ent.name, "actor": actor.name}
        if actor is None and _is_state(ent.type, ent.name, ent.country):
            actor = self._by_key(_actor_key(ent.type, info), forbidden)
            rule, evidence = "state", {"iso3": ent.country}
        elif actor is None and ent.type == "PERSON":
            actor, rule, evidence = self._person(ent, info, forbidden)
        elif actor is None:
            actor = self._by_key(_actor_key(ent.type, info), forbidden)
            if actor is not None:
                rule = "same name" if fold(actor.name) == fold(ent.name) else "name variant"
                evidence = {"name": ent.name, "matched": actor.name, "key": info.key}
                if rule == "name variant" and ent.type in ("GPE", "LOC"):
                    evidence["source"] = "gazetteer"
        if actor is None:
            actor = self._create(ent, info, forbidden)
            rule = rule if rule != "new actor" or not forbidden else "user split"
            evidence = evidence or {"name": ent.name}
            if forbidden:
                evidence["kept apart from"] = sorted(forbidden)
        elif actor.country is None and ent.country:
            actor.country = ent.country
        if ent.type == "PERSON" and info.full and len(ent.name.split()) > len(actor.name.split()):
            actor.name = ent.name
        self.links.append(_Link(ent.id, actor, rule, evidence, ent.name, info,
                                frozenset(_title_key(r.title) for r in ent.roles)))
        return actor

    # -- people -----------------------------------------------------------------------------
    def _person(self, ent: Entity, info: NameInfo, forbidden: set[str]):
        candidates = _person_candidates(self.s, info.surname or info.key, forbidden, ent.country)
        parts = split_name(ent.name)
        if info.full and parts is not None:
            exact = [(a, names) for a, names in candidates if any(n.full and n.name_key == info.key for n in names)]
            variants = [(a, names) for a, names in candidates if (a, names) not in exact and any(
                n.full and same_person_name(parts, split_name(n.name)) for n in names if split_name(n.name))]
            for group, rule in ((exact, "same name"), (variants, "name variant")):
                if group:
                    actor, names = max(group, key=lambda c: sum(n.count for n in c[1]))
                    matched = next((n.name for n in names if n.full and (n.name_key == info.key or rule == "name variant")), actor.name)
                    rule = "same name" if rule == "same name" and any(n.name == ent.name for n in names) else (
                        "name variant" if fold(matched) != fold(ent.name) else "same name")
                    evidence = {"name": ent.name, "matched": matched, "key": info.key}
                    if len(group) > 1:
                        evidence["other candidates"] = [a.name for a, _ in group if a is not actor]
                    return actor, rule, evidence
            return None, "new actor", {}
        # A surname (or a single name) alone. Among several people of that surname, titles
        # decide: one whose known titles all differ from this mention's is someone else
        # ("President Clinton" is not the nominee). A single candidate is kept whatever
        # the titles say: people change posts, which is what the role history shows.
        full = [(a, names) for a, names in candidates if any(n.full for n in names)]
        if len(full) > 1:
            mine = {_title_key(r.title) for r in ent.roles}
            fitting = [c for c in full if not _roles_conflict(mine, _titles_of_actor(self.s, c[0]))]
            full = fitting or full
        if full:
            same_country = [c for c in full if ent.country and c[0].country == ent.country]
            pool = same_country or full
            actor, names = max(pool, key=lambda c: sum(n.count for n in c[1]))
            evidence = {"name": ent.name, "matched": actor.name, "surname key": info.key}
            others = [a.name for a, n in candidates if any(x.full for x in n) and a is not actor]
            if others:
                evidence["other candidates"] = others
                evidence["chosen by"] = "same country" if same_country else (
                    "titles" if len(full) < len(others) + 1 else "most mentioned")
            return actor, "surname", evidence
        single = [(a, names) for a, names in candidates if any(n.name_key == info.key for n in names)]
        if single:
            actor = max(single, key=lambda c: sum(n.count for n in c[1]))[0]
            return actor, "same name", {"name": ent.name, "matched": actor.name, "key": info.key}
        return None, "new actor", {}

    # -- creating ---------------------------------------------------------------------------
    def _by_key(self, key: str, forbidden: set[str]) -> ActorRow | None:
        if key in forbidden:
            return None
        if key in self._actors_by_key:
            return self._actors_by_key[key]
        return self.s.execute(select(ActorRow).where(ActorRow.key == key)).scalar_one_or_none()

    def _create(self, ent: Entity, info: NameInfo, forbidden: set[str]) -> ActorRow:
        wanted = _actor_key(ent.type, info)
        free = wanted in self._actors_by_key and self._actors_by_key[wanted] is None
        key = wanted if free else _free_key(self.s, wanted)
        actor = ActorRow(id=new_actor_id(self.s), key=key, name=ent.name, type=ent.type, country=ent.country)
        self.s.add(actor)
        self.s.flush()
        if key in self._actors_by_key:
            self._actors_by_key[key] = actor
        if ent.type == "PERSON" and info.full:
            self._absorb_surname_actors(actor, info, {_title_key(r.title) for r in ent.roles})
        return actor

    def _absorb_surname_actors(self, actor: ActorRow, info: NameInfo, titles: set[str]) -> None:
        """Surname-only actors stored before this full name was seen join it, when no other
        person named in full shares the surname, their titles agree (or they have none) and
        no decision keeps them apart."""
        others = [a for a, names in _person_candidates(self.s, info.surname, set(), None)
                  if a.id != actor.id and any(n.full for n in names)]
        if others:
            return  # ambiguous: leave the surname-only actor alone
        for single, names in _person_candidates(self.s, info.surname, set(), actor.country):
            if single.id == actor.id or any(n.full for n in names):
                continue
            variant_keys = {n.name_key for n in names}
            blocked = self.s.execute(select(func.count()).select_from(ActorDecisionRow).where(
                ActorDecisionRow.kind == "split", ActorDecisionRow.type == "PERSON",
                ActorDecisionRow.actor_key == actor.key, ActorDecisionRow.name_key.in_(variant_keys))).scalar_one()
            theirs = _titles_of_actor(self.s, single)
            same_state = bool(actor.country) and single.country == actor.country
            if blocked or theirs and titles and not (theirs & titles) and not same_state:
                continue  # different titles and no shared state: maybe a namesake
            rows = self.s.execute(select(EntityRow).where(EntityRow.actor_id == single.id)).scalars().all()
            _move(self.s, rows, single, actor, "surname absorbed",
                  {"matched": actor.name, "surname key": info.surname, "was": single.name,
                   "shared titles": sorted(theirs & titles)})

    # -- finishing --------------------------------------------------------------------------
    def finish(self) -> None:
        """Store each link with its evidence and the names actors were seen under."""
        self.s.flush()
        # Plain rows, written with executemany: ORM objects for thousands of entity rows and
        # links per batch cost more than the SQL itself.
        rows = {r.local_id: r for r in self.s.execute(
            select(EntityRow.local_id, EntityRow.id, EntityRow.actor_id).where(EntityRow.article_id == self.article_id))}
        now = _now()
        moved: list[dict] = []
        link_rows: list[dict] = []
        # The names and titles of this article's actors, read once (a query and a flush per
        # entity were a third of the write time).
        actor_ids = sorted({link.actor.id for link in self.links})
        names: dict[tuple[int, str], ActorNameRow] = {}
        known_titles: set[tuple[int, str]] = set()
        for start in range(0, len(actor_ids), 500):
            chunk = actor_ids[start:start + 500]
            names.update(((r.actor_id, r.name), r) for r in self.s.execute(
                select(ActorNameRow).where(ActorNameRow.actor_id.in_(chunk))).scalars())
            known_titles.update((a, t) for a, t in self.s.execute(
                select(ActorTitleRow.actor_id, ActorTitleRow.title_key).where(ActorTitleRow.actor_id.in_(chunk))))
        for link in self.links:
            row = rows.get(link.local_id)
            if row is None:
                continue
            actor = link.actor
            if row.actor_id != actor.id:
                moved.append({"row": row.id, "actor": actor.id})
            link_rows.append({"entity_id": row.id, "actor_id": actor.id, "rule": link.rule,
                              "evidence": json.dumps(link.evidence, ensure_ascii=False), "created_at": now})
            name_row = names.get((actor.id, link.name))
            if name_row is None:
                names[(actor.id, link.name)] = name_row = ActorNameRow(
                    actor_id=actor.id, type=actor.type, name=link.name, name_key=link.info.key[:300],
                    surname_key=link.info.surname, full=int(link.info.full), count=1)
                self.s.add(name_row)
            else:
                name_row.count += 1
            for key in sorted({t[:200] for t in link.titles}):
                if (actor.id, key) not in known_titles:
                    known_titles.add((actor.id, key))
                    self.s.add(ActorTitleRow(actor_id=actor.id, title_key=key))
        self.s.flush()
        if moved:
            table = EntityRow.__table__
            self.s.connection().execute(table.update().where(table.c.id == bindparam("row"))
                                        .values(actor_id=bindparam("actor")), moved)
        if link_rows:
            self.s.connection().execute(ActorLinkRow.__table__.insert(), link_rows)
        self.links.clear()


def _titles_of_actor(s: Session, actor: ActorRow) -> set[str]:
    return set(s.execute(select(ActorTitleRow.title_key).where(ActorTitleRow.actor_id == actor.id)).scalars())


def _title_key(title: str) -> str:
    words = title.casefold().split()
    while words and words[0] in ("former", "acting", "interim", "outgoing", "new"):
        words = words[1:]
    return " ".join(words)


def _roles_conflict(mine: set[str], theirs: set[str]) -> bool:
    """Two sets of titles that cannot be one person's: both known and none compatible."""
    from newsgraph.extract.titles import compatible_titles

    return bool(mine) and bool(theirs) and not any(compatible_titles(a, b) for a in mine for b in theirs)


def _free_key(s: Session, key: str) -> str:
    if s.execute(select(ActorRow.id).where(ActorRow.key == key)).first() is None:
        return key
    n = 2
    while s.execute(select(ActorRow.id).where(ActorRow.key == f"{key}#{n}")).first() is not None:
        n += 1
    return f"{key}#{n}"


def _person_candidates(s: Session, surname: str | None, forbidden: set[str], country: str | None):
    """Person actors with a name of this surname key: [(actor, [names])], excluding
    forbidden actors and actors of another country."""
    if not surname:
        return []
    rows = s.execute(
        select(ActorRow, ActorNameRow).join(ActorNameRow, ActorNameRow.actor_id == ActorRow.id)
        .where(ActorNameRow.type == "PERSON", ActorNameRow.surname_key == surname)
    ).all()
    grouped: dict[int, tuple[ActorRow, list[ActorNameRow]]] = {}
    for actor, name in rows:
        grouped.setdefault(actor.id, (actor, []))[1].append(name)
    out = []
    for actor, names in grouped.values():
        if actor.key in forbidden:
            continue
        if country and actor.country and actor.country != country:
            continue
        out.append((actor, names))
    return out


def _decision_rows(s: Session, variants: set[str], article_id: str | None) -> list[ActorDecisionRow]:
    """The decisions about these name forms that apply to this article (general or its own)."""
    if not variants:
        return []
    rows: list[ActorDecisionRow] = []
    names = sorted(variants)
    for start in range(0, len(names), 500):  # bounded IN lists
        rows.extend(s.execute(select(ActorDecisionRow).where(
            ActorDecisionRow.name_key.in_(names[start:start + 500]),
            or_(ActorDecisionRow.article_id.is_(None), ActorDecisionRow.article_id == article_id),
        ).order_by(ActorDecisionRow.id)).scalars().all())
    return rows


def _fold_decisions(rows: list[ActorDecisionRow]) -> tuple[str | None, set[str]]:
    """(actor key a join decision sends this name to, actor keys split decisions forbid)."""
    joined = None
    forbidden: set[str] = set()
    # Later decisions override earlier ones; an article's own decision overrides a general one.
    for row in sorted(rows, key=lambda r: (r.article_id is not None, r.id)):
        if row.kind == "join":
            joined = row.actor_key
            forbidden.discard(row.actor_key)
        elif row.kind == "split":
            forbidden.add(row.actor_key)
            if joined == row.actor_key:
                joined = None
    return joined, forbidden


# ---------------------------------------------------------------------------------------
# Moving entities between actors (absorb, join, split)

def _move(s: Session, rows: list[EntityRow], source: ActorRow, target: ActorRow, rule: str, evidence: dict) -> None:
    now = _now()
    touched = (source.id, target.id)
    for row in rows:
        row.actor_id = target.id
        s.execute(update(AttributionRow).where(AttributionRow.article_id == row.article_id,
                                               AttributionRow.speaker_local_id == row.local_id)
                  .values(actor_id=target.id))
        events = select(EventRow.id).where(EventRow.article_id == row.article_id).scalar_subquery()
        s.execute(update(EventParticipantRow).where(EventParticipantRow.actor_id == source.id,
                                                    EventParticipantRow.event_id.in_(events))
                  .values(actor_id=target.id))
        link = s.execute(select(ActorLinkRow).where(ActorLinkRow.entity_id == row.id)).scalar_one_or_none()
        payload = json.dumps(dict(evidence, name=row.name), ensure_ascii=False)
        if link is None:
            s.add(ActorLinkRow(entity_id=row.id, actor_id=target.id, rule=rule, evidence=payload, created_at=now))
        else:
            link.actor_id, link.rule, link.evidence, link.created_at = target.id, rule, payload, now
    s.flush()
    _rebuild(s, target)
    if not _rebuild(s, source):
        # The source is empty: decisions that pointed at it now point at the target.
        s.execute(update(ActorDecisionRow).where(ActorDecisionRow.actor_key == source.key, ActorDecisionRow.kind == "join")
                  .values(actor_key=target.key))
        s.execute(delete(ActorNameRow).where(ActorNameRow.actor_id == source.id))
        s.execute(delete(ActorTitleRow).where(ActorTitleRow.actor_id == source.id))
        s.execute(delete(ActorLinkRow).where(ActorLinkRow.actor_id == source.id))
        # The source's id leads to the target from now on (URLs, bookmarks, `newsgraph actor 12`),
        # and so do the ids merged into the source before.
        s.execute(update(ActorMergeRow).where(ActorMergeRow.actor_id == source.id).values(actor_id=target.id))
        s.execute(delete(ActorMergeRow).where(ActorMergeRow.old_id == source.id))
        s.add(ActorMergeRow(old_id=source.id, actor_id=target.id, merged_at=now))
        s.delete(source)
    s.flush()
    refresh_actors(s, touched)  # the store's counters and roles of both actors


def _rebuild(s: Session, actor: ActorRow) -> bool:
    """Recompute an actor's names, display name and country from its entities; False when
    it has none left."""
    rows = s.execute(select(EntityRow.name, EntityRow.country).where(EntityRow.actor_id == actor.id)).all()
    s.execute(delete(ActorNameRow).where(ActorNameRow.actor_id == actor.id))
    s.execute(delete(ActorTitleRow).where(ActorTitleRow.actor_id == actor.id))
    if not rows:
        return False
    titles: set[str] = set()
    for raw in s.execute(select(EntityRow.roles).where(EntityRow.actor_id == actor.id)).scalars():
        titles.update(_title_key(r["title"]) for r in json.loads(raw or "[]"))
    for key in sorted(titles):
        s.add(ActorTitleRow(actor_id=actor.id, title_key=key[:200]))
    counts = Counter(name for name, _ in rows)
    for name, n in counts.items():
        info = name_info(actor.type, name, actor.country)
        s.add(ActorNameRow(actor_id=actor.id, type=actor.type, name=name, name_key=info.key[:300],
                           surname_key=info.surname, full=int(info.full), count=n))
    if actor.type == "PERSON":
        actor.name = max(counts, key=lambda n: (len(n.split()), counts[n]))
    else:
        actor.name = counts.most_common(1)[0][0] if not _is_state(actor.type, actor.name, actor.country) else actor.name
    countries = Counter(c for _, c in rows if c)
    actor.country = countries.most_common(1)[0][0] if countries else actor.country
    s.flush()
    return True


# ---------------------------------------------------------------------------------------
# Finding actors, decisions, profiles

def merged_into(s: Session, actor_id: int) -> int | None:
    """The id of the actor that a deleted actor ``actor_id`` was merged into, or None (also
    when ``actor_id`` is a live actor, or was deleted with its last article)."""
    if s.get(ActorRow, actor_id) is not None:
        return None
    target = s.execute(select(ActorMergeRow.actor_id).where(ActorMergeRow.old_id == actor_id)).scalar_one_or_none()
    return target if target is not None and s.get(ActorRow, target) is not None else None


def find_actors(s: Session, query: str, limit: int = 10) -> list[ActorRow]:
    """Actors by id ("12", "#12") or by any name form they were seen under, most linked first."""
    q = query.strip().lstrip("#")
    if q.isdigit():
        # An id that a merge deleted finds the actor it was merged into.
        actor = s.get(ActorRow, int(q)) or s.get(ActorRow, merged_into(s, int(q)) or 0)
        return [actor] if actor is not None else []
    folded = fold(q)
    keys = {name_info("PERSON", q).key, fold(normalise(q))}
    hits = s.execute(
        select(ActorNameRow.actor_id, func.sum(ActorNameRow.count).label("n"))
        .where(or_(ActorNameRow.name_key.in_(keys), func.lower(ActorNameRow.name) == folded,
                   func.lower(ActorNameRow.name).contains(folded, autoescape=True)))
        .group_by(ActorNameRow.actor_id).order_by(func.sum(ActorNameRow.count).desc()).limit(limit)
    ).all()
    actors = [s.get(ActorRow, h.actor_id) for h in hits]
    exact = [a for a in actors if a is not None and (fold(a.name) == folded or name_info(a.type, a.name, a.country).key in keys)]
    rest = [a for a in actors if a is not None and a not in exact]
    return exact + rest


def resolve_actor(s: Session, query: str) -> ActorRow:
    """One actor for a user's query, or a StoreError saying why not."""
    found = find_actors(s, query)
    if not found:
        raise StoreError(f"no actor matches {query!r}")
    q = query.strip().lstrip("#")
    exact = [a for a in found if q.isdigit() or fold(a.name) == fold(q)]
    if len(exact) == 1:
        return exact[0]
    if len(found) > 1:
        listing = ", ".join(f"#{a.id} {a.name}" for a in found[:6])
        raise StoreError(f"{query!r} matches several actors ({listing}); give the actor's #id")
    return found[0]


def _entity_rows(s: Session, actor: ActorRow, name: str | None = None, article: str | None = None) -> list[EntityRow]:
    q = select(EntityRow).where(EntityRow.actor_id == actor.id)
    if name is not None:
        q = q.where(func.lower(EntityRow.name) == fold(name))
    if article is not None:
        q = q.where(EntityRow.article_id.startswith(article))
    return list(s.execute(q).scalars())


def _record_decision(s: Session, kind: str, type_: str, name_key: str, actor_key: str,
                     article_id: str | None, note: str | None) -> ActorDecisionRow:
    row = ActorDecisionRow(kind=kind, type=type_, name_key=name_key, actor_key=actor_key,
                           article_id=article_id, note=note, created_at=_now())
    s.add(row)
    s.flush()
    return row


def new_actor_id(s: Session) -> int | None:
    """The id for a new actor on SQLite, above every id used so far (None elsewhere: the
    sequence gives it). SQLite would give the largest id in the table plus one, so an actor
    with the largest id, once joined into another, lent its id to the next new actor — and
    a saved link to it, which ``actor_merges`` redirects to where it went, showed a stranger.
    An actor deleted with its last article leaves a row there too (``tidy_actors``)."""
    if s.get_bind().dialect.name != "sqlite":
        return None
    used = s.execute(select(func.max(ActorRow.id))).scalar() or 0
    merged = s.execute(select(func.max(ActorMergeRow.old_id))).scalar() or 0
    return max(used, merged) + 1


def join_actors(s: Session, target: ActorRow, other: ActorRow, note: str | None = None) -> int:
    """Join ``other`` into ``target``; future entities under other's names follow. Returns
    the number of entities moved."""
    if target.id == other.id:
        raise StoreError("an actor cannot be joined with itself")
    if target.type != other.type:
        raise StoreError(f"cannot join a {other.type} with a {target.type}")
    rows = _entity_rows(s, other)
    for name in sorted({r.name for r in rows} | {other.name}):
        variant = _variant_key(other.type, name, other.country)
        # A join undoes an earlier split of the same name from the target.
        s.execute(delete(ActorDecisionRow).where(ActorDecisionRow.kind == "split", ActorDecisionRow.name_key == variant,
                                                 ActorDecisionRow.actor_key == target.key, ActorDecisionRow.article_id.is_(None)))
        _record_decision(s, "join", other.type, variant, target.key, None, note)
    _move(s, rows, other, target, "user join", {"decision": "join", "actor": target.name, "was": other.name})
    return len(rows)


def split_actor(s: Session, actor: ActorRow, name: str | None = None, article: str | None = None,
                into: ActorRow | None = None, note: str | None = None) -> ActorRow:
    """Take the entities named ``name`` (and/or in article ``article``, an id or prefix) out
    of ``actor`` into ``into`` or a new actor; future entities under that name (in that article,
    when given) are kept apart from ``actor``."""
    if name is None and article is None:
        raise StoreError("say which entities to split off: a name form, an article, or both")
    rows = _entity_rows(s, actor, name, article)
    if not rows:
        raise StoreError(f"actor #{actor.id} {actor.name!r} has no entity" + (f" named {name!r}" if name else "")
                         + (f" in article {article!r}" if article else ""))
    if into is not None and (into.id == actor.id or into.type != actor.type):
        raise StoreError("split into another actor of the same type")
    if len(rows) == len(_entity_rows(s, actor)) and into is None:
        raise StoreError("that is every entity of the actor; nothing would be left to split from")
    article_ids = sorted({r.article_id for r in rows}) if article is not None else [None]
    for variant in sorted({_variant_key(actor.type, r.name, r.country) for r in rows}):
        for article_id in article_ids:
            _record_decision(s, "split", actor.type, variant, actor.key, article_id, note)
            if into is not None:
                _record_decision(s, "join", actor.type, variant, into.key, article_id, note)
    if into is None:
        first = rows[0]
        info = name_info(actor.type, first.name, first.country)
        into = ActorRow(id=new_actor_id(s), key=_free_key(s, _actor_key(actor.type, info)), name=first.name,
                        type=actor.type, country=first.country)
        s.add(into)
        s.flush()
    _move(s, rows, actor, into, "user split", {"decision": "split", "from": actor.name})
    return into


def list_decisions(s: Session) -> list[dict]:
    rows = s.execute(select(ActorDecisionRow).order_by(ActorDecisionRow.id)).scalars().all()
    return [{"id": r.id, "kind": r.kind, "type": r.type, "name": r.name_key, "actor": r.actor_key,
             "article": r.article_id, "note": r.note, "created": r.created_at.isoformat(timespec="seconds")} for r in rows]


def actor_profile(s: Session, actor: ActorRow) -> dict:
    """Everything known about an actor: names, role history dated by the articles, role
    changes, and why each entity was linked."""
    rows = s.execute(
        select(EntityRow, ArticleRow.title, ArticleRow.published, ArticleRow.record)
        .join(ArticleRow, ArticleRow.id == EntityRow.article_id)
        .where(EntityRow.actor_id == actor.id)
        .order_by(ArticleRow.published.asc().nullslast(), ArticleRow.id)
    ).all()
    links = {l.entity_id: l for l in s.execute(select(ActorLinkRow).where(ActorLinkRow.actor_id == actor.id)).scalars()}
    names = s.execute(select(ActorNameRow).where(ActorNameRow.actor_id == actor.id)
                      .order_by(ActorNameRow.count.desc(), ActorNameRow.name)).scalars().all()
    roles, changes, linked, articles = [], [], [], []
    for ent, title, published, raw in rows:
        date = published.isoformat() if published else None
        articles.append({"id": ent.article_id, "title": title, "published": date})
        for r in json.loads(ent.roles or "[]"):
            roles.append({"date": date, "title": r["title"], "of": r.get("of"), "article": ent.article_id, "article_title": title})
        record = json.loads(raw)
        names_by_id = {e["id"]: e["name"] for e in record.get("entities", [])}
        for c in record.get("role_changes", []):
            if ent.local_id in (c.get("old"), c.get("new")):
                changes.append({"date": date, "post": c["post"], "country": c.get("country"),
                                "change": "took" if c.get("new") == ent.local_id else "left",
                                "replacing" if c.get("new") == ent.local_id else "replaced by":
                                    names_by_id.get(c.get("old") if c.get("new") == ent.local_id else c.get("new")),
                                "by": names_by_id.get(c.get("by")), "article": ent.article_id, "article_title": title})
        link = links.get(ent.id)
        linked.append({"article": ent.article_id, "article_title": title, "published": date, "name": ent.name,
                       "rule": link.rule if link else "unrecorded",
                       "evidence": json.loads(link.evidence) if link else {}})
    return {
        "id": actor.id, "key": actor.key, "name": actor.name, "type": actor.type, "country": actor.country,
        "names": [{"name": n.name, "count": n.count} for n in names],
        "articles": len({a["id"] for a in articles}),
        "roles": _role_history(roles), "role_changes": changes, "links": linked,
    }


def _role_history(roles: list[dict]) -> list[dict]:
    """Roles in date order, one line per (title, of) with the first and last date seen."""
    out: dict[tuple[str, str | None], dict] = {}
    for r in roles:
        key = (r["title"].casefold(), r["of"])
        if key not in out:
            out[key] = {"title": r["title"], "of": r["of"], "first": r["date"], "last": r["date"], "articles": 0}
        entry = out[key]
        entry["articles"] += 1
        if r["date"] and (entry["last"] is None or r["date"] > entry["last"]):
            entry["last"] = r["date"]
        if r["date"] and (entry["first"] is None or r["date"] < entry["first"]):
            entry["first"] = r["date"]
    # A title seen without its owner belongs to the one entry of that title with an owner.
    for key in [k for k in out if k[1] is None]:
        owned = [k for k in out if k[0] == key[0] and k[1] is not None]
        if len(owned) == 1:
            loose, entry = out.pop(key), out[owned[0]]
            entry["articles"] += loose["articles"]
            entry["first"] = min(d for d in (entry["first"], loose["first"]) if d) if entry["first"] or loose["first"] else None
            entry["last"] = max(d for d in (entry["last"], loose["last"]) if d) if entry["last"] or loose["last"] else None
    return sorted(out.values(), key=lambda e: (e["first"] or "9999", e["title"]))
