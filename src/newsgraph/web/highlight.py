"""Highlight markup built from a record's character offsets.

Spans in a record nest (a mention inside a quote) and overlap (a quote that starts inside one
sentence's source span and runs past it), and HTML elements can only nest. The builder walks
the span boundaries with a stack of open marks: when a mark must close while marks opened
after it are still open, those are closed too and reopened right after, so an overlapping
span becomes several fragments that carry the same ``data-fact``. Every text segment and
every attribute value is escaped here; nothing from the record reaches the page unescaped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from markupsafe import Markup, escape

# Outer marks first when two spans cover exactly the same characters: a quote's content
# encloses its source and cue, and a mention encloses the event trigger on the same word.
LAYER_RANK = {"content": 0, "source": 1, "cue": 2, "entity": 3, "date": 4, "amount": 5, "event": 6}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    layer: str  # a key of LAYER_RANK
    fact: str  # the record id the mark belongs to (E1, A2, V3, D1, Q1)
    classes: tuple[str, ...] = ()
    label: str = ""  # a short accessible description ("PERSON: Aino Lehtinen")

    @property
    def rank(self) -> int:
        return LAYER_RANK.get(self.layer, len(LAYER_RANK))


@dataclass
class Paragraph:
    start: int
    end: int
    html: Markup = field(default_factory=Markup)


def _open_tag(mark: Mark) -> str:
    classes = " ".join(("hl", f"hl-{mark.layer}", *mark.classes))
    label = f' title="{escape(mark.label)}"' if mark.label else ""
    return f'<mark class="{escape(classes)}" data-fact="{escape(mark.fact)}" data-layer="{escape(mark.layer)}"{label}>'


def render_range(text: str, marks: list[Mark], lo: int = 0, hi: int | None = None) -> Markup:
    """``text[lo:hi]`` as escaped HTML with ``marks`` as nested ``<mark>`` elements.

    Marks are clipped to the range; empty, reversed or out-of-range marks are dropped, so a
    record with bad offsets still renders its text whole.
    """
    hi = len(text) if hi is None else min(hi, len(text))
    lo = max(0, lo)
    clipped = []
    for m in marks:
        start, end = max(m.start, lo), min(m.end, hi)
        if start < end:
            clipped.append((start, end, m))
    # Longer spans open first so that they enclose the shorter ones starting at the same place.
    clipped.sort(key=lambda c: (c[0], -c[1], c[2].rank, c[2].fact))
    points = sorted({lo, hi, *(c[0] for c in clipped), *(c[1] for c in clipped)})
    out: list[str] = []
    stack: list[tuple[int, int, Mark]] = []
    nxt = 0
    for i, pos in enumerate(points):
        if any(c[1] == pos for c in stack):
            reopen = []
            while any(c[1] == pos for c in stack):
                top = stack.pop()
                out.append("</mark>")
                if top[1] != pos:
                    reopen.append(top)
            for c in reversed(reopen):  # outermost first, as they were
                out.append(_open_tag(c[2]))
                stack.append(c)
        while nxt < len(clipped) and clipped[nxt][0] == pos:
            c = clipped[nxt]
            out.append(_open_tag(c[2]))
            stack.append(c)
            nxt += 1
        if i + 1 < len(points):
            out.append(str(escape(text[pos:points[i + 1]])))
    out.extend("</mark>" for _ in stack)  # only when hi cut marks short: never left open
    return Markup("".join(out))


_LINE = re.compile(r"[^\n]+")


def paragraphs(text: str, marks: list[Mark]) -> list[Paragraph]:
    """The article as paragraphs (one per non-blank line), each with its marks.

    A mark that runs across a line break is split into one fragment per paragraph.
    """
    out = []
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        # Leading and trailing blanks are not part of the paragraph's words.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Paragraph(start, end))
    starts = [p.start for p in out]
    per_paragraph: list[list[Mark]] = [[] for _ in out]
    for mark in marks:
        # Paragraphs from the one holding (or following) the mark's start up to its end.
        i = max(0, bisect_right(starts, mark.start) - 1)
        while i < len(out) and out[i].start < mark.end:
            if out[i].end > mark.start:
                per_paragraph[i].append(mark)
            i += 1
    for p, inside in zip(out, per_paragraph):
        p.html = render_range(text, inside, p.start, p.end)
    return out
