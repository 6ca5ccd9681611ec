"""Scale commands: ``watch``, ``bench``, ``stories``, ``story``, and the Dask path of ``ingest``."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer
from rich.markup import escape

from newsgraph.render import data_table

EXIT_RECORD_ERROR = 3

DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy database URL (default: $NEWSGRAPH_DB or sqlite:///newsgraph.db).")]


def _consoles():
    from newsgraph.cli import err, out

    return err, out


def _db(db: Optional[str]) -> str:
    from newsgraph.config import get_settings

    return db or get_settings().db_url


def _open_store(db: Optional[str], existing: bool = False):
    """The store (``existing``: for commands that read it, an error when there is none)."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.store import Store
    from newsgraph.store.db import require_database

    err, _ = _consoles()
    try:
        if existing:
            require_database(_db(db))
        return Store(_db(db))
    except NewsgraphError as exc:
        err.print(f"newsgraph: error: {escape(exc.message)}")
        raise typer.Exit(1) from None


def ingest_on_dask(documents, db: Optional[str], *, scheduler: Optional[str], workers: Optional[int],
                   published: Optional[str], clean: bool) -> None:
    """The Dask path of ``newsgraph ingest`` (``--scheduler`` / ``--workers``)."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.scale.dask_runner import run_distributed

    err, _ = _consoles()

    def report(item) -> None:
        for warning in item.warnings:
            err.print(f"newsgraph: warning: {escape(item.ref)}: {escape(warning)}")
        if item.error:
            err.print(f"newsgraph: error: {escape(item.ref)}: {escape(item.error)}")

    try:
        summary = run_distributed(documents, _db(db), scheduler=scheduler, workers=workers, published=published,
                                  clean=clean, on_item=report)
    except NewsgraphError as exc:
        err.print(f"newsgraph: error: {escape(exc.message)}")
        raise typer.Exit(1) from None
    except OSError as exc:  # scheduler unreachable, and the like
        err.print(f"newsgraph: error: Dask: {escape(str(exc))}")
        raise typer.Exit(1) from None
    rate = (summary.added + summary.skipped) / summary.seconds if summary.seconds else 0.0
    err.print(f"newsgraph: {summary.added} added, {summary.skipped} already stored, {summary.failed} with errors "
              f"({summary.workers} workers, {rate:.1f} articles/s)")
    raise typer.Exit(EXIT_RECORD_ERROR if summary.failed else 0)


def _feed_problem(result) -> str:
    """One line: what went wrong with a feed, and whether and when it is asked again."""
    message = result.message or "failed"
    if message.startswith(result.feed + " "):  # "URL answered HTTP 500": the line starts with the URL already
        message = message[len(result.feed) + 1:]
    if result.gave_up:
        return f"{message}; gave up after {result.failures} failed polls in a row (the other feeds go on)"
    if result.failures and result.retry_in is not None:
        return f"{message}; failed poll {result.failures}, asked again in {_duration(result.retry_in)}"
    return message


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def watch(
    feeds: Annotated[list[str], typer.Argument(metavar="FEED...", help="RSS or Atom feed URLs.")],
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once and exit (for cron and tests).")] = False,
    interval: Annotated[float, typer.Option("--interval", min=60.0, metavar="SECONDS",
                                            help="Minimum time between two polls of one feed (a feed's <ttl> can lengthen it).")] = 900.0,
    delay: Annotated[float, typer.Option("--delay", min=0.0, metavar="SECONDS",
                                         help="Minimum time between two requests to one host (robots.txt Crawl-delay can lengthen it).")] = 1.0,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow private, loopback and link-local addresses.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, metavar="SECONDS")] = 10.0,
) -> None:
    """Follow RSS/Atom feeds: fetch and store each new article (conditional GET, polite intervals).

    A feed that fails (HTTP 5xx, timeouts, not a feed) is asked again after an exponential
    back-off; after 5 failed polls in a row it is given up until watch is started again, and
    the other feeds go on. watch ends when every feed is given up (exit status 3)."""
    from newsgraph.ingest.url import Fetcher, FetchPolicy, is_url
    from newsgraph.pipeline import Pipeline
    from newsgraph.scale.watch import FeedWatcher

    err, _ = _consoles()
    bad = [f for f in feeds if not is_url(f)]
    if bad:
        err.print(f"newsgraph: error: not an http(s) URL: {escape(bad[0])}")
        raise typer.Exit(2)
    any_error = False

    def on_record(record, store_error) -> None:
        nonlocal any_error
        if store_error:
            any_error = True
            err.print(f"newsgraph: error: {escape(record.ref)}: {escape(store_error)} \\[store]")
        elif record.error is not None:
            any_error = True
            err.print(f"newsgraph: error: {escape(record.ref)}: {escape(record.error.message)} {escape(f'[{record.error.kind}]')}")

    def on_poll(result) -> None:
        nonlocal any_error
        if result.status == "error":
            any_error = True
            err.print(f"newsgraph: error: {escape(result.feed)}: {escape(_feed_problem(result))} \\[feed]")
        else:
            err.print(f"newsgraph: {escape(result.feed)}: {result.status}, {result.new} new entries, {result.stored} stored")

    store = _open_store(db)
    with store, Fetcher(FetchPolicy(allow_private=allow_private, timeout=timeout)) as fetcher:
        watcher = FeedWatcher(store, fetcher, Pipeline(), interval=interval, delay=delay, on_record=on_record)
        try:
            watcher.run(feeds, once=once, on_poll=on_poll)
        except KeyboardInterrupt:
            err.print("newsgraph: stopped")
            raise typer.Exit(0) from None
    raise typer.Exit(EXIT_RECORD_ERROR if any_error else 0)


def bench(
    directory: Annotated[str, typer.Argument(metavar="DIR", help="A directory of .txt/.html articles.")],
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Only the first N documents.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, max=1024)] = 16,
    rounds: Annotated[int, typer.Option("--rounds", min=1, max=9, help="Alternate the phases N times; report the median.")] = 1,
    store: Annotated[bool, typer.Option("--store", help="Also time writing to a fresh SQLite store with the story index.")] = False,
    dask_workers: Annotated[Optional[str], typer.Option("--dask-workers", metavar="N,M", help="Also time ingest on a LocalCluster of each number of workers.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """End-to-end articles per second and peak memory, next to the bare spaCy parse of the same texts."""
    from pathlib import Path

    from newsgraph.scale.bench import run_bench, run_dask_curve

    err, out = _consoles()
    if not Path(directory).is_dir():
        err.print(f"newsgraph: error: {escape(directory)} is not a directory")
        raise typer.Exit(2)
    counts: list[int] = []
    if dask_workers:
        try:
            counts = [int(x) for x in dask_workers.split(",") if x.strip()]
        except ValueError:
            err.print("newsgraph: error: --dask-workers takes numbers like 1,2")
            raise typer.Exit(2) from None

    def progress(round_no, result) -> None:
        err.print(f"newsgraph: round {round_no}: {result.phase}: {result.articles_per_s:.2f} articles/s, "
                  f"peak {result.peak_mb:.0f} MB")

    report = run_bench(directory, limit=limit, batch_size=batch_size, rounds=rounds, store=store, on_result=progress)
    if counts:
        report["dask"] = run_dask_curve(directory, counts, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
        return
    table = data_table("phase", "articles", "words", "seconds", "articles/s", "words/s", "peak MB",
                  title=f"newsgraph bench {escape(directory)} (batch {batch_size}, median of {rounds})")
    for name, r in report["phases"].items():
        table.add_row(name, str(r["articles"]), str(r["words"]), f"{r['seconds']:.2f}", f"{r['articles_per_s']:.2f}",
                      f"{r['words_per_s']:.0f}", f"{r['peak_mb']:.0f}")
    out.print(table)
    out.print(f"end-to-end / parse throughput: {report['ratio_end_to_end_to_parse']:.2f}"
              + (f" (per round: {', '.join(f'{r:.2f}' for r in report['ratio_per_round'])})" if rounds > 1 else ""))
    for row in report.get("dask", []):
        out.print(f"dask {row['workers']} worker(s): {row['articles_per_s']:.2f} articles/s "
                  f"({row['articles']} articles in {row['seconds']:.1f} s; {row['wall_seconds_with_startup']:.1f} s with startup)")


def stories(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 50,
    min_articles: Annotated[int, typer.Option("--min-articles", min=1, help="Only stories with at least N articles.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Developing stories: articles grouped over time, near-duplicates counted once."""
    from newsgraph.scale.stories import StoryIndex

    _, out = _consoles()
    with _open_store(db, existing=True) as store:
        rows = StoryIndex(store.engine).list_stories(limit=limit, min_articles=min_articles)
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        return
    # Eight columns left a title one word wide on an 80-column terminal: the dates share a
    # column (one line when the story lies on one day) and near-duplicate copies are counted
    # beside the distinct articles ("3+2").
    table = data_table("story", "title", "dates", "articles", "sources", "events", title="Stories")
    for r in rows:
        dates = r["first"] or "" if r["first"] == r["last"] else f"{r['first'] or '?'}\n{r['last'] or '?'}"
        copies = r["articles"] - r["distinct_articles"]
        articles = f"{r['distinct_articles']}+{copies}" if copies > 0 else str(r["distinct_articles"])
        table.add_row(str(r["id"]), escape(r["title"] or ""), dates, articles, str(r["sources"]), str(r["events"]))
    table.caption = "articles: distinct articles +N near-duplicate copies · dates: first and last publication"
    out.print(table)


def story(
    story_id: Annotated[int, typer.Argument(metavar="ID", help="Story id (see `newsgraph stories`).")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A story's timeline: its articles in time order and its events, each counted once."""
    from newsgraph.scale.stories import StoryIndex

    err, out = _consoles()
    with _open_store(db, existing=True) as store:
        timeline = StoryIndex(store.engine).timeline(story_id)
    if timeline is None:
        err.print(f"newsgraph: error: no story {story_id}")
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(timeline, ensure_ascii=False) + "\n")
        return
    out.print(f"[bold]Story {timeline['id']}[/bold]: {escape(timeline['title'] or '')} "
              f"({timeline['first'] or '?'} – {timeline['last'] or '?'})")
    table = data_table("date", "article", "copies", "sources", title="Articles")
    for a in timeline["articles"]:
        table.add_row(a["published"] or "", escape(a["title"] or a["article_id"][:12]), str(a["copies"]),
                      escape(", ".join(a["sources"])))
    out.print(table)
    # The three GDELT counts share one column ("3/2/1"): three headers wider than their numbers
    # left the actors' names three letters wide on an 80-column terminal.
    table = data_table("date", "type", "status", "actors", "recipients", "reports", title="Events")
    for e in timeline["events"]:
        table.add_row(e["date"] or (f"{e['first_reported']}\n(reported)" if e["first_reported"] else ""), e["type"],
                      e["status"] or "", escape(e["actors"]), escape(e["recipients"]),
                      f"{e['num_mentions']}/{e['num_articles']}/{e['num_sources']}")
    table.caption = "reports: mentions/articles/sources (GDELT NumMentions/NumArticles/NumSources)"
    out.print(table)
