"""The article view: a record's facts as highlight marks over its text, and as fact cards.

Each extracted fact becomes marks at its offsets (an entity's mentions; an attribution's
source, cue and content; an event's trigger; dates and amounts) and one card with its fields.
The page shows the marks; selecting one brings up the cards of every fact under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.export.network import RELATIONS
from newsgraph.record import Record
from newsgraph.web.highlight import Mark, Paragraph, paragraphs

_CLASS_SAFE = re.compile(r"[^A-Za-z0-9_-]")

# The legend: each layer's name as readers know it, in the order the page explains them.
LAYERS = (
    ("entity", "Entity", "a person, state or organisation (one colour per kind)"),
    ("source", "Source", "who is reported to speak or think"),
    ("cue", "Cue", "the reporting words: said, warned, according to"),
    ("content", "Content", "what was said or thought"),
    ("event", "Event", "a PLOVER event's trigger; dashed when planned, dotted when hypothetical, struck through when negated"),
    ("date", "Date", "a date, resolved against the publication date"),
    ("amount", "Amount", "a number with its unit"),
)


def css_token(value: str | None) -> str:
    """A class-name fragment from a record value (types and statuses are vocabularies, but a
    record read from a file may hold anything)."""
    return _CLASS_SAFE.sub("_", value or "none")[:40]


def number(value: float | int) -> str:
    """1200000 → "1,200,000"; 2.5 → "2.5"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def _clip(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass
class ArticleView:
    record: Record
    names: dict[str, str]
    actor_of: dict[str, int]
    paragraphs: list[Paragraph]
    counts: dict[str, int]
    relations: dict[str, str] = field(default_factory=lambda: dict(RELATIONS))

    def name(self, entity_id: str | None) -> str:
        return self.names.get(entity_id or "", entity_id or "")


def record_marks(record: Record) -> list[Mark]:
    marks: list[Mark] = []
    for ent in record.entities:
        label = f"{ent.type}: {ent.name}"
        for m in ent.mentions:
            marks.append(Mark(m.start, m.end, "entity", ent.id, (f"t-{css_token(ent.type)}",), label))
    names = {e.id: e.name for e in record.entities}
    for att in record.attributions:
        who = names.get(att.speaker or "") or (att.source.text if att.source else "unknown source")
        kind = (f"k-{css_token(att.kind)}",)
        if att.source is not None:
            marks.append(Mark(att.source.start, att.source.end, "source", att.id, kind, f"source of a quote: {_clip(who, 40)}"))
        if att.cue is not None:
            marks.append(Mark(att.cue.start, att.cue.end, "cue", att.id, kind, f"cue: {_clip(att.cue.text, 40)}"))
        for part in att.content:
            marks.append(Mark(part.start, part.end, "content", att.id, kind, f"{att.kind} quote of {_clip(who, 40)}"))
    for ev in record.events:
        marks.append(Mark(ev.trigger.start, ev.trigger.end, "event", ev.id, (f"s-{css_token(ev.status)}",),
                          f"{ev.type} ({ev.status})"))
    for i, d in enumerate(record.dates, 1):
        marks.append(Mark(d.start, d.end, "date", f"date-{i}", (), f"date: {d.value or 'unresolved'}"))
    for i, a in enumerate(record.amounts, 1):
        marks.append(Mark(a.start, a.end, "amount", f"amount-{i}", (), f"amount: {number(a.value)} {a.unit or ''}".strip()))
    return marks


def article_view(record: Record, actor_of: dict[str, int]) -> ArticleView:
    text = record.article.text
    counts = {
        "entity": len(record.entities), "source": sum(1 for a in record.attributions if a.source),
        "cue": sum(1 for a in record.attributions if a.cue), "content": len(record.attributions),
        "event": len(record.events), "date": len(record.dates), "amount": len(record.amounts),
    }
    return ArticleView(record=record, names={e.id: e.name for e in record.entities}, actor_of=actor_of,
                       paragraphs=paragraphs(text, record_marks(record)), counts=counts)
