"""Settings of the HTTP API and its worker, from the environment (``NEWSGRAPH_API_*``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from newsgraph.config import _env_int


def _env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class ApiSettings:
    # Writes (POST of articles) need this bearer token; unset, the API accepts no writes.
    write_token: str | None = field(default_factory=lambda: os.environ.get("NEWSGRAPH_API_TOKEN") or None)
    # When set, reads need a bearer token too (this one or the write token); unset, reads are open.
    read_token: str | None = field(default_factory=lambda: os.environ.get("NEWSGRAPH_API_READ_TOKEN") or None)
    # Largest request body accepted, in bytes. An article is at most max_input_bytes of text;
    # JSON escaping can grow it, hence the margin.
    max_body_bytes: int = field(default_factory=lambda: _env_int("NEWSGRAPH_API_MAX_BODY_BYTES", 3_000_000, minimum=1))
    # Largest page a list endpoint returns.
    max_page: int = 500
    # Threads that run the endpoints' database work, per server process. Requests past that wait
    # in line (first come, first served): the work is CPU-bound under the GIL, so more threads
    # only share the same core by time slices, which spreads latency (anyio's default is 40).
    threads: int = field(default_factory=lambda: max(1, _env_int("NEWSGRAPH_API_THREADS", 8)))
    # List and search answers kept per server process, valid while the store is unchanged
    # (api/cache.py; SQLite stores only); 0 turns the cache off.
    page_cache: int = field(default_factory=lambda: max(0, _env_int("NEWSGRAPH_API_CACHE", 1000)))
    # Worker: jobs per batch (one nlp.pipe call), seconds between polls of an empty queue.
    worker_batch: int = field(default_factory=lambda: _env_int("NEWSGRAPH_WORKER_BATCH", 8, minimum=1))
    # URL submissions: the fetcher's limits, and whether private addresses may be fetched.
    fetch_timeout: float = 10.0
    fetch_max_bytes: int = field(default_factory=lambda: _env_int("NEWSGRAPH_FETCH_MAX_BYTES", 5_000_000, minimum=1))
    fetch_allow_private: bool = field(default_factory=lambda: _env_bool("NEWSGRAPH_FETCH_ALLOW_PRIVATE", False))

    def with_(self, **changes) -> "ApiSettings":
        return replace(self, **changes)
