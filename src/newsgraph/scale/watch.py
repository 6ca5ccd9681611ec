"""``newsgraph watch FEED...``: poll RSS/Atom feeds politely and ingest their new articles.

Politeness: each feed is asked for with If-None-Match / If-Modified-Since (a 304 costs the
publisher nothing), no more often than ``interval`` seconds or the feed's own <ttl>, later
after Retry-After or failures (exponential back-off); article pages on one host are fetched
at least ``delay`` seconds apart (or robots.txt's Crawl-delay, if longer).

State lives in the store's database (``scale_feeds``, ``scale_feed_seen``,
``scale_feed_entry_failures``): an entry is marked seen only once its article is stored (or has
failed for good), so a watcher killed at any point and started again loses nothing and fetches
nothing twice that it had finished; and an entry's failed fetches are counted across runs, so
``--once`` from cron gives up a page that never comes back as a long-running watcher does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from sqlalchemy import Engine, delete, insert, select, update

from newsgraph.errors import InputError, NewsgraphError
from newsgraph.ingest.document import InputDocument
from newsgraph.ingest.feed import entry_document, parse_feed
from newsgraph.ingest.url import Fetcher, FetchError
from newsgraph.scale.tables import feed_entry_failures, feed_seen, feeds

# Fetch failures worth another try on the next poll; anything else is final for that entry.
TRANSIENT_KINDS = {"timeout", "connection", "dns"}
# An article page answering "slow down" or a server error is worth another try too.
_TEMPORARY_STATUS = re.compile(r"answered HTTP (?:429|5\d\d)$")


def temporary_failure(error) -> bool:
    """Whether a fetch failure may well not happen on the next try."""
    return error is not None and (error.kind in TRANSIENT_KINDS
                                  or (error.kind == "http-status" and bool(_TEMPORARY_STATUS.search(error.message))))
MAX_BACKOFF = 6 * 3600
# Failed polls in a row after which ``run`` stops asking a feed (until watch is started again):
# a feed answering 5xx was otherwise asked forever, every 6 hours at the end of the back-off.
MAX_FEED_FAILURES = 5


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class PollResult:
    feed: str
    status: str  # "new", "not-modified", "error"
    entries: int = 0
    new: int = 0
    stored: int = 0
    failed: int = 0
    message: str | None = None
    retry_in: float | None = None  # seconds until the feed is asked again, after an error
    failures: int = 0  # failed polls in a row in this run (set by ``run``)
    gave_up: bool = False  # ``run`` asks this feed no more

class FeedState:
    """Per-feed validators and schedule, and the set of entries already handled."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def get(self, url: str) -> dict:
        with self.engine.connect() as conn:
            row = conn.execute(select(feeds).where(feeds.c.url == url)).first()
        return dict(row._mapping) if row else {"url": url, "etag": None, "last_modified": None, "failures": 0,
                                                "next_poll_at": None, "last_polled_at": None, "last_error": None}

    def save(self, url: str, **values) -> None:
        with self.engine.begin() as conn:
            exists = conn.execute(select(feeds.c.url).where(feeds.c.url == url)).first()
            if exists:
                conn.execute(update(feeds).where(feeds.c.url == url).values(**values))
            else:
                conn.execute(insert(feeds).values(url=url, **{"failures": 0, **values}))

    def seen(self, url: str, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        with self.engine.connect() as conn:
            return set(conn.execute(select(feed_seen.c.entry_key).where(
                feed_seen.c.feed_url == url, feed_seen.c.entry_key.in_(keys))).scalars())

    def mark_seen(self, url: str, key: str, link: str | None, article_id: str | None) -> None:
        with self.engine.begin() as conn:
            if not conn.execute(select(feed_seen.c.entry_key).where(
                    feed_seen.c.feed_url == url, feed_seen.c.entry_key == key)).first():
                conn.execute(insert(feed_seen).values(feed_url=url, entry_key=key, link=link,
                                                      article_id=article_id, seen_at=_now()))
            # In the same transaction: a seen entry is never fetched again, so its count is done.
            conn.execute(delete(feed_entry_failures).where(
                feed_entry_failures.c.feed_url == url, feed_entry_failures.c.entry_key == key))

    def entry_failures(self, url: str, keys: list[str]) -> dict[str, int]:
        """Failed fetches in a row so far, of those of ``keys`` whose page has failed."""
        if not keys:
            return {}
        with self.engine.connect() as conn:
            return dict(conn.execute(select(feed_entry_failures.c.entry_key, feed_entry_failures.c.failures).where(
                feed_entry_failures.c.feed_url == url, feed_entry_failures.c.entry_key.in_(keys))).all())

    def save_entry_failures(self, url: str, key: str, failures: int, error: str | None) -> None:
        values = {"failures": failures, "last_error": error, "last_tried_at": _now()}
        with self.engine.begin() as conn:
            if not conn.execute(update(feed_entry_failures).where(
                    feed_entry_failures.c.feed_url == url, feed_entry_failures.c.entry_key == key).values(**values)).rowcount:
                conn.execute(insert(feed_entry_failures).values(feed_url=url, entry_key=key, **values))

    def forget_entry_failures(self, url: str, key: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(feed_entry_failures).where(
                feed_entry_failures.c.feed_url == url, feed_entry_failures.c.entry_key == key))


class HostPacer:
    """At least ``delay`` seconds between two requests to one host."""

    def __init__(self, delay: float, sleep: Callable[[float], None] = time.sleep):
        self.delay = delay
        self.sleep = sleep
        self.last: dict[str, float] = {}

    def wait(self, url: str, delay: float | None = None) -> None:
        host = urlsplit(url).netloc
        gap = max(self.delay, delay or 0.0)
        previous = self.last.get(host)
        if previous is not None:
            remaining = previous + gap - time.monotonic()
            if remaining > 0:
                self.sleep(remaining)
        self.last[host] = time.monotonic()


class FeedWatcher:
    def __init__(self, store, fetcher: Fetcher, pipeline, *, interval: float = 900.0, delay: float = 1.0,
                 published: str | None = None, on_record: Callable | None = None,
                 sleep: Callable[[float], None] = time.sleep, max_failures: int = MAX_FEED_FAILURES):
        self.store = store
        self.state = FeedState(store.engine)
        self.fetcher = fetcher
        self.pipeline = pipeline
        self.interval = interval
        self.pacer = HostPacer(delay, sleep)
        self.published = published
        self.on_record = on_record
        self.sleep = sleep
        self.max_failures = max_failures

    def poll(self, url: str) -> PollResult:
        """Ask the feed once (conditionally) and ingest its new entries."""
        from newsgraph.scale.writer import index_story, write_record
        from newsgraph.store import StoreError

        state = self.state.get(url)
        headers = {}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        self.pacer.wait(url)
        now = _now()
        result = None
        try:
            result = self.fetcher.get(url, headers=headers, accept_status=(200, 304, 429, 503))
            if result.status in (429, 503):  # asked to slow down: honour Retry-After
                raise FetchError(f"{url} answered HTTP {result.status}", kind="http-status")
        except FetchError as exc:
            failures = (state.get("failures") or 0) + 1
            backoff = min(MAX_BACKOFF, self.interval * 2 ** min(failures, 10))
            if result is not None:
                backoff = max(backoff, _retry_after(result.headers.get("retry-after")) or 0)
            self.state.save(url, last_polled_at=now, failures=failures, last_error=exc.message,
                            next_poll_at=now + timedelta(seconds=backoff))
            return PollResult(url, "error", message=exc.message, retry_in=backoff)
        wait = self.interval
        if result.status == 304:
            self.state.save(url, last_polled_at=now, failures=0, last_error=None,
                            next_poll_at=now + timedelta(seconds=wait))
            return PollResult(url, "not-modified")
        try:
            feed = parse_feed(result.content, result.url)
        except InputError as exc:
            self.state.save(url, last_polled_at=now, failures=(state.get("failures") or 0) + 1,
                            last_error=exc.message, next_poll_at=now + timedelta(seconds=wait))
            return PollResult(url, "error", message=exc.message, retry_in=wait)
        if feed.ttl_minutes:
            wait = max(wait, feed.ttl_minutes * 60.0)
        seen = self.state.seen(url, [e.key for e in feed.entries])
        entry_failures = self.state.entry_failures(url, [e.key for e in feed.entries if e.key not in seen])
        out = PollResult(url, "new", entries=len(feed.entries))
        retry = False  # an entry left for the next poll, which must then read the feed again
        for entry in feed.entries:
            if entry.key in seen:
                continue
            out.new += 1
            if entry.link:
                self.pacer.wait(entry.link, self.fetcher.crawl_delay(entry.link))
            doc = entry_document(entry, self.fetcher)
            if temporary_failure(doc.error):
                tries = entry_failures.get(entry.key, 0) + 1
                if tries < self.max_failures:
                    # Counted in the database: with ``--once`` from cron each poll is a new process.
                    self.state.save_entry_failures(url, entry.key, tries, doc.error.message)
                    out.failed += 1  # try again on the next poll
                    retry = True
                    continue
                # A page that failed ``max_failures`` polls in a row was otherwise asked on every
                # poll for ever (and kept the feed from conditional requests): it fails for good,
                # reported with its record's error, and is marked seen (which drops its count).
                doc = InputDocument.failed(doc.ref, NewsgraphError(
                    f"{doc.error.message}; gave up after {tries} polls", kind=doc.error.kind))
            elif entry.key in entry_failures:  # fetched at last: the failures in a row are over
                self.state.forget_entry_failures(url, entry.key)
            record = self.pipeline.process_one(doc, published=self.published)
            article_id = None
            if record.article.text:
                try:
                    write_record(self.store, record)
                    index_story(self.store, record)
                except StoreError as exc:
                    out.failed += 1
                    if self.on_record is not None:
                        self.on_record(record, exc.message)
                    retry = True
                    continue  # not marked seen: the next poll tries again
                article_id = record.article.id
                out.stored += 1
            if record.error is not None:
                out.failed += not record.article.text
            if self.on_record is not None:
                self.on_record(record, None)
            self.state.mark_seen(url, entry.key, entry.link, article_id)
        retry_after = _retry_after(result.headers.get("retry-after"))
        # With an entry left to retry, the feed's validators are not kept: a conditional request
        # would be answered 304 and the entry never read again while the feed stays the same.
        self.state.save(url, etag=None if retry else result.headers.get("etag"),
                        last_modified=None if retry else result.headers.get("last-modified"),
                        last_polled_at=now, failures=0, last_error=None,
                        next_poll_at=_now() + timedelta(seconds=max(wait, retry_after or 0)))
        return out

    def due(self, urls: list[str]) -> list[str]:
        now = _now()
        out = []
        for url in urls:
            nxt = self.state.get(url).get("next_poll_at")
            if nxt is None or nxt <= now:
                out.append(url)
        return out

    def _poll_guarded(self, url: str, held: dict[str, float], failures: dict[str, int]) -> PollResult:
        """``poll``, with whatever goes wrong turned into an error result (one feed's failure,
        even an unexpected one, must not stop the others), counted, and bounded: after
        ``max_failures`` failed polls in a row the result says the feed is given up."""
        try:
            result = self.poll(url)
        except Exception as exc:  # noqa: BLE001 - reported on the feed's line, the others go on
            result = PollResult(url, "error", message=f"{type(exc).__name__}: {exc}")
        if result.status != "error":
            failures.pop(url, None)
            return result
        failures[url] = result.failures = failures.get(url, 0) + 1
        if result.retry_in is None:  # the feed's state was not saved: hold it here instead
            result.retry_in = min(MAX_BACKOFF, self.interval * 2 ** min(result.failures, 10))
            held[url] = time.monotonic() + result.retry_in
        result.gave_up = result.failures >= self.max_failures
        return result

    def run(self, urls: list[str], *, once: bool = False, on_poll: Callable[[PollResult], None] | None = None,
            max_polls: int | None = None) -> list[PollResult]:
        """Poll every feed; with ``once``, each feed one time now, regardless of schedule. A feed
        that fails ``max_failures`` polls in a row is given up (the others go on); when every
        feed is given up, ``run`` returns."""
        results: list[PollResult] = []
        held: dict[str, float] = {}
        failures: dict[str, int] = {}
        if once:
            for url in urls:
                results.append(self._poll_guarded(url, held, failures))
                results[-1].gave_up, results[-1].failures = False, 0  # one poll each: no retries to tell of
                if on_poll:
                    on_poll(results[-1])
            return results
        urls = list(urls)
        while urls and (max_polls is None or len(results) < max_polls):
            now = time.monotonic()
            for url in self.due([u for u in urls if held.get(u, 0.0) <= now]):
                results.append(self._poll_guarded(url, held, failures))
                if results[-1].gave_up:
                    urls.remove(url)
                if on_poll:
                    on_poll(results[-1])
            if not urls:
                break
            now = time.monotonic()
            nexts = [self.state.get(u).get("next_poll_at") for u in urls if held.get(u, 0.0) <= now]
            soonest = min((n for n in nexts if n is not None), default=None)
            pause = (soonest - _now()).total_seconds() if soonest else self.interval
            pause = min([pause] + [held[u] - now for u in urls if held.get(u, 0.0) > now])
            self.sleep(min(max(pause, 1.0), self.interval))
        return results


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(when.tzinfo or timezone.utc)).total_seconds())
