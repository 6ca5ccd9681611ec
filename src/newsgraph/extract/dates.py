"""Dates: explicit and relative expressions resolved against the publication date.

"on Tuesday" in a story published on Monday 2025-03-17 is 2025-03-18 when the verb looks
ahead ("will speak on Tuesday") and 2025-03-11 when it looks back ("spoke on Tuesday").
Expressions without an anchor keep ``value: null``. Only spaCy DATE entities are read, so a
pronoun ("We") is never taken for a weekday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from newsgraph.extract.context import Parsed
from newsgraph.record import DateMention

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_FUTURE_WORDS = {"will", "shall", "'ll", "plan", "plans", "planned", "set", "scheduled", "expected",
                 "due", "going", "intends", "intend", "hopes", "to"}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "several": None, "few": None}


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def looks_ahead(token: Token) -> bool:
    """Whether the clause around ``token`` speaks of the future."""
    head = token
    for _ in range(4):
        if head.tag_ in ("VB", "VBZ", "VBP", "VBD", "VBN", "VBG", "MD") or head.pos_ in ("VERB", "AUX"):
            break
        if head.head is head:
            break
        head = head.head
    verbs = [head] + [head.head] if head.head is not head else [head]
    for verb in verbs:
        words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} | {verb.lower_}
        if words & {"will", "shall", "'ll", "wo"}:
            return True
        if verb.dep_ in ("xcomp", "acl", "advcl") and any(c.lower_ == "to" for c in verb.children):
            return True
        if verb.lemma_ in ("plan", "schedule", "expect", "intend", "set") or verb.lower_ in ("due",):
            return True
    return False


def resolve(text: str, published: date | None, future: bool | None = None) -> tuple[str | None, str | None]:
    """``(value, resolution)`` for a date expression; value None when nothing anchors it."""
    t = text.casefold().strip()
    t = re.sub(r"^(?:on|in|during|over|by|since|until|from|at|before|after)\s+", "", t)
    # Absolute forms need no anchor.
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat(), "day"
        except ValueError:
            return None, None
    month_name = next((MONTHS.index(w) + 1 for w in re.findall(r"[a-z]+", t) if w in MONTHS), None)
    if month_name is None:
        month_name = next((_MONTH_ABBR[w] for w in re.findall(r"\b([a-z]{3,4})\.?\b", t) if w in _MONTH_ABBR and w != "may"), None)
    year_m = re.search(r"\b(1[89]\d{2}|20\d{2}|21\d{2})\b", t)
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", t))
    year = int(year_m[1]) if year_m else None
    if month_name:
        if year is None and published is not None:
            year = published.year
            # A month name without a year is the nearest such month in the story's direction.
            if future is False and month_name > published.month:
                year -= 1
            elif future is True and month_name < published.month:
                year += 1
        if year is None:
            return None, None
        if day_m:
            try:
                return date(year, month_name, int(day_m[1])).isoformat(), "day"
            except ValueError:
                pass
        return f"{year:04d}-{month_name:02d}", "month"
    if year and re.fullmatch(r"(?:the\s+)?(?:year\s+)?\d{4}", t):
        return f"{year:04d}", "year"

    if published is None:
        return None, None
    p = published
    if t in ("today", "this morning", "this afternoon", "this evening", "tonight"):
        return p.isoformat(), "day"
    if t in ("yesterday", "last night"):
        return (p - timedelta(days=1)).isoformat(), "day"
    if t == "tomorrow":
        return (p + timedelta(days=1)).isoformat(), "day"
    wd = next((WEEKDAYS.index(w) for w in re.findall(r"[a-z]+", t) if w in WEEKDAYS), None)
    if wd is not None:
        if t.startswith("last ") or future is False:
            delta = (p.weekday() - wd) % 7 or 7
            return (p - timedelta(days=delta)).isoformat(), "day"
        if t.startswith("next ") or future is True:
            delta = (wd - p.weekday()) % 7 or 7
            return (p + timedelta(days=delta)).isoformat(), "day"
        # Undetermined: news reports the past more than the future.
        delta = (p.weekday() - wd) % 7
        return (p - timedelta(days=delta)).isoformat(), "day"
    if "weekend" in t:
        if t.startswith("next") or t.startswith("this coming") or future is True:
            sat = p + timedelta(days=(5 - p.weekday()) % 7 or 7)
        else:
            sat = p - timedelta(days=(p.weekday() - 5) % 7 or 7)
        return _monday(sat).isoformat(), "week"
    unit_shift = {
        "this week": (0, "week"), "last week": (-1, "week"), "next week": (1, "week"),
        "past week": (-1, "week"), "the past week": (-1, "week"), "this month": (0, "month"),
        "last month": (-1, "month"), "next month": (1, "month"), "this year": (0, "year"),
        "last year": (-1, "year"), "next year": (1, "year"), "past month": (-1, "month"),
        "the past month": (-1, "month"), "earlier this month": (0, "month"),
        "earlier this year": (0, "year"), "later this year": (0, "year"), "later this month": (0, "month"),
        "the coming days": (0, "week"), "coming days": (0, "week"), "the next few days": (0, "week"),
        "the coming weeks": (0, "month"), "coming weeks": (0, "month"), "weeks": (0, "month"),
        "within weeks": (0, "month"), "the next few weeks": (0, "month"), "the coming months": (0, "year"),
        "the coming year": (1, "year"),
    }
    key = re.sub(r"^the\s+(?=(?:last|next|past|coming)\b)", "", t) if t not in unit_shift else t
    if key in unit_shift:
        shift, res = unit_shift[key]
        if res == "week":
            return _monday(p + timedelta(weeks=shift)).isoformat(), "week"
        if res == "month":
            return _add_months(_month_start(p), shift).strftime("%Y-%m"), "month"
        return f"{p.year + shift:04d}", "year"
    m = re.fullmatch(r"(\w+)\s+(day|week|month|year)s?\s+(ago|earlier|later|from now)", t)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS.get(m[1])
        if n:
            sign = -1 if m[3] in ("ago", "earlier") else 1
            if m[2] == "day":
                return (p + timedelta(days=sign * n)).isoformat(), "day"
            if m[2] == "week":
                return _monday(p + timedelta(weeks=sign * n)).isoformat(), "week"
            if m[2] == "month":
                return _add_months(_month_start(p), sign * n).strftime("%Y-%m"), "month"
            return f"{p.year + sign * n:04d}", "year"
    return None, None


def extract_dates(parsed: Parsed) -> list[DateMention]:
    out: list[DateMention] = []
    for ent in parsed.doc.ents:
        if ent.label_ != "DATE":
            continue
        text = ent.text
        if not re.search(r"[A-Za-z0-9]", text):
            continue
        value, resolution = resolve(text, parsed.published, future=looks_ahead(ent.root))
        out.append(DateMention(text=text, value=value, resolution=resolution,
                               start=ent.start_char, end=ent.end_char))
    return out
