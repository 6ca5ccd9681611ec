"""Readable terminal views of records and of the store (Rich). Untrusted text is escaped so
that article content can never inject Rich markup."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsgraph.record import Record


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_record(console: Console, record: Record) -> None:
    art = record.article
    names = {e.id: e.name for e in record.entities}
    console.print(f"[bold]{escape(art.title or record.ref)}[/bold]")
    console.print(f"id {art.id}  published {art.published or '?'}  source {escape(art.source or '?')}  ref {escape(record.ref)}")
    if record.error:
        console.print(f"[red]error[/red] {escape(record.error.kind)}: {escape(record.error.message)}")
    people = Table("id", "name", "type", "country", "roles", "mentions", title="Entities")
    for e in record.entities:
        roles = "; ".join(r.title + (f" ({r.of})" if r.of else "") for r in e.roles)
        people.add_row(e.id, escape(e.name), e.type, e.country or "", escape(roles), str(len(e.mentions)))
    console.print(people)
    quotes = Table("speaker", "kind", "cue", "content", title="Attributions")
    for a in record.attributions:
        speaker = names.get(a.speaker or "", f"({a.source.text})" if a.source else "?")
        quotes.add_row(escape(speaker), a.kind, escape(a.cue.text if a.cue else ""),
                       escape(_clip(" … ".join(c.text for c in a.content), 100)))
    console.print(quotes)
    events = Table("type", "status", "actors", "recipients", "trigger", "date", "place", title="Events")
    for v in record.events:
        events.add_row(v.type + (f"/{v.mode}" if v.mode else ""), v.status,
                       escape(", ".join(names.get(i, i) for i in v.actors)),
                       escape(", ".join(names.get(i, i) for i in v.recipients)), escape(v.trigger.text),
                       (v.date.value or v.date.text) if v.date else "", escape(v.location.name) if v.location else "")
    console.print(events)
    if record.role_changes:
        changes = Table("post", "country", "old", "new", "by", title="Role changes")
        for c in record.role_changes:
            changes.add_row(escape(c.post), c.country or "", escape(names.get(c.old or "", "")),
                            escape(names.get(c.new or "", "")), escape(names.get(c.by or "", "")))
        console.print(changes)


def render_summary(console: Console, store) -> None:
    n = store.count_articles()
    console.print(f"[bold]{n} article{'s' if n != 1 else ''} in the store[/bold]")
    actors = Table("actor", "type", "country", "articles", "roles", title="Who: people, states and organisations")
    for r in store.actors(limit=25):
        actors.add_row(escape(r["name"]), r["type"], r["country"] or "", str(r["articles"]), escape(_clip("; ".join(r["roles"]), 60)))
    console.print(actors)
    quotes = Table("speaker", "kind", "said", title="Who said what")
    for q in store.quotes(limit=20):
        quotes.add_row(escape(q["speaker"] or f"({q['source'] or '?'})"), q["kind"], escape(_clip(q["content"], 90)))
    console.print(quotes)
    events = Table("event", "status", "who", "to whom", "when", "where", title="Who did what to whom")
    for e in store.events(limit=25):
        events.add_row(e["type"], e["status"], escape(e["actors"]), escape(e["recipients"]), e["date"] or "",
                       escape(e["location"] or ""))
    console.print(events)
