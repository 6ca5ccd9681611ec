"""Dates, places and quantities attached to an event from its own clause.

An expression belongs to an event when the path from the expression up the dependency tree
reaches the event's trigger (or the light verb carrying it) before it reaches another verb:
"Russia launched 90 drones on nine regions over the weekend" attaches all three to
"launched"; "talks in Geneva, which opened on Monday" keeps Monday for "opened". When the
event's clause has no date, a date of the same sentence is used only when it is the only one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from newsgraph.extract.dates import reporter_of
from newsgraph.record import Amount, DateMention, EventDate, EventLocation, Location, Quantity

# Units of distance: an amount in them places an event, it does not count what happened.
_DISTANCES = {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "yards", "mi"}
_NAMED_PLACE_NOUNS = {"city", "town", "village", "port", "region", "province", "district", "island", "enclave", "county"}
# Parts of a place that locate an event in it: "the southern suburbs of Beirut", "Gaza's outskirts".
_PARTS_OF_PLACES = {"suburb", "suburbs", "outskirts", "centre", "center", "heart", "north", "south", "east", "west",
                    "northeast", "northwest", "southeast", "southwest", "part", "area", "streets", "downtown",
                    "province", "region", "district", "city", "capital", "port", "coast", "border", "countryside",
                    "hill", "mountain", "jungle", "forest", "desert", "valley", "highland", "water"}
_COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "north-east", "north-west", "south-east", "south-west"}
# Parts of a place one is "on" rather than "in".
_EDGES_OF_PLACES = {"outskirts", "outskirt", "edge", "edges", "border", "frontier", "coast", "shore", "bank", "banks"}
# An upper-case place and a comma open a dateline; a credit in brackets and a dash close it.
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z .'’/-]+,\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?[-—–]")
_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "including", "off", "along"}
# "the two neighbours", "the three countries' defence ministers", "the three navies": a
# definite number of parties refers to who takes part; it counts nothing that happened.
_PARTY_NOUNS = {"country", "nation", "state", "neighbour", "neighbor", "side", "party", "government", "navy",
                "army", "leader", "president", "minister", "capital", "delegation", "signatory", "man", "woman",
                "counterpart", "chancellor"}


# Verbs that tell the rest of an attack's toll as a conjunct sharing its subject.
_CASUALTY_CONJUNCTS = {"wound", "injure", "kill", "abduct", "kidnap", "capture", "displace"}
# "two days after", "a week before", "hours after": a counted span from another clause's date.
_COUNTED_SPAN = re.compile(r"(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
                           r"(days?|weeks?|hours?|minutes?)")
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}

# Prepositions and verbs whose object is the topic of talks or statements.
_TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding", "concerning"}
_TOPIC_VERBS = {"discuss", "debate", "address", "raise", "review", "negotiate"}


class Attachments:
    """Per-document index of dates, places and amounts by token."""

    def __init__(self, doc: Doc, dates: list[DateMention], locations: list[Location], amounts: list[Amount],
                 published: str | None = None):
        self.doc = doc
        self.published = published
        self.dates = [(self._root(d.start, d.end), d) for d in dates if not self._at_dateline(doc.text, d)]
        self.locations = [(self._root(loc.start, loc.end), loc) for loc in locations]
        self.amounts = [(self._root(a.start, a.end, first=True), a) for a in amounts]

    @staticmethod
    def _at_dateline(text: str, date: DateMention) -> bool:
        """"ACCRA, Nov 20 (AFP) - Officers detained 23 traders last week": the dateline's date
        is when the story was filed, never an event's."""
        line_start = text.rfind("\n", 0, date.start) + 1
        return bool(_DATELINE_BEFORE.fullmatch(text[line_start:date.start])
                    and _DATELINE_AFTER.match(text, date.end))

    def _root(self, start: int, end: int, first: bool = False) -> Token | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span[0] if first else span.root

    @staticmethod
    def _reaches(tok: Token, anchors: set[int], limit: int = 8, through_purpose: bool = False) -> bool:
        node = tok
        for _ in range(limit):
            if node.i in anchors:
                return True
            if node.head.i == node.i:
                return False
            parent = reporter_of(node) or node.head  # "said on Tuesday it would withdraw"
            if parent.dep_ == "conj" and parent.head.i in anchors and parent.pos_ == "VERB" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in parent.children) \
                    and parent.lemma_.casefold() in _CASUALTY_CONJUNCTS:
                node = parent  # "killed 27 soldiers and wounded 15 in an attack on Sunday": one attack
                continue
            if through_purpose and parent.dep_ == "advcl" and parent.head.i in anchors \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in parent.children):
                node = parent  # "fired tear gas to disperse protesters on Sunday": the same moment
                continue
            if parent.i not in anchors and parent.pos_ in ("VERB", "AUX") and parent.lower_ not in ("including", "following", "during"):
                return False  # another verb's clause
            node = parent
        return False

    @staticmethod
    def _names_a_thing(root: Token, anchors: set[int]) -> bool:
        """A date that modifies another noun dates that thing, not the event: "rejected the
        result of Saturday's run-off on Monday", "accused X of violating the 2021 ceasefire"."""
        return (root.dep_ in ("poss", "compound", "nmod", "amod", "nummod") and root.head.i not in anchors
                and root.head.pos_ in ("NOUN", "PROPN"))

    def date_for(self, anchors: set[int], sent_start: int, sent_end: int, exclude: set[int] = frozenset()) -> EventDate | None:
        """The date of the event at ``anchors``; dates under a token of ``exclude`` are not its."""
        inside = [(root, d) for root, d in self.dates if sent_start <= d.start and d.end <= sent_end and root is not None
                  and root.head.i not in exclude]
        if not inside:
            return None
        mine = [d for root, d in inside if self._reaches(root, anchors) and not self._names_a_thing(root, anchors)]
        if not mine:
            # A purpose clause's date, when the event's own clause has none.
            mine = [d for root, d in inside if d.value and self._reaches(root, anchors, through_purpose=True)
                    and not self._names_a_thing(root, anchors)]
        if not mine:
            return None
        # "declared a 30-day state of emergency … on Wednesday": a duration has no value; the
        # date that has one is the event's.
        # "two days after guards detained three men on Saturday": the span's own value is the
        # time of the clause it modifies (the dates stage counts it), never the after-clause's.
        spans = [d for d in mine if self._counted_span(d)]
        if spans:
            counted = self._counted_from_other_clause(spans[0], anchors, sent_start, sent_end)
            if counted is not None:
                return counted
            own = [d for d in mine if d not in spans]
            if not own:
                return EventDate(text=spans[0].text, value=None, resolution=None)
            mine = own
        chosen = next((d for d in mine if d.value), mine[0])
        # "In 2019, Spain deployed troops … in March": a date inside the chosen one is the finer
        # of the two (the month of that year), not another time.
        finer = [d for d in mine if d.value and chosen.value and len(d.value) > len(chosen.value)
                 and d.value.startswith(chosen.value)]
        if finer:
            chosen = max(finer, key=lambda d: len(d.value))
        if not chosen.value:
            counted = self._counted_from_other_clause(chosen, anchors, sent_start, sent_end)
            if counted is not None:
                return counted
            if _COUNTED_SPAN.fullmatch(chosen.text.strip().casefold()):
                return None  # "after two days of talks": a span of time, no date
        return EventDate(text=chosen.text, value=chosen.value, resolution=chosen.resolution)

    def _counted_span(self, d: DateMention) -> bool:
        """Whether ``d`` is "N days" right before an "after"/"before" that opens a clause."""
        if _COUNTED_SPAN.fullmatch(d.text.strip().casefold()) is None:
            return False
        root = self._root(d.start, d.end)
        return root is not None and root.i + 1 < len(root.doc) and root.doc[root.i + 1].lower_ in ("after", "before")

    def _counted_from_other_clause(self, duration: DateMention, anchors: set[int], sent_start: int,
                                   sent_end: int) -> EventDate | None:
        """"Modi said on Thursday …, two days after soldiers exchanged fire": a span of days
        before "after" or "before" dates the clause it opens from the date of the clause it
        hangs on (or, for a reported clause, of the report): Thursday less two days."""
        m = _COUNTED_SPAN.fullmatch(duration.text.strip().casefold())
        root = self._root(duration.start, duration.end)
        if m is None or root is None:
            return None
        head = root.head
        mark = head if head.dep_ == "mark" else next((c for c in head.children if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in ("after", "before"):
            return None
        clause = mark.head
        if clause.i not in anchors or clause.dep_ != "advcl" or clause.head.i == clause.i:
            return None
        governor = clause.head
        refs = [{governor.i}] + ([{governor.head.i}] if governor.dep_ == "ccomp" else [])
        for ref in refs:
            dated = [d for r, d in self.dates if r is not None and sent_start <= d.start and d.end <= sent_end
                     and d.resolution == "day" and d.value and self._reaches(r, ref)]
            if dated:
                break
        else:
            return None
        word, unit = m.group(1), m.group(2)
        if unit.startswith(("hour", "minute")):
            days = 0  # "hours after": the same day
        elif word is None:
            return None  # "days after": how many is not said
        else:
            days = (int(word) if word.isdigit() else _COUNT_WORDS[word]) * (7 if unit.startswith("week") else 1)
        shift = -days if mark.lower_ == "after" else days
        try:
            value = (date.fromisoformat(dated[0].value) + timedelta(days=shift)).isoformat()
        except ValueError:
            return None
        return EventDate(text=duration.text, value=value, resolution="day")

    @staticmethod
    def _in_topic(tok: Token, anchors: set[int]) -> bool:
        """The place lies in what is talked about ("held talks on the crisis in Sudan",
        "discussed the war in Gaza"), not where the talking happens."""
        node = tok
        for _ in range(8):
            if node.dep_ == "prep" and node.lower_ in _TOPIC_PREPOSITIONS \
                    and not any(c.dep_ == "pobj" and c.lemma_.casefold() in ("sideline", "margin") for c in node.children):
                return True
            if node.dep_ == "dobj" and node.head.i in anchors and node.head.lemma_.casefold() in _TOPIC_VERBS:
                return True
            if node.i in anchors and node.dep_ != "prep" or node.head.i == node.i:
                return False
            node = node.head
        return False

    def location_for(self, anchors: set[int], sent_start: int, sent_end: int, exclude: set[str] = frozenset(),
                     spoken: bool = False, destinations: bool = False, route: bool = False) -> EventLocation | None:
        """The place of the event at ``anchors``; for what is said or agreed (``spoken``), not a
        place inside its topic; with ``destinations``, also where it goes ("deployed 300 soldiers
        to the province of Enga")."""
        allowed = _LOCATIVE | ({"to", "into"} if destinations else set())
        if route:
            allowed = allowed | {"through"}  # "protesters marched through Tbilisi": where the march was
        candidates = []
        for root, loc in self.locations:
            if root is None or not (sent_start <= loc.start and loc.end <= sent_end):
                continue
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.casefold() in _NAMED_PLACE_NOUNS \
                    and root.head.head.dep_ == "pobj":
                # "in the Black Sea city of Batumi": the of-object is the place the noun names;
                # the place before the noun only says where that lies.
                candidates = [(ok, c) for ok, c in candidates if not (c.start >= root.head.head.left_edge.idx and c.end <= root.head.idx)]
                root = root.head.head
            elif root.dep_ == "compound" and root.head.lemma_.casefold() in _NAMED_PLACE_NOUNS and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in root.head.children):
                continue
            elif root.dep_ == "pobj" and root.head.lower_ == "of" and (root.head.head.lemma_.casefold() in _PARTS_OF_PLACES
                                                                       or root.head.head.lower_ in _PARTS_OF_PLACES) \
                    and root.head.head.dep_ == "pobj":
                root = root.head.head  # "in the southern suburbs of Beirut": where in Beirut
            if root.dep_ == "poss" and root.head.dep_ == "pobj" and root.head.lemma_.casefold() in _PARTS_OF_PLACES:
                root = root.head  # "in Beirut's southern suburbs"
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _COMPASS_POINTS \
                    and root.head.head.dep_ == "advmod":
                # "bombed a market 20 km south of El Obeid": the event lies by the named place.
                candidates.append((self._reaches(root.head.head, anchors), loc))
                continue
            if root.dep_ != "pobj" and not (root.dep_ == "compound" and root.head.dep_ == "pobj"):
                continue
            prep = root.head if root.dep_ == "pobj" else root.head.head
            if prep.lower_ not in allowed and not (prep.lower_ == "on" and root.lemma_.casefold() in _EDGES_OF_PLACES):
                continue  # ("on the outskirts of Odesa", "on the border": where, like "in")
            candidates.append((self._reaches(root, anchors) and not (spoken and self._in_topic(root, anchors)), loc))
        mine = [loc for ok, loc in candidates if ok]
        if not mine:
            return None
        chosen = mine[0]
        return EventLocation(name=chosen.name, country=chosen.country, kind=chosen.kind)

    def quantities_for(self, anchors: set[int], sent_start: int, sent_end: int) -> list[Quantity]:
        out = []
        for root, a in self.amounts:
            if root is None or not (sent_start <= a.start and a.end <= sent_end):
                continue
            if a.unit in _DISTANCES:
                continue  # "the town of X, 40 km south of Khartoum": where, not how much
            span = self.doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is not None and "-" in a.text and " " not in a.text.strip() and span.root.head.i not in anchors \
                    and span.root.head.i >= span.end and span.root.dep_ in ("amod", "compound", "nummod", "nmod"):
                continue  # "hit a five-storey building": a measure that describes a thing, not a count of the event
            if span is not None and span.root.lemma_.casefold() in _PARTY_NOUNS and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in span.root.children):
                continue
            if self._reaches(root, anchors) and not self._across_semicolon(a.start, anchors):
                out.append(Quantity(value=a.value, unit=a.unit, text=a.text))
        return out

    def _across_semicolon(self, start: int, anchors: set[int]) -> bool:
        """"Quake … kills at least 48; EU pledges 10 million euros": a semicolon parts two
        clauses however the parser joined them; a count on the other side is another event's."""
        text = self.doc.text
        for i in anchors:
            at = self.doc[i].idx
            lo, hi = (start, at) if start < at else (at, start)
            if ";" not in text[lo:hi]:
                return False
        return bool(anchors)
