"""``newsgraph ingest`` arguments of every kind: files and directories, WARC crawls, and
http(s) URLs — an article page, or a sitemap or feed whose articles are then fetched."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.errors import InputError
from newsgraph.ingest.document import InputDocument
from newsgraph.ingest.paths import iter_path_documents
from newsgraph.ingest.url import Fetcher, FetchError, FetchPolicy, document_from_result, is_url
from newsgraph.ingest.warc import is_warc_path, iter_warc_documents


def needs_sources(args: Iterable[str]) -> bool:
    """Whether any argument is more than a plain file or directory."""
    return any(is_url(a) or is_warc_path(a) for a in args)


def iter_source_documents(args: Iterable[str], max_bytes: int, *, fetch_policy: FetchPolicy | None = None,
                          fetcher: Fetcher | None = None) -> Iterator[InputDocument]:
    """Input documents for every argument in order. Never raises: a URL that cannot be
    fetched or a broken crawl becomes an error document and the rest goes on."""
    own = fetcher is None
    fetcher = fetcher or (Fetcher(fetch_policy) if any(is_url(a) for a in args) else None)
    try:
        for arg in args:
            if is_url(arg):
                yield from _url_documents(arg, fetcher)
            elif is_warc_path(arg):
                yield from iter_warc_documents(arg, max_bytes)
            else:
                yield from iter_path_documents([arg], max_bytes)
    finally:
        if own and fetcher is not None:
            fetcher.close()


def _url_documents(url: str, fetcher: Fetcher) -> Iterator[InputDocument]:
    from newsgraph.ingest.feed import entry_document, looks_like_feed, parse_feed
    from newsgraph.ingest.sitemap import iter_sitemap_entries, looks_like_sitemap

    try:
        result = fetcher.get(url)
    except FetchError as exc:
        yield InputDocument.failed(url, exc)
        return
    media = result.media_type
    xmlish = media.endswith("xml") or media in ("", "application/octet-stream", "application/x-gzip", "application/gzip")
    try:
        if xmlish and looks_like_sitemap(result.content):
            found = False
            for entry in iter_sitemap_entries(fetcher, result.url, data=result.content):
                found = True
                doc = fetcher.fetch_document(entry.url)
                if doc.published is None and entry.published:
                    doc.published = entry.published
                yield doc
            if not found:
                yield InputDocument.failed(url, InputError("the sitemap lists no URLs", kind="no-documents"))
            return
        if xmlish and looks_like_feed(result.content):
            feed = parse_feed(result.content, result.url)
            if not feed.entries:
                yield InputDocument.failed(url, InputError("the feed has no entries", kind="no-documents"))
            for entry in feed.entries:
                yield entry_document(entry, fetcher)
            return
        yield document_from_result(url, result)
    except InputError as exc:
        yield InputDocument.failed(url, exc)
