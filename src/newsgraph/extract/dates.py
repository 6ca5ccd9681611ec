"""Dates: explicit and relative expressions resolved against the publication date.

Sources: spaCy's DATE entities that contain a date word (a digit, a month, a weekday or a word
such as "week", "yesterday"), plus a scan for the relative expressions the small model
misses ("over the weekend", "within weeks", "in the coming days"). A pronoun is never a date
("We" is not Wednesday): weekdays are matched as whole capitalised words only.

Conventions (documented in docs/quality.md):

- A weekday is the nearest such day in the direction of the clause: "will speak on Tuesday"
  in a story of Monday 2025-03-17 is 2025-03-18, "spoke on Tuesday" is 2025-03-11; the
  publication weekday itself is the publication day in a past or neutral clause. A clause
  looks ahead when it has will/shall/would, a planning word (plans, set to, expected to,
  scheduled, due) or "next"/"coming".
- "the weekend" is the Saturday–Sunday before publication (after it when looking ahead), at
  week resolution: the Monday of that weekend's week.
- "this/last/next week|month|year", "N days|weeks|months|years ago|later" at their own
  resolution.
- "the coming days", "within days": the week of publication + 3 days; "the coming weeks",
  "within weeks": the month of publication + 14 days; "the coming months", "within months":
  the year of publication + 90 days. These are vague on purpose and say so by resolution.
- A month name without a year is the nearest such month in the clause's direction.
- Anything else (a duration such as "three months", a season, "the 1990s") keeps value null.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from newsgraph.extract.context import Parsed
from newsgraph.record import DateMention

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
                 "several": None, "few": None}
_DATE_WORD = re.compile(
    r"\d|\b(?:" + "|".join(MONTHS + WEEKDAYS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|today|tonight|yesterday|tomorrow|day|days|week|weeks|weekend|month|months|year|years"
    r"|decade|century|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|ago)\b", re.I)
# A TIME entity naming its day ("Sunday night", "last night") is a date too.
_DAY_WORD = re.compile(r"\b(?:" + "|".join(MONTHS + WEEKDAYS) + r"|today|tonight|yesterday|tomorrow|last night)\b", re.I)
_RELATIVE = re.compile(
    r"\b(?:(?:over|during|at|on|in)\s+)?(?P<expr>"
    r"within\s+(?:days|weeks|months|hours)"
    r"|the\s+coming\s+(?:days|weeks|months)"
    r"|(?:the\s+)?(?:past|last|next|this)\s+weekend"
    r"|the\s+weekend"
    r"|the\s+(?:previous|next|following)\s+day"
    r"|(?:earlier|later)\s+this\s+(?:week|month|year)"
    r"|(?:last|next|this)\s+(?:week|month|year)"
    r"|(?:last|next|this\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:today|yesterday|tomorrow|tonight|overnight)"
    r")\b", re.I)
_LOOK_AHEAD_WORDS = {"will", "shall", "'ll", "wo", "would", "'d"}
_CONDITION_MARKS = {"if", "unless", "until", "once"}
_PLAN_LEMMAS = {"plan", "schedule", "expect", "intend", "set", "prepare", "hope", "aim", "due",
                "going", "upcoming", "next", "coming"}


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def reporter_of(mod: Token) -> Token | None:
    """The reporting verb a modifier belongs to when the parser hung it on the reported clause:
    "Jakarta said on Tuesday it would withdraw the complaint" (a modifier between the reporting
    verb and the reported clause's subject); None otherwise."""
    verb = mod.head
    if verb.dep_ != "ccomp" or mod.dep_ not in ("prep", "npadvmod", "advmod") or verb.head.i >= mod.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or mod.right_edge.i >= subj.left_edge.i:
        return None
    return verb.head


def _deadline(token: Token) -> bool:
    """"ordered the withdrawal of troops by the end of December", "pledged to finish by
    March": a deadline lies after the act that sets it, unless the clause is in the past
    ("withdrew troops by May", "had left by March")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "prep":
        return False
    verb = prep.head
    on_noun = verb.pos_ in ("NOUN", "PROPN")  # "ordered the departure of observers by …"
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ == "VBD" and not on_noun:
        from newsgraph.extract.events.lexicon import frames  # (events import this module)

        if frames().get(verb.lemma_.casefold()) not in ("request", "commit", "offer", "plan", "threat"):
            return False  # "withdrew 4,000 troops by the end of May"; "ordered … by" sets one
    return not any(c.dep_ in ("aux", "auxpass") and (c.lemma_ == "have" or c.tag_ == "VBD") for c in verb.children)


def _forward_frame(verb: Token) -> bool:
    """Whether ``verb`` frames an act still to come (threatened, vowed, planned, urged to …)."""
    from newsgraph.extract.events.lexicon import frames  # (events import this module)

    return frames().get(verb.lemma_.casefold()) in ("request", "commit", "offer", "plan", "threat")


def looks_ahead(token: Token) -> bool | None:
    """Whether the clause around ``token`` speaks of the future (None: it does not say)."""
    if _deadline(token):
        return True
    if token.dep_ == "poss" and token.head.dep_ == "pobj" and token.head.head.head.pos_ in ("NOUN", "PROPN"):
        # "will pay $31 a share, a 28 percent premium over Tuesday's close": a day named as
        # the owner of a reference point inside a noun phrase is not dated by the verb's tense.
        return None
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        if head.lower_ in ("upcoming", "next", "coming"):
            return True
        if head.head.pos_ in ("VERB", "AUX") and reporter_of(head) is not None:
            head = reporter_of(head)  # "said on Tuesday it would …": the saying's Tuesday
            break
        head = head.head
    verb = head
    for _ in range(4):
        words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} | {verb.lower_}
        if words & _LOOK_AHEAD_WORDS:
            return True
        if verb is not head and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
                and (_forward_frame(verb) or verb.lemma_.casefold() in _PLAN_LEMMAS):
            # "had expected the bank to raise rates in December": a past-perfect expectation may
            # lie ahead (still awaited) or behind (it failed: "had been expected in March before it
            # was postponed"); undetermined, the month nearest ahead is taken, else the last one.
            return None
        if verb is not head and verb.tag_ == "VBD" and (_forward_frame(verb) or verb.lemma_.casefold() in _PLAN_LEMMAS):
            # "threatened to hold protests on Saturday": the date hangs on what is threatened,
            # which lies ahead of the threat.
            return True
        if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have", "had") for c in verb.children if c.dep_ == "aux"):
            return False  # "agreed on Monday to reopen": the date is the agreeing's
        if verb.lemma_.casefold() in _PLAN_LEMMAS and verb.i != token.i:
            return True
        if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and verb.i != token.i and any(
                c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
            return True  # "Hamas is to release 10 hostages on Wednesday": an arrangement
        if any(c.lower_ in ("upcoming", "planned", "next") for c in verb.children):
            return True
        if verb.dep_ in ("xcomp", "acl") and any(c.lower_ == "to" for c in verb.children) or (
                verb.dep_ == "ccomp" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            # "expected the central bank to raise rates in December" (parsed as a ccomp with
            # its own subject): the infinitive's time is its governor's.
            verb = verb.head
            continue
        if verb.dep_ in ("acl", "prep") and verb.tag_ in ("VBG", "VBN") and verb.head.i != verb.i:
            # "will impose a curfew starting Monday", "expects growth in the fiscal year starting
            # July 1": a participle on a noun (or read as a preposition) takes the time of the
            # clause it sits in.
            node = verb.head
            for _ in range(3):
                if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                    break
                node = node.head
            if node.pos_ in ("VERB", "AUX") and node.i != verb.i:
                verb = node
                continue
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children):
            verb = verb.head  # "would ask … if they were not freed by Saturday": the main clause's future
            continue
        if verb.head.pos_ == "NOUN" and verb.head.lemma_.casefold() in _PLAN_LEMMAS:
            return True
        break
    return None


def _strip(text: str) -> str:
    t = text.casefold().strip().replace("’", "'")
    t = re.sub(r"^(?:on|in|during|over|by|since|until|from|at|before|after|around|through)\s+", "", t)
    t = re.sub(r"^(?:mid|early|late)[-\s]+(?=[a-z0-9])", "", t)
    t = re.sub(r"^the\s+(?=end\s+of)", "", t)
    t = re.sub(r"(?<=[a-z])'s?$", "", t)  # "last year's floods", "Monday's vote"
    return t


def resolve(text: str, published: date | None, future: bool | None = None) -> tuple[str | None, str | None]:
    """``(value, resolution)`` for a date expression; value None when nothing anchors it."""
    t = _strip(text)
    if re.fullmatch(r"\d{1,3}", t):
        return None, None  # a bare small number is an age or a count, not a date
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat(), "day"
        except ValueError:
            return None, None
    m = re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)", t)
    if m and published is not None and 1 <= int(m[1]) <= 31:
        # "held talks on the 14th": that day of the publication month, or of the month before
        # (after, when the clause looks ahead) when that day is on the wrong side of publication.
        day = int(m[1])
        shift = 0
        if future is True and day < published.day:
            shift = 1
        elif future is not True and day > published.day:
            shift = -1
        month = _add_months(_month_start(published), shift)
        try:
            return month.replace(day=day).isoformat(), "day"
        except ValueError:
            return None, None
    words = re.findall(r"[a-z]+", t)
    month_name = next((MONTHS.index(w) + 1 for w in words if w in MONTHS), None)
    if month_name is None:
        month_name = next((_MONTH_ABBR[w] for w in re.findall(r"\b([a-z]{3,4})\.?\b", t) if w in _MONTH_ABBR and w != "may"), None)
    year_m = re.search(r"\b(1[89]\d{2}|20\d{2}|21\d{2})\b(?!s)", t)
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", t))
    year = int(year_m[1]) if year_m else None
    if month_name:
        if year is None and published is not None:
            year = published.year
            # A month name without a year is the nearest such month in the story's direction;
            # when the clause does not say, the past one, unless the month is one of the next
            # two ("ready to host a meeting in April" in March is next month, not last year's).
            ahead = (month_name - published.month) % 12
            said = re.search(r"\b(last|next|past|coming)\s+(?:" + "|".join(MONTHS) + r")\b", t)
            if said:
                # "the ceasefire agreed last November" in November is a year back, "next March"
                # the coming one, whatever the tense says: the word names the direction.
                if said[1] in ("last", "past"):
                    year -= 1 if month_name >= published.month else 0
                else:
                    year += 1 if month_name <= published.month else 0
            elif future is None:
                if 0 < ahead <= 2:
                    year += 1 if month_name < published.month else 0
                elif month_name > published.month:
                    year -= 1
            elif future is False and month_name > published.month:
                year -= 1
            elif future is True and month_name < published.month:
                year += 1
        if year is None:
            return None, None
        if day_m and "end" not in words:
            try:
                return date(year, month_name, int(day_m[1])).isoformat(), "day"
            except ValueError:
                pass
        return f"{year:04d}-{month_name:02d}", "month"
    if year and re.fullmatch(r"(?:the\s+)?(?:(?:first|second|third|fourth|last|final|latter)\s+(?:\w+\s+)?"
                             r"(?:days?|weeks?|months?|quarters?|half)\s+of\s+)?(?:year\s+)?(?:of\s+)?\d{4}", t):
        # "2025", "the second quarter of 2027", "the first half of 2026": that year.
        return f"{year:04d}", "year"
    if published is None:
        return None, None
    return _relative(t, words, published, future)


def _relative(t: str, words: list[str], p: date, future: bool | None) -> tuple[str | None, str | None]:
    # "launched 40 drones overnight": the night that ends on the day of publication.
    if t in ("today", "this morning", "this afternoon", "this evening", "tonight", "earlier today", "later today",
             "overnight"):
        return p.isoformat(), "day"
    if t in ("the previous day", "the next day", "the following day"):
        # "The army withdrew the previous day": counted from the story's last dated day (the caller's anchor).
        return (p + timedelta(days=-1 if "previous" in t else 1)).isoformat(), "day"
    if t in ("yesterday", "last night", "yesterday morning", "yesterday evening"):
        return (p - timedelta(days=1)).isoformat(), "day"
    if t in ("tomorrow", "tomorrow morning"):
        return (p + timedelta(days=1)).isoformat(), "day"
    wd = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    if wd is not None and len(words) <= 3:
        if words[0] == "last" or (future is False and words[0] != "next"):
            delta = (p.weekday() - wd) % 7 or (7 if words[0] == "last" else 0)
            return (p - timedelta(days=delta)).isoformat(), "day"
        if words[0] == "next" or future is True:
            delta = (wd - p.weekday()) % 7 or 7
            return (p + timedelta(days=delta)).isoformat(), "day"
        # Undetermined: news reports the past more than the future.
        delta = (p.weekday() - wd) % 7
        return (p - timedelta(days=delta)).isoformat(), "day"
    if "weekend" in words and len(words) <= 4:
        if words[0] in ("next", "coming") or "coming" in words or (future is True and words[0] != "last"):
            sat = p + timedelta(days=(5 - p.weekday()) % 7 or 7)
        elif words[0] == "this" and p.weekday() >= 5:
            sat = p - timedelta(days=p.weekday() - 5)
        else:
            sat = p - timedelta(days=(p.weekday() - 5) % 7 or 7)
        return _monday(sat).isoformat(), "week"
    vague = re.fullmatch(r"(?:the\s+)?(?:coming|next\s+few|next\s+several)\s+(days|weeks|months)|within\s+(?:a\s+few\s+)?(days|weeks|months)|(days|weeks|months)", t)
    if vague and not (vague[3] and future is not True):
        # A bare "months" is a span of time ("after months of secret talks") unless the
        # clause looks ahead ("a deal could come in months").
        unit = next(g for g in vague.groups() if g)
        if unit == "days":
            return _monday(p + timedelta(days=3)).isoformat(), "week"
        if unit == "weeks":
            return (p + timedelta(days=14)).strftime("%Y-%m"), "month"
        return f"{(p + timedelta(days=90)).year:04d}", "year"
    m = re.fullmatch(r"(?:the\s+)?(?:first|second|third|last|final|latter)\s+(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|half)"
                     r"\s+of\s+(the|this|last|next)\s+year", t)
    if m:
        # "sales rose in the first nine months of the year": a part of the year of publication
        # (of the year before with "last year"), at year resolution.
        return f"{p.year + {'last': -1, 'next': 1}.get(m[1], 0):04d}", "year"
    m = re.fullmatch(r"(?:the\s+)?(?:(earlier|later|end\s+of)\s+)?(this|last|next|past|the)\s+(week|month|year)", t)
    if m and not (m[2] == "the" and not m[1]):
        shift = {"this": 0, "the": 0, "last": -1, "past": -1, "next": 1}[m[2]]
        return _shifted(p, shift, m[3])
    m = re.fullmatch(r"(\w+)\s+(day|week|month|year)s?\s+(ago|earlier|later|from\s+now)", t)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS.get(m[1])
        if n:
            sign = -1 if m[3] in ("ago", "earlier") else 1
            if m[2] == "day":
                return (p + timedelta(days=sign * n)).isoformat(), "day"
            return _shifted(p, sign * n, m[2])
    return None, None


def _shifted(p: date, shift: int, unit: str) -> tuple[str, str]:
    if unit == "week":
        return _monday(p + timedelta(weeks=shift)).isoformat(), "week"
    if unit == "month":
        return _add_months(_month_start(p), shift).strftime("%Y-%m"), "month"
    return f"{p.year + shift:04d}", "year"


_WORK_PATTERN = re.compile(r"\b(?:working|work|school|business|[\w.]+-(?:day|hour))[\s-]+(?:week|day|month|year)s?\s*$", re.I)


_ORDINALS_ONLY = re.compile(r"(?:\d+(?:st|nd|rd|th)\s*(?:,|and|or|&)?\s*)+", re.I)


def _ordinal_of_noun(ent: Span) -> bool:
    """A bare ordinal ("34th", "34th and 35th") that ranks a noun after it, or is owned
    ("his 34th"), is no day of the month ("on the 5th", "the 5th of May" stay dates)."""
    if not _ORDINALS_ONLY.fullmatch(ent.text.strip()):
        return False
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].tag_ in ("PRP$", "POS"):
        return True
    k = ent.end
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    return k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and not _DATE_WORD.search(doc[k].text)


def _spans(parsed: Parsed) -> list[tuple[int, int, Token]]:
    """Character spans of date expressions with the token their clause hangs on."""
    doc = parsed.doc
    out: list[tuple[int, int, Token]] = []
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        if ent.label_ == "TIME" and _DAY_WORD.search(ent.text):
            ent = Span(doc, ent.start, ent.end, label="DATE")  # "on Sunday night": a day, at night
        elif ent.label_ == "DATE" and k + 1 < len(ents) and ents[k + 1].label_ == "TIME" and ents[k + 1].start == ent.end:
            ent = Span(doc, ent.start, ents[k + 1].end, label="DATE")  # "Thursday" + "morning", one time
        if ent.label_ == "DATE" and ent[0].pos_ == "VERB" and len(ent) > 1:
            ent = Span(doc, ent.start + 1, ent.end, label="DATE")  # "scheduled to last two days": not the verb
        if ent.label_ == "DATE":
            # "expelled two diplomats three days ago": NER took the counted object in.
            counted = [t for t in ent if t.pos_ == "NOUN" and not _DATE_WORD.search(t.text)
                       and any(c.dep_ == "nummod" and c.i >= ent.start for c in t.children) and t.i + 1 < ent.end]
            if counted:
                ent = Span(doc, counted[-1].i + 1, ent.end, label="DATE")
        # A bare small number is no date ("down from 37 at the last election"); a working
        # pattern is none either ("demands a shorter working week", "a four-day week").
        if ent.label_ == "DATE" and _ordinal_of_noun(ent):
            continue  # "his 34th and 35th international goals": a rank, not a day of the month
        if ent.label_ == "DATE" and re.fullmatch(r"[\w.]+-(?:year|month|week|day)s?-old", ent.text.strip(), re.I):
            continue  # "a 9-year-old girl": an age
        if ent.label_ == "DATE" and _DATE_WORD.search(ent.text) and not re.fullmatch(
                r"(?:(?:between|about|around|some|nearly|almost|over|under|roughly|at\s+least)\s+)?\d{1,3}(?:\s*(?:and|to|or|-)\s*\d{1,3})?",
                ent.text.strip(), re.I) \
                and not _WORK_PATTERN.search(ent.text):
            out.append((ent.start_char, ent.end_char, ent.root))
    for m in _RELATIVE.finditer(parsed.text):
        s, e = m.start("expr"), m.end("expr")
        overlapping = [x for x in out if s < x[1] and x[0] < e]
        if any(not (s <= x[0] and x[1] <= e) or (x[0], x[1]) == (s, e) for x in overlapping):
            continue  # the entity already covers it, or is longer ("last Tuesday evening")
        span = doc.char_span(s, e, alignment_mode="contract")
        if span is None or len(span) == 0:
            continue
        # The expression is longer than the entity it contains ("within weeks" > "weeks").
        out = [x for x in out if x not in overlapping] + [(s, e, span.root)]
    return sorted(out, key=lambda x: x[0])


# "Two days earlier", "a week later": counted from the story's last dated day, not from today.
_STORY_RELATIVE = re.compile(r"(\w+)\s+(?:day|week)s?\s+(?:earlier|later)|the\s+(?:previous|next|following)\s+day")
# How far back (characters) the day such an expression counts from may be named.
_STORY_WINDOW = 600


def extract_dates(parsed: Parsed) -> list[DateMention]:
    out: list[DateMention] = []
    roots: list[Token] = []
    text = parsed.text
    for start, end, root in _spans(parsed):
        anchor = parsed.published
        if _STORY_RELATIVE.fullmatch(_strip(text[start:end])):
            last = next((d for d in reversed(out) if d.value and start - d.end <= _STORY_WINDOW), None)
            if last is not None and last.resolution != "day":
                # "In March, gunmen kidnapped 100 pupils; they were freed two weeks later": counted
                # from a month or a year, the day is unknown (not two weeks after publication).
                out.append(DateMention(text=text[start:end], value=None, resolution=None, start=start, end=end))
                roots.append(root)
                continue
            if last is not None:
                anchor = date.fromisoformat(last.value)
        ahead = looks_ahead(root)
        value, resolution = resolve(text[start:end], anchor, future=ahead)
        if value is None and ahead is True and anchor is not None:
            value, resolution = _deadline_span(text, start, end, anchor)
        if value is None:
            value, resolution = _counted_from_clause(text[start:end], root, out, parsed)
        out.append(DateMention(text=text[start:end], value=value, resolution=resolution, start=start, end=end))
        roots.append(root)
    _year_of_sentence(out, roots)
    return out


# A year that a month of the same sentence may be in ("Last year a storm hit Catalonia in
# October", "In 2019 … in March"); not the bound of a span ("since 2019", "until 2028").
_SPAN_BOUND = {"since", "until", "till", "by", "before", "after", "through", "from", "to"}


def _year_of_sentence(out: list[DateMention], roots: list[Token]) -> None:
    """A month named without a year takes the one year its sentence names: "Last year a storm
    killed 12 people in Catalonia in October" is last year's October, not this year's."""
    for k, (m, root) in enumerate(zip(out, roots)):
        if m.value is None or m.resolution not in ("month", "day") or re.search(r"\b\d{4}\b", m.text):
            continue
        t = _strip(m.text)
        if not (any(w in MONTHS for w in re.findall(r"[a-z]+", t)) or any(
                w in _MONTH_ABBR and w != "may" for w in re.findall(r"\b([a-z]{3,4})\.?\b", t))):
            continue  # a weekday or "next week": counted from publication, whatever the year
        if re.search(r"\b(?:last|next|past|coming)\b", t):
            continue  # "last November" names its own direction
        sent = root.sent
        years = {y.value for j, (y, r) in enumerate(zip(out, roots)) if j != k and y.resolution == "year"
                 and y.value is not None and r.sent == sent
                 and not (r.dep_ == "pobj" and r.head.lower_ in _SPAN_BOUND)}
        if len(years) != 1:
            continue
        year = years.pop()
        out[k] = DateMention(text=m.text, value=year + m.value[4:], resolution=m.resolution, start=m.start, end=m.end)


_WITHIN = re.compile(r"(?:within|in)\s+(?:the\s+next\s+)?$", re.I)
_SPAN_COUNT = re.compile(r"(?:(\w+)|a|an)\s+(day|week|month)s?", re.I)


def _deadline_span(text: str, start: int, end: int, p: date) -> tuple[str | None, str | None]:
    """"would challenge the count in court within seven days", "will decide in two weeks": a
    counted span ahead of publication ends on a day that can be counted (seven days after
    publication), at the resolution of the count's unit."""
    expr = _strip(text[start:end])
    ahead = re.match(r"(?:the\s+)?(?:next|coming|following)\s+", expr, re.I)
    if ahead:
        expr = expr[ahead.end():]  # "was expected to weaken over the next two days"
    elif not _WITHIN.search(text[max(0, start - 20):start]):
        return None, None
    m = _SPAN_COUNT.fullmatch(expr)
    if m is None:
        return None, None
    n = 1 if m[1] is None else (int(m[1]) if m[1].isdigit() else _NUMBER_WORDS.get(m[1].casefold()))
    if not n:
        return None, None
    unit = m[2].casefold()
    if unit == "day":
        return (p + timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return (p + timedelta(weeks=n)).isoformat(), "day"
    return _add_months(_month_start(p), n).strftime("%Y-%m"), "month"


_COUNT = re.compile(r"(?:(\w+)|a|an)\s+(day|week)s?", re.I)


def _counted_from_clause(expr: str, root: Token, before: list[DateMention], parsed: Parsed) -> tuple[str | None, str | None]:
    """"The talks came two days after border guards detained three men on Saturday": the span
    counts from the day of the clause that "after"/"before" introduces, when that clause names
    a day (here two days after that Saturday); otherwise it stays unresolved."""
    m = _COUNT.fullmatch(_strip(expr))
    if m is None:
        return None, None
    n = 1 if m[1] is None else (int(m[1]) if m[1].isdigit() else _NUMBER_WORDS.get(m[1].casefold()))
    if root.i + 1 >= len(root.doc):
        return None, None
    link = root.doc[root.i + 1]  # the parser hangs "days" on "after" or on the clause it opens
    if not n or root.dep_ != "npadvmod" or link.lower_ not in ("after", "before"):
        return None, None
    clause = link.head if link.dep_ == "mark" else link
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    if link.dep_ == "prep":
        lo = link.idx
    # The clause's own dated day (found by the caller's later spans: search the parse directly).
    for start, end, tok in _spans(parsed):
        if lo <= start and end <= hi and start > link.idx:
            value, resolution = resolve(parsed.text[start:end], parsed.published, future=looks_ahead(tok))
            if value and resolution == "day":
                days = n * (7 if m[2].casefold() == "week" else 1)
                d = date.fromisoformat(value) + timedelta(days=days if link.lower_ == "after" else -days)
                return d.isoformat(), "day"
    # "will debate the plan on Tuesday, two days before the board meets": the span is the
    # time of the clause it modifies, dated by its own day when the other clause has none.
    governor = clause.head if clause.dep_ in ("advcl", "prep") else None
    if governor is not None:
        sent = root.sent
        for d in reversed(before):
            if sent.start_char <= d.start and d.value and d.resolution == "day":
                tok = root.doc.char_span(d.start, d.end, alignment_mode="expand")
                if tok is not None and any(t.head.i == governor.i or t.head.head.i == governor.i for t in tok):
                    return d.value, "day"
    return None, None
