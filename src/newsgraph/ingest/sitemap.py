"""XML sitemaps (urlset and sitemap index, plain or gzipped, with Google News tags):
the article URLs a site lists, to fetch with the URL fetcher."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from newsgraph.errors import InputError

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
MAX_XML_BYTES = 50_000_000  # the sitemap protocol's own limit for one uncompressed file


@dataclass
class SitemapEntry:
    url: str
    lastmod: str | None = None
    published: str | None = None  # YYYY-MM-DD from news:publication_date
    title: str | None = None  # news:title


def gunzip_limited(data: bytes, limit: int = MAX_XML_BYTES) -> bytes:
    """Decompress gzip data without letting a small bomb expand past ``limit``."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit or inflater.unconsumed_tail:
        raise InputError(f"the gzipped sitemap expands past {limit:,} bytes", kind="too-large")
    return out


def looks_like_sitemap(data: bytes) -> bool:
    head = gunzip_limited(data[:65536], MAX_XML_BYTES)[:2048] if data.startswith(b"\x1f\x8b") else data[:2048]
    return b"<urlset" in head or b"<sitemapindex" in head


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_sitemap(data: bytes) -> tuple[str, list[SitemapEntry]]:
    """``("urlset" | "sitemapindex", entries)``. Raises InputError on anything else."""
    from lxml import etree

    xml = gunzip_limited(data)
    # No entities, no network, no DTDs: a sitemap is untrusted input.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"the sitemap is not well-formed XML: {exc}", kind="bad-sitemap") from exc
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise InputError(f"not a sitemap (root element <{kind}>)", kind="bad-sitemap")
    entries = []
    for item in root:
        if _local(item.tag) not in ("url", "sitemap"):
            continue
        fields: dict[str, str] = {}
        for child in item.iter():
            name = _local(child.tag)
            if name in ("loc", "lastmod", "publication_date", "title") and child.text and name not in fields:
                fields[name] = child.text.strip()
        if not fields.get("loc"):
            continue
        pub = fields.get("publication_date")
        entries.append(SitemapEntry(
            url=fields["loc"], lastmod=fields.get("lastmod"),
            published=pub[:10] if pub and _DATE.match(pub) else None, title=fields.get("title"),
        ))
    return kind, entries


def iter_sitemap_entries(fetcher, url: str, *, data: bytes | None = None, max_urls: int = 50_000,
                         max_depth: int = 3) -> Iterator[SitemapEntry]:
    """Article entries of the sitemap at ``url``, following sitemap indexes ``max_depth``
    levels deep, each URL once, at most ``max_urls``. Raises InputError for the top
    sitemap; a broken child sitemap is skipped."""
    seen: set[str] = set()
    count = 0

    def walk(sitemap_url: str, body: bytes | None, depth: int) -> Iterator[SitemapEntry]:
        nonlocal count
        if body is None:
            body = fetcher.get(sitemap_url).content
        kind, entries = parse_sitemap(body)
        for entry in entries:
            if count >= max_urls or entry.url in seen:
                continue
            seen.add(entry.url)
            if kind == "sitemapindex":
                if depth < max_depth:
                    try:
                        yield from walk(entry.url, None, depth + 1)
                    except InputError:
                        continue
            else:
                count += 1
                yield entry

    yield from walk(url, data, 0)
