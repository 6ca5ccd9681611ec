"""``newsgraph export …`` and ``newsgraph import``."""

from __future__ import annotations

import io
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

export_app = typer.Typer(help="Write the store as JSON Lines, CSV tables, GDELT-compatible files or GraphML.",
                         no_args_is_help=True)

DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy database URL (default: $NEWSGRAPH_DB or sqlite:///newsgraph.db).")]
SinceOption = Annotated[Optional[str], typer.Option("--since", metavar="YYYY-MM-DD", help="Articles published on or after.")]
UntilOption = Annotated[Optional[str], typer.Option("--until", metavar="YYYY-MM-DD", help="Articles published on or before.")]
SourceOption = Annotated[Optional[str], typer.Option("--source", help="Articles of this source only.")]
StatusOption = Annotated[Optional[str], typer.Option(
    "--status", metavar="S,S|all", help="Event statuses to include (default: happened,ongoing; 'all' for every status).")]


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"newsgraph: error: {message}", err=True)
    raise typer.Exit(code)


def _date(value: Optional[str], option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"{option} {value!r} is not a date in the form YYYY-MM-DD", 2)


def _statuses(value: Optional[str]) -> tuple[str, ...] | None:
    from newsgraph.export.gdelt import DEFAULT_EVENT_STATUSES
    from newsgraph.record import EVENT_STATUSES

    if value is None:
        return DEFAULT_EVENT_STATUSES
    if value.strip().lower() == "all":
        return None
    chosen = tuple(s.strip().lower() for s in value.split(",") if s.strip())
    bad = [s for s in chosen if s not in EVENT_STATUSES]
    if bad or not chosen:
        _fail(f"unknown status {', '.join(bad) or value!r}; use {', '.join(EVENT_STATUSES)} or all", 2)
    return chosen


def _store(db: Optional[str], existing: bool = True):
    """The store (``existing``: exports read it, so there must be one; import creates it)."""
    from newsgraph.config import get_settings
    from newsgraph.errors import NewsgraphError
    from newsgraph.store import Store
    from newsgraph.store.db import require_database

    try:
        if existing:
            require_database(db or get_settings().db_url)
        return Store(db or get_settings().db_url)
    except NewsgraphError as exc:
        _fail(exc.message)


@contextmanager
def _output(path: str):
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        _fail(f"cannot write {path}: it is a directory (give a file name)")
    # Written beside the target and renamed when complete: an interrupted export never
    # leaves a truncated file under the real name.
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        f = open(partial, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    try:
        with f:
            yield f
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)


def _filters(since, until, source) -> dict:
    return {"since": _date(since, "--since"), "until": _date(until, "--until"), "source": source}


OutFile = Annotated[str, typer.Option("--out", "-o", help="Output file ('-' for stdout).")]


@export_app.command("jsonl")
def export_jsonl(out: OutFile = "-", db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
                 source: SourceOption = None) -> None:
    """Records as JSON Lines (the newsgraph.record/1 contract; `newsgraph import` reads it back)."""
    from newsgraph.export.jsonl import write_jsonl

    with _store(db) as store, _output(out) as f:
        n = write_jsonl(store.iter_records(**_filters(since, until, source)), f)
    typer.echo(f"newsgraph: {n} records", err=True)


@export_app.command("csv")
def export_csv(out: Annotated[str, typer.Option("--out", "-o", help="Directory for entities.csv, attributions.csv, events.csv.")],
               db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
               source: SourceOption = None) -> None:
    """CSV tables of entities, attributions and events."""
    from newsgraph.export.tables import write_csv_tables

    if Path(out).exists() and not Path(out).is_dir():
        _fail(f"cannot write the tables into {out}: it is a file, not a directory")
    with _store(db) as store:
        try:
            counts = write_csv_tables(store.iter_records(**_filters(since, until, source)), Path(out))
        except OSError as exc:
            _fail(f"cannot write the tables into {out}: {exc.strerror or exc}")
    typer.echo("newsgraph: " + ", ".join(f"{n} {name}" for name, n in counts.items()), err=True)


@export_app.command("gkg")
def export_gkg(out: OutFile = "-", db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
               source: SourceOption = None) -> None:
    """A GDELT GKG 2.1 file (tab-separated, 27 columns, no header), one row per article."""
    from newsgraph.export.gdelt import write_gkg

    with _store(db) as store, _output(out) as f:
        n = write_gkg(store.iter_stored(**_filters(since, until, source)), f)
    typer.echo(f"newsgraph: {n} GKG records", err=True)


@export_app.command("events")
def export_events(out: OutFile = "-", db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
                  source: SourceOption = None, status: StatusOption = None) -> None:
    """A GDELT 2.0 events file (tab-separated, 61 columns, no header) with PLOVER codes in place of CAMEO."""
    from newsgraph.export.gdelt import write_events

    chosen = _statuses(status)
    with _store(db) as store, _output(out) as f:
        n = write_events(store.iter_stored(**_filters(since, until, source)), f, chosen)
    typer.echo(f"newsgraph: {n} event rows", err=True)


@export_app.command("graphml")
def export_graphml(out: OutFile = "-", db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
                   source: SourceOption = None, status: StatusOption = None,
                   type_: Annotated[Optional[str], typer.Option("--type", metavar="T,T", help="PLOVER types to include (default all).")] = None,
                   min_events: Annotated[int, typer.Option("--min-events", min=1, help="Drop edges with fewer events.")] = 1) -> None:
    """GraphML of the actor network: who meets, supports, accuses, attacks whom."""
    from newsgraph.export.graphml import write_graphml
    from newsgraph.export.network import build_network
    from newsgraph.record import EVENT_TYPES

    types = [t.strip().upper() for t in type_.split(",") if t.strip()] if type_ else None
    if types and any(t not in EVENT_TYPES for t in types):
        _fail(f"unknown event type in {type_!r}; one of {', '.join(EVENT_TYPES)}", 2)
    chosen = _statuses(status)
    with _store(db) as store, store.session() as s:
        network = build_network(s, types=types, statuses=chosen, min_events=min_events, **_filters(since, until, source))
    with _output(out) as f:
        write_graphml(network, f)
    typer.echo(f"newsgraph: {len(network.nodes)} actors, {len(network.edges)} edges", err=True)


def import_command(
    path: Annotated[str, typer.Argument(metavar="FILE", help="JSON Lines of records ('-' for stdin), e.g. from `newsgraph export jsonl` or `newsgraph extract`.")],
    db: DbOption = None,
    replace: Annotated[bool, typer.Option("--replace", help=(
        "Replace what is stored for each record: the article with the same id (e.g. extracted again by a "
        "newer newsgraph) or the same URL. Without it, a record whose article is stored is skipped."))] = False,
) -> None:
    """Store records from a JSON Lines file (one transaction per record; re-importing is a no-op
    unless --replace) and place them in stories, as ingest does."""
    from newsgraph.export.jsonl import import_records
    from newsgraph.scale.writer import index_story, unindex_stories

    if path == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        stream = io.TextIOWrapper(buffer, encoding="utf-8", errors="replace") if buffer is not None else sys.stdin
    else:
        try:
            stream = open(path, encoding="utf-8", errors="replace")
        except OSError as exc:
            _fail(f"cannot read {path}: {exc.strerror}", 2)
    with _store(db, existing=False) as store, stream:
        def place(record, replaced) -> None:
            # Imported articles were never placed in stories: `newsgraph stories` showed none.
            unindex_stories(store, replaced)
            index_story(store, record)

        report = import_records(store, stream, on_record=place, replace=replace)
        if report.added or report.replaced:
            store.optimize()
    for line in report.errors:
        typer.echo(f"newsgraph: error: {line}", err=True)
    replaced = f"{report.replaced} replaced, " if replace else ""
    typer.echo(f"newsgraph: {report.added} added, {replaced}{report.skipped} already stored, {report.failed} with errors",
               err=True)
    raise typer.Exit(3 if report.failed else 0)
