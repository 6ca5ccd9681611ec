"""CSV tables of entities, attributions and events, one row per item of each record.

Every row starts with the article id and the item's id within its record, so rows join back
to the record (and to each other: an event's actors are entity ids of the same article).
Lists are joined with "; ". Offsets are those of the record (into ``article.text``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from newsgraph.record import Record

ENTITY_COLUMNS = ["article_id", "entity_id", "name", "type", "country", "sector", "roles", "mentions",
                  "first_start", "first_end"]
ATTRIBUTION_COLUMNS = ["article_id", "attribution_id", "kind", "speaker_id", "speaker", "source_text", "source_start",
                       "source_end", "cue", "cue_start", "cue_end", "content", "content_start", "content_end",
                       "confidence", "published"]
EVENT_COLUMNS = ["article_id", "event_id", "type", "mode", "contexts", "status", "actor_ids", "actors",
                 "recipient_ids", "recipients", "trigger", "trigger_start", "trigger_end", "sentence_start",
                 "sentence_end", "date_text", "date", "date_resolution", "location", "location_country",
                 "location_kind", "quantities", "score", "published"]


def _join(values: Iterable) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def entity_rows(record: Record) -> Iterable[list]:
    aid = record.article.id
    for e in record.entities:
        roles = _join(r.title + (f" ({r.of})" if r.of else "") for r in e.roles)
        first = min(e.mentions, key=lambda m: m.start) if e.mentions else None
        yield [aid, e.id, e.name, e.type, e.country, e.sector, roles, len(e.mentions),
               first.start if first else None, first.end if first else None]


def attribution_rows(record: Record) -> Iterable[list]:
    aid = record.article.id
    names = {e.id: e.name for e in record.entities}
    for a in record.attributions:
        content = " … ".join(c.text for c in a.content)
        yield [aid, a.id, a.kind, a.speaker, names.get(a.speaker or ""),
               a.source.text if a.source else None, a.source.start if a.source else None,
               a.source.end if a.source else None, a.cue.text if a.cue else None,
               a.cue.start if a.cue else None, a.cue.end if a.cue else None, content,
               a.content[0].start if a.content else None, a.content[-1].end if a.content else None,
               a.confidence, record.article.published]


def event_rows(record: Record) -> Iterable[list]:
    aid = record.article.id
    names = {e.id: e.name for e in record.entities}
    for v in record.events:
        quantities = _join(f"{q.value} {q.unit or ''}".strip() for q in v.quantities)
        yield [aid, v.id, v.type, v.mode, _join(v.contexts), v.status, _join(v.actors),
               _join(names.get(i, i) for i in v.actors), _join(v.recipients),
               _join(names.get(i, i) for i in v.recipients), v.trigger.text, v.trigger.start, v.trigger.end,
               v.sentence.start, v.sentence.end, v.date.text if v.date else None, v.date.value if v.date else None,
               v.date.resolution if v.date else None, v.location.name if v.location else None,
               v.location.country if v.location else None, v.location.kind if v.location else None,
               quantities, v.score, record.article.published]


TABLES = {
    "entities": (ENTITY_COLUMNS, entity_rows),
    "attributions": (ATTRIBUTION_COLUMNS, attribution_rows),
    "events": (EVENT_COLUMNS, event_rows),
}


def write_csv_tables(records: Iterable[Record], directory: Path) -> dict[str, int]:
    """entities.csv, attributions.csv and events.csv in ``directory``; rows written per table."""
    directory.mkdir(parents=True, exist_ok=True)
    files = {name: open(directory / f"{name}.csv", "w", newline="", encoding="utf-8") for name in TABLES}
    counts = {name: 0 for name in TABLES}
    try:
        writers = {name: csv.writer(f) for name, f in files.items()}
        for name, (columns, _) in TABLES.items():
            writers[name].writerow(columns)
        for record in records:
            for name, (_, rows) in TABLES.items():
                for row in rows(record):
                    writers[name].writerow(["" if v is None else v for v in row])
                    counts[name] += 1
    finally:
        for f in files.values():
            f.close()
    return counts
