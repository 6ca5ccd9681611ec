"""Fetching articles by URL, safely (timeouts, size limits, bounded redirects, robots.txt,
and a guard against private, loopback and link-local addresses).

Interface used by the API's job worker and ``newsgraph ingest https://…``; the implementation
is being built in the Scale issue.
"""

from __future__ import annotations

from newsgraph.errors import InputError
from newsgraph.ingest.document import InputDocument


def fetch_url_document(url: str, *, allow_private: bool = False, timeout: float = 10.0,
                       max_bytes: int = 5_000_000) -> InputDocument:
    """The page at ``url`` as an HTML input document; failures become an error document."""
    return InputDocument.failed(url, InputError("fetching URLs is not available yet", kind="unsupported"))
