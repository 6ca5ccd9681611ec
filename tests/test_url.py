"""Fetching by URL: a local server on 127.0.0.1 for behaviour, injected resolvers for the
address guard (no real network is ever needed to check the guard)."""

from __future__ import annotations

import httpx
import pytest

from local_http import LocalServer, Response
from newsgraph.ingest.url import (
    FetchError, Fetcher, FetchPolicy, blocked_reason, fetch_url_document, vetted_addresses,
)

PAGE = """<!doctype html><html><head><title>Harbour council approves new ferry route</title>
<meta name="date" content="2024-05-02"></head><body><article>
<h1>Harbour council approves new ferry route</h1>
<p>The harbour council of Port Elsworth voted on Thursday to open a ferry route to the
island of Marrow, the council's chair, Helen Okafor, told reporters after the session.</p>
<p>"The island has waited long enough," Okafor said, adding that the first crossings would
run in September if the shipyard delivers the second vessel on time.</p>
<p>Opposition councillors warned that the fares had not yet been agreed with the operator.</p>
</article></body></html>"""


@pytest.fixture
def server():
    with LocalServer() as srv:
        srv.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        srv.routes["/news/ferry"] = Response(body=PAGE)
        yield srv


def test_fetches_a_page_on_localhost_when_private_addresses_are_allowed(server):
    doc = fetch_url_document(server.url("/news/ferry"), allow_private=True)
    assert doc.error is None
    assert "Port Elsworth" in doc.html
    assert doc.url == server.url("/news/ferry")
    ua = next(r.headers["user-agent"] for r in server.requests if r.path == "/news/ferry")
    assert ua.startswith("newsgraph/")


def test_localhost_is_refused_by_default_before_any_request(server):
    doc = fetch_url_document(server.url("/news/ferry"))
    assert doc.error is not None and doc.error.kind == "blocked-address"
    assert server.requests == []


def test_the_fetched_page_becomes_a_record(server, pipeline):
    doc = fetch_url_document(server.url("/news/ferry"), allow_private=True)
    record = pipeline.process_one(doc)
    assert record.error is None
    assert record.article.url == server.url("/news/ferry")
    assert "ferry route" in record.article.text
    assert any("Okafor" in e.name for e in record.entities)


def test_redirects_are_followed_and_bounded(server):
    server.routes["/old"] = Response(301, headers={"Location": "/news/ferry"})
    for n in range(10):
        server.routes[f"/loop{n}"] = Response(302, headers={"Location": f"/loop{n + 1}"})
    doc = fetch_url_document(server.url("/old"), allow_private=True)
    assert doc.error is None and doc.url == server.url("/news/ferry")
    doc = fetch_url_document(server.url("/loop0"), allow_private=True)
    assert doc.error.kind == "redirects"
    assert "/loop7" not in server.paths()  # gave up after max_redirects (5) hops


def test_size_limit_with_and_without_content_length(server):
    big = "<html><body>" + "<p>Ferry news.</p>" * 2000 + "</body></html>"
    server.routes["/big"] = Response(body=big)
    # Declared length over the limit: refused from the header.
    doc = fetch_url_document(server.url("/big"), allow_private=True, max_bytes=10_000)
    assert doc.error.kind == "too-large"
    # No declared length: refused while reading.
    server.routes["/stream"] = Response(body=big, send_length=False)
    doc = fetch_url_document(server.url("/stream"), allow_private=True, max_bytes=10_000)
    assert doc.error.kind == "too-large"
    doc = fetch_url_document(server.url("/stream"), allow_private=True, max_bytes=len(big) + 1)
    assert doc.error is None


def test_streamed_body_over_the_limit_is_cut(server):
    class Chunks(httpx.SyncByteStream):
        def __iter__(self):
            for _ in range(100):
                yield b"x" * 1000

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"content-type": "text/html"}, stream=Chunks())

    fetcher = Fetcher(FetchPolicy(max_bytes=20_000), resolver=lambda h, p: ["93.184.216.34"],
                      transport=httpx.MockTransport(handler))
    doc = fetcher.fetch_document("http://news.example/page")
    assert doc.error.kind == "too-large"


def test_robots_txt_is_respected(server):
    server.routes["/robots.txt"] = Response(body="User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.routes["/private/memo"] = Response(body=PAGE)
    doc = fetch_url_document(server.url("/private/memo"), allow_private=True)
    assert doc.error.kind == "robots"
    assert "/private/memo" not in server.paths()
    assert fetch_url_document(server.url("/news/ferry"), allow_private=True).error is None


def test_robots_txt_unreachable_means_disallow(server):
    server.routes["/robots.txt"] = Response(503, "down", content_type="text/plain")
    doc = fetch_url_document(server.url("/news/ferry"), allow_private=True)
    assert doc.error.kind == "robots"


def test_http_errors_and_non_html_content_become_error_documents(server):
    server.routes["/gone"] = Response(410, "gone")
    server.routes["/photo.jpg"] = Response(body=b"\xff\xd8\xff", content_type="image/jpeg")
    assert fetch_url_document(server.url("/gone"), allow_private=True).error.kind == "http-status"
    assert fetch_url_document(server.url("/photo.jpg"), allow_private=True).error.kind == "unsupported-content"


def test_timeout(server):
    import time

    def slow(req):
        time.sleep(1.5)
        return Response(body=PAGE)

    server.routes["/slow"] = slow
    doc = fetch_url_document(server.url("/slow"), allow_private=True, timeout=0.3)
    assert doc.error.kind == "timeout"


@pytest.mark.parametrize("url", ["ftp://example.com/a", "file:///etc/passwd", "http://", "not a url",
                                 "http://user:pw@example.com/"])
def test_bad_urls(url):
    doc = fetch_url_document(url)
    assert doc.error is not None and doc.error.kind == "bad-url"


def test_declared_charset_is_used(server):
    server.routes["/latin"] = Response(body=PAGE.replace("Okafor", "Okaför").encode("latin-1"),
                                       content_type="text/html; charset=ISO-8859-1")
    doc = fetch_url_document(server.url("/latin"), allow_private=True)
    assert "Okaför" in doc.html


# -- the address guard, without network -----------------------------------------------------

BLOCKED = [
    "10.0.0.1", "10.255.255.254", "172.16.0.1", "172.31.255.1", "192.168.1.10", "169.254.169.254",
    "127.0.0.1", "127.8.9.10", "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd12:3456::1", "fc00::5",
    "::ffff:10.1.2.3", "::ffff:127.0.0.1", "2002:0a00:0001::1", "224.0.0.1",
]
PUBLIC = ["93.184.216.34", "8.8.8.8", "172.32.0.1", "172.15.255.1", "2606:4700::1111"]


@pytest.mark.parametrize("ip", BLOCKED)
def test_guard_refuses_non_public_addresses(ip):
    assert blocked_reason(ip) is not None
    with pytest.raises(FetchError) as info:
        vetted_addresses(ip, 80, allow_private=False, resolver=_no_dns)
    assert info.value.kind == "blocked-address"
    assert vetted_addresses(ip, 80, allow_private=True, resolver=_no_dns) == [ip.strip("[]")]


@pytest.mark.parametrize("ip", PUBLIC)
def test_guard_lets_public_addresses_through(ip):
    assert blocked_reason(ip) is None


def _no_dns(host, port):
    raise AssertionError("IP literals must not be resolved")


def test_guard_checks_resolved_addresses_not_the_name():
    resolver = {"intranet.example": ["10.20.30.40"], "mixed.example": ["93.184.216.34", "192.168.0.2"],
                "news.example": ["93.184.216.34"]}
    lookup = lambda host, port: resolver[host]  # noqa: E731
    for host in ("intranet.example", "mixed.example"):
        with pytest.raises(FetchError) as info:
            vetted_addresses(host, 443, allow_private=False, resolver=lookup)
        assert info.value.kind == "blocked-address"
    assert vetted_addresses("news.example", 443, allow_private=False, resolver=lookup) == ["93.184.216.34"]


@pytest.mark.parametrize("url", ["http://[::1]:8080/", "http://[fe80::1]/", "http://169.254.169.254/latest/meta-data",
                                 "http://192.168.0.1/", "http://172.20.1.1/", "http://10.0.0.1/"])
def test_fetch_refuses_private_ip_literals(url):
    doc = fetch_url_document(url)
    assert doc.error.kind == "blocked-address"


def test_every_redirect_hop_is_checked():
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"location": "http://intranet.example/admin"})

    resolver = {"news.example": ["93.184.216.34"], "intranet.example": ["10.0.0.7"]}
    fetcher = Fetcher(resolver=lambda h, p: resolver[h], transport=httpx.MockTransport(handler))
    doc = fetcher.fetch_document("http://news.example/story")
    assert doc.error.kind == "blocked-address"
    assert not any("intranet" in u for u in seen)


def test_connect_time_guard_refuses_a_resolver_that_changes_its_answer():
    """DNS rebinding: the name checks out once, then resolves to a private address when the
    connection is made. The transport's own check refuses it before any socket is opened."""
    answers = iter([["93.184.216.34"], ["127.0.0.1"], ["127.0.0.1"]])
    fetcher = Fetcher(FetchPolicy(respect_robots=False), resolver=lambda h, p: next(answers))
    doc = fetcher.fetch_document("http://rebind.example/")
    assert doc.error.kind == "blocked-address"
