"""Bad input never crashes the readers: arbitrary bytes to the feed and sitemap parsers,
arbitrary strings to the address guard and the URL checks (no network: every URL is refused
or fails before a connection, since the resolver is a stub)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.ingest.feed import parse_feed
from newsgraph.ingest.sitemap import parse_sitemap
from newsgraph.ingest.url import Fetcher, FetchPolicy, blocked_reason


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=300).map(lambda t: f"<rss><channel>{t}</channel></rss>".encode()))
def test_feed_parser_never_crashes(data):
    try:
        parse_feed(data)
    except InputError:
        pass


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=300).map(lambda t: f"<urlset><url><loc>{t}</loc></url></urlset>".encode()))
def test_sitemap_parser_never_crashes(data):
    try:
        parse_sitemap(data)
    except InputError:
        pass


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_guard_and_url_checks_never_crash(value):
    blocked_reason(value)
    fetcher = Fetcher(FetchPolicy(), resolver=lambda h, p: ["10.0.0.1"])
    doc = fetcher.fetch_document("http://" + value)
    assert doc.error is not None  # refused (private address) or not a valid URL
