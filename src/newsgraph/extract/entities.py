"""Entities: one per real-world referent in the article.

spaCy's NER gives mention spans; this module repairs its frequent news errors, maps states
and their metonyms (capitals, seats of government, adjectives) to one country entity, merges
name variants of a person ("Donald Trump", "Trump") and reads titles ("U.S. President").

The result is an :class:`EntityIndex`: the entities, plus a token → entity map that the
attribution and event extractors use to name who spoke and who acted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsgraph.extract.context import Parsed
from newsgraph.nlp.geo import gazetteer, normalise
from newsgraph.nlp.lexicon import word_list, word_set
from newsgraph.record import Entity, Mention, Role

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
_DETERMINERS = {"the", "a", "an"}
_PREPOSITIONS_OF_PLACE = {"in", "at", "to", "from", "near", "into", "outside", "inside", "across", "around", "toward", "towards", "via", "through"}


@dataclass
class EntityBuilder:
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)  # (start, end) char -> text
    key: tuple = ()

    def add_role(self, role: Role) -> None:
        if all((r.title.casefold(), r.of) != (role.title.casefold(), role.of) for r in self.roles):
            self.roles.append(role)

    def to_record(self) -> Entity:
        mentions = [Mention(start=s, end=e, text=t) for (s, e), t in sorted(self.mentions.items())]
        return Entity(id=self.id, name=self.name, type=self.type, country=self.country,
                      sector=self.sector, roles=list(self.roles), mentions=mentions)


class EntityIndex:
    """Entities of one document and the tokens that mention them."""

    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.doc = parsed.doc
        self._entities: list[EntityBuilder] = []
        self._by_key: dict[tuple, EntityBuilder] = {}
        # Token index -> entity key while building, entity id after finalise().
        self.token_entity: dict[int, object] = {}

    # -- building -------------------------------------------------------------------------
    def get_or_create(self, key: tuple, name: str, type_: str, country: str | None = None,
                      sector: str | None = None) -> EntityBuilder:
        ent = self._by_key.get(key)
        if ent is None:
            ent = EntityBuilder(id="", name=name, type=type_, country=country, sector=sector, key=key)
            self._by_key[key] = ent
            self._entities.append(ent)
        return ent

    def alias(self, key: tuple, ent: EntityBuilder) -> None:
        self._by_key.setdefault(key, ent)

    def find(self, key: tuple) -> EntityBuilder | None:
        return self._by_key.get(key)

    def add_mention(self, ent: EntityBuilder, start_token: int, end_token: int) -> None:
        span = self.doc[start_token:end_token]
        ent.mentions[(span.start_char, span.end_char)] = span.text
        for i in range(start_token, end_token):
            self.token_entity.setdefault(i, ent.key)  # type: ignore[arg-type]

    def add_char_mention(self, ent: EntityBuilder, start: int, end: int, tokens: range) -> None:
        ent.mentions[(start, end)] = self.doc.text[start:end]
        for i in tokens:
            self.token_entity.setdefault(i, ent.key)  # type: ignore[arg-type]

    def finalise(self) -> None:
        """Number entities by first mention and drop those left without mentions."""
        kept = [e for e in self._entities if e.mentions]
        kept.sort(key=lambda e: min(e.mentions))
        for n, ent in enumerate(kept, start=1):
            ent.id = f"E{n}"
        self._entities = kept
        by_key = {e.key: e for e in kept}
        self.token_entity = {i: by_key[k].id for i, k in self.token_entity.items() if k in by_key}  # type: ignore[index]
        self._by_id = {e.id: e for e in kept}

    # -- reading --------------------------------------------------------------------------
    @property
    def entities(self) -> list[EntityBuilder]:
        return self._entities

    def get(self, entity_id: str) -> EntityBuilder | None:
        return self._by_id.get(entity_id)

    def entity_at(self, token: Token | int) -> str | None:
        i = token if isinstance(token, int) else token.i
        return self.token_entity.get(i)

    def entity_of_span(self, span: Span) -> str | None:
        """The entity a phrase refers to: its head's entity, else the first entity inside it."""
        eid = self.entity_at(span.root)
        if eid:
            return eid
        for tok in span:
            eid = self.entity_at(tok)
            if eid:
                return eid
        return None

    def entity_of_phrase(self, head: Token) -> str | None:
        """The entity of the noun phrase headed by ``head`` (an appositive name counts)."""
        eid = self.entity_at(head)
        if eid:
            return eid
        for child in head.children:
            if child.dep_ in ("appos", "compound", "flat") and self.entity_at(child):
                return self.entity_at(child)
        return None

    def records(self) -> list[Entity]:
        return [e.to_record() for e in self._entities]


# ---------------------------------------------------------------------------------------
# Span repairs

def _headline_verbs() -> frozenset[str]:
    return word_set("headline_verbs.txt")


def repair_span(span: Span, parsed: Parsed) -> Span | None:
    """Trim what spaCy glued onto a name: determiners, possessive marks, headline verbs."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text not in ".)"):
        end -= 1
    if end > start and span.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        # Headlines capitalise verbs, which NER reads as part of the name: "Putin Set",
        # "Condemns Bhutan". Only title-case words on headline-like lines are trimmed.
        verbs = _headline_verbs()
        while end - start > 1 and doc[end - 1].lower_ in verbs and doc[end - 1].is_title:
            end -= 1
        while end - start > 1 and doc[start].lower_ in verbs and doc[start].is_title:
            start += 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


def split_hyphenated_countries(span: Span) -> list[tuple[int, int, str]] | None:
    """"U.S.-Russia" → [(start, end, iso3), …] when every part names a country."""
    text = span.text
    if "-" not in text and "–" not in text:
        return None
    g = gazetteer()
    parts, pos = [], 0
    for piece in re.split(r"([-–])", text):
        if piece in "-–":
            pos += len(piece)
            continue
        iso = g.country(piece) or g.demonym(piece)
        if not iso:
            return None
        parts.append((span.start_char + pos, span.start_char + pos + len(piece), iso))
        pos += len(piece)
    return parts if len(parts) >= 2 else None


# ---------------------------------------------------------------------------------------
# Titles and roles

@dataclass(frozen=True)
class TitleMatch:
    title: str
    start: int  # token index
    end: int


def _titles() -> list[list[str]]:
    titles = [t.casefold().split() for t in word_list("titles.txt")]
    return sorted(titles, key=len, reverse=True)


def match_title(tokens: list[Token]) -> TitleMatch | None:
    """The longest title at the end of ``tokens`` ("U.S. Secretary of State" → Secretary of State)."""
    words = [t.lower_ for t in tokens]
    for title in _titles():
        n = len(title)
        for offset in range(len(words) - n, -1, -1):
            if words[offset:offset + n] == title:
                # The title must end the pre-modifier run, allowing only "'s" or "of X" after.
                tail = tokens[offset + n:]
                if all(t.tag_ == "POS" or t.is_punct for t in tail) or not tail:
                    span_tokens = tokens[offset:offset + n]
                    text = " ".join(t.text for t in span_tokens)
                    return TitleMatch(_head_form(text), span_tokens[0].i, span_tokens[-1].i + 1)
                break
    return None


def _head_form(title: str) -> str:
    small = {"of", "for", "the", "and", "on", "in", "to"}
    words = title.split()
    out = []
    for w in words:
        if w.casefold() in small:
            out.append(w.casefold())
        elif w.isupper() and len(w) <= 4:
            out.append(w)  # CEO
        else:
            out.append(w[:1].upper() + w[1:].lower() if not any(c.isupper() for c in w[1:]) else w)
    return " ".join(out)


def country_of_tokens(tokens: list[Token], index: EntityIndex) -> str | None:
    """ISO3 of a country named by any of ``tokens`` (adjective, name or possessive)."""
    g = gazetteer()
    for tok in tokens:
        eid_key = index.token_entity.get(tok.i)
        if eid_key is not None:
            ent = index.find(eid_key) if isinstance(eid_key, tuple) else None
            if ent is not None and ent.type in ("GPE", "NORP") and ent.country:
                return ent.country
        iso = g.demonym(tok.text) or g.country(tok.text)
        if iso:
            return iso
    return None


# ---------------------------------------------------------------------------------------
# Extraction

def extract_entities(parsed: Parsed) -> EntityIndex:
    """Entities with mentions, countries and roles. Pronouns are resolved later (coref)."""
    index = EntityIndex(parsed)
    doc = parsed.doc
    g = gazetteer()
    people: list[tuple[Span, EntityBuilder]] = []

    spans = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        fixed = repair_span(ent, parsed)
        if fixed is None:
            continue
        # "Secretary of State": the State is part of a title, not an organisation.
        if fixed.text == "State" and fixed.start >= 2 and doc[fixed.start - 1].lower_ == "of" and doc[fixed.start - 2].lower_ == "secretary":
            continue
        spans.append(fixed)

    spans = [_relabel(span, spans) for span in spans]
    # States first, so person titles can see their countries.
    for span in spans:
        label = span.label_
        text = span.text
        parts = split_hyphenated_countries(span)
        if parts:
            for s, e, iso in parts:
                ent = _country_entity(index, iso)
                toks = range(span.start, span.end)
                index.add_char_mention(ent, s, e, toks)
            continue
        if label in ("GPE", "NORP", "LOC", "ORG", "FAC"):
            iso = None
            if label in ("GPE", "LOC", "NORP"):
                iso = g.country(text) or (g.demonym(text) if label == "NORP" or text[0].isupper() else None)
            if iso is None and label in ("ORG", "FAC", "GPE"):
                iso = g.seat(text)
            if iso is None and label == "GPE" and g.capital(text) and not _is_locative(span):
                iso = g.capital(text)  # "Moscow wants" — the capital standing for the state
            if iso is not None:
                ent = _country_entity(index, iso)
                index.add_mention(ent, span.start, span.end)
                continue
            inst = g.institution(text)
            if inst is not None:
                iso3, sector, canonical = inst
                ent = index.get_or_create(("ORG", normalise(canonical)), canonical, "ORG", iso3, sector)
                index.add_mention(ent, span.start, span.end)
                continue
            if label == "NORP":
                ent = index.get_or_create(("NORP", normalise(text)), text, "NORP")
                index.add_mention(ent, span.start, span.end)
                continue
            place = g.city(text) if label in ("GPE", "LOC") else None
            key = (label, normalise(text))
            ent = index.get_or_create(key, text, label, place.country if place else None)
            index.add_mention(ent, span.start, span.end)
            continue
    # People: full names first so that surnames attach to them.
    person_spans = sorted((s for s in spans if s.label_ == "PERSON"), key=lambda s: (-len(s), s.start))
    for span in person_spans:
        if any(index.token_entity.get(i) for i in range(span.start, span.end)):
            continue  # a name already taken as a country ("Kyiv" tagged PERSON is handled above)
        ent = _person_entity(index, span)
        index.add_mention(ent, span.start, span.end)
        people.append((span, ent))
    for span in spans:
        if span.label_ in ("EVENT", "PRODUCT", "WORK_OF_ART", "LAW"):
            if any(index.token_entity.get(i) for i in range(span.start, span.end)):
                continue
            ent = index.get_or_create((span.label_, normalise(span.text)), span.text, span.label_)
            index.add_mention(ent, span.start, span.end)

    for span, ent in people:
        _read_roles(span, ent, index)
    for ent in index.entities:
        if ent.type == "PERSON" and ent.country is None:
            ent.country = next((r.of for r in ent.roles if r.of and len(r.of) == 3 and r.of.isupper()), None)
    index.finalise()
    return index


def _relabel(span: Span, spans: list[Span]) -> Span:
    """Fix labels that the small model often gets wrong in news: a surname of a person named
    elsewhere in the article tagged ORG ("Trump indicated"), and a capital or country tagged
    PERSON ("Kyiv had hoped")."""
    g = gazetteer()
    text = span.text
    if span.label_ == "PERSON":
        if len(span) == 1 and (g.capital(text) or g.country(text)) and not _named_person(text, spans, exclude=span):
            return Span(span.doc, span.start, span.end, label="GPE")
        return span
    if span.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC") and _named_person(text, spans, exclude=span):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return span


def _named_person(text: str, spans: list[Span], exclude: Span) -> bool:
    """Whether ``text`` is the full name or surname of a PERSON span of more than one word."""
    key = normalise(text)
    for other in spans:
        if other is exclude or other.label_ != "PERSON" or len(other) < 2:
            continue
        words = [normalise(t.text) for t in other if not t.is_punct]
        if key == " ".join(words) or (words and key == words[-1]):
            return True
    return False


def _country_entity(index: EntityIndex, iso3: str) -> EntityBuilder:
    g = gazetteer()
    return index.get_or_create(("COUNTRY", iso3), _short_country_name(g.name_of(iso3)), "GPE", iso3, None)


def _short_country_name(name: str) -> str:
    return {"Russian Federation": "Russia"}.get(name, name)


def _is_locative(span: Span) -> bool:
    """"talks in Moscow" is a place; "Moscow wants" is the state."""
    head = span.root
    return head.dep_ == "pobj" and head.head.lower_ in _PREPOSITIONS_OF_PLACE


def _person_entity(index: EntityIndex, span: Span) -> EntityBuilder:
    words = [t.text for t in span if not t.is_punct or t.text == "."]
    name = " ".join(words)
    full_key = ("PERSON", normalise(name))
    existing = index.find(full_key)
    if existing is not None:
        return existing
    if len(words) == 1:
        # A surname (or a first name) of someone named in full earlier, or later.
        for ent in index.entities:
            if ent.type == "PERSON" and len(ent.name.split()) > 1:
                parts = [normalise(p) for p in ent.name.split()]
                if normalise(words[0]) in (parts[-1], parts[0]):
                    index.alias(full_key, ent)
                    return ent
    ent = index.get_or_create(full_key, name, "PERSON")
    if len(words) > 1:
        index.alias(("PERSON", normalise(words[-1])), ent)
    return ent


def _read_roles(span: Span, ent: EntityBuilder, index: EntityIndex) -> None:
    """Titles before a name ("U.S. President Donald Trump") and in apposition ("his envoy
    for the conflict, Steve Witkoff"; "Canada's new Prime Minister, Mark Carney")."""
    doc = span.doc
    # Pre-modifiers: walk left over the tokens of the name's noun phrase.
    left: list[Token] = []
    i = span.start - 1
    while i >= 0 and (doc[i].dep_ in ("compound", "amod", "nmod", "poss", "case", "prep", "pobj") or doc[i].tag_ == "POS") and doc[i].head.i >= span.start - 6 and doc[i].head.i <= span.end:
        if doc[i].is_sent_start:
            left.insert(0, doc[i])
            break
        left.insert(0, doc[i])
        i -= 1
    if left:
        title = match_title(left)
        if title is not None:
            country = country_of_tokens(left[: title.start - left[0].i], index)
            ent.add_role(Role(title=title.title, of=country, start=doc[title.start].idx, end=doc[title.end - 1].idx + len(doc[title.end - 1])))
    # Apposition: the name is appos of a title noun, or the title noun is appos of the name.
    head = span.root
    title_head = None
    if head.dep_ == "appos":
        title_head = head.head
    else:
        title_head = next((c for c in head.children if c.dep_ == "appos"), None)
    if title_head is not None and not index.token_entity.get(title_head.i):
        phrase = [t for t in title_head.subtree if t.i < span.start or t.i >= span.end]
        phrase = [t for t in phrase if t.i <= title_head.i or t.head.i >= title_head.i]
        # Keep the title's own words: compounds/amods before the head and "for the conflict".
        pre = [t for t in phrase if t.i <= title_head.i and t.dep_ not in ("det", "punct") and t.tag_ not in ("PRP$", "POS")]
        title = match_title(pre)
        if title is not None:
            words = [doc[k] for k in range(title.start, title.end)]
            post = [t for t in title_head.rights if t.dep_ == "prep" and t.lower_ in ("for", "of", "on") and t.i < span.start]
            text = " ".join(t.text for t in words)
            if post:
                p = post[0]
                text += " " + " ".join(t.text for t in p.subtree)
                end_tok = max(t.i for t in p.subtree)
            else:
                end_tok = title.end - 1
            country = country_of_tokens([t for t in phrase if t.i < title.start], index)
            ent.add_role(Role(title=_head_form(text) if not post else _head_form(" ".join(w.text for w in words)) + text[len(" ".join(w.text for w in words)):],
                              of=country, start=doc[title.start].idx, end=doc[end_tok].idx + len(doc[end_tok])))
