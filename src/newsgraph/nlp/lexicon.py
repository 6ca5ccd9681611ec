"""Lexicons kept as data files in ``nlp/lexicons``, read once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """Non-comment lines of ``lexicons/NAME``, stripped, in file order."""
    raw = resources.files("newsgraph.nlp.lexicons").joinpath(name).read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of ``lexicons/NAME`` (comments and blank lines skipped)."""
    return tuple(tuple(col.strip() for col in ln.split("\t")) for ln in word_list(name))
