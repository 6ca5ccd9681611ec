"""Quotations in running text: where each quoted passage starts and ends.

Handles curly and straight double quotes, guillemets (« » and » «), „German“ quotes,
typewriter pairs (``…'' and ''…''), single quotes used as the outer mark (‘…’, British
style) and single quotes nested inside double ones (kept inside the outer quotation).

A quotation never crosses a paragraph break unless the next paragraph reopens it: the
newspaper convention for a quote running over several paragraphs is an opening mark at the
start of each paragraph and a closing mark only at the end of the last. Such a quote comes
back as one :class:`Quote` per paragraph, sharing a ``group`` number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> closing marks it accepts.
_PAIRS = {
    "“": ("”", "“", '"'),  # some sources close with a second opening mark, or a straight one
    "„": ("“", "”"),
    "«": ("»",),
    "»": ("«",),  # Danish/German style »…«
    "‹": ("›",),
    '"': ('"', "”"),
    "``": ("''", '"', "”"),
    "''": ("''",),
    "‘": ("’",),
    "'": ("'",),
}
_NESTABLE = {"“", "«", "„"}
_MARK = re.compile(r"``|''|[\"“”„«»‹›‘’']")
_WORDCHAR = re.compile(r"\w")
_FRENCH_SPACES = (" ", "\u00a0", "\u202f")


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (or the paragraph end when the quote runs on)
    inner_start: int  # first character inside the marks
    inner_end: int  # offset after the last character inside the marks
    group: int  # quotes of one passage running over several paragraphs share a group
    closed: bool = True  # False when the paragraph ends before the closing mark

    @property
    def text_range(self) -> tuple[int, int]:
        return self.inner_start, self.inner_end


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_WORDCHAR.match(ch))


def _can_open(text: str, i: int, mark: str) -> bool:
    """An opening mark stands before a word (or an ellipsis/dash), after a space, a line
    start or opening punctuation."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + len(mark)] if i + len(mark) < len(text) else ""
    if mark == "«" and after in _FRENCH_SPACES:
        # French typography puts a space inside guillemets: « Ce verdict est une honte ».
        after = text[i + 2] if i + 2 < len(text) else ""
        return _is_word(after)
    if not after or after.isspace():
        return False
    if mark in ("‘", "''"):  # also apostrophes: only at the start of a word
        return not _is_word(before)
    if mark == "'":
        # A straight single quote opens only after a space or colon and before a letter
        # ('Deport them.'), never inside or at the end of a word (Clinton's, the '90s).
        return (before.isspace() or before in ":(—") and after.isalpha()
    if mark == '"':
        return not _is_word(before) or before in "([{—–-/"
    return True


def _can_close(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + len(mark)] if i + len(mark) < len(text) else ""
    if mark in ("’", "'"):  # not an apostrophe inside or at the end of a word: "Russia’s", "workers’ union"
        return not _is_word(after) and not before.isspace() and (mark == "’" or before not in "sS")
    if mark == '"':
        return not before.isspace() or not _is_word(after)
    if mark in ("“", "”", "»", "«"):
        # A curly mark after a space opens a nested quote (“… what he calls “hell” …”).
        return not before.isspace() or not _is_word(after)
    return True


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for m in re.finditer(r"\n", text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def find_quotes(text: str) -> list[Quote]:
    """Outermost quotations of ``text`` in order; nested quotes stay inside their parent."""
    quotes: list[Quote] = []
    group = -1
    carry: str | None = None  # opening mark of a quote running on from the last paragraph
    for p_start, p_end in _paragraph_bounds(text):
        marks = [(m.start(), m.group(0)) for m in _MARK.finditer(text, p_start, p_end)]
        lead = text[p_start:p_end].lstrip()
        lead_at = p_end - len(text[p_start:p_end].lstrip()) if lead else p_end
        if carry is not None and not (marks and marks[0][0] == lead_at and _PAIRS.get(marks[0][1]) is not None):
            carry = None  # the run-on quote was not reopened: it ended with its paragraph
        open_mark: str | None = None
        open_at = 0
        depth = 0  # same-style quotes nested inside the open one (“… calls “hell” …”)
        for at, mark in marks:
            if open_mark is not None and mark == open_mark and mark in _NESTABLE and at > 0 and text[at - 1].isspace() \
                    and _can_open(text, at, mark):
                depth += 1
                continue
            if open_mark is not None and depth and mark in _PAIRS[open_mark] and mark != open_mark:
                depth -= 1
                continue
            if open_mark is None:
                if mark == "”" and at == lead_at and _can_open(text, at, "“") and any(m in _PAIRS["“"] for a, m in marks if a > at):
                    # Scraped pages open a paragraph with a closing mark ("”Fear. I am afraid.” ― Name"):
                    # read it as the opening mark it stands for when a closing mark follows.
                    mark = "“"
                if mark in _PAIRS and _can_open(text, at, mark):
                    # A plain double mark opens only when a later one in the paragraph can close it,
                    # so that a stray inch mark does not swallow the paragraph.
                    open_mark, open_at = mark, at
                    if carry is None or at != lead_at:
                        group += 1
                    carry = None
                continue
            if mark in _PAIRS[open_mark] and at > open_at + len(open_mark) and _can_close(text, at, mark):
                inner_start, inner_end = open_at + len(open_mark), at
                while inner_start < inner_end and text[inner_start] in _FRENCH_SPACES:
                    inner_start += 1
                while inner_end > inner_start and text[inner_end - 1] in _FRENCH_SPACES:
                    inner_end -= 1
                quotes.append(Quote(open_at, at + len(mark), inner_start, inner_end, group))
                open_mark = None
        if open_mark is not None:
            end = p_end
            while end > open_at and text[end - 1].isspace():
                end -= 1
            if end - open_at > len(open_mark):
                quotes.append(Quote(open_at, end, open_at + len(open_mark), end, group, closed=False))
                carry = open_mark
            else:
                carry = None
    return quotes


def token_quotes(token_starts: list[int], quotes: list[Quote]) -> list[int]:
    """For each token (given by its start offset, ascending), the index of the quote whose
    marks enclose it, or -1. The marks themselves belong to their quote."""
    from bisect import bisect_left

    out = [-1] * len(token_starts)
    for q, quote in enumerate(quotes):
        lo = bisect_left(token_starts, quote.start)
        hi = bisect_left(token_starts, quote.end)
        for i in range(lo, hi):
            out[i] = q
    return out
