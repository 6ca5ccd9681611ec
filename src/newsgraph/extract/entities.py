"""Entities: one per real-world referent in the article.

spaCy's NER gives mention spans; this module repairs its frequent news errors (a headline
verb glued to a name, a surname tagged ORG, the "State" of "Secretary of State", a single
common word taken for a person), maps states and the words that stand for them (names,
abbreviations, adjectives, capitals and seats of government) to one country entity per ISO
3166 code, names parts of a state with a sector ("Russian forces" → RUS MIL), merges the name
variants of a person ("U.S. President Donald Trump", "Trump", "Mr. Trump") and reads titles
and roles from pre-modifiers, appositions and possessives. Pronouns and descriptions ("the
envoy") are resolved by :mod:`newsgraph.extract.coref`, which this module runs before it
numbers the entities, so that the index handed to the other extractors is complete.

The result is an :class:`EntityIndex`: the entities, plus a token → entity map that the
attribution and event extractors use to name who spoke and who acted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.titles import (
    TitleMatch, TitlePhrase, match_title, read_title_phrase, title_head_words, title_matches,
)
from newsgraph.nlp.geo import Organisation, gazetteer, normalise
from newsgraph.nlp.lexicon import table, word_set
from newsgraph.nlp.names import (
    NameParts, first_name_gender, fold, honorific_gender, is_honorific, same_person_name,
    split_name, surname_key, word_key,
)
from newsgraph.record import Entity, Mention, Role

__all__ = [
    "ENTITY_LABELS", "PRONOUNS", "EntityBuilder", "EntityIndex", "extract_entities", "match_title",
    "repair_span", "split_hyphenated_countries", "country_of_tokens",
]

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
_DETERMINERS = {"the", "a", "an"}
_PLACE_PREPOSITIONS = {"in", "at", "near", "into", "outside", "inside", "across", "around", "via", "through",
                       "from", "to", "toward", "towards", "within", "throughout"}
_DIRECTIONAL_PREPOSITIONS = {"to", "from", "toward", "towards", "into"}
_MOTION_WORDS = {"go", "travel", "fly", "arrive", "return", "come", "head", "move", "drive", "sail", "walk",
                 "flee", "evacuate", "relocate", "trip", "visit", "flight", "journey", "road", "route", "way",
                 "train", "drive", "march", "retreat", "advance", "withdraw", "transfer", "move", "commute",
                 "miles", "kilometres", "kilometers", "km", "away", "north", "south", "east", "west"}
_NAME_PARTICLES = {"von", "van", "der", "de", "da", "di", "del", "bin", "ibn", "al", "el", "la", "le", "dos", "das"}
_VISIT_VERBS = {"visit", "tour", "leave", "reach", "enter"}
_VISIT_VERB_FORMS = {"visit", "visits", "visited", "visiting", "tours", "toured", "leaves", "left", "reaches",
                     "reached", "enters", "entered", "arrives", "arrived", "lands", "landed"}
_REGION_WORDS = {"region", "oblast", "province", "district", "county", "governorate", "territory"}
_SECTOR_NAMES = {"MIL": "military", "GOV": "government", "COP": "police", "SPY": "intelligence",
                 "LEG": "legislature", "JUD": "judiciary", "OPP": "opposition", "REB": "rebels",
                 "SEP": "separatists", "INS": "insurgents", "BUS": "business", "MED": "media",
                 "CVL": "civilians"}
# POS of tokens that never begin or end a personal name ("Additionally, Zelensky", "Putin Set").
_NOT_NAME_POS = {"ADV", "CCONJ", "SCONJ", "ADP", "AUX", "PRON", "DET", "PART", "VERB", "NUM", "SYM", "PUNCT", "INTJ"}


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
    # Building state, not part of the record.
    parts: NameParts | None = None       # the fullest personal name seen
    gender: str | None = None            # "m" / "f" when a name, honorific or title says so
    mention_tokens: list[int] = field(default_factory=list)  # head token of each mention
    name_mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans of proper-name mentions

    def add_role(self, role: Role) -> None:
        for existing in self.roles:
            # "General" after "Major General": the shorter form adds nothing.
            if existing.title.casefold().endswith(" " + role.title.casefold()) and role.of in (None, existing.of):
                return
            if (existing.title.casefold(), existing.of) == (role.title.casefold(), role.of):
                return
            # The same title, now known with its owner: keep the fuller one.
            if existing.title.casefold() == role.title.casefold() and existing.of is None and role.of:
                existing.of = role.of
                return
            if existing.title.casefold() == role.title.casefold() and role.of is None:
                return
        self.roles.append(role)

    def to_record(self) -> Entity:
        mentions = [Mention(start=s, end=e, text=t) for (s, e), t in sorted(self.mentions.items())]
        return Entity(id=self.id, name=self.name, type=self.type, country=self.country,
                      sector=self.sector, roles=list(self.roles), mentions=mentions)


class EntityIndex:
    """Entities of one document and the tokens that mention them.

    Public API used by other extractors: ``entity_at(token|i)``, ``entity_of_span(span)``,
    ``entity_of_phrase(head)``, ``get(id)``, ``entities``, ``records()``, ``token_entity``
    (token index → entity id), plus ``country_at(token|i)`` (ISO3 when the token is part of a
    mention of a state standing for the state) and ``pronoun_entity`` (resolved pronouns).
    """

    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.doc = parsed.doc
        self._entities: list[EntityBuilder] = []
        self._by_key: dict[tuple, EntityBuilder] = {}
        self._tok: dict[int, EntityBuilder] = {}
        self._by_id: dict[str, EntityBuilder] = {}
        # Token index -> entity id; filled by finalise().
        self.token_entity: dict[int, str] = {}
        # Resolved pronoun token index -> entity id (see coref); filled by finalise().
        self.pronoun_entity: dict[int, str] = {}
        self._pronouns: dict[int, EntityBuilder] = {}
        self._pending_roles: list[tuple[EntityBuilder, TitlePhrase]] = []
        self.finalised = False

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

    def builder_at(self, token: Token | int) -> EntityBuilder | None:
        """The entity (builder) a token belongs to, during and after building."""
        return self._tok.get(token if isinstance(token, int) else token.i)

    def add_mention(self, ent: EntityBuilder, start_token: int, end_token: int, head: int | None = None) -> None:
        span = self.doc[start_token:end_token]
        ent.mentions[(span.start_char, span.end_char)] = span.text
        for i in range(start_token, end_token):
            self._tok.setdefault(i, ent)
        ent.mention_tokens.append(head if head is not None else end_token - 1)

    def add_char_mention(self, ent: EntityBuilder, start: int, end: int, tokens: range) -> None:
        ent.mentions[(start, end)] = self.doc.text[start:end]
        for i in tokens:
            self._tok.setdefault(i, ent)
        if len(tokens):
            ent.mention_tokens.append(tokens[-1])

    def add_pronoun(self, token: Token, ent: EntityBuilder) -> None:
        self._pronouns[token.i] = ent
        ent.mentions[(token.idx, token.idx + len(token))] = token.text
        self._tok[token.i] = ent
        ent.mention_tokens.append(token.i)

    def people(self) -> list[EntityBuilder]:
        return [e for e in self._entities if e.type == "PERSON"]

    def finalise(self) -> None:
        """Number entities by first mention and drop those left without mentions."""
        kept = [e for e in self._entities if e.mentions]
        kept.sort(key=lambda e: min(e.mentions))
        for n, ent in enumerate(kept, start=1):
            ent.id = f"E{n}"
        self._entities = kept
        alive = {id(e) for e in kept}
        self._tok = {i: e for i, e in self._tok.items() if id(e) in alive}
        self.token_entity = {i: e.id for i, e in self._tok.items()}
        self.pronoun_entity = {i: e.id for i, e in self._pronouns.items() if id(e) in alive}
        self._by_id = {e.id: e for e in kept}
        self.finalised = True

    # -- reading --------------------------------------------------------------------------
    @property
    def entities(self) -> list[EntityBuilder]:
        return self._entities

    def get(self, entity_id: str) -> EntityBuilder | None:
        return self._by_id.get(entity_id)

    def entity_at(self, token: Token | int) -> str | None:
        i = token if isinstance(token, int) else token.i
        return self.token_entity.get(i)

    def country_at(self, token: Token | int) -> str | None:
        """ISO3 of the state a token refers to as a state (a country mention, or a part of a
        state such as "Russian forces"); None for places ("talks in Moscow") and others."""
        ent = self.builder_at(token)
        if ent is not None and ent.key and ent.key[0] in ("COUNTRY", "PART"):
            return ent.country
        return None

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
    """Trim what spaCy glued onto a name: determiners, possessive marks, headline verbs,
    and for people, sentence adverbs and verbs ("Additionally, Zelensky", "Putin Set")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_space
                           or doc[end - 1].is_punct and doc[end - 1].text not in ".)"):
        end -= 1
    if end > start and span.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        # Headlines capitalise verbs, which NER reads as part of the name: "Putin Set",
        # "Condemns Bhutan". Only title-case words are trimmed.
        verbs = _headline_verbs()
        while end - start > 1 and doc[end - 1].lower_ in verbs and doc[end - 1].is_title:
            end -= 1
        while end - start > 1 and doc[start].lower_ in verbs and doc[start].is_title:
            start += 1
        if span.label_ == "PERSON":
            # "Lehtinen Visits Ankara": the name ends where the headline verb begins.
            cut = next((k for k in range(start + 1, end - 1) if doc[k].lower_ in verbs and doc[k].is_title), None)
            if cut is not None:
                end = cut
    if span.label_ == "PERSON":
        # "Jeff Bezos's Blue Origin": a name ends at its possessive.
        cut = next((k for k in range(start + 1, end) if doc[k].tag_ == "POS"), None)
        if cut is not None:
            end = cut
        # "Ursula von der | Leyen": NER stops at a surname particle; the surname follows it.
        while end < len(doc) and doc[end - 1].lower_ in _NAME_PARTICLES and doc[end].is_title:
            end += 1

        def not_name(tok: Token) -> bool:
            return tok.tag_ not in ("NNP", "NNPS") and (tok.pos_ in _NOT_NAME_POS or tok.lower_ in STOP_WORDS)
        while end - start > 1 and not_name(doc[start]):
            start += 1
        while end - start > 1 and not_name(doc[end - 1]):
            end -= 1
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
        if piece in ("-", "–"):
            pos += len(piece)
            continue
        iso = g.country(piece) or g.demonym(piece)
        if not iso:
            return None
        parts.append((span.start_char + pos, span.start_char + pos + len(piece), iso))
        pos += len(piece)
    return parts if len(parts) >= 2 else None


def country_of_tokens(tokens: list[Token], index: EntityIndex) -> str | None:
    """ISO3 of a country named by any of ``tokens`` (adjective, name or possessive)."""
    g = gazetteer()
    for tok in tokens:
        iso = index.country_at(tok) or g.demonym(tok.text) or g.country(tok.text)
        if iso:
            return iso
    return None


# ---------------------------------------------------------------------------------------
# Candidate spans

@dataclass
class _Doc:
    """Per-document facts computed once."""
    parsed: Parsed
    lower_words: frozenset[str]          # words that occur in lower case somewhere in the text
    title_tokens: frozenset[int]         # tokens inside a title ("Secretary of State")
    titles: list[TitleMatch]
    headline_tokens: frozenset[int] = frozenset()  # tokens on headline-case lines
    body_words: frozenset[str] = frozenset()        # case-folded words outside headline lines


def _strip_person_prefix(span: Span, facts: _Doc) -> tuple[Span, str | None]:
    """Drop titles, honorifics and state words spaCy included in a PERSON span
    ("President Donald Trump", "Mr. Trump"); return the name and a gender the honorific gives."""
    doc = span.doc
    g = gazetteer()
    start, gender = span.start, None
    while span.end - start > 1:
        tok = doc[start]
        if is_honorific(tok.text):
            gender = honorific_gender(tok.text) or gender
        elif tok.i in facts.title_tokens or tok.text == "." or tok.tag_ == "POS":
            pass
        elif g.demonym(tok.text) or g.country(tok.text) and doc[start + 1].tag_ == "POS":
            pass
        else:
            break
        start += 1
    end = span.end
    if start in facts.headline_tokens:
        # Headline case: a capitalised common word glued to the name ("Obama Speech",
        # "Standard Clinton") is one the body writes in lower case.
        while end - start > 1 and doc[end - 1].lower_ in facts.lower_words:
            end -= 1
        while end - start > 1 and doc[start].lower_ in facts.lower_words and first_name_gender(doc[start].text) is None:
            start += 1
    return Span(doc, start, end, label="PERSON"), gender


def _plausible_person(span: Span, facts: _Doc) -> bool:
    """Reject PERSON spans that are no name: a single common word ("Set", "Turnout"), lower
    case, digits or stray symbols."""
    words = [t for t in span if not t.is_punct]
    if not words or any(ch.isdigit() for ch in span.text) or re.search(r"[\[\]{}<>@#/\\|=_*]", span.text):
        return False
    if not words[0].text[:1].isupper():
        return False  # "pro-Clinton", "de facto"
    if len(words) > 1:
        return True
    tok = words[0]
    low = tok.lower_
    if low in STOP_WORDS or low in _headline_verbs() or low in facts.lower_words or tok.i in facts.title_tokens:
        return False
    if tok.is_upper and len(tok) <= 4 or _camel_case(tok.text):
        return False  # "JSON", "SpaceX", "WiFi": acronyms and brand names
    if tok.pos_ not in ("PROPN",) and tok.tag_ != "NNP" or tok.tag_ == "NNPS":
        return False  # not a proper noun, or a plural one ("the Clintons", "Latinos")
    if len(low) < 2 or gazetteer().demonym(tok.text):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.lower_ in _DETERMINERS
                             or prev.pos_ == "PROPN" and prev.is_title and not prev.ent_type_ and prev.i not in facts.title_tokens
                             and not is_honorific(prev.text)):
        return False  # "the Danube", "Women Caucus": not a person's name, or part of a longer one
    return True


def _camel_case(word: str) -> bool:
    """An inner capital that no naming convention explains ("SpaceX", not "McCain", "DeLorean"
    counts too: brands are no people)."""
    inner = re.search(r"[a-z][A-Z]", word)
    return bool(inner) and not re.match(r"^(Mc|Mac|O'|D'|Fitz)[A-Z]", word)


def _candidate_spans(facts: _Doc) -> list[Span]:
    doc = facts.parsed.doc
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        span = repair_span(ent, facts.parsed)
        if span is None or span.text.islower():
            continue  # "parliament": a common noun, not a name
        if span.label_ in ("ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT") and span.start in facts.headline_tokens:
            span = _trim_headline_words(span, facts)
            if span is None or len(span) == 1 and span.label_ in ("ORG", "NORP") and not _known(span.text) \
                    and span.text.casefold() not in facts.body_words:
                continue  # a capitalised headline word the body never uses ("Threatens Retaliation")
        if span.label_ != "PERSON" and all(i in facts.title_tokens for i in range(span.start, span.end)):
            continue  # "State" of "Secretary of State", "General Staff" of "Chief of General Staff"
        if span.label_ in ("ORG", "GPE", "NORP") and span.end - 1 in facts.title_tokens and span.start not in facts.title_tokens:
            end = span.end
            while end > span.start and end - 1 in facts.title_tokens:
                end -= 1
            span = Span(span.doc, span.start, end, label=span.label_)  # "UK Home" of "UK Home Secretary"
        if out and span.start < out[-1].end:
            continue  # swallowed by a repaired neighbour ("Ursula von der" + "Leyen")
        out.append(span)
    return out


def _trim_headline_words(span: Span, facts: _Doc) -> Span | None:
    """Drop headline-case words that the body writes in lower case ("New Army Chief")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in facts.lower_words:
        start += 1
    while end > start and doc[end - 1].lower_ in facts.lower_words:
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


def _surname_keys(spans: list[Span]) -> tuple[dict[str, str], set[str]]:
    """Full-name and surname keys of multi-word PERSON spans → the full name."""
    names: dict[str, str] = {}
    firsts: set[str] = set()
    for span in spans:
        if span.label_ != "PERSON":
            continue
        parts = split_name(span.text)
        if parts is None or parts.first is None:
            continue
        names[surname_key(parts.last)] = span.text
        names[parts.key] = span.text
        firsts.add(word_key(parts.first))
    return names, firsts


def _relabel(spans: list[Span], facts: _Doc) -> list[Span]:
    """Fix labels the small model often gets wrong in news: a surname of a person named
    elsewhere tagged ORG ("Trump indicated"), a capital or country tagged PERSON ("Kyiv had
    hoped"), a media outlet tagged PERSON ("Politico"), a city tagged PRODUCT ("Kursk")."""
    g = gazetteer()
    people, _ = _surname_keys(spans)
    singles = {word_key(s.text) for s in spans if s.label_ == "PERSON" and len(s) == 1 and _plausible_person(s, facts)}
    out = []
    for span in spans:
        text = span.text
        key = word_key(text) if len(span) == 1 else " ".join(word_key(w) for w in text.split())
        label = span.label_
        is_state = bool(g.country(text) or g.capital(text) or g.seat(text) or g.demonym(text))
        if label == "PERSON":
            parts = split_name(text)
            if parts is not None and parts.first is None and key not in people:
                prev = span.doc[span.start - 1] if span.start > 0 else None
                if is_state:
                    label = "GPE"
                elif g.organisation(text) is not None:
                    label = "ORG"
                elif g.city(text) is not None and _is_locative(span):
                    label = "GPE"  # "port officials in Izmir"
                elif prev is not None and prev.lower_ in _ORG_NOUNS:
                    label = "ORG"  # "the relief charity Floodline"
        elif label in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW") and (key in people or key in singles) \
                and not is_state:
            label = "PERSON"
        elif label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and not is_state and g.city(text) is None \
                and _looks_like_a_person(span, facts):
            label = "PERSON"
        elif label in ("GPE", "NORP", "LOC") and key in people and not is_state:
            label = "PERSON"
        if label in ("PRODUCT", "ORG", "WORK_OF_ART", "PERSON") and not is_state:
            nxt = span.doc[span.end] if span.end < len(span.doc) else None
            if nxt is not None and nxt.lower_ in _REGION_WORDS and g.city(text) is not None:
                label = "GPE"
        out.append(span if label == span.label_ else Span(span.doc, span.start, span.end, label=label))
    return out


# Common nouns that introduce an organisation's name in apposition ("the charity Floodline").
_ORG_NOUNS = {"charity", "group", "company", "firm", "agency", "newspaper", "network", "broadcaster", "bank",
              "party", "movement", "organisation", "organization", "outlet", "website", "app", "platform",
              "airline", "brand", "startup", "think-tank", "coalition", "alliance", "union", "militia", "faction"}
_ORG_WORDS = {"ministry", "department", "bank", "party", "group", "council", "committee", "agency", "office",
              "university", "institute", "company", "corporation", "corp", "inc", "ltd", "fund", "foundation",
              "association", "union", "court", "army", "force", "forces", "service", "news", "times", "post",
              "observer", "journal", "herald", "tribune", "gazette", "media", "network", "partners", "holdings",
              "systems", "airlines", "airways", "motors", "energy", "oil", "gas", "capital", "trust", "fargo",
              "street", "square", "avenue", "center", "centre", "hall", "house", "school", "college", "club"}


def _surname_ending(word: str) -> bool:
    endings = word_set("surname_endings.txt")
    return len(word) > 4 and any(word.endswith(e) for e in endings if len(e) >= 3 or len(word) > 5 and len(e) == 2)


def _looks_like_a_person(span: Span, facts: _Doc) -> bool:
    """A name the model took for an organisation: two or three capitalised words starting
    with a known given name ("Edgars Rinkevics", "Kaja Tamm"), or right after a person's title."""
    words = [t for t in span]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return False
    if any(t.lower_ in _ORG_WORDS for t in words) or gazetteer().organisation(span.text) is not None:
        return False
    if first_name_gender(words[0].text) is not None or _surname_ending(words[-1].lower_):
        return True
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.i in facts.title_tokens and prev.lower_ in title_head_words()


def _gazetteer_spans(doc, covered: set[int]) -> list[Span]:
    """States, seats of government and organisations that NER missed, by dictionary."""
    g = gazetteer()
    out: list[Span] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if i in covered or not tok.text[:1].isupper():
            i += 1
            continue
        key = normalise(tok.text)
        found = None
        if "-" in tok.text and split_hyphenated_countries(Span(doc, i, i + 1, label="GPE")):
            out.append(Span(doc, i, i + 1, label="GPE"))  # "U.S.-China" as one token
            i += 1
            continue
        for words, kind in g.phrases.get(key, ()):
            j = i + len(words)
            if j <= n and all(normalise(doc[i + k].text) == w for k, w in enumerate(words)) \
                    and not any(x in covered for x in range(i, j)):
                found = (j, "ORG" if kind in ("seat", "institution", "organisation") else "GPE")
                break
        if found is None and tok.pos_ in ("PROPN", "ADJ", "NOUN") and (tok.pos_ == "PROPN" or tok.tag_ in ("JJ", "NNP", "NNPS")):
            if g.seat(key) or g.organisation(key) and len(key) > 2 or g.institution(key):
                found = (i + 1, "ORG")
            elif (g.country(key) or g.capital(key)) and tok.pos_ == "PROPN":
                found = (i + 1, "GPE")
            elif g.demonym(key) and tok.is_title and not tok.is_sent_start:
                found = (i + 1, "NORP")
        if found is not None:
            out.append(Span(doc, i, found[0], label=found[1]))
            i = found[0]
            continue
        i += 1
    return out


# ---------------------------------------------------------------------------------------
# States, their parts, organisations and places

def _country_entity(index: EntityIndex, iso3: str) -> EntityBuilder:
    g = gazetteer()
    return index.get_or_create(("COUNTRY", iso3), g.name_of(iso3), "GPE", iso3, None)


def _is_locative(span: Span) -> bool:
    """"talks in Moscow" is a place; "Moscow wants" and "pressure on Moscow" are the state.
    A dateline ("TBILISI —") is a place too."""
    doc = span.doc
    head = span.root
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS:
        prep = head.head
        if prep.lower_ not in _DIRECTIONAL_PREPOSITIONS:
            return True
        # "flew to Kyiv", "a trip to Moscow" are places; "speak to Kyiv", "weapons to Kyiv",
        # "a message from Moscow" are the state.
        governor = prep.head
        return governor.lemma_.casefold() in _MOTION_WORDS
    if head.dep_ == "dobj" and head.head.lemma_.casefold() in _VISIT_VERBS:
        return True  # "Lehtinen visits Ankara"
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in _VISIT_VERB_FORMS:
        return True  # headlines, where the parse is unreliable: "Lehtinen Visits Ankara"
    nxt = doc[span.end] if span.end < len(doc) else None
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
    return bool(at_line_start and span.text.isupper() and nxt is not None and nxt.text in ("-", "—", "–", ","))


def _state_of_span(span: Span) -> tuple[str | None, bool]:
    """(ISO3, stands for the state) for names, abbreviations, adjectives, capitals, seats."""
    g = gazetteer()
    text = span.text
    label = span.label_
    iso = g.country(text)
    if iso is None and (label in ("NORP", "GPE") or text[:1].isupper()):
        iso = g.demonym(text)
    if iso is not None:
        return iso, True
    if label in ("ORG", "FAC", "GPE", "LOC"):
        iso = g.seat(text)
        if iso is not None:
            return iso, not _is_locative(span)
    if label in ("GPE", "LOC") or len(span) == 1:
        iso = g.capital(text)
        if iso is not None:
            return iso, not _is_locative(span)
    return None, False


def _sector_table() -> dict[tuple[str, ...], tuple[str, str | None]]:
    return {tuple(row[0].split()): (row[1], row[2] if len(row) > 2 and row[2] else None) for row in table("sectors.tsv")}


_SECTORS: dict[tuple[str, ...], tuple[str, str | None]] | None = None


def _sectors() -> dict[tuple[str, ...], tuple[str, str | None]]:
    global _SECTORS
    if _SECTORS is None:
        _SECTORS = _sector_table()
    return _SECTORS


def _state_part(span: Span, iso: str) -> tuple[int, int, str, str, str] | None:
    """A part of a state named by a state word and a sector noun: "Russian forces",
    "Russia's foreign ministry", "U.S. officials", "the Russian Defence Ministry".
    Returns (start token, end token, sector, name, head token)."""
    doc = span.doc
    sectors = _sectors()
    g = gazetteer()
    # NER span that already contains the noun ("Russian Defence Ministry").
    inner = [t.lower_ for t in span[1:]]
    for n in range(len(inner), 0, -1):
        hit = sectors.get(tuple(inner[-n:]))
        if hit is not None and n == len(inner):
            sector, label = hit
            return span.start, span.end, sector, f"{g.adjective(iso)} {label or _SECTOR_NAMES.get(sector, sector)}", span.end - 1
    root = span.root
    if root.dep_ not in ("amod", "compound", "nmod", "poss", "npadvmod") or root.head.i <= root.i:
        return None
    head = root.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i - span.end > 3:
        return None
    words = [t.lower_ for t in doc[span.end:head.i + 1] if t.tag_ != "POS" and t.dep_ != "det"]
    for n in range(min(len(words), 4), 0, -1):
        hit = sectors.get(tuple(words[-n:]))
        if hit is not None:
            # Words between the state word and the sector phrase must belong to the noun
            # phrase ("Russia's foreign ministry", not "Russian drones and troops").
            if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "PART") for t in doc[span.end:head.i]):
                return None
            sector, label = hit
            return span.start, head.i + 1, sector, f"{g.adjective(iso)} {label or _SECTOR_NAMES.get(sector, sector)}", head.i
    return None


def _add_state_or_org(index: EntityIndex, span: Span, doc_states: frozenset[str] = frozenset()) -> bool:
    """States, parts of states, organisations and places. False when ``span`` is none of these."""
    g = gazetteer()
    text = span.text
    label = span.label_
    parts = split_hyphenated_countries(span)
    if parts:
        for s, e, iso in parts:
            index.add_char_mention(_country_entity(index, iso), s, e, range(span.start, span.end))
        return True
    iso, stands_for_state = _state_of_span(span)
    if iso is not None:
        part = _state_part(span, iso)
        if part is not None:
            start, end, sector, name, head = part
            ent = index.get_or_create(("PART", iso, sector, name), name, "ORG", iso, sector)
            index.add_mention(ent, start, end, head=head)
            return True
        if stands_for_state:
            index.add_mention(_country_entity(index, iso), span.start, span.end)
            return True
        place = g.city(text)
        name = place.name if place is not None else text
        ent = index.get_or_create(("PLACE", normalise(name)), name, "GPE" if label != "LOC" else "LOC", iso)
        index.add_mention(ent, span.start, span.end)
        return True
    org = _organisation_of(span)
    generic_text = span.text if normalise(span.text) in g.generic_institutions else (
        span[1:].text if len(span) > 1 and normalise(span[1:].text) in g.generic_institutions else None)
    if org is not None and org.country is not None and generic_text is not None:
        # "Senate", "Supreme Court": the U.S. ones only when no other state claims them.
        lead = span[0] if generic_text != span.text else (span.doc[span.start - 1] if span.start > 0 else None)
        if lead is not None and lead.tag_ == "POS" and lead.i > 0:
            lead = span.doc[lead.i - 1]
        other = (g.demonym(lead.text) or g.country(lead.text)) if lead is not None else None
        if other is not None and other != org.country:
            sector = org.sector or "GOV"
            name = f"{g.adjective(other)} {_clean_name(generic_text)}"
            ent = index.get_or_create(("PART", other, sector, name), name, "ORG", other, sector)
            index.add_mention(ent, min(lead.i, span.start), span.end, head=span.end - 1)
            return True
        if org.country not in doc_states:
            org = Organisation(_clean_name(generic_text), "ORG", org.sector, None)
    if org is not None:
        ent = index.get_or_create(("ORG", normalise(org.name)), org.name, org.type, org.country, org.sector)
        index.add_mention(ent, span.start, span.end)
        return True
    if label in ("ORG", "FAC") and len(span) > 1:
        # "the Russian Defence Ministry": a state word leading an organisation name.
        iso = g.demonym(span[0].text) or g.country(span[0].text)
        if iso:
            part = _state_part(span, iso)
            if part is not None:
                start, end, sector, name, head = part
                ent = index.get_or_create(("PART", iso, sector, name), name, "ORG", iso, sector)
                index.add_mention(ent, start, end, head=head)
                return True
    if label in ("GPE", "LOC"):
        place = g.city(text)
        name = place.name if place is not None else _clean_name(text)
        ent = index.get_or_create(("PLACE", normalise(name)), name, label, place.country if place else None)
        index.add_mention(ent, span.start, span.end)
        return True
    if label in ("ORG", "FAC", "NORP"):
        name = _clean_name(text)
        country = None
        if label == "ORG" and len(span) > 1:
            country = g.demonym(span[0].text) or g.country(span[0].text)
        ent = index.get_or_create((label, normalise(name)), name, label, country)
        index.add_mention(ent, span.start, span.end)
        return True
    return False


def _organisation_of(span: Span) -> Organisation | None:
    """A known organisation or state institution, also when a state word leads the name
    ("U.S. State Department")."""
    g = gazetteer()
    for text in (span.text, span[1:].text if len(span) > 1 else ""):
        if not text:
            continue
        org = g.organisation(text)
        if org is not None and (len(text) > 2 or text.isupper()):
            return org
        inst = g.institution(text)
        if inst is not None:
            iso3, sector, canonical = inst
            return Organisation(canonical, "ORG", sector or None, iso3 or None)
    return None


def _clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("’", "'")).strip()
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"'s?$", "", text).strip()


# ---------------------------------------------------------------------------------------
# People

def _name_text(span: Span) -> str:
    return re.sub(r"\s+", " ", span.text.replace("’", "'")).strip()


class _People:
    """Grouping of person mentions by name: full names first, then single words."""

    def __init__(self, index: EntityIndex):
        self.index = index
        self.by_surname: dict[str, list[EntityBuilder]] = {}
        self.by_first: dict[str, list[EntityBuilder]] = {}

    def _register(self, ent: EntityBuilder, parts: NameParts) -> None:
        lst = self.by_surname.setdefault(surname_key(parts.last), [])
        if ent not in lst:
            lst.append(ent)
        if parts.first and not parts.initials_only:
            lst = self.by_first.setdefault(word_key(parts.first), [])
            if ent not in lst:
                lst.append(ent)

    def add_full(self, span: Span, parts: NameParts, gender: str | None) -> EntityBuilder:
        for ent in self.by_surname.get(surname_key(parts.last), []):
            if ent.parts is not None and ent.parts.first is not None and same_person_name(ent.parts, parts):
                break
        else:
            ent = self.index.get_or_create(("PERSON", parts.key, len(self.index.entities)), _name_text(span), "PERSON")
        self._name(ent, span, parts, gender)
        return ent

    def add_single(self, span: Span, parts: NameParts, gender: str | None, plausible: bool,
                   titled: bool = False) -> EntityBuilder | None:
        ent = self.match_single(parts.last, span.start)
        if ent is not None and titled and ent.parts is not None and ent.parts.first is not None \
                and all(s > span.start for s, e in ent.name_mentions if e - s > 1):
            # "President Obama" before "Michelle Obama" is introduced: a titled surname that
            # needs no introduction is someone else than the person named in full later.
            ent = None
            key = ("PERSON", word_key(parts.last), "titled")
            found = self.index.find(key)
            ent = found or self.index.get_or_create(key, _name_text(span), "PERSON")
            self._name(ent, span, parts, gender)
            return ent
        if ent is None:
            if not plausible:
                return None
            key = ("PERSON", word_key(parts.last))
            ent = self.index.find(key) or self.index.get_or_create(key, _name_text(span), "PERSON")
            self._register(ent, parts)
        self._name(ent, span, parts, gender)
        return ent

    def match_single(self, word: str, position: int) -> EntityBuilder | None:
        """The person a single name word refers to: a surname of someone named in full,
        else a given name of exactly one such person."""
        key = word_key(word)
        candidates = [e for e in self.by_surname.get(key, []) if e.parts is not None]
        if not candidates:
            firsts = [e for e in self.by_first.get(key, []) if e.parts is not None and e.parts.first]
            candidates = firsts if len(firsts) == 1 else []
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        # Several people share the surname ("Hillary Clinton", "Bill Clinton"): the one
        # mentioned most, ties to the one mentioned last before this word.
        def salience(e: EntityBuilder) -> tuple[int, int]:
            before = [t for t in e.mention_tokens if t < position]
            return (len(e.mention_tokens), max(before) if before else -1)
        return max(candidates, key=salience)

    def _name(self, ent: EntityBuilder, span: Span, parts: NameParts, gender: str | None) -> None:
        if ent.parts is None or len(parts.words) > len(ent.parts.words):
            ent.parts = parts
            ent.name = " ".join(parts.words)
        if parts.first:
            self._register(ent, parts)
        ent.gender = ent.gender or gender or (first_name_gender(parts.first) if parts.first else None)
        self.index.add_mention(ent, span.start, span.end)
        ent.name_mentions.append((span.start, span.end))


def _add_people(index: EntityIndex, spans: list[Span], facts: _Doc) -> None:
    people = _People(index)
    persons: list[tuple[Span, NameParts, str | None]] = []
    for span in spans:
        if span.label_ != "PERSON" or any(i in index._tok for i in range(span.start, span.end)):
            continue
        span, gender = _strip_person_prefix(span, facts)
        parts = split_name(_name_text(span))
        if parts is not None:
            persons.append((span, parts, gender))
    # Full names first, longest first, so that surnames and short forms attach to them.
    for span, parts, gender in sorted((p for p in persons if p[1].first), key=lambda p: (-len(p[1].words), p[0].start)):
        if _plausible_person(span, facts):
            people.add_full(span, parts, gender)
    for span, parts, gender in (p for p in persons if not p[1].first):
        titled = span.start > 0 and span.start - 1 in facts.title_tokens and span.start not in facts.headline_tokens
        people.add_single(span, parts, gender, _plausible_person(span, facts), titled)
    _scan_surnames(index, people, facts)


def _scan_surnames(index: EntityIndex, people: _People, facts: _Doc) -> None:
    """Surnames of people named in the article that NER left untagged ("Carney is set to")."""
    if not people.by_surname:
        return
    doc = index.doc
    for tok in doc:
        if tok.i in index._tok or tok.pos_ != "PROPN" or not (tok.is_title or tok.is_upper) or len(tok) < 3:
            continue
        cands = people.by_surname.get(word_key(tok.text))
        if not cands:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (prev is not None and prev.pos_ == "PROPN" and prev.i not in index._tok and not is_honorific(prev.text)) \
                or (nxt is not None and nxt.pos_ == "PROPN" and nxt.i not in index._tok):
            continue  # part of another, longer name
        ent = people.match_single(tok.text, tok.i)
        if ent is not None:
            index.add_mention(ent, tok.i, tok.i + 1)
            ent.name_mentions.append((tok.i, tok.i + 1))


# ---------------------------------------------------------------------------------------
# Roles

def _owner_of(index: EntityIndex):
    g = gazetteer()

    def owner(tok: Token) -> str | None:
        ent = index.builder_at(tok)
        if ent is not None:
            if ent.type == "PERSON":
                return None
            if ent.key and ent.key[0] in ("COUNTRY", "PART") and ent.country:
                return ent.country
            if ent.type in ("ORG",) and ent.key and ent.key[0] == "ORG":
                return ent.name
            if ent.type == "GPE" and ent.country and ent.key and ent.key[0] == "PLACE":
                return None
            return None
        if tok.text[:1].isupper():
            return g.demonym(tok.text) or (g.country(tok.text) if tok.pos_ == "PROPN" else None)
        return None

    return owner


def _phrase_tokens(head: Token, exclude: range) -> list[Token]:
    """Tokens of a title phrase headed by ``head``: its subtree without clauses, the name in
    apposition, or another apposition."""
    drop: set[int] = set(exclude)
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "appos", "advcl", "punct", "cc", "conj") or child.i in exclude:
            drop.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in drop]


def _read_roles(index: EntityIndex, facts: _Doc) -> None:
    """Titles before a name ("U.S. President Donald Trump"), in apposition ("his envoy for the
    conflict, Steve Witkoff"; "Mark Carney, Canada's new prime minister") and after a copula
    ("Lehtinen, who is also Finland's deputy prime minister")."""
    doc = index.doc
    owner_of = _owner_of(index)
    for ent in index.people():
        for start, end in ent.name_mentions:
            span = doc[start:end]
            for phrase in _title_phrases(span, index, owner_of):
                _apply_phrase(index, ent, phrase)


def _title_phrases(span: Span, index: EntityIndex, owner_of) -> list[TitlePhrase]:
    doc = span.doc
    out: list[TitlePhrase] = []
    sent_start = span.sent.start
    # Pre-modifier: a title ending right before the name.
    left = [doc[k] for k in range(max(sent_start, span.start - 12), span.start)]
    cut = 0
    for k, tok in enumerate(left):
        if tok.i in index._tok and index._tok[tok.i].type == "PERSON" or (tok.is_punct and tok.text not in (".", "-")) \
                or tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or tok.lower_ in ("and", "with", "by", "that"):
            cut = k + 1
    left = left[cut:]
    if left:
        phrase = read_title_phrase(left, owner_of, head=left[-1])
        if phrase is not None:
            out.append(phrase)
    root = span.root
    # Apposition: the name is in apposition to a title noun, or a title noun to the name.
    heads: list[Token] = []
    if root.dep_ == "appos" and root.head.i < span.start:
        heads.append(root.head)
    heads.extend(c for c in root.children if c.dep_ == "appos" and c.i >= span.end)
    # Copula: "X is Ukraine's president", "X, who is also Finland's deputy prime minister".
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        heads.extend(c for c in root.head.children if c.dep_ == "attr")
    for rel in (c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"):
        if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
            heads.extend(c for c in rel.children if c.dep_ == "attr")
    for head in heads:
        if head.i in index._tok or head.pos_ not in ("NOUN", "PROPN") and head.lower_ not in title_head_words():
            continue
        tokens = _phrase_tokens(head, range(span.start, span.end))
        phrase = read_title_phrase(tokens, owner_of, head=head)
        if phrase is not None:
            out.append(phrase)
    return out


def _apply_phrase(index: EntityIndex, ent: EntityBuilder, phrase: TitlePhrase) -> None:
    if phrase.gender and ent.gender is None:
        ent.gender = phrase.gender
    if phrase.counterpart or (phrase.possessor is not None and phrase.owner is None):
        index._pending_roles.append((ent, phrase))  # needs the possessor resolved (coref)
        return
    ent.add_role(Role(title=phrase.title, of=phrase.owner, start=phrase.start, end=phrase.end))


def complete_possessed_roles(index: EntityIndex) -> None:
    """Roles whose owner is their possessor's: "His envoy" (his → Trump → USA), "his Russian
    counterpart" (his → a Secretary of State → a Foreign Minister of Russia)."""
    from newsgraph.extract.titles import counterpart_title

    for ent, phrase in index._pending_roles:
        possessor = None
        if phrase.possessor is not None:
            possessor = index._pronouns.get(phrase.possessor.i) or index.builder_at(phrase.possessor)
            if possessor is not None and possessor.type != "PERSON":
                possessor = None if possessor.key[0] not in ("COUNTRY", "PART", "ORG") else possessor
        title, owner = phrase.title, phrase.owner
        if phrase.counterpart:
            base = next((r.title for r in (possessor.roles if possessor is not None and possessor is not ent else [])
                         if counterpart_title(r.title)), None)
            title = counterpart_title(base) if base else "counterpart"
            if title != "counterpart" and any(r.title.casefold() == title.casefold() for r in ent.roles):
                continue
        elif owner is None and possessor is not None and possessor is not ent:
            owner = possessor.country if possessor.type == "PERSON" else (possessor.country or possessor.name)
        ent.add_role(Role(title=title, of=owner, start=phrase.start, end=phrase.end))
    index._pending_roles.clear()


def fill_countries(index: EntityIndex) -> None:
    """A person's country: the state their first role belongs to (directly or through an
    organisation of that state)."""
    g = gazetteer()
    orgs = {e.name: e.country for e in index.entities if e.type != "PERSON" and e.country}
    for ent in index.people():
        if ent.country is not None:
            continue
        for role in ent.roles:
            if role.of and role.of in g.country_names:
                ent.country = role.of
                break
            if role.of and orgs.get(role.of):
                ent.country = orgs[role.of]
                break


# ---------------------------------------------------------------------------------------
# Extraction

def _facts(parsed: Parsed) -> _Doc:
    doc = parsed.doc
    titles = title_matches(doc)
    title_tokens = frozenset(i for m in titles for i in range(m.start, m.end) if doc[i].text[:1].isupper() or doc[i].is_punct or doc[i].lower_ in ("of", "the", "for"))
    lower_words = frozenset(t.text for t in doc if t.is_lower and t.is_alpha and not t.is_sent_start)
    headlines = _headline_tokens(parsed)
    body_words = frozenset(t.lower_ for t in doc if t.i not in headlines and t.is_alpha)
    return _Doc(parsed, lower_words, title_tokens, titles, headlines, body_words)


def _known(text: str) -> bool:
    g = gazetteer()
    return bool(g.state(text) or g.organisation(text) or g.institution(text) or g.city(text))


def _headline_tokens(parsed: Parsed) -> frozenset[int]:
    """Tokens on lines written in headline case (most words capitalised), where NER glues
    capitalised verbs and nouns to names ("Putin Set", "Obama Speech")."""
    doc = parsed.doc
    out: set[int] = set()
    line: list[Token] = []

    def close() -> None:
        words = [t for t in line if t.is_alpha and len(t) > 3]
        if len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= 0.7 * len(words):
            out.update(t.i for t in line)

    for tok in doc:
        if "\n" in tok.text:
            close()
            line = []
            continue
        line.append(tok)
        if "\n" in tok.whitespace_:
            close()
            line = []
    close()
    return frozenset(out)


def extract_entities(parsed: Parsed) -> EntityIndex:
    """Entities with mentions, countries, sectors and roles, pronouns and descriptions
    resolved (see :mod:`newsgraph.extract.coref`)."""
    from newsgraph.extract import coref

    index = EntityIndex(parsed)
    facts = _facts(parsed)
    spans = _relabel(_candidate_spans(facts), facts)
    covered = {i for s in spans for i in range(s.start, s.end)}
    spans += _gazetteer_spans(parsed.doc, covered)
    spans.sort(key=lambda s: s.start)
    # States and organisations first, so that titles can see whom they belong to.
    g = gazetteer()
    doc_states = frozenset(iso for s in spans for iso in [g.country(s.text) or g.demonym(s.text)] if iso) | frozenset(
        iso for t in parsed.doc if t.text[:1].isupper() for iso in [g.country(t.text) or g.demonym(t.text)] if iso)
    for span in spans:
        if span.label_ not in ("PERSON",) and span.label_ not in ("EVENT", "PRODUCT", "WORK_OF_ART", "LAW"):
            _add_state_or_org(index, span, doc_states)
    _add_people(index, spans, facts)
    for span in spans:
        if span.label_ in ("EVENT", "PRODUCT", "WORK_OF_ART", "LAW") and not any(i in index._tok for i in range(span.start, span.end)):
            ent = index.get_or_create((span.label_, normalise(span.text)), _clean_name(span.text), span.label_)
            index.add_mention(ent, span.start, span.end)
    _read_roles(index, facts)
    coref.resolve_pronouns(parsed, index)
    fill_countries(index)
    complete_possessed_roles(index)
    fill_countries(index)
    coref.resolve_descriptions(parsed, index)
    index.finalise()
    return index
