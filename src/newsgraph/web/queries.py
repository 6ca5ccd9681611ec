"""Read-only queries the web pages need beyond the shared ones in ``store/queries.py``.

Like those, each takes a Session and returns plain dicts, with every value bound as a parameter.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from newsgraph.record import Record
from newsgraph.store.tables import ActorRow, ArticleRow, EntityRow, EventParticipantRow, EventRow


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def entity_actors(s: Session, article_id: str) -> dict[str, int]:
    """Entity id within the article's record → actor id across articles."""
    rows = s.execute(select(EntityRow.local_id, EntityRow.actor_id)
                     .where(EntityRow.article_id == article_id, EntityRow.actor_id.is_not(None))).all()
    return {local: actor for local, actor in rows}


def actor_appearances(s: Session, actor_id: int, limit: int = 200) -> list[dict]:
    """The articles an actor appears in (newest first) with its entity there and that entity's roles."""
    rows = s.execute(
        select(EntityRow.article_id, EntityRow.local_id, EntityRow.roles, ArticleRow.published, ArticleRow.title)
        .join(ArticleRow, ArticleRow.id == EntityRow.article_id)
        .where(EntityRow.actor_id == actor_id)
        .order_by(ArticleRow.published.desc().nullslast(), EntityRow.article_id)
        .limit(limit)).all()
    out = []
    for article_id, local_id, roles, published, title in rows:
        try:
            parsed = json.loads(roles or "[]")
        except ValueError:
            parsed = []
        out.append({"article_id": article_id, "entity": local_id, "published": _iso(published), "title": title,
                    "roles": [r for r in parsed if isinstance(r, dict) and r.get("title")]})
    return out


def role_history(appearances: list[dict]) -> list[dict]:
    """Each (title, of) an actor held, with the first and last publication date it was seen on,
    earliest first; roles seen only in undated articles come last."""
    seen: dict[tuple[str, str | None], dict] = {}
    for app in appearances:
        for role in app["roles"]:
            key = (role["title"], role.get("of"))
            slot = seen.setdefault(key, {"title": key[0], "of": key[1], "first": None, "last": None,
                                         "articles": 0, "first_article": app["article_id"]})
            slot["articles"] += 1
            day = app["published"]
            if day is not None:
                if slot["first"] is None or day < slot["first"]:
                    slot["first"], slot["first_article"] = day, app["article_id"]
                if slot["last"] is None or day > slot["last"]:
                    slot["last"] = day
    return sorted(seen.values(), key=lambda r: (r["first"] is None, r["first"] or "", r["title"]))


def role_changes(s: Session, appearances: list[dict]) -> list[dict]:
    """Role changes the actor took part in (replaced, was replaced, made the change), from the
    records of the articles it appears in."""
    local = {a["article_id"]: a["entity"] for a in appearances}
    if not local:
        return []
    rows = s.execute(select(ArticleRow.id, ArticleRow.record, ArticleRow.published)
                     .where(ArticleRow.id.in_(list(local)))).all()
    out = []
    for article_id, raw, published in rows:
        try:
            record = Record.model_validate_json(raw)
        except ValueError:
            continue
        names = {e.id: e.name for e in record.entities}
        me = local[article_id]
        for change in record.role_changes:
            as_ = [role for role, who in (("new", change.new), ("old", change.old), ("by", change.by)) if who == me]
            if not as_:
                continue
            out.append({"article_id": article_id, "published": _iso(published), "post": change.post,
                        "country": change.country, "as": as_[0], "new": names.get(change.new or ""),
                        "old": names.get(change.old or ""), "by": names.get(change.by or ""),
                        "start": change.start})
    return sorted(out, key=lambda c: (c["published"] or "", c["article_id"], c["start"]))


def counterparts(s: Session, actor_id: int, limit: int = 50) -> list[dict]:
    """Whom an actor dealt with: the other participants of its events, most events first, with
    the event types and the mean PLOVER score of those events."""
    me = aliased(EventParticipantRow)
    other = aliased(EventParticipantRow)
    rows = s.execute(
        select(other.actor_id, me.role, other.role, EventRow.type, func.count(func.distinct(EventRow.id)),
               func.avg(EventRow.score), func.min(ArticleRow.published), func.max(ArticleRow.published))
        .select_from(me)
        .join(other, (other.event_id == me.event_id) & (other.actor_id != me.actor_id))
        .join(EventRow, EventRow.id == me.event_id)
        .join(ArticleRow, ArticleRow.id == EventRow.article_id)
        .where(me.actor_id == actor_id)
        .group_by(other.actor_id, me.role, other.role, EventRow.type)).all()
    by_actor: dict[int, dict] = defaultdict(lambda: {"events": 0, "types": defaultdict(int), "score_sum": 0.0,
                                                     "scored": 0, "first": None, "last": None, "directions": set()})
    for other_id, my_role, their_role, type_, n, score, first, last in rows:
        slot = by_actor[other_id]
        slot["events"] += n
        slot["types"][type_] += n
        if score is not None:
            slot["score_sum"] += float(score) * n
            slot["scored"] += n
        slot["directions"].add("to" if (my_role, their_role) == ("actor", "recipient")
                               else "from" if (my_role, their_role) == ("recipient", "actor") else "with")
        for key, value, better in (("first", first, min), ("last", last, max)):
            if value is not None:
                slot[key] = value if slot[key] is None else better(slot[key], value)
    if not by_actor:
        return []
    names = {a.id: a for a in s.execute(select(ActorRow).where(ActorRow.id.in_(list(by_actor)))).scalars()}
    out = []
    for other_id, slot in by_actor.items():
        actor = names.get(other_id)
        if actor is None:
            continue
        out.append({"id": other_id, "name": actor.name, "type": actor.type, "country": actor.country,
                    "events": slot["events"], "types": dict(sorted(slot["types"].items(), key=lambda t: (-t[1], t[0]))),
                    "score": slot["score_sum"] / slot["scored"] if slot["scored"] else None,
                    "first": _iso(slot["first"]), "last": _iso(slot["last"]),
                    "directions": sorted(slot["directions"])})
    out.sort(key=lambda c: (-c["events"], c["name"], c["id"]))
    return out[:limit]


def articles_with_actor(s: Session, article_ids: list[str], actor_id: int) -> set[str]:
    """Those of ``article_ids`` that mention the actor."""
    found: set[str] = set()
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start:start + 500]
        found.update(s.execute(select(EntityRow.article_id).where(EntityRow.article_id.in_(chunk),
                                                                   EntityRow.actor_id == actor_id)).scalars())
    return found


def resolve_actor_name(s: Session, name: str) -> dict | None:
    """The actor most often in the news whose name contains ``name`` (case-insensitive)."""
    from newsgraph.store.queries import list_actors

    items = list_actors(s, name=name, limit=1, offset=0, with_total=False).items
    return items[0] if items else None
