"""WARC files (web crawls, e.g. Common Crawl's CC-NEWS): each HTML response is a document."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.document import InputDocument

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def is_warc_path(arg: str) -> bool:
    return arg.lower().endswith(WARC_SUFFIXES)


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    msg = Message()
    msg["content-type"] = content_type
    charset = msg.get_param("charset")
    if not charset:
        return None
    try:
        return codecs.lookup(str(charset)).name
    except LookupError:
        return None


def iter_warc_documents(path: str | Path, max_bytes: int) -> Iterator[InputDocument]:
    """HTML responses with status 200 in a WARC file, in file order. Other records (requests,
    metadata, redirects, images) are skipped; an oversized page or a damaged archive becomes
    an error document and reading goes on (or stops, for damage, after what could be read)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputDocument.failed(str(path), InputError(f"cannot read file: {exc.strerror or exc}", kind="unreadable"))
        return
    count = 0
    with stream:
        try:
            for record in ArchiveIterator(stream, arc2warc=True):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                content_type = record.http_headers.get_header("Content-Type")
                if (content_type or "").split(";", 1)[0].strip().lower() not in _HTML_TYPES:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                ref = f"{path}#{uri or record.rec_headers.get_header('WARC-Record-ID')}"
                count += 1
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield InputDocument.failed(ref, InputError(f"the page is over the {max_bytes:,}-byte limit", kind="too-large"))
                    continue
                if getattr(record.raw_stream, "limit", 0):  # fewer bytes than the record declares
                    yield InputDocument.failed(ref, InputError("the WARC record is truncated", kind="bad-warc"))
                    continue
                yield _document(ref, uri, body, _charset(content_type))
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            yield InputDocument.failed(f"{path}#record-{count + 1}",
                                       InputError(f"the WARC file is damaged after {count} pages: {exc}", kind="bad-warc"))
            return
    if count == 0:
        yield InputDocument.failed(str(path), InputError("the WARC file holds no HTML responses", kind="no-documents"))


def _document(ref: str, uri: str | None, body: bytes, charset: str | None) -> InputDocument:
    try:
        if charset:
            if not body.strip():
                raise InputError("the page is empty", kind="empty")
            text, warning = body.decode(charset, errors="replace"), None
        else:
            text, warning = decode_bytes(body)
    except InputError as exc:
        return InputDocument.failed(ref, exc)
    return InputDocument(ref=ref, html=text, url=uri, warnings=(warning,) if warning else ())
