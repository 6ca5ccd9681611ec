"""RSS/Atom feeds: conditional GET, a persistent seen-set and polite pacing, against a local
server on 127.0.0.1 (the tests pass --allow-private to reach it)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from backends import backend, store_url  # noqa: F401 - fixtures
from local_http import LocalServer, Response

from newsgraph.ingest.feed import looks_like_feed, parse_feed
from newsgraph.scale.watch import FeedState, FeedWatcher, HostPacer
from newsgraph.store import Store

ARTICLES = {
    "a1": ("Rail union calls off weekend strike", "The rail workers' union of Norland called off a weekend strike on Friday after the transport ministry agreed to reopen talks on shift pay, union secretary Jana Holm said."),
    "a2": ("Norland opens new wind farm", "Norland's energy minister, Petr Vasko, opened a wind farm of forty turbines off the northern coast on Thursday and said it would power 120,000 homes."),
    "a3": ("Museum returns stolen paintings", "The national museum of Norland handed back three paintings stolen in 1998 to a church in the town of Stavik on Wednesday, the culture ministry said."),
    "a4": ("Norland central bank holds rates", "The central bank of Norland kept its main interest rate at 3.5 percent on Monday, governor Lea Dahl said, citing slowing inflation."),
}


def page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body}</p><p>{body.split(',')[0]}, officials added in a statement.</p></article></body></html>")


def rss(server, keys: list[str], ttl: int | None = None) -> str:
    items = "".join(
        f"<item><title>{ARTICLES[k][0]}</title><link>{server.url('/' + k)}</link><guid>{server.url('/' + k)}</guid>"
        f"<pubDate>Mon, 0{n + 1} Sep 2025 10:00:00 GMT</pubDate></item>" for n, k in enumerate(keys))
    ttl_tag = f"<ttl>{ttl}</ttl>" if ttl else ""
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Norland Wire</title>{ttl_tag}'
            f"<link>{server.base}</link><description>test</description>{items}</channel></rss>")


class FeedSite:
    """A feed with an ETag that changes with its content; 304 when the client has it."""

    def __init__(self, server: LocalServer, keys: list[str]):
        self.server = server
        self.keys = keys
        self.version = 1
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        for k, (title, body) in ARTICLES.items():
            server.routes["/" + k] = Response(body=page(title, body))
        server.routes["/feed.xml"] = self.feed

    def feed(self, req):
        etag = f'"v{self.version}"'
        if req.headers.get("if-none-match") == etag:
            return Response(304, b"", headers={"ETag": etag}, content_type=None)
        return Response(body=rss(self.server, self.keys), headers={"ETag": etag}, content_type="application/rss+xml")


@pytest.fixture
def site():
    with LocalServer() as server:
        yield FeedSite(server, ["a1", "a2", "a3"])


def test_watch_once_conditional_get_and_seen_set(site, tmp_path, run_cli):
    server = site.server
    db = f"sqlite:///{tmp_path / 'w.db'}"
    feed = server.url("/feed.xml")
    code, _, err = run_cli("watch", feed, "--once", "--allow-private", "--delay", "0", "--db", db)
    assert code == 0, err
    assert "3 stored" in err
    with Store(db) as store:
        assert store.count_articles() == 3
        rec = store.list_articles()[0]
        assert rec["published"].startswith("2025-09-0")  # from the feed entry's pubDate
    assert sorted(p for p in server.paths() if p.startswith("/a")) == ["/a1", "/a2", "/a3"]

    # Same feed again: the server answers 304 to If-None-Match, no article is fetched.
    server.requests.clear()
    code, _, err = run_cli("watch", feed, "--once", "--allow-private", "--delay", "0", "--db", db)
    assert code == 0 and "not-modified" in err
    feed_req = next(r for r in server.requests if r.path == "/feed.xml")
    assert feed_req.headers.get("if-none-match") == '"v1"'
    assert not any(p.startswith("/a") for p in server.paths())

    # A new entry: only it is fetched; the seen-set (in the database) skips the others.
    site.keys.append("a4")
    site.version = 2
    server.requests.clear()
    code, _, err = run_cli("watch", feed, "--once", "--allow-private", "--delay", "0", "--db", db)
    assert code == 0 and "1 new entries, 1 stored" in err
    assert [p for p in server.paths() if p.startswith("/a")] == ["/a4"]
    with Store(db) as store:
        assert store.count_articles() == 4


def test_watch_refuses_localhost_without_the_flag(site, tmp_path, run_cli):
    code, _, err = run_cli("watch", site.server.url("/feed.xml"), "--once", "--db", f"sqlite:///{tmp_path / 'w.db'}")
    assert code == 3 and "refusing to fetch" in err
    assert site.server.requests == []


def test_last_modified_is_sent_back(tmp_path, pipeline):
    from newsgraph.ingest.url import Fetcher, FetchPolicy

    with LocalServer() as server:
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        stamp = "Mon, 01 Sep 2025 10:00:00 GMT"

        def feed(req):
            if req.headers.get("if-modified-since") == stamp:
                return Response(304, b"", content_type=None)
            return Response(body=rss(server, []), headers={"Last-Modified": stamp}, content_type="application/rss+xml")

        server.routes["/feed.xml"] = feed
        with Store(f"sqlite:///{tmp_path / 'w.db'}") as store, Fetcher(FetchPolicy(allow_private=True)) as fetcher:
            watcher = FeedWatcher(store, fetcher, pipeline, delay=0)
            assert watcher.poll(server.url("/feed.xml")).status == "new"
            assert watcher.poll(server.url("/feed.xml")).status == "not-modified"


def test_feeds_are_not_polled_before_their_interval_or_ttl(site, tmp_path, pipeline):
    from newsgraph.ingest.url import Fetcher, FetchPolicy

    site.server.routes["/ttl.xml"] = Response(body=rss(site.server, [], ttl=120), content_type="application/rss+xml")
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store, Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        watcher = FeedWatcher(store, fetcher, pipeline, interval=600, delay=0)
        feed, ttl = site.server.url("/feed.xml"), site.server.url("/ttl.xml")
        assert watcher.due([feed, ttl]) == [feed, ttl]
        watcher.poll(feed)
        watcher.poll(ttl)
        assert watcher.due([feed, ttl]) == []
        state = FeedState(store.engine)
        now = datetime.utcnow()
        assert timedelta(seconds=590) < state.get(feed)["next_poll_at"] - now <= timedelta(seconds=600)
        assert state.get(ttl)["next_poll_at"] - now > timedelta(minutes=119)  # <ttl>120</ttl> wins over 600 s


def test_failing_feed_backs_off(tmp_path, pipeline):
    from newsgraph.ingest.url import Fetcher, FetchPolicy

    with LocalServer() as server:
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        server.routes["/feed.xml"] = Response(503, "busy", content_type="text/plain")
        with Store(f"sqlite:///{tmp_path / 'w.db'}") as store, Fetcher(FetchPolicy(allow_private=True)) as fetcher:
            watcher = FeedWatcher(store, fetcher, pipeline, interval=600, delay=0)
            gaps = []
            for _ in range(3):
                assert watcher.poll(server.url("/feed.xml")).status == "error"
                row = FeedState(store.engine).get(server.url("/feed.xml"))
                gaps.append((row["next_poll_at"] - row["last_polled_at"]).total_seconds())
            assert gaps[0] < gaps[1] < gaps[2]


def test_host_pacer_spaces_requests_per_host():
    slept: list[float] = []
    pacer = HostPacer(2.0, sleep=slept.append)
    pacer.wait("http://a.example/1")
    pacer.wait("http://b.example/1")
    assert slept == []
    pacer.wait("http://a.example/2")
    assert len(slept) == 1 and 1.9 < slept[0] <= 2.0
    pacer.wait("http://b.example/2", delay=5.0)  # robots.txt Crawl-delay is longer
    assert 4.9 < slept[1] <= 5.0


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title><id>urn:x</id><updated>2025-09-02T10:00:00Z</updated>
<entry><title>Harbour reopens</title><id>urn:entry:1</id><link href="/harbour"/><updated>2025-09-02T09:00:00Z</updated>
<content type="html">&lt;p&gt;{body}&lt;/p&gt;</content></entry>
<entry><title>No link here</title><id>urn:entry:2</id><updated>2025-09-01T09:00:00Z</updated></entry>
</feed>"""


def test_atom_feed_entries_and_content_fallback(tmp_path):
    from newsgraph.ingest.feed import entry_document
    from newsgraph.ingest.url import Fetcher, FetchPolicy

    body = ("The harbour of Stavik reopened to fishing boats on Tuesday after a month of dredging, the port "
            "authority said, and the first catch was landed before noon. ") * 2
    data = ATOM.format(body=body).encode()
    assert looks_like_feed(data)
    with LocalServer() as server:
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        feed = parse_feed(data, server.url("/atom.xml"))
        assert [e.title for e in feed.entries] == ["Harbour reopens", "No link here"]
        first = feed.entries[0]
        assert first.link == server.url("/harbour") and first.published == "2025-09-02"
        assert len({e.key for e in feed.entries}) == 2
        with Fetcher(FetchPolicy(allow_private=True)) as fetcher:
            doc = entry_document(first, fetcher)  # the page is 404: the feed's content is used
        assert doc.error is None and "dredging" in doc.html and doc.warnings
        assert doc.published == "2025-09-02"


@pytest.mark.parametrize("data", [b"", b"<html><body>not a feed</body></html>", b"\x00\x01garbage", b"<rss><channel><item>"])
def test_bad_feeds_raise_a_clear_error_or_parse_leniently(data):
    from newsgraph.errors import InputError

    try:
        feed = parse_feed(data)
    except InputError as exc:
        assert exc.kind == "bad-feed"
    else:
        assert isinstance(feed.entries, list)


def test_retry_after_is_honoured(tmp_path, pipeline):
    from newsgraph.ingest.url import Fetcher, FetchPolicy

    with LocalServer() as server:
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        server.routes["/feed.xml"] = Response(429, "slow down", headers={"Retry-After": "7200"}, content_type="text/plain")
        with Store(f"sqlite:///{tmp_path / 'w.db'}") as store, Fetcher(FetchPolicy(allow_private=True)) as fetcher:
            watcher = FeedWatcher(store, fetcher, pipeline, interval=600, delay=0)
            assert watcher.poll(server.url("/feed.xml")).status == "error"
            row = FeedState(store.engine).get(server.url("/feed.xml"))
            assert (row["next_poll_at"] - row["last_polled_at"]).total_seconds() >= 7200


def test_watch_once_from_cron_gives_up_a_page_that_always_fails_temporarily(store_url, pipeline):
    # Each run is a new process (cron): new store, fetcher and watcher objects, so the count of
    # the page's failed fetches must come from the database.
    from sqlalchemy import func, select

    from newsgraph.ingest.url import Fetcher, FetchPolicy
    from newsgraph.scale.tables import feed_entry_failures, feed_seen

    max_failures = 3
    with LocalServer() as server:
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        server.routes["/story.html"] = Response(503, "busy", content_type="text/plain")
        link, feed = server.url("/story.html"), server.url("/feed.xml")

        def feed_answer(req):
            if req.headers.get("if-none-match") == '"v1"':
                return Response(304, b"", headers={"ETag": '"v1"'}, content_type=None)
            return Response(body=('<?xml version="1.0"?><rss version="2.0"><channel><title>Gulf Wire</title>'
                                  f'<link>{server.base}</link><description>d</description><item><title>Port strike'
                                  f'</title><link>{link}</link><guid>{link}</guid></item></channel></rss>'),
                            headers={"ETag": '"v1"'}, content_type="application/rss+xml")

        server.routes["/feed.xml"] = feed_answer

        def cron_run():
            reported = []
            with Store(store_url) as store, Fetcher(FetchPolicy(allow_private=True)) as fetcher:
                watcher = FeedWatcher(store, fetcher, pipeline, delay=0, max_failures=max_failures,
                                      on_record=lambda record, store_error: reported.append(record.error.message))
                [result] = watcher.run([feed], once=True)
                etag = FeedState(store.engine).get(feed)["etag"]
                with store.engine.connect() as conn:
                    seen = conn.execute(select(func.count()).select_from(feed_seen)).scalar_one()
                    counted = conn.execute(select(feed_entry_failures.c.failures)).scalars().all()
            return result, reported, etag, seen, counted

        counts = []
        for _ in range(1, max_failures):
            result, reported, etag, seen, counted = cron_run()
            assert (result.status, result.new, result.failed) == ("new", 1, 1)
            assert reported == [] and seen == 0
            assert etag is None  # the entry is left to retry: the feed is asked in full next time
            counts.append(counted)

        result, reported, etag, seen, counted = cron_run()
        assert (result.status, result.new, result.failed) == ("new", 1, 1)
        assert reported == [f"{link} answered HTTP 503; gave up after {max_failures} polls"]
        assert seen == 1 and etag == '"v1"'
        assert counts + [counted] == [[1], [2], []]  # counted in the database, dropped once given up

        server.requests.clear()
        result, reported, etag, seen, counted = cron_run()
        assert result.status == "not-modified" and reported == []
        assert next(r for r in server.requests if r.path == "/feed.xml").headers.get("if-none-match") == '"v1"'
        assert "/story.html" not in server.paths()


def test_the_scale_tables_match_their_migrations(store_url):
    # scale/tables.py and the migrations declare the same tables twice; they must not drift
    # apart (the rest of the store has tables of its own the migrations make, FTS and others).
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from newsgraph.scale.tables import metadata

    with Store(store_url) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_name": lambda name, kind, parent: kind != "table" or name in metadata.tables})
        assert compare_metadata(context, metadata) == []
