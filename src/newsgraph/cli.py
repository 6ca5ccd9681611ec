"""The ``newsgraph`` command line.

stdout carries data only (JSON Lines, tables); progress, warnings and errors go to stderr,
one line per problem. Exit status: 0 all documents processed, 3 some record carries an
error, 2 bad arguments, 1 anything else (store unreachable, …).
"""

from __future__ import annotations

import functools
import io
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from newsgraph.render import data_table, event_code

from newsgraph import __version__
from newsgraph.config import get_settings
from newsgraph.errors import NewsgraphError

app = typer.Typer(
    name="newsgraph", no_args_is_help=True, add_completion=False, rich_markup_mode=None,
    help="Turn news articles into a source-linked record of who did and said what to whom, when and where.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=False)

EXIT_RECORD_ERROR = 3
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from datetime import date

    try:
        if not _DATE.match(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None
    return value


def _fail(message: str, code: int = 1) -> None:
    err.print(f"newsgraph: error: {escape(message)}")
    raise typer.Exit(code)


DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy database URL (default: $NEWSGRAPH_DB or sqlite:///newsgraph.db).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for machines instead of a table.")]
PublishedOption = Annotated[Optional[str], typer.Option("--published", callback=_check_date, metavar="YYYY-MM-DD",
                                                        help="Publication date for inputs that carry none (resolves 'on Tuesday').")]
NoCleanFlag = Annotated[bool, typer.Option("--no-clean", help="Keep the whole text of text inputs (no trimming of page furniture); HTML pages are always reduced to their story.")]
JsonlOption = Annotated[Optional[str], typer.Option("--jsonl", metavar="FILE", help="Read input documents from a JSON Lines file ('-' for stdin).")]


def _default_db() -> str:
    return get_settings().db_url


def _input_documents(paths: list[str], jsonl: Optional[str], fetch_policy=None) -> Iterator:
    """Documents of PATH arguments and --jsonl. With a ``fetch_policy`` (ingest only), PATHs
    may also be http(s) URLs (pages, feeds, sitemaps) and WARC files."""
    from newsgraph.ingest import iter_jsonl_documents, iter_path_documents

    settings = get_settings()
    if jsonl is not None:
        if jsonl == "-":
            buffer = getattr(sys.stdin, "buffer", None)
            stream = io.TextIOWrapper(buffer, encoding="utf-8", errors="replace") if buffer is not None else sys.stdin
        else:
            try:
                stream = open(jsonl, encoding="utf-8", errors="replace")
            except OSError as exc:
                _fail(f"cannot read {jsonl}: {exc.strerror}", 2)
        with stream:
            yield from iter_jsonl_documents(stream, settings.max_input_bytes)
    if fetch_policy is not None:
        from newsgraph.ingest.sources import iter_source_documents

        yield from iter_source_documents(paths, settings.max_input_bytes, fetch_policy=fetch_policy)
        return
    yield from iter_path_documents(paths, settings.max_input_bytes)


def _count_inputs(paths: list[str]) -> int | None:
    from newsgraph.ingest.sources import needs_sources

    if needs_sources(paths):  # URLs, feeds, sitemaps and crawls: unknown until read
        return None
    total = 0
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            from newsgraph.ingest.paths import DOCUMENT_SUFFIXES

            total += max(1, sum(1 for f in p.iterdir() if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES))
        else:
            total += 1
    return total


@contextmanager
def _progress(total: int | None, label: str):
    progress = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal,
    )
    with progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


def _report(outcome) -> None:
    for warning in outcome.warnings:
        err.print(f"newsgraph: warning: {escape(outcome.record.ref)}: {escape(warning)}")
    if outcome.record.error is not None:
        e = outcome.record.error
        err.print(f"newsgraph: error: {escape(outcome.record.ref)}: {escape(e.message)} {escape(f'[{e.kind}]')}")


def _require_inputs(paths: list[str], jsonl: Optional[str]) -> None:
    if not paths and jsonl is None:
        err.print("newsgraph: error: give at least one PATH or --jsonl FILE")
        raise typer.Exit(2)


@app.command()
def extract(
    paths: Annotated[Optional[list[str]], typer.Argument(metavar="PATH...", help=".txt/.html files or directories; - reads one document from stdin.")] = None,
    jsonl: JsonlOption = None,
    published: PublishedOption = None,
    no_clean: NoCleanFlag = False,
) -> None:
    """Extract records and write them as JSON Lines to stdout (no database, no network)."""
    from newsgraph.pipeline import Pipeline

    paths = paths or []
    _require_inputs(paths, jsonl)
    pipeline = Pipeline()
    any_error = False
    write = sys.stdout.write
    with _progress(None if jsonl else _count_inputs(paths), "extracting") as advance:
        for outcome in pipeline.process(_input_documents(paths, jsonl), published=published, clean=not no_clean):
            _report(outcome)
            any_error |= outcome.record.error is not None
            write(outcome.record.to_json() + "\n")
            sys.stdout.flush()
            advance()
    raise typer.Exit(EXIT_RECORD_ERROR if any_error else 0)


@app.command()
def ingest(
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="PATH...", help=".txt/.html files, directories, .warc(.gz) crawls, http(s) URLs of pages, feeds and sitemaps; - reads one document from stdin.")] = None,
    jsonl: JsonlOption = None,
    db: DbOption = None,
    published: PublishedOption = None,
    no_clean: NoCleanFlag = False,
    # scale: URLs and Dask (newsgraph.scale)
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", help="Run the batch on this Dask scheduler, e.g. tcp://HOST:8786.")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, max=256, help="Run the batch on a local Dask cluster of N worker processes.")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow fetching URLs on private, loopback and link-local addresses.")] = False,
    replace: Annotated[bool, typer.Option("--replace", help=(
        "Extract every input again and replace what is stored for it: the article with the same text "
        "(e.g. after upgrading newsgraph) or with the same URL (the page changed since). Without it, "
        "an article whose text is stored is skipped unread, and a changed page is stored beside the old one."))] = False,
) -> None:
    """Extract records and store them. An article whose text is already stored is skipped
    (not read again); --replace extracts it again and replaces the stored record, and
    replaces a stored article with the same URL whose text has changed."""
    from newsgraph.ingest.url import FetchPolicy
    from newsgraph.pipeline import Pipeline
    from newsgraph.scale.writer import fully_stored, index_story, unindex_stories
    from newsgraph.store import Store, StoreError

    paths = paths or []
    _require_inputs(paths, jsonl)
    documents = _input_documents(paths, jsonl, FetchPolicy(allow_private=allow_private))
    if replace and (scheduler or workers):
        _fail("--replace runs in this process: leave out --workers and --scheduler", 2)
    if scheduler or workers:
        from newsgraph.scale.cli import ingest_on_dask

        ingest_on_dask(documents, db, scheduler=scheduler, workers=workers, published=published, clean=not no_clean)
    try:
        store = Store(db or _default_db())
    except NewsgraphError as exc:
        _fail(exc.message)
    pipeline = Pipeline()
    added = skipped = failed = replaced = 0
    with store, _progress(None if jsonl else _count_inputs(paths), "ingesting") as advance:
        skip = None if replace else functools.partial(fully_stored, store)
        for outcome in pipeline.process(documents, published=published, clean=not no_clean, skip=skip):
            _report(outcome)
            record = outcome.record
            advance()
            if outcome.skipped:  # stored by an earlier run: not parsed again
                skipped += 1
                continue
            if record.error is not None and not record.article.text:
                failed += 1
                continue
            try:
                if replace:
                    result = store.replace_record(record)
                    unindex_stories(store, result.replaced)  # placed again below, as the new version
                    replaced += bool(result.replaced)
                else:
                    result = store.add_record(record)
                index_story(store, record)  # scale: duplicate groups and stories
            except StoreError as exc:
                err.print(f"newsgraph: error: {escape(record.ref)}: {escape(exc.message)} \\[store]")
                failed += 1
                continue
            failed += record.error is not None
            added += result.added and not result.replaced
            skipped += not result.added and not replace
    if replace:
        err.print(f"newsgraph: {added} added, {replaced} replaced, {failed} with errors")
    else:
        err.print(f"newsgraph: {added} added, {skipped} already stored, {failed} with errors")
    raise typer.Exit(EXIT_RECORD_ERROR if failed else 0)


def _open_store(db: Optional[str]):
    """The store, for commands that read it: an error when there is none at that URL."""
    from newsgraph.store import Store
    from newsgraph.store.db import require_database

    try:
        require_database(db or _default_db())
        return Store(db or _default_db())
    except NewsgraphError as exc:
        _fail(exc.message)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=None) + "\n")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id (or a unique prefix of at least 6 characters).")],
    db: DbOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Show one stored article's record."""
    from newsgraph.render import render_record

    with _open_store(db) as store:
        try:
            record = store.get_record(article_id)
            if record is None:
                from newsgraph.store.queries import replaced_by

                with store.session() as s:
                    new = replaced_by(s, article_id.strip())
                if new is not None:  # an older version that `ingest --replace` replaced
                    err.print(f"newsgraph: article {article_id.strip()} was replaced by {new}; showing that")
                    record = store.get_record(new)
        except NewsgraphError as exc:
            _fail(exc.message)
    if record is None:
        hint = " (give the whole id or at least its first 6 characters)" if len(article_id.strip()) < 6 else ""
        _fail(f"no article with id {article_id!r}{hint}")
    if as_json:
        sys.stdout.write(record.to_json() + "\n")
        return
    render_record(out, record)


@app.command()
def actors(
    db: DbOption = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="Only this entity type (PERSON, ORG, GPE, …).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 50,
    as_json: JsonFlag = False,
) -> None:
    """Actors across the stored articles, most mentioned first."""
    with _open_store(db) as store:
        rows = store.actors(type_=type_, limit=limit)
    if as_json:
        _print_json(rows)
        return
    table = data_table("actor", "type", "country", "articles", "roles", title="Actors")
    for r in rows:
        table.add_row(escape(r["name"]), r["type"], r["country"] or "", str(r["articles"]), escape("; ".join(r["roles"])))
    out.print(table)


@app.command()
def quotes(
    by: Annotated[Optional[str], typer.Option("--by", metavar="NAME", help="Only quotes whose speaker's name contains NAME.")] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 100,
    as_json: JsonFlag = False,
) -> None:
    """Who said what: attributions with their speakers."""
    with _open_store(db) as store:
        rows = store.quotes(by=by, limit=limit)
    if as_json:
        _print_json(rows)
        return
    table = data_table("speaker", "kind", "cue", "content", "date", title="Quotes")
    for r in rows:
        table.add_row(escape(r["speaker"] or f"({r['source'] or 'unknown'})"), r["kind"], escape(r["cue"] or ""),
                      escape(_clip(r["content"], 110)), r["published"] or "")
    out.print(table)


@app.command()
def events(
    type_: Annotated[Optional[str], typer.Option("--type", metavar="T", help="PLOVER type, e.g. CONSULT.")] = None,
    status: Annotated[Optional[str], typer.Option("--status", metavar="S", help="happened, ongoing, planned, hypothetical or negated.")] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 100,
    as_json: JsonFlag = False,
) -> None:
    """Events coded in PLOVER, with actors, recipients, status and date."""
    from newsgraph.record import EVENT_STATUSES, EVENT_TYPES

    if type_ and type_.upper() not in EVENT_TYPES:
        err.print(f"newsgraph: error: unknown event type {type_!r}; one of {', '.join(EVENT_TYPES)}")
        raise typer.Exit(2)
    if status and status.lower() not in EVENT_STATUSES:
        err.print(f"newsgraph: error: unknown status {status!r}; one of {', '.join(EVENT_STATUSES)}")
        raise typer.Exit(2)
    with _open_store(db) as store:
        rows = store.events(type_=type_, status=status, limit=limit)
    if as_json:
        _print_json(rows)
        return
    table = data_table("type", "status", "actors", "recipients", "trigger", "date", "place", title="Events")
    for r in rows:
        table.add_row(event_code(r["type"], r["mode"]), r["status"], escape(r["actors"]),
                      escape(r["recipients"]), escape(r["trigger"]), r["date"] or "", escape(r["location"] or ""))
    out.print(table)


@app.command()
def summary(db: DbOption = None) -> None:
    """A readable overview of the store: actors with roles, who said what, events."""
    from newsgraph.render import render_summary

    with _open_store(db) as store:
        render_summary(out, store)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from newsgraph.record import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


def _register_subcommands() -> None:
    """Commands that live with their stage, so each stage owns its command line."""
    from newsgraph.api.cli import serve as serve_command
    from newsgraph.api.cli import worker as worker_command
    from newsgraph.eval.cli import eval_app
    from newsgraph.export.cli import export_app, import_command
    from newsgraph.store.actors_cli import register_actor_commands

    app.command(name="serve")(serve_command)
    app.command(name="worker")(worker_command)
    from newsgraph.scale import cli as scale_cli

    for command in (scale_cli.watch, scale_cli.bench, scale_cli.stories, scale_cli.story):
        app.command(name=command.__name__)(command)
    app.add_typer(eval_app, name="eval")
    app.add_typer(export_app, name="export")
    app.command(name="import")(import_command)
    register_actor_commands(app)


_register_subcommands()


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsgraph {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False) -> None:
    pass


def main() -> None:
    from newsgraph.config import ConfigError

    try:
        app()
    except ConfigError as exc:  # a bad NEWSGRAPH_* value: one line, not a traceback
        err.print(f"newsgraph: error: {escape(exc.message)}")
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("newsgraph: interrupted")
        sys.exit(130)
    except BrokenPipeError:  # `newsgraph extract … | head`
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":
    main()
