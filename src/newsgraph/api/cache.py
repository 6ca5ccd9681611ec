"""A small in-process cache of list and search answers, valid while the store is unchanged.

Each answer is kept with the store version it was computed at (the ``store_version`` counter
that triggers bump on every write to the tables those answers read, see migration
apiperf_0003) and served again only while the store is still at that version, so a write by
any process — ingest, the API's worker, a Dask writer, an actor join — makes every older
answer unusable at once. The version is read before the answer is computed, so an answer
stored under version N never predates N. SQLite only (``queries.store_version`` is None on
PostgreSQL, where answers are always computed).

It saves the queries when many readers ask the same pages (the first pages of the lists,
popular searches); the server is built to be fast without it (``NEWSGRAPH_API_CACHE=0``
turns it off, as the load test does for its uncached figures).
"""

from __future__ import annotations

import threading
from collections import OrderedDict


class PageCache:
    def __init__(self, max_entries: int, max_bytes: int = 32_000_000):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str, version: str) -> bytes | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != version:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry[1]

    def put(self, key: str, version: str, body: bytes) -> None:
        if len(body) > self.max_bytes // 16:  # one huge page must not empty the cache
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old[1])
            self._entries[key] = (version, body)
            self._bytes += len(body)
            while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= len(dropped)

    def __len__(self) -> int:
        return len(self._entries)
