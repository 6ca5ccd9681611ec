"""``newsgraph ingest`` with URLs: pages, sitemaps (with indexes, gzipped) and feeds, from a
local server on 127.0.0.1 (so --allow-private)."""

from __future__ import annotations

import gzip

import pytest
from local_http import LocalServer, Response

from newsgraph.errors import InputError
from newsgraph.ingest.sitemap import gunzip_limited, looks_like_sitemap, parse_sitemap
from newsgraph.store import Store

STORIES = {
    "/n/quarry": ("Quarry expansion rejected", "The planning board of Ketterby rejected a plan to double the size of the limestone quarry on Wednesday, board chair Owen Pike said, after residents complained about dust and lorries."),
    "/n/library": ("Library to open on Sundays", "The public library of Ketterby will open on Sundays from next month, the town's culture officer, Rita Sloan, said on Monday, after volunteers offered to staff the desk."),
    "/n/marathon": ("Marathon route changed", "Organisers of the Ketterby marathon moved the route away from the flooded river path on Friday, race director Sam Ilves said, adding that the start time was unchanged."),
}


def page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>"


def urlset(server, paths, news=False) -> str:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    items = ""
    for p in paths:
        extra = ("<news:news><news:publication><news:name>Ketterby Post</news:name><news:language>en</news:language>"
                 "</news:publication><news:publication_date>2025-10-07T08:00:00+00:00</news:publication_date>"
                 f"<news:title>{STORIES[p][0]}</news:title></news:news>") if news else ""
        items += f"<url><loc>{server.url(p)}</loc><lastmod>2025-10-07</lastmod>{extra}</url>"
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>{items}</urlset>'


@pytest.fixture
def server():
    with LocalServer() as srv:
        srv.routes["/robots.txt"] = Response(body="User-agent: *\nDisallow: /n/marathon\n", content_type="text/plain")
        for path, (title, body) in STORIES.items():
            srv.routes[path] = Response(body=page(title, body))
        yield srv


def test_ingest_a_page_url(server, tmp_path, run_cli):
    db = f"sqlite:///{tmp_path / 's.db'}"
    code, _, err = run_cli("ingest", server.url("/n/quarry"), "--db", db, "--allow-private")
    assert code == 0, err
    with Store(db) as store:
        (row,) = store.list_articles()
        assert store.get_record(row["id"]).article.url == server.url("/n/quarry")


def test_ingest_refuses_localhost_without_the_flag(server, tmp_path, run_cli):
    code, _, err = run_cli("ingest", server.url("/n/quarry"), "--db", f"sqlite:///{tmp_path / 's.db'}")
    assert code == 3 and "refusing to fetch" in err and "[blocked-address]" in err
    assert server.requests == []


def test_ingest_a_sitemap_index_with_gzipped_news_sitemap(server, tmp_path, run_cli):
    server.routes["/sitemap-news.xml.gz"] = Response(
        body=gzip.compress(urlset(server, ["/n/quarry", "/n/library"], news=True).encode()), content_type="application/x-gzip")
    server.routes["/sitemap-old.xml"] = Response(body=urlset(server, ["/n/marathon", "/n/quarry"]), content_type="application/xml")
    server.routes["/sitemap.xml"] = Response(body=(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{server.url('/sitemap-news.xml.gz')}</loc></sitemap>"
        f"<sitemap><loc>{server.url('/sitemap-old.xml')}</loc></sitemap>"
        f"<sitemap><loc>{server.url('/sitemap-missing.xml')}</loc></sitemap></sitemapindex>"), content_type="application/xml")
    db = f"sqlite:///{tmp_path / 's.db'}"
    code, _, err = run_cli("ingest", server.url("/sitemap.xml"), "--db", db, "--allow-private")
    # /n/marathon is disallowed by robots.txt: an error record, the rest stored.
    assert code == 3 and "[robots]" in err
    assert "2 added" in err
    assert "/n/marathon" not in server.paths()
    with Store(db) as store:
        published = {r["title"]: r["published"] for r in store.list_articles()}
    assert published["Quarry expansion rejected"] == "2025-10-07"  # from news:publication_date
    assert server.paths().count("/n/quarry") == 1  # listed twice, fetched once


def test_ingest_a_feed_url(server, tmp_path, run_cli):
    items = "".join(f"<item><title>{t}</title><link>{server.url(p)}</link></item>"
                    for p, (t, _) in STORIES.items() if p != "/n/marathon")
    server.routes["/rss"] = Response(body=f'<?xml version="1.0"?><rss version="2.0"><channel><title>K</title>{items}</channel></rss>',
                                     content_type="text/xml")
    db = f"sqlite:///{tmp_path / 's.db'}"
    code, _, err = run_cli("ingest", server.url("/rss"), "--db", db, "--allow-private")
    assert code == 0, err
    assert "2 added" in err


def test_sitemap_parsing_is_safe_and_strict():
    with pytest.raises(InputError):
        parse_sitemap(b"<html><body>no</body></html>")
    with pytest.raises(InputError):
        parse_sitemap(b"<urlset><url><loc>http://a/</loc></url>")  # not well-formed
    # An external entity is never resolved.
    evil = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://a.example/&x;</loc></url></urlset>')
    kind, entries = parse_sitemap(evil)
    assert all("root:" not in e.url for e in entries)
    bomb = gzip.compress(b"<urlset>" + b" " * 3_000_000 + b"</urlset>")
    with pytest.raises(InputError):
        gunzip_limited(bomb, limit=1_000_000)
    assert looks_like_sitemap(gzip.compress(b'<?xml version="1.0"?><urlset></urlset>'))
