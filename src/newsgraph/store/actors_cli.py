"""Actor commands: ``newsgraph actor NAME``, ``actor-join``, ``actor-split``, ``actor-decisions``.

``actor`` shows one actor across the stored articles: its name forms, its role history dated by
the articles, the role changes it took part in, and why each entity was linked to it. A wrong
merge is undone with ``actor-split`` and a missed one made with ``actor-join``; both are stored
as decisions that hold for articles ingested later and ingested again.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from newsgraph.render import data_table

_err = Console(stderr=True, highlight=False, soft_wrap=True)
_out = Console(highlight=False, soft_wrap=False)

DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy database URL (default: $NEWSGRAPH_DB or sqlite:///newsgraph.db).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for machines instead of tables.")]
NoteOption = Annotated[Optional[str], typer.Option("--note", help="Why: kept with the decision.")]


def _fail(message: str, code: int = 1) -> None:
    _err.print(f"newsgraph: error: {escape(message)}")
    raise typer.Exit(code)


def _store(db: Optional[str]):
    from newsgraph.config import get_settings
    from newsgraph.errors import NewsgraphError
    from newsgraph.store import Store

    from newsgraph.store.db import require_database

    try:
        require_database(db or get_settings().db_url)
        return Store(db or get_settings().db_url)
    except NewsgraphError as exc:
        _fail(exc.message)


def _evidence_text(rule: str, evidence: dict) -> str:
    parts = []
    for key in ("matched", "was", "key", "surname key", "iso3", "chosen by", "shared titles", "other candidates", "kept apart from", "source"):
        if evidence.get(key):
            value = evidence[key]
            parts.append(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
    return "; ".join(parts)


def actor(
    name: Annotated[str, typer.Argument(metavar="NAME", help="A name form (any spelling seen) or #id.")],
    db: DbOption = None,
    as_json: JsonFlag = False,
) -> None:
    """One actor across the stored articles: names, dated role history, role changes, and why
    each mention was linked."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.store.linking import actor_profile, find_actors, resolve_actor

    with _store(db) as store, store.session() as s:
        try:
            found = resolve_actor(s, name)
        except NewsgraphError as exc:
            _fail(exc.message)
        asked = name.strip().lstrip("#")
        if asked.isdigit() and int(asked) != found.id:  # an id that a merge deleted
            _err.print(f"newsgraph: actor #{asked} was merged into #{found.id} {escape(found.name)}; showing that")
        profile = actor_profile(s, found)
        others = [a for a in find_actors(s, name) if a.id != found.id]
        profile["other_matches"] = [{"id": a.id, "name": a.name, "type": a.type} for a in others[:5]]
    if as_json:
        sys.stdout.write(json.dumps(profile, ensure_ascii=False) + "\n")
        return
    p = profile
    _out.print(f"[bold]{escape(p['name'])}[/bold]  #{p['id']}  {p['type']}  {p['country'] or ''}  "
               f"in {p['articles']} article{'s' if p['articles'] != 1 else ''}")
    _out.print("written as: " + escape(", ".join(f"{n['name']} ({n['count']})" for n in p["names"])))
    roles = data_table("from", "to", "title", "of", "articles", title="Role history")
    for r in p["roles"]:
        roles.add_row(r["first"] or "?", r["last"] or "?", escape(r["title"]), escape(r["of"] or ""), str(r["articles"]))
    _out.print(roles)
    if p["role_changes"]:
        changes = data_table("date", "change", "post", "country", "other", "by", title="Role changes")
        for c in p["role_changes"]:
            other = c.get("replacing") or c.get("replaced by") or ""
            changes.add_row(c["date"] or "?", c["change"], escape(c["post"]), c["country"] or "", escape(other or ""), escape(c["by"] or ""))
        _out.print(changes)
    links = data_table("date", "article", "written as", "rule", "evidence", title="Why these mentions are this actor")
    for l in p["links"]:
        links.add_row(l["published"] or "?", escape(_clip(l["article_title"] or l["article"][:12], 40)), escape(l["name"]),
                      l["rule"], escape(_evidence_text(l["rule"], l["evidence"])))
    _out.print(links)
    if p["other_matches"]:
        _out.print("also matching: " + escape(", ".join(f"#{o['id']} {o['name']} ({o['type']})" for o in p["other_matches"])))


def actor_join(
    target: Annotated[str, typer.Argument(metavar="ACTOR", help="The actor to keep (name or #id).")],
    other: Annotated[str, typer.Argument(metavar="OTHER", help="The actor to join into it (name or #id).")],
    db: DbOption = None,
    note: NoteOption = None,
) -> None:
    """Join OTHER into ACTOR: the same real-world referent. Later articles follow."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.store.linking import join_actors, resolve_actor

    with _store(db) as store:
        try:
            with store.session.begin() as s:
                keep, gone = resolve_actor(s, target), resolve_actor(s, other)
                names = (keep.name, keep.id, gone.name, gone.id)
                moved = join_actors(s, keep, gone, note)
        except NewsgraphError as exc:
            _fail(exc.message)
    _err.print(f"newsgraph: joined #{names[3]} {escape(names[2])} into #{names[1]} {escape(names[0])} ({moved} entities)")


def actor_split(
    target: Annotated[str, typer.Argument(metavar="ACTOR", help="The actor to split (name or #id).")],
    name: Annotated[Optional[str], typer.Option("--name", help="Split off the mentions under this name form.")] = None,
    article: Annotated[Optional[str], typer.Option("--article", metavar="ID", help="Only in this article (id or prefix).")] = None,
    into: Annotated[Optional[str], typer.Option("--into", metavar="OTHER", help="Give them to this actor instead of a new one.")] = None,
    db: DbOption = None,
    note: NoteOption = None,
) -> None:
    """Undo a wrong merge: the mentions named NAME (and/or in ARTICLE) are someone else."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.store.linking import resolve_actor, split_actor

    if name is None and article is None:
        _err.print("newsgraph: error: give --name, --article or both")
        raise typer.Exit(2)
    with _store(db) as store:
        try:
            with store.session.begin() as s:
                source = resolve_actor(s, target)
                dest = resolve_actor(s, into) if into else None
                result = split_actor(s, source, name=name, article=article, into=dest, note=note)
                names = (source.id, source.name, result.id, result.name)
        except NewsgraphError as exc:
            _fail(exc.message)
    _err.print(f"newsgraph: split from #{names[0]} {escape(names[1])} into #{names[2]} {escape(names[3])}")


def actor_decisions(db: DbOption = None, as_json: JsonFlag = False) -> None:
    """The joins and splits users made, in order."""
    from newsgraph.store.linking import list_decisions

    with _store(db) as store, store.session() as s:
        rows = list_decisions(s)
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        return
    table = data_table("id", "kind", "type", "name form", "actor", "article", "note", "when", title="Actor decisions")
    for r in rows:
        table.add_row(str(r["id"]), r["kind"], r["type"], escape(r["name"]), escape(r["actor"]), (r["article"] or "")[:12],
                      escape(r["note"] or ""), r["created"])
    _out.print(table)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def register_actor_commands(app: typer.Typer) -> None:
    app.command(name="actor")(actor)
    app.command(name="actor-join")(actor_join)
    app.command(name="actor-split")(actor_split)
    app.command(name="actor-decisions")(actor_decisions)
