"""The input document: what a reader produces and the pipeline consumes."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.errors import NewsgraphError


@dataclass
class InputDocument:
    """One document to process. Exactly one of ``text`` and ``html`` is set, unless ``error``
    records why the reader could not produce either (the record then carries that error)."""

    ref: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    error: NewsgraphError | None = None
    # Non-fatal notes for stderr, e.g. "decoded as windows-1252".
    warnings: tuple[str, ...] = ()

    @classmethod
    def failed(cls, ref: str, error: NewsgraphError) -> "InputDocument":
        return cls(ref=ref, error=error)
