"""Readable terminal views of records and of the store (Rich). Untrusted text is escaped so
that article content can never inject Rich markup."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsgraph.record import Record


# Columns of dates and codes: never wrapped or cut on a narrow terminal ("2026-03-…" hides the
# day, "happen…" the status); the columns of names and text give way instead.
COMPACT_COLUMNS = frozenset({"date", "first", "last", "from", "to", "when", "published",
                             "type", "event", "status", "kind", "value"})


def event_code(type_: str, mode: str | None) -> str:
    """A PLOVER type with its mode on a second line, so that the column stays narrow."""
    return type_ + (f"\n/{mode}" if mode else "")


# A cell of a single short token (a count, an id, a code) on each of its lines.
_TOKEN_CHARS = 12


class _DataTable(Table):
    """Counts and codes are never wrapped or cut: a column whose every cell is a short single
    token ("12", "KEN", "2026-05-12") keeps its width and its header, and the columns of
    names and text give way. Rich otherwise shrinks every column alike on an 80-column
    terminal or a pipe: "articles" became "artic…" and a story's title one word a line."""

    def __rich_console__(self, console, options):
        for column in self.columns:
            cells = column._cells
            if cells and all(isinstance(c, str) and all(len(line) <= _TOKEN_CHARS and " " not in line.strip()
                                                        for line in c.split("\n")) for c in cells):
                column.no_wrap = True
                column.min_width = max(column.min_width or 0, len(str(column.header)))
        return super().__rich_console__(console, options)


def data_table(*headers: str, title: str | None = None, compact: frozenset[str] | set[str] = COMPACT_COLUMNS) -> Table:
    """A Rich table whose ``compact`` columns, and columns of counts and codes, keep their whole
    content on narrow terminals."""
    table = _DataTable(title=title)
    for header in headers:
        if header in compact:
            table.add_column(header, no_wrap=True)
        else:
            table.add_column(header)
    return table


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def format_number(value: float | int) -> str:
    """2300000000 → "2,300,000,000", 6.5 → "6.5": whole numbers with thousands separators."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def render_record(console: Console, record: Record) -> None:
    art = record.article
    names = {e.id: e.name for e in record.entities}
    console.print(f"[bold]{escape(art.title or record.ref)}[/bold]")
    console.print(f"id {art.id}  published {art.published or '?'}  source {escape(art.source or '?')}  ref {escape(record.ref)}")
    if record.error:
        console.print(f"[red]error[/red] {escape(record.error.kind)}: {escape(record.error.message)}")
    for warning in record.warnings:
        console.print(f"[yellow]warning[/yellow] {escape(warning.kind)}: {escape(warning.message)}")
    if art.language and art.language != "en":
        console.print(f"[yellow]written in another language ({escape(art.language)})[/yellow]: newsgraph reads English only, "
                      "so nothing was extracted")
    people = data_table("id", "name", "type", "country", "roles", "mentions", title="Entities")
    for e in record.entities:
        roles = "; ".join(r.title + (f" ({r.of})" if r.of else "") for r in e.roles)
        people.add_row(e.id, escape(e.name), e.type, e.country or "", escape(roles), str(len(e.mentions)))
    console.print(people)
    quotes = data_table("speaker", "kind", "cue", "content", title="Attributions")
    for a in record.attributions:
        speaker = names.get(a.speaker or "", f"({a.source.text})" if a.source else "?")
        quotes.add_row(escape(speaker), a.kind, escape(a.cue.text if a.cue else ""),
                       escape(_clip(" … ".join(c.text for c in a.content), 100)))
    console.print(quotes)
    events = data_table("type", "status", "actors", "recipients", "trigger", "date", "place", title="Events")
    for v in record.events:
        events.add_row(event_code(v.type, v.mode), v.status,
                       escape(", ".join(names.get(i, i) for i in v.actors)),
                       escape(", ".join(names.get(i, i) for i in v.recipients)), escape(v.trigger.text),
                       (v.date.value or v.date.text) if v.date else "", escape(v.location.name) if v.location else "")
    console.print(events)
    if record.dates:
        dates = data_table("as written", "date", "resolution", title="Dates")
        for d in record.dates:
            dates.add_row(escape(d.text), d.value or "?", d.resolution or "")
        console.print(dates)
    if record.amounts:
        amounts = data_table("as written", "value", "unit", title="Amounts")
        for m in record.amounts:
            amounts.add_row(escape(m.text), format_number(m.value), escape(m.unit or ""))
        console.print(amounts)
    if record.role_changes:
        changes = data_table("post", "country", "old", "new", "by", title="Role changes")
        for c in record.role_changes:
            changes.add_row(escape(c.post), c.country or "", escape(names.get(c.old or "", "")),
                            escape(names.get(c.new or "", "")), escape(names.get(c.by or "", "")))
        console.print(changes)


def render_summary(console: Console, store) -> None:
    n = store.count_articles()
    console.print(f"[bold]{n} article{'s' if n != 1 else ''} in the store[/bold]")
    actors = data_table("actor", "type", "country", "articles", "roles", title="Who: people, states and organisations")
    for r in store.actors(limit=25):
        actors.add_row(escape(r["name"]), r["type"], r["country"] or "", str(r["articles"]), escape(_clip("; ".join(r["roles"]), 60)))
    console.print(actors)
    quotes = data_table("speaker", "kind", "said", title="Who said what")
    for q in store.quotes(limit=20):
        quotes.add_row(escape(q["speaker"] or f"({q['source'] or '?'})"), q["kind"], escape(_clip(q["content"], 90)))
    console.print(quotes)
    events = data_table("event", "status", "who", "to whom", "when", "where", title="Who did what to whom")
    for e in store.events(limit=25):
        events.add_row(event_code(e["type"], e.get("mode")), e["status"], escape(e["actors"]), escape(e["recipients"]), e["date"] or "",
                       escape(e["location"] or ""))
    console.print(events)
