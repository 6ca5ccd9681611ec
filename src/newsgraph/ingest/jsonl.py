"""``--jsonl FILE``: one input document per line, as ``shared/spec/record.md`` describes."""

from __future__ import annotations

import json
import re
from datetime import date
from collections.abc import Iterator
from typing import IO

from newsgraph.errors import InputError
from newsgraph.ingest.document import InputDocument

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIELDS = {"ref", "text", "html", "title", "url", "published", "source"}


# A timestamp as feeds and exports write it ("2026-03-04T08:00:00Z"): its date is the day.
_TIMESTAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def _day(value: str) -> str | None:
    """The YYYY-MM-DD day of ``value`` (a date, or an ISO 8601 timestamp whose date part is
    taken as written), or None when it is no day of the calendar ("2026-13-45", "2025-02-30")."""
    m = _TIMESTAMP.match(value)
    day = m.group(1) if m else value
    if not _DATE.match(day):
        return None
    try:
        date.fromisoformat(day)
    except ValueError:
        return None
    return day


def parse_jsonl_line(line: str, lineno: int, max_bytes: int) -> InputDocument:
    fallback_ref = f"line {lineno}"
    if len(line.encode("utf-8", errors="replace")) > max_bytes:
        return InputDocument.failed(fallback_ref, InputError(f"line {lineno} is over the {max_bytes:,}-byte limit", kind="too-large"))
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputDocument.failed(fallback_ref, InputError(f"line {lineno} is not JSON: {exc.msg}", kind="bad-json"))
    if not isinstance(obj, dict):
        return InputDocument.failed(fallback_ref, InputError(f"line {lineno} is not a JSON object", kind="bad-json"))
    ref = obj.get("ref")
    ref = str(ref) if ref not in (None, "") else fallback_ref
    for key in ("text", "html", "title", "url", "published", "source"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return InputDocument.failed(ref, InputError(f"field {key!r} must be a string or null", kind="bad-field"))
    text, html = obj.get("text"), obj.get("html")
    if (text is None) == (html is None):
        return InputDocument.failed(ref, InputError("exactly one of 'text' and 'html' must be given", kind="bad-field"))
    published = obj.get("published")
    if published is not None:
        day = _day(published.strip())
        if day is None:
            return InputDocument.failed(ref, InputError(f"'published' must be a date YYYY-MM-DD, got {published!r}", kind="bad-field"))
        published = day
    unknown = sorted(set(obj) - _FIELDS)
    warnings = (f"ignored unknown fields: {', '.join(unknown)}",) if unknown else ()
    return InputDocument(
        ref=ref, text=text, html=html, title=obj.get("title"), url=obj.get("url"),
        published=published, source=obj.get("source"), warnings=warnings,
    )


def iter_jsonl_documents(stream: IO[str], max_bytes: int) -> Iterator[InputDocument]:
    """One document per non-blank line; a bad line becomes an error document."""
    for lineno, line in enumerate(stream, start=1):
        if lineno == 1:
            line = line.removeprefix("\ufeff")  # a byte-order mark from a Windows editor
        if not line.strip():
            continue
        yield parse_jsonl_line(line, lineno, max_bytes)
