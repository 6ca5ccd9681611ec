"""Ingest: turn files, JSON Lines and (later) URLs, feeds and crawls into input documents."""

from newsgraph.ingest.document import InputDocument
from newsgraph.ingest.paths import iter_path_documents
from newsgraph.ingest.jsonl import iter_jsonl_documents

__all__ = ["InputDocument", "iter_path_documents", "iter_jsonl_documents"]
