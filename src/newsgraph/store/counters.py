"""Derived data kept on actors: article and mention counters and the titles seen (``actor_roles``).

They make ranking and listing actors cheap; whatever changes which entities belong to an actor
(writing an article, linking's merges, a user's join or split) calls ``refresh_actors`` for
the actors it touched. Values are recomputed exactly from the entity rows, never incremented,
so they stay right whatever moved.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from newsgraph.store.tables import ActorRoleRow, ActorRow, EntityRow


def refresh_actors(s: Session, actor_ids: Iterable[int], roles: bool = True) -> None:
    ids = sorted({a for a in actor_ids if a is not None})
    if not ids:
        return
    s.flush()
    s.execute(update(ActorRow).where(ActorRow.id.in_(ids)).values(
        article_count=select(func.count(func.distinct(EntityRow.article_id)))
        .where(EntityRow.actor_id == ActorRow.id).scalar_subquery(),
        mention_count=select(func.coalesce(func.sum(EntityRow.mention_count), 0))
        .where(EntityRow.actor_id == ActorRow.id).scalar_subquery(),
    ).execution_options(synchronize_session=False))
    if not roles:
        return
    wanted: set[tuple[int, str, str]] = set()
    for actor_id, raw in s.execute(select(EntityRow.actor_id, EntityRow.roles)
                                   .where(EntityRow.actor_id.in_(ids), EntityRow.roles != "[]")).all():
        for role in json.loads(raw or "[]"):
            if role.get("title"):
                wanted.add((actor_id, role["title"][:200], (role.get("of") or "")[:200]))
    s.execute(delete(ActorRoleRow).where(ActorRoleRow.actor_id.in_(ids)).execution_options(synchronize_session=False))
    if wanted:
        s.execute(ActorRoleRow.__table__.insert(), [{"actor_id": a, "title": t, "of_code": o} for a, t, o in sorted(wanted)])
