"""Mention spans for entities: spaCy's NER spans with its frequent news errors repaired.

A headline verb glued to a name ("Putin Set"), determiners and possessives, titles and
honorifics inside a PERSON span, a single common word taken for a person ("Turnout"), a
surname tagged ORG, a capital tagged PERSON, "State" of "Secretary of State"; plus states,
seats of government and organisations NER missed, found by dictionary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.entity_index import ENTITY_LABELS
from newsgraph.extract.titles import TitleMatch, title_head_words, title_matches, title_words
from newsgraph.nlp.geo import gazetteer, normalise
from newsgraph.nlp.lexicon import table, word_set
from newsgraph.nlp.names import (first_name_gender, honorific_gender, is_honorific, short_name_keys, split_name, surname_key,
                                  word_key)
from newsgraph.nlp.places import find_region, spans_several_states

DETERMINERS = {"the", "a", "an"}
PLACE_PREPOSITIONS = {"in", "at", "near", "into", "outside", "inside", "across", "around", "via", "through",
                       "from", "to", "toward", "towards", "within", "throughout"}
_DIRECTIONAL_PREPOSITIONS = {"to", "from", "toward", "towards", "into"}
_MOTION_WORDS = {"go", "travel", "fly", "arrive", "return", "come", "head", "move", "drive", "sail", "walk",
                 "flee", "evacuate", "relocate", "trip", "visit", "flight", "journey", "road", "route", "way",
                 "train", "march", "retreat", "advance", "withdraw", "transfer", "commute",
                 "miles", "kilometres", "kilometers", "km", "away", "north", "south", "east", "west"}
# Nouns whose of-object is a place: "west of Tripoli", "the outskirts of Kyiv".
_WHERE_OF_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs", "suburb",
                   "centre", "center", "heart", "streets", "outside"}
_SETTLEMENT_NOUNS = {"city", "town", "village", "port", "district", "province", "enclave", "hamlet", "municipality",
                     "county", "island", "settlement", "camp", "suburb", "neighbourhood", "neighborhood"}
NAME_PARTICLES = {"von", "van", "der", "de", "da", "di", "del", "bin", "ibn", "al", "el", "la", "le", "dos", "das"}
_VISIT_VERBS = {"visit", "tour", "leave", "reach", "enter"}
_VISIT_VERB_FORMS = {"visit", "visits", "visited", "visiting", "tours", "toured", "leaves", "left", "reaches",
                     "reached", "enters", "entered", "arrives", "arrived", "lands", "landed"}
REGION_WORDS = {"region", "oblast", "province", "district", "county", "governorate", "territory"}
# A lower-case region noun after a name makes the name a region ("the Ashanti region"); a
# capitalised one belongs to a name ("the Federal District").
# Lower-case nouns after a name that make it a natural feature.
_NATURAL_FEATURES = {"river", "lake", "valley", "glacier", "volcano", "desert", "mountains", "delta", "basin", "gorge"}
_REGION_NOUNS_LOWER = REGION_WORDS | {"regions", "provinces", "districts", "counties", "prefecture", "state", "states"}
_SECTOR_NAMES = {"MIL": "military", "GOV": "government", "COP": "police", "SPY": "intelligence",
                 "LEG": "legislature", "JUD": "judiciary", "OPP": "opposition", "REB": "rebels",
                 "SEP": "separatists", "INS": "insurgents", "BUS": "business", "MED": "media",
                 "CVL": "civilians"}
# POS of tokens that never begin or end a personal name ("Additionally, Zelensky", "Putin Set").
_NOT_NAME_POS = {"ADV", "CCONJ", "SCONJ", "ADP", "AUX", "PRON", "DET", "PART", "VERB", "NUM", "SYM", "PUNCT", "INTJ"}



_INSTITUTION_NOUNS = {"congress", "parliament", "senate", "secretariat", "cabinet", "ministry", "council",
                      "commission", "assembly", "committee", "court", "tribunal", "presidency", "chancellery"}
_ASSOCIATION_NOUNS = {"association", "federation", "union", "chamber", "society", "league", "forum", "institute",
                      "confederation", "guild", "alliance", "foundation", "syndicate", "club", "council"}
_ARM_WORDS = {"army", "military", "police", "navy"}
# Words that end titles and also name bodies ("Bank of Ghana", "House of Lords").
_BODY_TITLE_WORDS = {"bank", "house", "state", "government"}
# Prepositions that join a headline's clauses and begin no part of a name ("… in Tbilisi Against
# Foreign Agents Bill", "… in Warsaw Amid Strikes").
_HEADLINE_PREPOSITIONS = {"against", "amid", "despite", "over", "after", "ahead", "following", "before"}
# Groups of people a capitalised common word may open a sentence with ("Riot police", "Clan
# leaders"); not followers of a person ("Putin allies", "Trump supporters").
_GROUP_OF_PEOPLE_NOUNS = {"police", "guard", "force", "troop", "soldier", "leader", "elder", "fighter", "official",
                          "militia", "militant", "worker", "farmer", "resident", "protester", "gunman", "officer"}
# Nouns of criminal groups that a place name may modify ("the Sinaloa cartel").
_CRIME_GROUP_NOUNS = {"gang", "cartel", "clan", "mafia"}
_MAGNITUDES = {"thousand", "million", "billion", "trillion", "lakh", "crore", "bn", "mn"}


def headline_verbs() -> frozenset[str]:
    return word_set("headline_verbs.txt")


# Heads of organisations' names that a "for …" phrase completes ("Centre for Strategic and
# International Studies", "Committee for the Defence of Human Rights").
_BODY_NAME_HEADS = {"committee", "centre", "center", "alliance", "council", "institute", "foundation", "fund",
                    "office", "commission", "movement", "front", "coalition", "association", "organisation",
                    "organization", "network", "federation", "league", "society", "campaign", "partnership",
                    "forum", "bureau", "union", "party", "agency", "programme", "program"}
_NAME_CONNECTORS = {"and", "of", "the", "on", "for", "in", "&"}
# Lower-case words inside organisations' names ("Bank of the West", "Committee to Protect
# Journalists", "Banco de la Nación", "Mothers Against …" is capitalised).
_ORG_NAME_CONNECTORS = _NAME_CONNECTORS | {"at", "to", "de", "del", "la", "le", "les", "des", "du", "da", "di", "dos",
                                           "das", "el", "las", "los", "il", "do", "y", "e", "van", "von", "der", "den", "al", "bin", "für", "et",
                                           "und", "per", "an", "a", "party", "group"}


def _purpose_after(doc, end: int) -> int:
    """The end of a name whose "for …" NER left out: "for", an optional "the", then title-case
    words (joined by "and", "of" …) up to the last title-case one; ``end`` if none follows."""
    if end + 1 >= len(doc) or doc[end].lower_ != "for":
        return end
    k = end + 1
    last = end
    while k < len(doc) and k - end <= 10:
        tok = doc[k]
        if tok.is_title and tok.is_alpha and not tok.ent_type_ in ("DATE", "TIME", "PERSON"):
            last = k + 1
        elif tok.lower_ not in _NAME_CONNECTORS:
            break
        k += 1
    return last


def repair_span(span: Span, parsed: Parsed) -> Span | None:
    """Trim what spaCy glued onto a name: determiners, possessive marks, headline verbs,
    and for people, sentence adverbs and verbs ("Additionally, Zelensky", "Putin Set")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (_possessive_mark(doc[end - 1]) or doc[end - 1].is_space
                           or doc[end - 1].is_punct and doc[end - 1].text not in ".)"):
        end -= 1
    # "THE HAGUE (Wire", "CNN Business)A": a bracket the name does not close, or one it never
    # opened, ends the name.
    opening = next((k for k in range(start, end) if doc[k].text == "("), None)
    if opening is not None and not any(doc[k].text == ")" for k in range(opening, end)):
        end = opening
    closing = next((k for k in range(start, end) if ")" in doc[k].text), None)
    if closing is not None and not any("(" in doc[k].text for k in range(start, closing + 1)):
        end = closing
    if span.label_ in ("PERSON", "ORG") and end - start >= 2 and end + 1 < len(doc) and _possessive_mark(doc[end]) \
            and doc[end + 1].is_title and doc[end + 1].lower_ in _ASSOCIATION_NOUNS \
            and doc[end + 1].ent_type_ in ("", span.label_):
        end += 2  # "Ghana Traders' | Association": the body's noun NER left out
        span = Span(doc, span.start, end, label=span.label_)
    if span.label_ == "PERSON" and end - start >= 2 and doc[end - 1].is_title \
            and doc[end - 1].lower_ in _ASSOCIATION_NOUNS:
        # "Nepal Bankers' Association president X": no one is named Association.
        span = Span(doc, span.start, span.end, label="ORG")
    if end > start and span.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        # Headlines capitalise verbs, which NER reads as part of the name: "Putin Set",
        # "Condemns Bhutan". Only title-case words are trimmed.
        verbs = headline_verbs()

        def headline_verb(k: int) -> bool:
            # In the body a name word tagged a proper noun stays: "Lieutenant General Soe Win".
            return doc[k].lower_ in verbs and doc[k].is_title and (
                doc[k].idx < parsed.title_end or doc[k].tag_ not in ("NNP", "NNPS") or span.label_ != "PERSON")
        while end - start > 1 and headline_verb(end - 1):
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
        cut = next((k for k in range(start + 1, end) if _possessive_mark(doc[k])), None)
        if cut is not None:
            end = cut
        # "Ursula von der | Leyen": NER stops at a surname particle; the surname follows it.
        # "Caroline van | der Plas": particles may follow each other before the surname.
        stop = end
        while stop < len(doc) and doc[stop - 1].lower_ in NAME_PARTICLES and (
                doc[stop].is_title or doc[stop].lower_ in NAME_PARTICLES):
            stop += 1
        if stop > end and doc[stop - 1].is_title and doc[stop - 1].lower_ not in NAME_PARTICLES:
            end = stop

        def not_name(tok: Token) -> bool:
            return tok.tag_ not in ("NNP", "NNPS") and (tok.pos_ in _NOT_NAME_POS or tok.lower_ in STOP_WORDS)
        while end - start > 1 and not_name(doc[start]):
            start += 1
        def glued(k: int) -> bool:
            # "Ahn Gyu-back": the lower-case half of a hyphenated given name is no word of its own
            # ("Jeb Bush-spent", "Trump-led" are no names: a participle, or a longer word before)
            return k >= 2 and doc[k - 1].text in ("-", "‐", "‑") and not doc[k - 1].whitespace_ \
                and not doc[k - 2].whitespace_ and doc[k - 2].is_title and len(doc[k - 2]) <= 4 \
                and len(doc[k]) <= 5 and doc[k].is_alpha and doc[k].tag_ not in ("VBN", "VBD", "VBG")
        while end - start > 1 and not_name(doc[end - 1]) and not glued(end - 1):
            end -= 1
    if span.label_ == "ORG" and end - start > 1:
        # "Associated Press that", "American Music Awards after Swift": a lower-case word
        # other than a name's own connectors ends an organisation's name.
        # Descriptive words stay ("UN refugee agency", "Supreme court"); function words and
        # verbs do not.
        cut = next((k for k in range(start + 1, end) if doc[k].is_lower and doc[k].is_alpha
                    and doc[k].lower_ not in _ORG_NAME_CONNECTORS
                    and doc[k].pos_ not in ("NOUN", "ADJ", "PROPN", "NUM")), None)
        if cut is not None:
            end = cut
            while end - start > 1 and doc[end - 1].lower_ in _ORG_NAME_CONNECTORS | {"'s", "’s", "-", "–"}:
                end -= 1
    if span.label_ == "ORG" and end - start == 1 and end < len(doc) and doc[end].lower_ in ("ministry", "department") \
            and doc[end].is_lower and doc[start].is_title:
        end += 1  # "Interior | ministry spokesman X": NER took the portfolio alone
    if span.label_ == "ORG" and end > start and doc[end - 1].lower_ in _BODY_NAME_HEADS:
        end = _purpose_after(doc, end)  # "the Permanent Committee | for the Defence of Human Rights"
    if span.label_ == "PERSON" or span.label_ == "ORG" and end - start == 2 and first_name_gender(doc[start].text):
        # "Tomás Arango | Mejía", "Sri Mulyani | Indrawati": a second surname NER left out.
        end = _surname_after(doc, start, end, parsed)
    # "the town of Dogansehir | 30 hours after the quake": a count of time or distance after a
    # name is no part of it.
    cut = next((k for k in range(start + 1, end) if doc[k].like_num and k + 1 < len(doc)
                and doc[k + 1].lemma_.casefold() in _MEASURE_UNITS), None)
    if cut is not None:
        end = cut
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


_MEASURE_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "km", "kilometre", "kilometer", "mile",
                  "metre", "meter"}


def _surname_after(doc, start: int, end: int, parsed: Parsed) -> int:
    """The end of a personal name that goes on with a capitalised word NER left outside (or
    tagged as a one-word name of its own) when the name's last word hangs on it as a compound
    — a second surname, never a title, a place or a state."""
    g = gazetteer()

    def surname_like(tok: Token) -> bool:
        if not (tok.tag_ == "NNP" and tok.is_alpha and tok.is_title and len(tok) > 2):
            return False
        if tok.ent_iob_ == "I" or tok.ent_type_ and (tok.ent_type_ not in ("ORG", "PERSON", "NORP", "GPE")
                                                       or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
            return False
        low = tok.lower_
        return not (low in STOP_WORDS or low in title_head_words() or low in headline_verbs() or is_honorific(tok.text)
                    or low in ORG_WORDS or low in ORG_NOUNS or low in _FACILITY_NOUNS or low in _NOT_SURNAMES
                    or g.state(tok.text) or g.organisation(tok.text) or g.institution(tok.text)
                    or g.demonym(tok.text) or first_name_gender(tok.text) is not None
                    or _lower_elsewhere(doc, low) or tok.i in _headline_tokens(parsed))

    def ends_run(k: int) -> bool:
        return not (k < len(doc) and doc[k].is_title and doc[k].is_alpha)

    while end < len(doc) and end - start < 4:
        tok, last = doc[end], doc[end - 1]
        if last.whitespace_ != " " or last.dep_ != "compound" or not last.is_alpha or not surname_like(tok):
            break
        if last.head.i == tok.i and ends_run(end + 1):
            end += 1  # "Tomás Arango | Mejía"
            continue
        # "Rosa Elena | Huamán Quispe": two given names, then both surnames NER left out, one
        # compound chain ending at the second (never more words: "Elizabeth Warren Hammers Wells Fargo").
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if nxt is not None and end - start == 2 and first_name_gender(doc[start].text) is not None \
                and last.head.i == nxt.i and tok.dep_ == "compound" and tok.head.i == nxt.i \
                and tok.whitespace_ == " " and surname_like(nxt) and ends_run(end + 2):
            end += 2
        break
    return end


# Capitalised nouns that end a name of something else ("the Rachel Maddow Show").
_NOT_SURNAMES = {"show", "prize", "award", "awards", "doctrine", "rule", "act", "law", "plan", "administration",
                 "campaign", "library", "museum", "memorial", "stadium", "arena", "park", "building", "tower",
                 "bridge", "report", "review", "index", "cup", "trophy", "medal", "era", "day"}


def _lower_elsewhere(doc, low: str) -> bool:
    return any(t.text == low for t in doc)


def _possessive_mark(tok: Token) -> bool:
    """"'s", also when the tagger took a curly "’s" for a proper noun ("Mr. Trump’s Oct. 11")."""
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "’s", "'", "’")


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



@dataclass
class DocFacts:
    """Per-document facts computed once."""
    parsed: Parsed
    lower_words: frozenset[str]          # words that occur in lower case somewhere in the text
    title_tokens: frozenset[int]         # tokens inside a title ("Secretary of State")
    titles: list[TitleMatch]
    headline_tokens: frozenset[int] = frozenset()  # tokens on headline-case lines
    body_words: frozenset[str] = frozenset()        # case-folded words outside headline lines


def strip_person_prefix(span: Span, facts: DocFacts) -> tuple[Span, str | None]:
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


def plausible_person(span: Span, facts: DocFacts) -> bool:
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
    if low in STOP_WORDS or low in headline_verbs() or low in facts.lower_words or tok.i in facts.title_tokens:
        return False
    if tok.is_upper and len(tok) <= 4 or _camel_case(tok.text):
        return False  # "JSON", "SpaceX", "WiFi": acronyms and brand names
    if (tok.pos_ not in ("PROPN",) and tok.tag_ != "NNP" or tok.tag_ == "NNPS") \
            and not (tok.pos_ == "ADJ" and _described_as_someone(span)):  # "Otieno, the interior minister,"
        return False  # not a proper noun, or a plural one ("the Clintons", "Latinos")
    if len(low) < 2 or gazetteer().demonym(tok.text):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.lower_ in DETERMINERS
                             or prev.pos_ == "PROPN" and prev.is_title and not prev.ent_type_ and prev.i not in facts.title_tokens
                             and not is_honorific(prev.text)):
        return False  # "the Danube", "Women Caucus": not a person's name, or part of a longer one
    return True


def camel_case_state(word: str) -> str | None:
    """The state a one-word company name opens or ends with ("QatarEnergy", "PetroVietnam")."""
    parts = re.findall(r"[A-Z][a-z]+", word)
    g = gazetteer()
    return next((iso for part in (parts[:1] + parts[-1:]) for iso in [g.country(part)] if iso), None) \
        if len(parts) >= 2 else None


def _camel_case(word: str) -> bool:
    """An inner capital that no naming convention explains ("SpaceX", not "McCain", "DeLorean"
    counts too: brands are no people)."""
    inner = re.search(r"[a-z][A-Z]", word)
    return bool(inner) and not re.match(r"^(Mc|Mac|O'|D'|Fitz)[A-Z]", word)


def storm_name(span: Span) -> str | None:
    """"Idris" of "Storm Idris", "Milton" of "Hurricane Milton", "Alberto" of "Tropical Storm
    Alberto": a weather system's name, or None ("Storm Shadow missiles" are weapons)."""
    k = 1 if span[0].text in _STORM_WORDS else 2 if span[0].text == "Tropical" and len(span) > 2 \
        and span[1].text in ("Storm", "Depression", "Cyclone") else 0
    if not k or len(span) <= k or any(t.lemma_.casefold() in _weapon_words() for t in span.doc[span.end:span.end + 2]):
        return None
    return span[k:].text


def candidate_spans(facts: DocFacts) -> list[Span]:
    doc = facts.parsed.doc
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        ent = _known_organisation_around(ent)
        pieces = _slashed_places(ent)
        if pieces:
            out.extend(pieces)  # "BELGRADE/PRISTINA —": a dateline of two cities
            continue
        if storm_name(ent):
            out.append(Span(doc, ent.start, ent.end, label="EVENT"))  # no title, no person in it
            continue
        span = repair_span(ent, facts.parsed)
        if span is None or span.text.islower():
            continue  # "parliament": a common noun, not a name
        span = town_named_with_a_demonym(span)
        if span.label_ == "ORG" and len(span) >= 2 and span[-1].lower_ == "party" and span[-1].is_lower \
                and (gazetteer().organisation(span[:-1].text) or gazetteer().organisation(
                    span[1:-1].text if span[0].lower_ == "the" and len(span) > 2 else span[:-1].text)):
            # "the Pheu Thai party": a known party's name and the common noun, one party
            span = Span(doc, span.start, span.end - 1, label="ORG")
        if any(t.like_num for t in span) and any(t.lower_ in _MAGNITUDES for t in span):
            continue  # "Rs 2.1 billion" read as a law: a sum, not a name
        if span.label_ == "PERSON" and len(span) <= 3 and span[-1].lower_ in _INSTITUTION_NOUNS:
            # "Nepali Congress spokesperson …", "the Prime Minister's Secretariat": no person is
            # named Congress; a people's adjective before it is part of the name.
            start = span.start - 1 if span.start > 0 and doc[span.start - 1].ent_type_ == "NORP" else span.start
            span = Span(doc, start, span.end, label="ORG")
        if span.label_ in ("ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT") and span.start in facts.headline_tokens:
            # "Yemen Group Vows Retaliation": the name ends where a headline verb begins, and
            # "Warsaw Against EU Trade Deal" where a preposition joining the headline's parts does.
            cut = next((k for k in range(span.start + 1, span.end)
                        if (doc[k].lower_ in headline_verbs() or doc[k].lower_ in _HEADLINE_PREPOSITIONS)
                        and doc[k].is_title), None)
            if cut is not None and doc.text.count(span.text) > 1:
                cut = None  # the body repeats the whole name: a name with a verb in it
            if cut is not None:
                span = Span(doc, span.start, cut, label=span.label_)
            span = _trim_headline_words(span, facts)
            if span is None or len(span) == 1 and span.label_ in ("ORG", "NORP") and not known_name(span.text) \
                    and span.text.casefold() not in facts.body_words:
                continue  # a capitalised headline word the body never uses ("Threatens Retaliation")
        core = _trim_headline_words(span, facts) if span.label_ == "PERSON" and span.start in facts.headline_tokens else None
        if core is not None and len(core) == 1 \
                and (core.start == 0 or "\n" in doc[core.start - 1].text or core.start_char < facts.parsed.title_end) \
                and not any(t.lower_ == core[0].lower_ for t in doc if t.i != core.start) \
                and not known_name(core.text) and first_name_gender(core.text) is None:
            continue  # "Curfew Imposed in …", "… to Spur Lending" in the title: no one the story names
        if span.label_ != "PERSON" and all(i in facts.title_tokens for i in range(span.start, span.end)):
            continue  # "State" of "Secretary of State", "General Staff" of "Chief of General Staff"
        if span.label_ == "ORG" and len(span) >= 3 and span[1].lower_ in ("for", "of") and span.start in facts.title_tokens \
                and span[0].is_title and span[0].lower_ in title_head_words() and not known_name(span.text) \
                and span[0].lower_ not in _INSTITUTION_NOUNS | _ASSOCIATION_NOUNS | _BODY_TITLE_WORDS:
            continue  # "Minister for International Development", "Commissioner for Trade": an office
        if span.label_ == "GPE" and span.start > 0 and doc[span.start - 1].is_title \
                and doc[span.start - 1].lower_ in SPORTS and gazetteer().country(span.text) \
                and not (out and out[-1].end > span.start - 1):
            # "Athletics Kenya president X", "Cricket Australia": a sport's national federation
            span = Span(doc, span.start - 1, span.end, label="ORG")
        if span.label_ == "ORG" and len(span) >= 3:
            mark = next((k for k in range(span.start + 1, span.end - 1) if _possessive_mark(doc[k])), None)
            if mark is not None and gazetteer().organisation(doc[span.start:mark].text) is not None:
                # "the African Union's Commission chairman": the known body owns what follows
                span = Span(doc, span.start, mark, label="ORG")
        holder = _holder_inside(span, facts)
        if holder is not None:
            # "Siemens CFO Ralf Thomas": the company, its officer's title, the officer
            out.append(Span(doc, span.start, holder[0], label=span.label_))
            span = Span(doc, holder[1], span.end, label="PERSON")
        # ("International Court of Justice" keeps its end: a body's name "… of <title word>", as does
        # "Ministry of Law and Justice": "… of <word> and <title word>")
        if span.label_ in ("ORG", "GPE", "NORP") and span.end - 1 in facts.title_tokens and span.start not in facts.title_tokens \
                and not (len(span) >= 3 and span[-2].lower_ == "of") \
                and not (len(span) >= 4 and span[-2].lower_ in ("and", "&") and any(t.lower_ == "of" for t in span[1:-2])) \
                and not (span.label_ == "ORG" and len(span) >= 2 and span[-1].lower_ in ("party", "union", "front")):
            # ("Democratic Party leader X": the party's noun is the name's, not the title's)
            end = span.end
            while end > span.start and end - 1 in facts.title_tokens:
                end -= 1
            span = Span(span.doc, span.start, end, label=span.label_)  # "UK Home" of "UK Home Secretary"
        if span.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT") and len(span) == 1 \
                and span.start >= 2 and not known_name(span.text):
            given, title = doc[span.start - 1], doc[span.start - 2]
            # (after a lower-case title only a known given name: "spokeswoman Ana | Pisonero";
            # any name after it where the model saw a product: "spokesperson Randhir | Jaiswal")
            titled = title.i in facts.title_tokens or title.is_lower and (
                first_name_gender(given.text) is not None or span.label_ in ("PRODUCT", "WORK_OF_ART", "LAW", "EVENT")) \
                and any(m.start <= title.i < m.end for m in facts.titles)
            if given.tag_ == "NNP" and given.is_title and given.is_alpha and not given.ent_type_ \
                    and given.head.i == span.start and titled and title.lower_ in title_head_words():
                # "Budapest Mayor Gergely Karácsony": a name after a title, its given name untagged
                span = Span(doc, span.start - 1, span.end, label="PERSON")
            elif not given.ent_type_ and _word_family_name(given, span.start, span.end, facts):
                span = Span(doc, span.start - 1, span.end, label="PERSON")  # "Party General Secretary To Lam"
        if span.label_ == "ORG":
            span = _bracketed_qualifier(span)
            span = _state_after_of(span)
        place = _place_before_holder(span) or _region_before_its_office(span, facts)
        if place is not None and place.end == span.end:
            span = place  # "the governor of Nuevo Leon": the region of a post, no person
            place = None
        if place is not None:
            # "UN envoy for Sudan Ramtane Lamamra": the title's place, then the holder's name
            out.append(place)
            span = Span(doc, place.end, span.end, label="PERSON")
        if span.label_ in ("ORG", "GPE", "NORP"):
            named_from = _named_in_apposition_to_someone(span)
            if named_from is not None:
                span = Span(doc, named_from, span.end, label="PERSON")  # "Mulenga's lawyer, Chanda Phiri,"
        if span.label_ == "PERSON":
            span = _person_bounds(span, facts, out[-1].end if out else 0)
        if out and span.start < out[-1].end:
            continue  # swallowed by a repaired neighbour ("Ursula von der" + "Leyen")
        if out and span.label_ == "PERSON" and out[-1].label_ == "PERSON" and out[-1].end == span.start \
                and span[0].lower_ in NAME_PARTICLES and not out[-1][-1].whitespace_ == "":
            out[-1] = Span(doc, out[-1].start, span.end, label="PERSON")  # "Prince Abdulaziz" + "bin Salman"
            continue
        out.append(span)
    out = sorted(out + _companies_after_legal_forms(doc, {i for s in out for i in range(s.start, s.end)}),
                 key=lambda s: s.start)
    out = _states_named_with_and(out)
    return [_alias_of_a_person(span, out) for span in out]


def _states_named_with_and(spans: list[Span]) -> list[Span]:
    """"Bosnia | and | Herzegovina", "Trinidad | and | Tobago": two places NER parted that
    together are one state's name are that state."""
    out: list[Span] = []
    for span in spans:
        if out and span.start == out[-1].end + 1 and span.doc[out[-1].end].lower_ == "and" \
                and gazetteer().country(span.doc[out[-1].start:span.end].text):
            out[-1] = Span(span.doc, out[-1].start, span.end, label="GPE")
            continue
        out.append(span)
    return out


def _companies_after_legal_forms(doc, covered: set[int]) -> list[Span]:
    """"PT Harita Nickel named …": capitalised words NER left untagged after a company's legal
    form written before its name are the company's name (the form itself stays outside, as
    for the names NER did tag)."""
    out = []
    for tok in doc[:-1]:
        if tok.text not in LEGAL_FORM_PREFIXES or tok.i in covered:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and end not in covered and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end > tok.i + 1 and (end >= len(doc) or end not in covered):
            out.append(Span(doc, tok.i + 1, end, label="ORG"))
    return out


def person_before_alias(span: Span) -> int | None:
    """The last token of the name before "…, known as X" / "nicknamed X" (X is ``span``)."""
    doc = span.doc
    k = span.start - 1
    if k >= 1 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "known":
        k -= 2
        if k >= 0 and doc[k].lower_ in ("better", "widely", "popularly", "also"):
            k -= 1
    elif k >= 0 and doc[k].lower_ == "nicknamed":
        k -= 1
    else:
        return None
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k if k >= 0 else None


def _alias_of_a_person(span: Span, spans: list[Span]) -> Span:
    """"Mohamed Hamdan Dagalo, known as Hemedti": the name after "known as" is the person's
    other name, whatever NER made of it (a place, an organisation)."""
    if span.label_ == "PERSON" or len(span) > 2 or not all(t.is_title and t.is_alpha for t in span) \
            or _is_state_word(span.text) or gazetteer().organisation(span.text) is not None:
        return span
    k = person_before_alias(span)
    if k is None or not any(s.label_ == "PERSON" and s.end - 1 == k and len(s) >= 2 for s in spans):
        return span
    return Span(span.doc, span.start, span.end, label="PERSON")


# Sports whose national federations are named "<Sport> <Country>".
SPORTS = {"athletics", "cycling", "swimming", "tennis", "rugby", "cricket", "football", "hockey", "rowing",
           "sailing", "golf", "basketball", "netball", "gymnastics", "boxing", "volleyball", "triathlon", "judo"}


# What a town has and a person does not: "Rotterdam's port", "Izmir's mayor".
_PLACE_PARTS = {"port", "harbour", "harbor", "airport", "mayor", "outskirts", "suburbs", "streets", "residents",
                "docks", "waterfront", "city", "centre", "center", "downtown", "municipality"}


def _owns_a_place_part(span: Span) -> bool:
    doc = span.doc
    return span.end + 1 < len(doc) and _possessive_mark(doc[span.end]) and (
        doc[span.end + 1].lower_ in _PLACE_PARTS
        or span.end + 2 < len(doc) and doc[span.end + 1].pos_ == "ADJ" and doc[span.end + 2].lower_ in _PLACE_PARTS)


def _holder_inside(span: Span, facts: DocFacts) -> tuple[int, int] | None:
    """An organisation span swallowing an upper-case title acronym and the name after it
    ("Siemens CFO Ralf Thomas"): where the title starts and where the name starts."""
    if span.label_ != "ORG" or len(span) < 3:
        return None
    for k in range(span.start + 1, span.end - 1):
        tok = span.doc[k]
        if k not in facts.title_tokens or not tok.is_upper or not tok.is_alpha:
            continue
        name = span.doc[k + 1:span.end]
        if 1 <= len(name) <= 3 and all(t.is_title and t.is_alpha and t.i not in facts.title_tokens for t in name) \
                and not any(t.lower_ in ORG_WORDS for t in name) \
                and (first_name_gender(name[0].text) is not None or len(name) >= 2):
            return k, k + 1
        return None
    return None


def _state_after_of(span: Span) -> Span:
    """"The Law Society | of Kenya": a body's name NER ended before "of" and a state's name
    (a known international body keeps its own name: "the UN | of Guterres" is no UN of a state)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or not span[-1].is_title \
            or gazetteer().organisation(span.text) is not None:
        return span
    g = gazetteer()
    for n in (3, 2, 1):
        tail = doc[span.end + 1:span.end + 1 + n]
        if len(tail) == n and all(t.ent_type_ == "GPE" for t in tail) and g.country(tail.text) \
                and (tail.end >= len(doc) or doc[tail.end].ent_type_ != "GPE"):
            return Span(doc, span.start, tail.end, label="ORG")
    return span


def _place_before_holder(span: Span) -> Span | None:
    """"envoy for Sudan Ramtane Lamamra", "ambassador to Chile Ana Ruiz" read as one name: a
    state's name right after a title's "for" or "to", and two or more capitalised words after it."""
    doc = span.doc
    if span.label_ not in ("ORG", "PERSON") or len(span) < 3 or span.start < 2 \
            or doc[span.start - 1].lower_ not in ("for", "to") or doc[span.start - 2].lower_ not in title_head_words():
        return None
    g = gazetteer()
    for n in (3, 2, 1):
        if len(span) - n < 2:
            continue
        head = doc[span.start:span.start + n]
        rest = doc[span.start + n:span.end]
        if g.country(head.text) and all(t.is_title and t.is_alpha for t in rest) \
                and not any(t.lower_ in ORG_WORDS for t in rest) and g.organisation(rest.text) is None:
            return Span(doc, head.start, head.end, label="GPE")
    return None


def town_named_with_a_demonym(span: Span) -> Span:
    """"Spanish Town", "Panama City": a people's adjective or a state's name and the
    capitalised word after it that together name a known town are that town (NER reads a
    people and a place, "Spanish" + "Town")."""
    doc = span.doc
    if span.label_ not in ("NORP", "GPE", "LOC", "FAC") or len(span) > 2:
        return span
    g = gazetteer()
    if span.label_ in ("NORP", "GPE") and span.end < len(doc):
        nxt = doc[span.end]
        whole = doc[span.start:span.end + 1]
        if nxt.is_title and nxt.is_alpha and not nxt.is_sent_start and g.city(whole.text) is not None:
            return Span(doc, whole.start, whole.end, label="GPE")
    if span.start > 0:
        # (NER may tag the adjective a language and skip it: "Spanish" + "Town")
        prev = doc[span.start - 1]
        whole = doc[span.start - 1:span.end]
        if prev.is_title and prev.is_alpha and g.demonym(prev.text) and g.city(whole.text) is not None \
                and g.city(span.text) is None:
            return Span(doc, whole.start, whole.end, label="GPE")
    return span


def _region_before_its_office(span: Span, facts: DocFacts) -> Span | None:
    """A region or town and the office held there, read by NER as one name with its holder
    ("Chihuahua Governor Maru Campos"), or read as a person after "governor of" ("the governor
    of Nuevo Leon, Samuel Garcia"): the place (for the first, the holder's name follows)."""
    doc = span.doc
    if span.label_ != "PERSON" or first_name_gender(span[0].text) is not None:
        return None
    g = gazetteer()
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in title_head_words() \
            and span.start > 0 and doc[span.start - 1].lower_ == "of" \
            and (find_region(span.text) is not None or g.city(span.text) is not None):
        return Span(doc, span.start, span.end, label="GPE")
    if len(span) < 3 or span.start in facts.title_tokens:
        return None
    for n in (1, 2):
        k = span.start + n
        if k >= span.end - 1 or k not in facts.title_tokens or any(t.i in facts.title_tokens for t in span[:n]):
            continue
        head = doc[span.start:k]
        rest = k
        while rest < span.end and rest in facts.title_tokens:
            rest += 1
        if rest < span.end and all(t.is_title and t.is_alpha for t in doc[rest:span.end]) \
                and (find_region(head.text) is not None or g.city(head.text) is not None):
            return Span(doc, head.start, head.end, label="GPE")
    return None


def _bracketed_qualifier(span: Span) -> Span:
    """"CPN (Maoist Centre)", "CPN (UML)": a party's acronym with a bracketed part of its name
    is one name (not "NATO (North Atlantic Treaty Organization)", the acronym spelled out)."""
    doc = span.doc
    k = span.end
    if len(span) > 2 or not span.text.replace("-", "").isupper() or not span.text.replace("-", "").isalpha() \
            or k + 2 >= len(doc) or doc[k].text != "(" or _agency_dateline(span):
        return span
    close = next((j for j in range(k + 2, min(k + 5, len(doc))) if doc[j].text == ")"), None)
    inner = doc[k + 1:close] if close is not None else None
    if inner is None or not all(t.is_alpha and (t.is_title or t.is_upper) for t in inner) \
            or any(t.ent_type_ in ("GPE", "LOC", "PERSON", "DATE") for t in inner):
        return span
    initials = "".join(t.text[0] for t in inner).upper()
    if initials == span.text.replace("-", "").upper() or any(t.lower_ in _BODY_NOUNS for t in inner):
        return span  # the acronym spelled out, or another body ("UNHCR (UN Refugee Agency)")
    return Span(doc, span.start, close + 1, label="ORG")


def _agency_dateline(span: Span) -> bool:
    """"MILAN (Reuters) -": an upper-case name opening a line, the agency's bracket and a dash."""
    doc = span.doc
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
    close = next((k for k in range(span.end + 1, min(span.end + 6, len(doc))) if doc[k].text == ")"), None)
    nxt = doc[close + 1] if close is not None and close + 1 < len(doc) else None
    return bool(at_line_start and span.text.isupper() and nxt is not None and nxt.text in ("-", "—", "–", "--"))


_BODY_NOUNS = {"agency", "organization", "organisation", "fund", "programme", "program", "council", "commission",
               "bank", "union", "office", "committee", "court", "force", "forces", "association", "federation",
               "ministry", "department", "group", "company", "corporation", "institute", "service", "news"}


def _known_organisation_around(span: Span) -> Span:
    """"Reporters Without Borders" of which NER took "Borders": the listed name that holds
    the span, else the span."""
    doc, g = span.doc, gazetteer()
    for i in range(max(0, span.start - 4), span.start + 1):
        for words, kind in g.phrases.get(normalise(doc[i].text), ()):
            j = i + len(words)
            if kind in ("organisation", "institution") and len(words) > 1 and span.end <= j <= len(doc) \
                    and (i, j) != (span.start, span.end) \
                    and all(normalise(doc[i + k].text) == w for k, w in enumerate(words)):
                return Span(doc, i, j, label="ORG")
    return span


# Nouns for a single person that an apposition gives a name ("X, a former militant").
_PERSON_NOUNS = {"militant", "student", "blogger", "man", "woman", "boy", "girl", "resident", "farmer", "teacher",
                 "doctor", "nurse", "priest", "pastor", "worker", "singer", "actor", "actress", "writer", "novelist",
                 "poet", "artist", "dissident", "fugitive", "suspect", "victim", "mother", "father", "son", "daughter",
                 "widow", "husband", "wife", "veteran", "refugee", "migrant", "survivor", "campaigner", "player",
                 "coach", "athlete", "businessman", "businesswoman", "activist", "journalist", "lawyer", "economist"}


def _described_as_someone(span: Span) -> bool:
    """A name followed by ", a/the <person noun>" in apposition, or a given name and more right
    after a lower-case title ("MAS candidate Eduardo del Castillo"): a person."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.is_lower and prev.lower_ in title_head_words() and 2 <= len(span) <= 4 \
            and first_name_gender(span[0].text) is not None:
        return True
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.lemma_.casefold() in _PERSON_NOUNS \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in child.children) \
                and 2 <= len(span) <= 3 and all(t.is_title for t in span):
            return True
        if child.dep_ == "appos" and child.i > span.end and span.doc[span.end].text == "," \
                and child.is_lower and child.lower_ in _HOLDER_TITLES and len(span) == 1 and span[0].is_title \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in child.children):
            return True  # "Otieno, the interior minister, told parliament": a surname and the post
        if child.dep_ == "relcl" and span.end + 1 < len(span.doc) and span.doc[span.end].text == "," \
                and span.doc[span.end + 1].lower_ == "who" and 2 <= len(span) <= 3 and all(t.is_title for t in span) \
                and span[-1].lower_ not in ORG_WORDS and span[0].lower_ not in ORG_WORDS:
            # "Hakainde Mwale, who won 41 percent of the vote, told …": a body is "which"
            # ("United, who" of a team stays a team by its word).
            return True
    return False


# Lower-case titles only a person holds (not a body: "bank", "government", "commission").
_HOLDER_TITLES = {"minister", "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
                  "governor", "mayor", "ambassador", "envoy", "senator", "congressman", "congresswoman",
                  "lawmaker", "chairman", "chairwoman", "prosecutor", "judge", "commander", "secretary"}


def bracketed_acronym(span: Span) -> Token | None:
    """"… (JNIM)": a bracketed upper-case acronym right after the name, or after the rest of
    it NER left out ("wal-Muslimin (JNIM)")."""
    doc = span.doc
    k = span.end
    while k < len(doc) and k - span.end < 4 and doc[k].text != "(" and not doc[k].is_space \
            and (doc[k].text == "-" or doc[k].text[:1].isalpha() and not doc[k].is_sent_start):
        k += 1
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" \
            and re.fullmatch(r"[A-Z][A-Za-z0-9&\-]*[A-Z0-9]", doc[k + 1].text) and sum(c.isupper() for c in doc[k + 1].text) >= 2:
        return doc[k + 1]
    return None


def _acronym_follows(span: Span) -> bool:
    acronym = bracketed_acronym(span)
    return acronym is not None and len(acronym.text) >= 3 and acronym.text.isupper() and acronym.is_alpha


def _slashed_places(span: Span) -> list[Span]:
    """"BELGRADE/PRISTINA": the pieces between slashes as places, when each is one; so are
    the two sides of "and" in a name NER ran over both ("between Cochabamba and Oruro")."""
    joiner = "/" if any(tok.text == "/" for tok in span) else "and" if span.label_ != "PERSON" and any(
        tok.lower_ == "and" for tok in span[1:-1]) else None
    if joiner is None:
        return []
    g = gazetteer()
    if joiner == "and" and (g.state(span.text) or g.city(span.text) or g.organisation(span.text) or find_region(span.text)):
        return []  # "Trinidad and Tobago", "Bosnia and Herzegovina": one name
    pieces, start = [], span.start
    for tok in list(span) + [None]:
        if tok is None or tok.lower_ == joiner:
            end = tok.i if tok is not None else span.end
            text = span.doc[start:end].text
            if start == end or not (g.city(text) or g.country(text) or g.capital(text)):
                return []
            pieces.append(Span(span.doc, start, end, label="GPE"))
            start = end + 1
    return pieces


# Arabic name elements that open a name before a given name ("Abu Mohammed al-Julani").
_NAME_OPENERS = NAME_PARTICLES | {"abu", "umm", "bint"}


def _person_bounds(span: Span, facts: DocFacts, floor: int) -> Span:
    """Where a personal name begins: lower-case words and hyphens before it go ("pro-Cruz");
    so does a capitalised word opening a sentence or headline before a given name and a
    surname ("Rip Donald Trump", "Follow Tamsin Orrell"); a given name spaCy left outside
    comes in ("Mehmet | Yalcin", "Billie | Jean King"). ``floor``: the end of the previous span."""
    doc = span.doc
    start, end = span.start, span.end
    while end - start > 1 and (doc[start].is_punct or doc[start].is_lower and doc[start].lower_ not in NAME_PARTICLES):
        start += 1
    opener, given = doc[start], doc[start + 1] if end - start >= 3 else None
    if given is not None and (opener.is_sent_start or start in facts.headline_tokens) \
            and first_name_gender(opener.text) is None and not is_honorific(opener.text) \
            and opener.lower_ not in _NAME_OPENERS and given.lower_ not in NAME_PARTICLES \
            and first_name_gender(given.text) is not None:
        start += 1
    for _ in range(2):
        if start - 1 < floor or not _given_name_before(doc[start - 1], start, end, facts):
            break
        start -= 1
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label="PERSON")


def _word_family_name(tok: Token, start: int, end: int, facts: DocFacts) -> bool:
    """"Deputy Foreign Minister Do | Hung Viet", "General Secretary To | Lam": a family name
    that is also a short word, between a capitalised title and a short given name."""
    return tok.lower_ in STOP_WORDS and len(tok) <= 3 and tok.is_title and not tok.is_sent_start \
        and tok.i - 1 in facts.title_tokens and tok.doc[tok.i - 1].text[:1].isupper() \
        and (end - start == 2 or end - start == 1 and tok.i not in facts.headline_tokens) \
        and all(len(t) <= 5 and t.is_title for t in tok.doc[start:end])


def _given_name_before(tok: Token, start: int, end: int, facts: DocFacts) -> bool:
    """A capitalised word right before a PERSON span that belongs to the name: a known given
    name, or — before a lone surname — a proper noun in the same compound ("Tayyip Erdogan")."""
    if not (tok.is_alpha and tok.is_title) or tok.ent_type_ or "\n" in tok.whitespace_:
        return False
    low = tok.lower_
    if _word_family_name(tok, start, end, facts):
        return True
    if tok.i in facts.title_tokens or is_honorific(tok.text) or low in STOP_WORDS or low in facts.lower_words \
            or low in headline_verbs() or low in title_head_words() or known_name(tok.text) \
            or gazetteer().demonym(tok.text):
        return False
    if first_name_gender(tok.text) is not None:
        return True
    if tok.tag_ != "NNP" or tok.dep_ != "compound" or not start <= tok.head.i < end or tok.i in facts.headline_tokens:
        return False
    # "Le | Thi Bich", "Nguyen | Van Hoa": a family name before a given name of short
    # syllables that spaCy left outside, also opening a sentence ("Pastor | Darrell Scott" is none).
    return end - start == 1 and not tok.is_sent_start \
        or end - start == 2 and len(tok) <= 6 and all(len(t) <= 5 for t in tok.doc[start:end]) \
        and first_name_gender(tok.doc[start].text) is None


_MONTH = re.compile(r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
                    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$")


_TIME_ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EST", "EDT", "CST", "CDT",
               "MST", "MDT", "PST", "PDT", "AEST", "AEDT", "JST", "KST", "IST", "HKT", "SGT", "WIB", "PKT", "SAST",
               "EAT", "WAT", "CAT", "GST", "AST", "ET", "PT", "CT"}
# ("0640 GMT": wire copy writes the hour and minute without a colon before a zone)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$|^\d{1,2}(?:am|pm|a\.m\.|p\.m\.)$|^[0-2]\d[0-5]\d$", re.IGNORECASE)


def _clock_time(span: Span) -> bool:
    """A time of day with its zone read as a name: "18:30 GMT", "GMT" right after "18:30"."""
    words = [t for t in span if not t.is_space]
    if not words or words[-1].text not in _TIME_ZONES:
        return False
    before = [t for t in span.doc[max(0, words[-1].i - 3):words[-1].i] if not t.is_space]
    return any(_CLOCK.match(t.text) or t.lower_ in ("a.m.", "p.m.", "am", "pm", "hrs", "hours") for t in before)


def drop_misread_spans(spans: list[Span], facts: DocFacts) -> list[Span]:
    """Repairs that need the whole document's names: a headline phrase read as a person
    after a surname of someone the text names in full ("Erdogan Ally Arrested" → "Erdogan"),
    and a common noun tagged ORG that the text also writes in lower case ("Retaliation")."""
    people, _ = _surname_keys([s for s in spans if s.start not in facts.headline_tokens])
    out = []
    for span in spans:
        if len(span) == 1 and _MONTH.match(span.text) and span.end < len(span.doc) and span.doc[span.end].text.isdigit():
            continue  # "BRUSSELS, Oct 2 (Wire)": a date, not a person
        if _clock_time(span):
            continue  # "18:30 GMT", "at 9 a.m. EST": a time, not an organisation
        if span.label_ == "PERSON" and len(span) >= 2 and span.start in facts.headline_tokens \
                and first_name_gender(span[0].text) is None and surname_key(span[0].text) in people:
            parts = split_name(span.text)
            if parts is None or parts.key not in people:
                span = Span(span.doc, span.start, span.start + 1, label="PERSON")
        if span.label_ == "PERSON" and len(span) == 1 and span[0].is_sent_start and span[0].dep_ == "compound" \
                and span[0].head.i == span.end and span[0].head.is_lower \
                and span[0].head.lemma_.casefold() in _GROUP_OF_PEOPLE_NOUNS \
                and first_name_gender(span.text) is None and word_key(span.text) not in people:
            continue  # "Riot police fired …", "Clan leaders agreed …": a common word opening a sentence
        # "Army chief X said": a common noun capitalised by its place opening a sentence.
        if span.label_ == "ORG" and len(span) == 1 and (span[0].tag_ in ("NN", "NNS") or span[0].is_sent_start) \
                and span[0].lower_ in facts.lower_words and not known_name(span.text) \
                and word_key(span.text) not in people:
            continue
        # "Army spokesman Colonel X said": a state's arm, capitalised by opening the sentence,
        # before the title of someone who speaks for it.
        if span.label_ == "ORG" and len(span) == 1 and span[0].is_sent_start and span.end < len(span.doc) \
                and span[0].lower_ in _ARM_WORDS and span.doc[span.end].lower_ in title_head_words():
            continue
        # "Bosnian Security | Minister X", "Philippine Foreign Affairs | Secretary X": a state word
        # and the portfolio of the office that follows, not an organisation.
        # So is "EU Economy | Commissioner X": a union of states and the portfolio of its office.
        union = span.label_ == "ORG" and len(span) >= 2 and span[0].is_upper \
            and gazetteer().organisation(span[0].text) is not None and not _is_state_word(span[0].text)
        if span.label_ == "ORG" and len(span) >= 2 and (_is_state_word(span[0].text) or union) \
                and span.end < len(span.doc) \
                and span.doc[span.end].lower_ in (("minister", "secretary", "commissioner") if union else
                                                  ("minister", "secretary")) \
                and all(t.is_title and t.is_alpha and t.lower_ not in _INSTITUTION_NOUNS | _ASSOCIATION_NOUNS
                        for t in span[1:]):
            span = Span(span.doc, span.start, span.start + 1,
                        label="ORG" if union else "NORP" if gazetteer().demonym(span[0].text) else "GPE")
        # "former Construction | Minister X", "Mining | Secretary X": a portfolio of common words
        # before the office, not an organisation (the state the office belongs to is found
        # as for any other title).
        elif span.label_ == "ORG" and (len(span) <= 2 or len(span) == 3 and span[1].lower_ == "and") \
                and span.end < len(span.doc) \
                and span.doc[span.end].lower_ in ("minister", "secretary") and not known_name(span.text) \
                and all(t.is_title and t.is_alpha and t.tag_ in ("NN", "NNS", "NNP", "NNPS") and not _is_state_word(t.text)
                        and t.lower_ not in _INSTITUTION_NOUNS | _ASSOCIATION_NOUNS for t in span if t.lower_ != "and"):
            continue  # (and "Agriculture and Fisheries | Minister X")
        # "Delegations of Sudan's army met …": a common noun opening the sentence and a state
        if span.label_ == "ORG" and len(span) >= 3 and span[0].is_sent_start and span[0].tag_ in ("NN", "NNS") \
                and span[1].lower_ == "of" and not known_name(span.text):
            tail = span[2:-1] if span[-1].tag_ == "POS" else span[2:]
            if len(tail) and gazetteer().country(tail.text):
                span = Span(span.doc, tail.start, tail.end, label="GPE")
        # "Survivors said", "Ransomware attack cripples …": a common noun (the tagger says so)
        # capitalised by opening a sentence or headline.
        if span.label_ in ("ORG", "NORP") and len(span) == 1 and span[0].is_sent_start \
                and span[0].tag_ in ("NN", "NNS") and not known_name(span.text) \
                and not _is_state_word(span.text) and word_key(span.text) not in people:
            continue
        out.append(span)
    return out


def _trim_headline_words(span: Span, facts: DocFacts) -> Span | None:
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
        for key in short_name_keys(parts):  # "Salazar" of "Andrés Salazar Quintero"
            names.setdefault(key, span.text)
        firsts.add(word_key(parts.first))
    return names, firsts


def relabel(spans: list[Span], facts: DocFacts) -> list[Span]:
    """Fix labels the small model often gets wrong in news: a surname of a person named
    elsewhere tagged ORG ("Trump indicated"), a capital or country tagged PERSON ("Kyiv had
    hoped"), a media outlet tagged PERSON ("Politico"), a city tagged PRODUCT ("Kursk")."""
    g = gazetteer()
    people, _ = _surname_keys(spans)
    singles = {word_key(s.text) for s in spans if s.label_ == "PERSON" and len(s) == 1 and plausible_person(s, facts)}
    # Names the story uses as places: tagged so, or a town of the gazetteer in a place's slot.
    def town(span: Span) -> bool:
        place = g.city(span.text)
        return place is not None and normalise(place.name) == normalise(span.text) \
            and not any(t.lower_ in ORG_WORDS for t in span)  # "University of Texas" is a geonames place too

    place_keys = {" ".join(word_key(w) for w in s.text.split()) for s in spans
                  if s.label_ in ("GPE", "ORG") and town(s) and (s.label_ == "GPE" or is_locative(s))}
    storms = {" ".join(word_key(w) for w in storm_name(s).split()) for s in spans if storm_name(s)}
    states = {iso for s in spans for iso in [g.country(s.text) or g.demonym(s.text)] if iso}

    def town_of_the_story(span: Span) -> bool:
        # "leave for Karachi" in a story about Pakistan: a city of a state the story names,
        # after a preposition, is that city.
        return len(span) == 1 and span.root.dep_ == "pobj" and town(span) and g.city(span.text).country in states

    out = []
    for span in spans:
        text = span.text
        key = word_key(text) if len(span) == 1 else " ".join(word_key(w) for w in text.split())
        label = span.label_
        if label == "ORG" and (key in place_keys or town_of_the_story(span)) and key not in people and town(span) \
                and not (g.organisation(text) or g.institution(text)):
            # Headline "RSF shells El Fasher" tags the town an organisation that the story
            # calls a place ("the city of El Fasher"): one name, one referent.
            out.append(Span(span.doc, span.start, span.end, label="GPE"))
            continue
        is_state = _is_state_word(text)
        nxt_word = span.doc[span.end] if span.end < len(span.doc) else None
        if label in ("GPE", "LOC", "NORP", "ORG") and nxt_word is not None and nxt_word.lemma_.casefold() in _CRIME_GROUP_NOUNS \
                and span.root.head.i == nxt_word.i and not g.state(text) and not g.demonym(text):
            # "the Sinaloa cartel", "the Los Lobos gang": a gang named after a place is no place.
            out.append(Span(span.doc, span.start, span.end + 1, label="ORG"))
            continue
        if label in ("GPE", "ORG", "NORP", "LOC") and len(span) <= 2 and _kin_apposition(span):
            label = "PERSON"  # "Marchenko's daughter, Sofia,": a relative's name, no capital city
        elif label in ("PERSON", "ORG", "GPE", "NORP") and key in storms:
            label = "EVENT"  # "Idris came ashore" after "Storm Idris"
        elif label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC") and spans_several_states(text):
            label = "LOC"  # "the crisis in the Sahel", "Sahel crisis": a region of several states
        elif label == "PERSON" and nxt_word is not None and nxt_word.is_lower and nxt_word.lemma_ in _FACILITY_NOUNS \
                and span.root.dep_ == "compound":
            label = "FAC"  # "Ben Gurion airport", "Sheremetyevo airport": named after a person or not, a place
        elif label in ("PERSON", "ORG", "GPE") and len(span) == 1 and _names_a_people(text):
            label = "NORP"  # "Hutu militias", "the Rohingya": a people, neither a person nor a state
        elif label == "NORP" and not _names_a_people(text) and not g.demonym(text) and _named_region(text) \
                and text.casefold() not in _WHERE_OF_WORDS and not text.casefold().endswith("ern"):
            label = "GPE"  # "Punjab farmers", "across Punjab": a region, not a people ("Southern" stays)
        elif label == "NORP" and len(span) == 1 and not _names_a_people(text) and not g.state(text) \
                and nxt_word is not None and nxt_word.pos_ == "NOUN" and key not in people \
                and (nxt_word.lemma_.casefold() in _weapon_words() and span.root.head.i == nxt_word.i
                     and nxt_word.dep_ != "compound" or nxt_word.lower_ in ("news", "agency")):
            # A name NER took for a people that names none: "Shahed drones" (a weapon),
            # "Yonhap news agency" ("Democratic party", "Sunni Muslims" stay).
            label = "PRODUCT" if nxt_word.lemma_.casefold() in _weapon_words() else "ORG"
        elif label == "PERSON" and len(span) > 1 and first_name_gender(span[0].text) is None \
                and (g.organisation(text) is not None or _names_an_armed_group(span[-1].text)):
            label = "ORG"  # "Boko Haram fighters attacked", "Kataib Hezbollah": an organisation's name
        elif label == "ORG" and len(span) == 1 and key not in people \
                and not (g.organisation(text) or g.institution(text) or g.state(text)) \
                and (_region_by_name(text) or g.city(text) is not None and is_locative(span)):
            label = "GPE"  # "Maharashtra's chief minister", "sailing from Ajman"
        elif label in ("PERSON", "ORG") and (len(span) > 1 or key not in people) and first_name_gender(span[0].text) is None \
                and _named_as_an_organisation(span):
            label = "ORG"
        elif label == "PERSON" and span.start > 0 and span.doc[span.start - 1].text in LEGAL_FORM_PREFIXES:
            label = "ORG"  # "PT Sulawesi Nikel", "PJSC Volga Trans": a company's legal form before its name
        elif label == "PERSON" and _acronym_follows(span):
            label = "ORG"  # "Jama'at Nusrat al-Islam (JNIM)": people get no bracketed acronyms
        elif label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and not is_state and not known_name(text) \
                and _described_as_someone(span):
            label = "PERSON"  # "Cesare Battisti, a former militant whom …"
        elif label in ("PERSON", "ORG") and len(span) > 1 and (_named_region(text) or _region_with_its_kind(text)) \
                and first_name_gender(span[0].text) is None:
            label = "GPE"  # "the president of Republika Srpska": a region called so, no one's name
        elif label == "PERSON" and is_state and len(span) > 1:
            label = "GPE"  # "Sri Lanka's leftist alliance" read as a given name and surname
        elif label == "PERSON":
            parts = split_name(text)
            if parts is not None and parts.first is None and key not in people:
                prev = span.doc[span.start - 1] if span.start > 0 else None
                if is_state:
                    label = "GPE"
                elif g.organisation(text) is not None:
                    label = "ORG"
                elif g.city(text) is not None and (is_locative(span) or _owns_a_place_part(span)):
                    label = "GPE"  # "port officials in Izmir", "Rotterdam's port"
                elif prev is not None and prev.lower_ in ORG_NOUNS:
                    label = "ORG"  # "the relief charity Floodline"
                elif is_locative(span) and _conjoined_with_place(span):
                    label = "GPE"  # "in Barry, Berrien, Calhoun and Cass counties"
                elif g.city(text) is not None and first_name_gender(text) is None and _conjoined_with_a_known_place(span) \
                        and not _titled_anywhere(span):
                    label = "GPE"  # "Paris and Lyon were hit by strikes": a known town beside a place, no one's name
                elif find_region(text) is not None and first_name_gender(text) is None:
                    label = "GPE"  # "from Punjab's Bhatinda"
            elif parts is not None and len(span) > 1 and (
                    span[-1].lower_ in ORG_WORDS and (len(span) > 2 or first_name_gender(span[0].text) is None)
                    or span.start > 0 and span.doc[span.start - 1].lower_ in ORG_NOUNS
                    and first_name_gender(span[0].text) is None):
                label = "ORG"  # "chipmaker Hanseong Semiconductor", "the charity Open Hands"
            elif parts is not None and first_name_gender(span[0].text) is None and (len(span) > 1 or key not in people) \
                    and is_locative(span) and (_conjoined_with_place(span) or _where_something_happened(span)):
                label = "GPE"  # "depots in Khan Younis and Rafah", "were wounded in Kiryat Shmona"
        elif label in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW") and (key in people or key in singles) \
                and not is_state:
            label = "PERSON"
        elif label in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC") and len(span) >= 2 and span[-1].is_title \
                and word_key(span[-1].text) in people and span[-2].lower_ in title_head_words() \
                and all(t.is_title and t.lower_ in title_words() for t in span[:-1]) and not is_state:
            label = "PERSON"  # "Justice Afridi wrote" after "Chief Justice Yahya Afridi": a title and a surname
        elif (label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART")
              or label in ("NORP", "GPE") and _named_in_a_post(span) and find_region(text) is None
              and not any(_names_a_people(t.text) for t in span)) \
                and not is_state and g.city(text) is None and _looks_like_a_person(span, facts):
            # ("the EU's special representative for Central Asia, Eduards Stikans," read as a people)
            label = "PERSON"
        elif label in ("GPE", "NORP", "LOC") and key in people and not is_state:
            label = "PERSON"
        elif label in ("GPE", "LOC") and not is_state and span.start > 0 \
                and span.doc[span.start - 1].lower_ in _FIRM_NOUNS:
            label = "ORG"  # "state news agency Xinhua", "the broadcaster Nordvision"
        if label in ("GPE", "LOC") and len(span) == 1 and any(c.isdigit() for c in text) and any(c.isalpha() for c in text) \
                and g.city(text) is None and find_region(text) is None:
            label = "ORG"  # "D66", "JA21": a party or group named with a number is no place
        if label in ("GPE", "LOC", "FAC", "PERSON") and not is_state and _held_like_a_company(span) \
                and not (g.city(text) or g.capital(text) or find_region(text)):
            label = "ORG"  # "state-owned Codelco", "privately held Zorvex"
        if label in ("PRODUCT", "WORK_OF_ART", "FAC", "PERSON") and len(span) == 1 and _camel_case(text) \
                and camel_case_state(text) is not None:
            label = "ORG"  # "QatarEnergy signed a deal": a state's company, named after it
        if label in ("PRODUCT", "ORG", "WORK_OF_ART", "FAC") and (g.country(text) or g.capital(text)):
            label = "GPE"  # "ABU DHABI, March 4 (Wire) —", "Kyiv" read as an organisation
        feature = span.doc[span.end] if span.end < len(span.doc) else None
        if label in ("PRODUCT", "ORG", "WORK_OF_ART", "NORP") and not is_state and not g.demonym(text) \
                and not _names_a_people(span[0].text) \
                and len(span) <= 2 and feature is not None and feature.text in _NATURAL_FEATURES:
            label = "LOC"  # "the Silala river", "the Kura river basin": a natural feature
        if label in ("PRODUCT", "ORG", "WORK_OF_ART", "PERSON", "LAW") and not is_state:
            nxt = span.doc[span.end] if span.end < len(span.doc) else None
            if nxt is not None and nxt.lower_ in REGION_WORDS and g.city(text) is not None:
                label = "GPE"
            elif nxt is not None and nxt.text in _REGION_NOUNS_LOWER and len(span) <= 2 \
                    and not (label == "PERSON" and first_name_gender(span[0].text) is not None):
                label = "GPE"  # "the Ashanti region", "the Poonch and Kupwara districts"
            elif g.city(text) is not None and (at_dateline(span) or _agency_dateline(span)):
                label = "GPE"  # "GDANSK, May 3 (Wire) -" read as an organisation
            elif len(span) <= 3 and not (g.organisation(text) or g.institution(text)) \
                    and (_agency_dateline(span) or _dated_dateline(span)):
                label = "GPE"  # "VALDERA, March 3 (Wire) -": a dateline names a place, known or not
            elif label != "PERSON" and g.city(text) is not None and _conjoined_with_place(span):
                label = "GPE"  # "at Paris-Orly, Nice and Marseille airports"
            elif _named_settlement(span):
                label = "GPE"  # "the town of Ad Damar", "the village of Kafr Nabl"
        out.append(span if label == span.label_ else Span(span.doc, span.start, span.end, label=label))
    # "shipping group Nordhavn … Nordhavn declined to comment", "Hanseong Semiconductor …
    # Hanseong said", "the districts of Jajarkot … flew to Jajarkot": a single word named as
    # an organisation (or a company's short name) or as a place once is that everywhere.
    # Only a description or a company's full name outweighs another label than PERSON.
    described = {normalise(s.text) for s in spans if len(s) == 1 and s.start > 0
                 and s.doc[s.start - 1].lower_ in ORG_NOUNS}
    described |= {normalise(short.text) for s in out if s.label_ == "ORG" for short in [company_short_name(s)] if short}
    organisations = described | {normalise(s.text) for s in out if s.label_ == "ORG"}
    firms_described = {normalise(s.text) for s in out if s.label_ == "ORG" and s.start > 0
                       and s.doc[s.start - 1].lower_ in ORG_NOUNS}
    # (the words of a described company are no one's surname, whatever NER made of a headline)
    firm_words = {word_key(w) for s in out if normalise(s.text) in firms_described for w in s.text.split()}
    for k, span in enumerate(out):
        if span.label_ == "PERSON" and len(span) > 1 and normalise(span.text) in firms_described:
            out[k] = Span(span.doc, span.start, span.end, label="ORG")  # "EU fines Meridian Pharma" after "drugmaker Meridian Pharma"
    legal_forms = {normalise(s.text) for s in out if s.label_ == "ORG" and s.start > 0
                   and s.doc[s.start - 1].text in LEGAL_FORM_PREFIXES}
    # ("PT Harita Nickel … Harita said": the first word of such a name is its short form)
    legal_firsts = {normalise(s[0].text) for s in out if s.label_ == "ORG" and len(s) >= 2 and s.start > 0
                    and s.doc[s.start - 1].text in LEGAL_FORM_PREFIXES} \
        | {normalise(s[1].text) for s in out if s.label_ == "ORG" and len(s) >= 3 and s[0].text in LEGAL_FORM_PREFIXES}
    # Only a place is a town ("the town of Dembi") or neighbours a state ("neighbouring Teraland"):
    # that name stays a place in every sentence, unless a title or honorific precedes it.
    for k, span in enumerate(out):
        if len(span) == 1 and span.label_ in ("PERSON", "ORG") and span.start > 0 and word_key(span.text) not in people \
                and span.doc[span.start - 1].lower_ in _NEIGHBOURING and span[0].is_title \
                and first_name_gender(span.text) is None and not known_name(span.text):
            out[k] = Span(span.doc, span.start, span.end, label="GPE")
    settled = {normalise(s.text) for s in out if len(s) == 1 and (
        s.label_ in ("GPE", "LOC") and _named_settlement(s)
        or s.label_ == "GPE" and s.start > 0 and s.doc[s.start - 1].lower_ in _NEIGHBOURING)}
    places = {normalise(s.text) for s in out if s.label_ in ("GPE", "LOC")}
    relabelled_people, given_names = _surname_keys([s for s in out if s.label_ == "PERSON"])
    for k, span in enumerate(out):
        # (A place name is a surname too when NER read it as a person: "Duarte said" after
        # "Camila Duarte Pineda", which NER took for an organisation, is no Dominican province;
        # nor is "Alvarado, who took over" once "Ruben Alvarado" is a person, unless it is a place's slot.)
        if len(span) == 1 and span.label_ != "PERSON" and not _is_state_word(span.text) \
                and (not known_name(span.text) or spans[k].label_ == "PERSON"
                     and not (g.organisation(span.text) or g.institution(span.text))
                     or spans[k].label_ in ("GPE", "ORG") and not is_locative(span)
                     and not (g.capital(span.text) or g.country(span.text)
                              or g.organisation(span.text) or g.institution(span.text))) \
                and (word_key(span.text) in relabelled_people and word_key(span.text) not in people
                     or span.label_ == "ORG" and span[0].is_title and word_key(span.text) in given_names):
            # "led by Tissa Bandara (ORG → PERSON) … Bandara conceded"; "President Prabowo
            # Subianto … Prabowo said": a name known by its first word
            out[k] = Span(span.doc, span.start, span.end, label="PERSON")
            continue
        if span.label_ == "PERSON" and (normalise(span.text) in legal_forms or len(span) == 1 and normalise(span.text) in legal_firsts):
            out[k] = Span(span.doc, span.start, span.end, label="ORG")  # "PT Sulawesi Nikel … Sulawesi Nikel's"
            continue
        if len(span) != 1 or word_key(span.text) in people and word_key(span.text) not in firm_words:
            continue
        key = normalise(span.text)
        # (a company's short name may be a town's: "Meridian's plant" in a Swiss story is no
        # Mississippi town, whose state the story never names)
        if (span.label_ == "PERSON" and key in organisations or span.label_ in ("GPE", "NORP") and key in described
                and (g.city(span.text) is None or g.city(span.text).country not in states)) and not _is_state_word(span.text):
            out[k] = Span(span.doc, span.start, span.end, label="ORG")
        elif span.label_ == "ORG" and key in places and key not in described and not known_name(span.text):
            out[k] = Span(span.doc, span.start, span.end, label="GPE")  # "the strikes on Hodeidah" after "the port of Hodeidah"
        elif span.label_ == "PERSON" and key in places and (is_locative(span) or span.root.dep_ == "compound"
                                                             or key in settled and not _titled(span)):
            out[k] = Span(span.doc, span.start, span.end, label="GPE")  # "flew to Jajarkot", not "Mr. Obama"
        elif span.label_ == "NORP" and key in settled and not g.demonym(span.text) and not _names_a_people(span.text):
            out[k] = Span(span.doc, span.start, span.end, label="GPE")  # "Korvani lies …" after "the town of Korvani"
    return out


# Nouns a name modifies as the name of a place ("Ben Gurion airport", "Tahrir square").
# Capitalised words that name a weather system with the name after them.
_STORM_WORDS = {"Hurricane", "Typhoon", "Cyclone", "Storm", "Superstorm", "Supertyphoon"}
_FACILITY_NOUNS = {"airport", "port", "bridge", "square", "street", "avenue", "hospital", "stadium", "station",
                   "dam", "prison", "camp", "crossing", "airbase", "palace"}

# Titles that only a company has ("Ryanair chief executive Michael O'Leary").
_COMPANY_TITLE_WORDS = {"ceo", "chairman", "chairwoman", "boss", "founder", "shareholders", "executives",
                        "chief"}


@lru_cache(maxsize=1)
def _weapon_words() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in table("event_weapons.tsv") if row and " " not in row[0])


def _names_a_people(word: str) -> bool:
    peoples = word_set("peoples.txt")
    low = word.casefold()
    return low in peoples or low.endswith("s") and low[:-1] in peoples


def _names_an_armed_group(word: str) -> bool:
    org = gazetteer().organisation(word)
    return org is not None and org.sector == "REB"


def _named_as_an_organisation(span: Span) -> bool:
    """A name the sentence treats as an organisation: "Medivita Kliniken, which runs 41
    hospitals" (a person takes "who"), "Ryanair chief executive Michael O'Leary"."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end:span.end + 2]]
    if after == [",", "which"]:
        return True
    return bool(after) and after[0] in _COMPANY_TITLE_WORDS and span.root.dep_ in ("compound", "nmod", "amod")


def _conjoined_with_place(span: Span) -> bool:
    """"Khan Younis and Rafah": a conjunct of the name is a place."""
    root = span.root
    others = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    g = gazetteer()
    return any((o.ent_type_ in ("GPE", "LOC") or g.city(o.text) or g.country(o.text))
               and not (span.start <= o.i < span.end) for o in others)


def _titled_anywhere(span: Span) -> bool:
    """The word follows a title or an honorific somewhere in the text ("Governor Bush")."""
    doc = span.doc
    return any(t.text == span.text and t.i > 0 and (doc[t.i - 1].lower_ in title_head_words()
                                                    or doc[t.i - 1].lemma_.lower() in title_head_words()
                                                    or is_honorific(doc[t.i - 1].text)) for t in doc)


def _conjoined_with_a_known_place(span: Span) -> bool:
    """"Paris and Lyon": a conjunct tagged as a place or naming a state or a capital (a town's
    name alone is not enough: "President Obama and Clinton")."""
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    before = span.doc[first.left_edge.i - 1] if first.left_edge.i > 0 else None
    if before is not None and (before.lemma_.lower() in title_head_words() or before.lower_ in title_head_words()
                               or is_honorific(before.text)):
        return False  # "the policies of Presidents Obama and Bush": people under one title
    chain = [t for t in first.subtree if t.i == first.i or t.dep_ == "conj"]
    if any(t.ent_type_ == "PERSON" and not (span.start <= t.i < span.end) for t in chain):
        return False  # "Trump, Cruz, Kasich, Bush, and Rubio": a list of people
    others = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    g = gazetteer()
    return any((o.ent_type_ in ("GPE", "LOC") or g.country(o.text) or g.capital(o.text))
               and not (span.start <= o.i < span.end) for o in others)


# Last words of company names that the news drops after the first mention ("Hanseong
# Semiconductor" … "Hanseong").
COMPANY_SUFFIXES = {"semiconductor", "semiconductors", "electronics", "group", "holdings", "industries",
                    "technologies", "motors", "airlines", "airways", "pharmaceuticals", "corp", "corporation",
                    "inc", "ltd", "plc", "energy", "steel", "shipping", "logistics", "telecom", "petroleum",
                    "chemicals", "aerospace", "mining", "systems", "labs", "pharma", "biotech", "therapeutics",
                    "resources", "minerals", "metals", "oil", "foods", "media", "capital", "partners", "insurance",
                    # legal forms written after the name ("Siemens AG", "Volvo AB", "Nokia Oyj")
                    "ag", "se", "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "oyj", "llc", "kgaa", "srl", "bhd", "tbk"}


def company_short_name(span: Span) -> Span | None:
    """"Hanseong Semiconductor" → "Hanseong"; None for other names."""
    if len(span) < 2 or span[-1].lower_.rstrip(".") not in COMPANY_SUFFIXES or not span[0].is_title:
        return None
    end = span.end - 1
    while end > span.start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start:end] if end > span.start else None


def _is_state_word(text: str) -> bool:
    g = gazetteer()
    return bool(g.country(text) or g.capital(text) or g.seat(text) or g.demonym(text))


_SETTLEMENT_NOUNS = {"town", "city", "village", "hamlet", "settlement", "municipality", "port", "district",
                     "province", "region", "county", "governorate", "oblast"}


# Verbs after which "in" introduces a person ("believed in Mandela").
_IN_SOMEONE_VERBS = {"believe", "trust", "invest", "confide", "interest", "succeed", "result", "join", "engage",
                     "participate", "see", "find", "meet"}


def _where_something_happened(span: Span) -> bool:
    """"Two people were wounded in Kiryat Shmona": "in" on an event verb, a name after it."""
    prep = span.root.head
    verb = prep.head
    return span.root.dep_ == "pobj" and prep.lower_ == "in" and verb.pos_ == "VERB" \
        and verb.lemma_.casefold() not in _IN_SOMEONE_VERBS and not any(_possessive_mark(t) for t in span.doc[span.end:span.end + 1])


_NEIGHBOURING = {"neighbouring", "neighboring"}
_KIN_NOUNS = {"daughter", "son", "wife", "husband", "brother", "sister", "mother", "father", "widow", "widower",
              "niece", "nephew", "cousin", "granddaughter", "grandson", "grandmother", "grandfather", "uncle", "aunt"}


_FEMALE_KIN = {"daughter", "wife", "sister", "mother", "widow", "niece", "granddaughter", "grandmother", "aunt"}
_MALE_KIN = {"son", "husband", "brother", "father", "widower", "nephew", "grandson", "grandfather", "uncle"}


def kin_gender(span: Span) -> str | None:
    """The gender a relative noun gives the name in apposition to it ("his wife, Victoria")."""
    if not _kin_apposition(span):
        return None
    noun = span.root.head.lemma_.casefold()
    return "f" if noun in _FEMALE_KIN else "m" if noun in _MALE_KIN else None


# Participles that only a company is ("state-owned", "publicly traded", "Nasdaq-listed"); "-run",
# "-held" and "-controlled" also say who rules a town ("rebel-held Idlib"), so only "state-run".
_COMPANY_PARTICIPLES = {"owned", "traded", "listed"}


def _held_like_a_company(span: Span) -> bool:
    """"state-owned Codelco", "privately held Zorvex": a name its owner or market describes is
    a company, whatever the model called it."""
    doc = span.doc
    for c in span.root.children:
        if c.dep_ != "amod" or c.i >= span.start:
            continue
        low = c.lower_
        before = doc[c.i - 2].lower_ if c.i >= 2 and doc[c.i - 1].text == "-" else doc[c.i - 1].lower_ if c.i else ""
        if low in _COMPANY_PARTICIPLES or low == "run" and before == "state" \
                or low == "held" and before in ("privately", "closely", "family"):
            return True
    return False


def _named_in_apposition_to_someone(span: Span) -> int | None:
    """"Mulenga's lawyer, Chanda Phiri, said": one or two capitalised words (and the given name
    the model left out) in apposition to a noun for a person, between commas; the model reads
    an unfamiliar surname as an organisation. Where the name starts, or None (a known place
    or body stays what it is)."""
    root, doc = span.root, span.doc
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start or len(span) > 2 or not all(t.is_title and t.is_alpha for t in span) \
            or known_name(span.text) or any(t.lower_ in ORG_WORDS for t in span):
        return None
    start = span.start
    while start > head.i + 1 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title and doc[start - 1].head.i == root.i:
        start -= 1
    after = doc[span.end] if span.end < len(doc) else None
    noun = head.lemma_.casefold()
    named = doc[start - 1].text == "," and start - 1 == head.i + 1 and head.is_lower \
        and (noun in _PERSON_NOUNS or noun in _KIN_NOUNS or noun in title_head_words()) \
        and (after is None or after.text in (",", ".", ";") or after.dep_ == "punct")
    return start if named else None


def _kin_apposition(span: Span) -> bool:
    """"Marchenko's daughter, Sofia, said": a name in apposition to a relative noun, commas around it."""
    root = span.root
    doc = span.doc
    return root.dep_ == "appos" and root.head.lemma_.casefold() in _KIN_NOUNS and root.head.i < span.start \
        and doc[span.start - 1].text == "," and all(t.is_title for t in span)


def _titled(span: Span) -> bool:
    """A title or honorific right before a name ("Mr Dembi", "Governor Dembi")."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and (is_honorific(prev.text) or prev.lower_ in title_head_words())


def _named_settlement(span: Span) -> bool:
    """The name a place noun introduces with "of": "the northern town of Ad Damar", also
    the names conjoined to it ("the villages of Khiam and Aita al-Shaab")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i < prep.i \
        and prep.head.lemma_.casefold() in _SETTLEMENT_NOUNS


# Common nouns that introduce an organisation's name in apposition ("the charity Floodline").
ORG_NOUNS = {"charity", "group", "company", "firm", "agency", "newspaper", "network", "broadcaster", "bank",
              "party", "movement", "organisation", "organization", "outlet", "website", "app", "platform",
              "airline", "brand", "startup", "think-tank", "coalition", "alliance", "union", "militia", "faction",
              "chipmaker", "carmaker", "automaker", "drugmaker", "maker", "retailer", "insurer", "lender",
              "manufacturer", "producer", "conglomerate", "miner", "refiner", "regulator", "operator", "supplier",
              "developer", "exchange", "consultancy", "publisher", "giant"}
# Nouns that describe an organisation and never a place ("coal producer West Virginia" is a
# place, "news agency Xinhua" is not).
_FIRM_NOUNS = {"agency", "broadcaster", "newspaper", "network", "company", "firm", "bank", "airline", "channel",
               "outlet", "website", "startup", "charity", "chipmaker", "carmaker", "automaker", "drugmaker",
               "retailer", "insurer", "lender", "conglomerate", "publisher", "consultancy", "militia"}
# Legal forms written before a company's name (Indonesian "PT", Russian "PJSC", "OAO", …).
LEGAL_FORM_PREFIXES = {"PT", "PJSC", "JSC", "OJSC", "PAO", "OAO", "ZAO"}
ORG_WORDS = {"ministry", "department", "bank", "party", "group", "council", "committee", "agency", "office",
              "university", "institute", "company", "corporation", "corp", "inc", "ltd", "fund", "foundation",
              "association", "union", "court", "army", "force", "forces", "service", "news", "times", "post",
              "observer", "journal", "herald", "tribune", "gazette", "media", "network", "partners", "holdings",
              "systems", "airlines", "airways", "motors", "energy", "oil", "gas", "capital", "trust", "fargo",
              "street", "square", "avenue", "center", "centre", "hall", "house", "school", "college", "club",
              "semiconductor", "semiconductors", "electronics", "technologies", "technology", "pharmaceuticals",
              "industries", "steel", "telecom", "petroleum", "logistics", "shipping", "chemicals", "aerospace",
              "mining", "group", "solutions", "labs", "ventures", "insurance", "securities"}


def _surname_ending(word: str) -> bool:
    endings = word_set("surname_endings.txt")
    return len(word) > 4 and any(word.endswith(e) for e in endings if len(e) >= 3 or len(word) > 5 and len(e) == 2)


def _looks_like_a_person(span: Span, facts: DocFacts) -> bool:
    """A name the model took for an organisation: two or three capitalised words starting
    with a known given name ("Edgars Rinkevics", "Kaja Tamm"), or right after a person's title."""
    # A hyphen inside a word joins its halves ("Kassym-Jomart Tokayev" is two words).
    if any(t.text == "-" and (t.whitespace_ or t.i == span.start or span.doc[t.i - 1].whitespace_) for t in span):
        return False
    words = [t for t in span if t.text != "-"]
    # (the lower-case half of a hyphenated given name counts: "Park Cheol-hee")
    if not 2 <= len(words) <= 4 or not all(t.is_title and t.is_alpha or t.is_lower and t.is_alpha and t.i > span.start
                                           and span.doc[t.i - 1].text == "-" for t in words) \
            or len(words) - (len(span) - len(words)) > 3:
        return False
    if any(t.lower_ in ORG_WORDS for t in words) or gazetteer().organisation(span.text) is not None \
            or _acronym_follows(span):
        return False  # ("the Christian Democratic Appeal (CDA)": people get no bracketed acronyms)
    if first_name_gender(words[0].text) is not None or _surname_ending(words[-1].lower_):
        return True
    if _age_follows(span) or _leads_a_party(span) or _named_in_a_post(span) or _appointed_to_a_post(span):
        return True
    prev = span.doc[span.start - 1] if span.start > 0 else None
    # (a lower-case title too: "presidential spokesman Bayo Onanuga said")
    return prev is not None and prev.lower_ in title_head_words() and (
        prev.i in facts.title_tokens
        or prev.is_lower and prev.lower_ not in ORG_NOUNS and any(m.start <= prev.i and m.end == prev.i + 1
                                                                  and m.title[:1].islower() for m in facts.titles))
    # (a function written in lower case, not an office or rank: "a major General Assembly vote"
    # is no Major named General Assembly)


# Verbs whose "from" names the one who held a post before ("took over from X", "inherits the
# job from X").
_SUCCESSION_FROM = {"take", "inherit"}


def _named_in_a_post(span: Span) -> bool:
    """"The company's chief executive, Ruben Alvarado, will …" (a name in apposition to a
    person's title) or "took over from Octavio Araneda": a post passes between people."""
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.i < span.start and head.dep_ == "pobj" and head.head.head.i < head.i \
            and head.ent_type_ in ("GPE", "LOC"):
        head = head.head.head  # "special representative for Central Asia, X": the parse hung X on the place
    if root.dep_ == "appos" and head.i < span.start and head.lower_ in title_head_words():
        return True
    return root.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_ in _SUCCESSION_FROM \
        and any(c.dep_ == "prt" and c.lower_ == "over" for c in head.head.children)


# Verbs that give a person a post ("appointed X foreign minister", "named X as finance secretary").
_APPOINTING = {"appoint", "name", "nominate", "promote", "designate", "tap", "choose", "pick", "reappoint"}


def _appointed_to_a_post(span: Span) -> bool:
    """"appointed Sihasak Phuangketkeow foreign minister and Ekniti Nitithanprapas finance
    minister", "appointed central bank governor Eli Remolona as finance secretary": only a person
    is given a post, whether the parser hangs the name on the post or makes it the object."""
    tok = span.root
    while tok.dep_ in ("nmod", "compound") and tok.head.i > tok.i:
        tok = tok.head
    post = tok
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "… foreign minister and B finance minister": the second post
    verb = tok.head
    if tok.dep_ not in ("dobj", "oprd") or verb.pos_ != "VERB" or verb.lemma_ not in _APPOINTING:
        return False
    if post.i >= span.end:
        return post.lower_ in title_head_words()  # the name hung on the post it is given
    after = span.doc[span.end:span.end + 5]
    return len(after) > 1 and after[0].lower_ == "as" and any(t.lower_ in title_head_words() for t in after[1:])


def _age_follows(span: Span) -> bool:
    """"Pham Doan Trang, 45, was arrested": an age in apposition."""
    after = span.doc[span.end:span.end + 3]
    return len(after) == 3 and after[0].text == "," and after[1].text.isdigit() and 10 <= int(after[1].text) <= 110 \
        and after[2].text in (",", ".")


# What a person leads ("the main opposition party, led by X"); a company or consortium may be
# led by another company.
_LED_GROUPS = {"party", "alliance", "coalition", "movement", "opposition", "government", "delegation", "bloc",
               "faction", "cabinet", "junta", "campaign"}


def _leads_a_party(span: Span) -> bool:
    by = span.root.head
    verb = by.head
    return span.root.dep_ == "pobj" and by.lower_ == "by" and verb.lemma_ in ("lead", "head", "chair") \
        and verb.dep_ in ("acl", "relcl") and verb.head.lemma_ in _LED_GROUPS


# Demonyms that are also ordinary words, which a capital at the start of a sentence hides.
_COMMON_WORD_DEMONYMS = {"polish", "lao", "french", "dutch", "swiss", "turkish", "china"}


def _opens_with_nationality(tok, key: str) -> bool:
    """"Malian troops recaptured…", "Somali pirates hijacked…": a sentence may open with a
    nationality adjective on its subject; only demonyms that are also common words are doubtful."""
    return key not in _COMMON_WORD_DEMONYMS and tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i


def _lone_capitals(doc, i: int) -> bool:
    """"WHO Director-General …": an upper-case acronym the tagger read as a pronoun or verb,
    among words that are not upper case themselves (not a headline in capitals)."""
    tok = doc[i]
    if not (tok.text.isupper() and tok.is_alpha and len(tok.text) >= 3):
        return False
    near = [doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc) and doc[k].is_alpha]
    return bool(near) and not any(t.text.isupper() for t in near)


def gazetteer_spans(doc, covered: set[int]) -> list[Span]:
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
        after_name = bool(out) and out[-1].end == i and out[-1].label_ == "ORG" or i > 0 and doc[i - 1].ent_type_ == "ORG"
        # (An upper-case acronym the tagger read as a common noun, "ISWAP militants", still counts.)
        if found is None and (tok.pos_ in ("PROPN", "ADJ", "NOUN") and (
                tok.pos_ == "PROPN" or tok.tag_ in ("JJ", "NNP", "NNPS") or tok.text.isupper() and len(tok.text) >= 3
                # (and one of mixed case, "AfD co-leader X", "PiS lawmakers")
                or 3 <= len(tok.text) <= 5 and tok.text[0].isupper() and tok.text[-1].isupper() and tok.is_alpha)
                or _lone_capitals(doc, i)):
            if after_name and tok.lower_ in ("commission", "council", "parliament", "assembly", "committee"):
                pass  # "ECOWAS Commission": another body's commission, not the European one
            elif g.seat(key) or g.organisation(tok.text) and len(key) > 2 or g.institution(key):
                found = (i + 1, "ORG")
            elif (g.country(key) or g.capital(key)) and tok.pos_ == "PROPN":
                found = (i + 1, "GPE")
            elif g.demonym(key) and tok.is_title and (not tok.is_sent_start or _opens_with_nationality(tok, key)):
                found = (i + 1, "NORP")
        if found is not None:
            out.append(Span(doc, i, found[0], label=found[1]))
            i = found[0]
            continue
        i += 1
    return out


def document_facts(parsed: Parsed) -> DocFacts:
    doc = parsed.doc
    titles = title_matches(doc)
    title_tokens = frozenset(i for m in titles for i in range(m.start, m.end) if doc[i].text[:1].isupper() or doc[i].is_punct or doc[i].lower_ in ("of", "the", "for"))
    lower_words = frozenset(t.text for t in doc if t.is_lower and t.is_alpha and not t.is_sent_start)
    headlines = _headline_tokens(parsed)
    body_words = frozenset(t.lower_ for t in doc if t.i not in headlines and t.is_alpha)
    return DocFacts(parsed, lower_words, title_tokens, titles, headlines, body_words)


def known_name(text: str) -> bool:
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


def _named_region(text: str) -> bool:
    """A region called exactly ``text`` ("Punjab"; not "Latina" for "Latin")."""
    region = find_region(text)
    return region is not None and normalise(region.name) == normalise(text)


def _region_with_its_kind(text: str) -> bool:
    """"Kano State", "Sofala Province": a region called so and its kind, capitalised."""
    words = text.split()
    return len(words) >= 2 and words[-1] in ("State", "Province", "Region", "Governorate", "Oblast") \
        and _named_region(" ".join(words[:-1]))


def _region_by_name(text: str) -> bool:
    """A region the word names; an acronym must spell the region's name, not merely match
    its code ("Movement for Socialism (MAS)" is no Masaya, NI-MS)."""
    region = find_region(text)
    return region is not None and (not text.isupper() or normalise(region.name) == normalise(text))


def is_locative(span: Span) -> bool:
    """"talks in Moscow" is a place; "Moscow wants" and "pressure on Moscow" are the state.
    A dateline ("TBILISI —") is a place too."""
    doc = span.doc
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS:
        prep = head.head
        if prep.lower_ not in _DIRECTIONAL_PREPOSITIONS:
            return True
        # "flew to Kyiv", "a trip to Moscow" are places; "speak to Kyiv", "weapons to Kyiv",
        # "a message from Moscow" are the state.
        governor = prep.head
        ends = ("from", "to")
        if prep.lower_ in ends and not _is_state_word(span.text) and (governor.lower_ in ends or any(
                c.dep_ == "prep" and c.lower_ in ends and c.i != prep.i for c in (*governor.children, *prep.children))):
            return True  # "trucks from Djibo to Kaya": a route's ends are places ("from Moscow to Kyiv" may be states)
        return governor.lemma_.casefold() in _MOTION_WORDS
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _WHERE_OF_WORDS:
        return True  # "west of Tripoli", "the outskirts of Kyiv"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.casefold() in _SETTLEMENT_NOUNS:
        return True  # "the besieged city of El Fasher", "the town of Bakhmut"
    if head.dep_ == "dobj" and head.head.lemma_.casefold() in _VISIT_VERBS:
        return True  # "Lehtinen visits Ankara"
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in _VISIT_VERB_FORMS:
        return True  # headlines, where the parse is unreliable: "Lehtinen Visits Ankara"
    return at_dateline(span)


def _dated_dateline(span: Span) -> bool:
    """"VALDERA, March 3 -": an upper-case name opening a line, a comma and a month."""
    doc = span.doc
    return at_dateline(span) and span.end + 1 < len(doc) and doc[span.end].text == "," \
        and bool(_MONTH.match(doc[span.end + 1].text))


def at_dateline(span: Span) -> bool:
    """"TBILISI —", "GDANSK, May 3 (Wire) -": an upper-case name opening a line."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
    return bool(at_line_start and span.text.isupper() and nxt is not None and nxt.text in ("-", "—", "–", ","))


def names_a_thing(tok: Token) -> bool:
    """A capitalised word that names a body, a building or a state, never part of a personal
    name ("Prime Minister Office Building")."""
    low = tok.lower_
    g = gazetteer()
    return low in ORG_WORDS or low in ORG_NOUNS or low in _FACILITY_NOUNS or low in _NOT_SURNAMES \
        or low in _INSTITUTION_NOUNS or low in _ASSOCIATION_NOUNS or low in title_head_words() \
        or bool(g.state(tok.text) or g.organisation(tok.text) or g.institution(tok.text))
