"""RSS and Atom feeds: the entries a feed lists, to fetch as articles.

feedparser is only ever given bytes we fetched ourselves (through the guarded fetcher); it
never opens a URL of its own.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from newsgraph.errors import InputError
from newsgraph.ingest.document import InputDocument


@dataclass
class FeedEntry:
    key: str  # sha256 of the entry's id, else its link: stable across polls
    link: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD
    content_html: str | None  # full content when the feed carries it (content:encoded, atom content)


@dataclass
class Feed:
    title: str | None
    entries: list[FeedEntry]
    ttl_minutes: int | None  # RSS <ttl>: how long the publisher asks us to wait


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def parse_feed(data: bytes, base_url: str | None = None) -> Feed:
    import feedparser

    if not isinstance(data, bytes | bytearray):  # a str would be taken for a URL to open
        raise TypeError("parse_feed takes the feed's bytes")
    parsed = feedparser.parse(bytes(data), response_headers={"content-location": base_url} if base_url else None,
                              resolve_relative_uris=True, sanitize_html=True)
    if not parsed.get("version") and not parsed.get("entries"):
        reason = type(parsed.bozo_exception).__name__ if parsed.get("bozo") and "bozo_exception" in parsed else "no feed elements"
        raise InputError(f"not an RSS or Atom feed ({reason})", kind="bad-feed")
    entries = []
    for item in parsed.entries:
        link = item.get("link") or None
        ident = item.get("id") or link
        if not ident:
            ident = (item.get("title") or "") + "|" + (item.get("summary") or "")
            if ident == "|":
                continue
        when = item.get("published_parsed") or item.get("updated_parsed")
        content = None
        for part in item.get("content") or []:
            if part.get("type", "").endswith("html") and len(part.get("value") or "") > 200:
                content = part["value"]
                break
        entries.append(FeedEntry(
            key=hashlib.sha256(ident.encode("utf-8", errors="replace")).hexdigest(), link=link,
            title=item.get("title") or None, published=time.strftime("%Y-%m-%d", when) if when else None,
            content_html=content,
        ))
    ttl = parsed.feed.get("ttl")
    return Feed(title=parsed.feed.get("title") or None, entries=entries,
                ttl_minutes=int(ttl) if isinstance(ttl, str) and ttl.strip().isdigit() else None)


def entry_document(entry: FeedEntry, fetcher, ref_prefix: str = "") -> InputDocument:
    """The entry's article: its page fetched by link; the feed's own full content when the
    page cannot be had (or there is no link)."""
    ref = ref_prefix + (entry.link or entry.key)
    doc = fetcher.fetch_document(entry.link) if entry.link else None
    if (doc is None or doc.error is not None) and entry.content_html:
        html = f"<html><head><title>{_escape(entry.title or '')}</title></head><body><article>" \
               f"{entry.content_html}</article></body></html>"
        notes = (f"page not fetched ({doc.error.message}); used the feed's content",) if doc is not None else ()
        doc = InputDocument(ref=ref, html=html, url=entry.link, warnings=notes)
    if doc is None:
        return InputDocument.failed(ref, InputError("the feed entry has neither a link nor content", kind="empty"))
    doc.ref = ref
    if doc.published is None and entry.published:
        doc.published = entry.published
    return doc


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)
