"""Scoring event coding against the PLOVER gold-standard format (``plover_gsr/dev.json``).

Each gold record is one sentence with one event (``event``), its actors (``source``) and
recipients (``target``), each a list of ``{"actorText", "code", "sector"}``. The scoring,
also written out in docs/quality.md:

- Every gold sentence goes through the whole pipeline as a document of its own (all in one
  batch). Legacy CAMEO-era labels are mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
  FIGHT→ASSAULT, INVESTIGATE→ACCUSE. DOCUMENT records and records without text are skipped.
- The coded event of a sentence is the first event newsgraph lists for it (events are listed
  main clause first) whose PLOVER category is defined; its category is
  ``plover_category(event)`` (planned cooperation → AGREE, announced retreat → CONCEDE,
  announced or conditional force → THREATEN, refused cooperation → REJECT). No event: the
  sentence counts as wrong for the type and all its actors and recipients are missed.
- Type accuracy: sentences whose coded category equals the gold category, over all scored
  sentences.
- Actor recall: gold actors found among the coded event's actors, over all gold actors.
  A gold actor is found by an entity when (a) the entity has a mention overlapping the
  gold ``actorText`` in the sentence, or (b) the gold code is a country code (ISO3) and equals
  the entity's ``country`` (so "Serbian parliament", SRB, is found by the entity Serbia).
  Sector codes are not compared.
- Recipient recall: the same for gold recipients against the coded event's recipients. When
  the coded event is reciprocal — no recipients and two or more actors, as the PLOVER manual
  codes meetings and two-sided fighting — its actors count as recipients too.
- Confusions: (gold, coded) pairs that differ, most frequent first ("none" when no event).

Sentences are split into a tuning half and a check half by a hash of their id, so that a
lexicon tuned on one half can be checked on the other.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.extract.events import plover_category
from newsgraph.ingest.document import InputDocument
from newsgraph.record import Event, Record

LEGACY = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
_NON_COUNTRY = {"IGO", "NGO", "UNO", "EUR", "ISM", "IMG", "MNC", "***"}


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str | None


@dataclass
class GoldSentence:
    id: str
    text: str
    type: str
    actors: list[GoldActor]
    recipients: list[GoldActor]

    @property
    def split(self) -> str:
        return split_of(self.id)


def split_of(item_id: str) -> str:
    """"tune" or "check", stable across runs and machines."""
    return "tune" if hashlib.sha256(item_id.encode()).digest()[0] % 2 == 0 else "check"


def _actors(raw) -> list[GoldActor]:
    if not isinstance(raw, list):
        return []  # the file has a few malformed targets ("", "diplomatic")
    out = []
    for item in raw:
        if isinstance(item, dict) and (item.get("actorText") or item.get("code")):
            code = (item.get("code") or "").strip().upper() or None
            out.append(GoldActor(str(item.get("actorText") or "").strip(), code))
    return out


def load_gold(path: Path) -> list[GoldSentence]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError("expected a JSON list of PLOVER records")
    out = []
    for item in data:
        if not isinstance(item, dict):
            continue
        event = str(item.get("event") or "").strip().upper()
        text = item.get("text")
        if event in ("", "DOCUMENT") or not isinstance(text, str) or not text.strip():
            continue
        out.append(GoldSentence(
            id=str(item.get("id") or len(out)), text=text, type=LEGACY.get(event, event),
            actors=_actors(item.get("source")), recipients=_actors(item.get("target")),
        ))
    return out


def coded_event(record: Record) -> tuple[Event | None, str | None]:
    """The event and category newsgraph gives the sentence."""
    for event in record.events:
        category = plover_category(event)
        if category is not None:
            return event, category
    return None, None


def _gold_span(text: str, actor: GoldActor) -> list[tuple[int, int]]:
    """Where the gold actor text occurs (pieces of "U.S. ... negotiators" separately)."""
    spans = []
    for piece in re.split(r"\s*\.\.\.?\s*", actor.text):
        piece = piece.strip(" '’")
        if len(piece) < 2:
            continue
        for m in re.finditer(re.escape(piece), text, flags=re.I):
            spans.append((m.start(), m.end()))
    return spans


def found(actor: GoldActor, entity_ids: list[str], record: Record) -> bool:
    entities = {e.id: e for e in record.entities}
    spans = _gold_span(record.article.text, actor)
    for eid in entity_ids:
        entity = entities.get(eid)
        if entity is None:
            continue
        if actor.code and actor.code not in _NON_COUNTRY and entity.country == actor.code:
            return True
        for m in entity.mentions:
            if any(m.start < e and s < m.end for s, e in spans):
                return True
    return False


@dataclass
class Score:
    sentences: int = 0
    correct: int = 0
    no_event: int = 0
    actors: int = 0
    actors_found: int = 0
    recipients: int = 0
    recipients_found: int = 0
    confusions: Counter = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.correct / self.sentences if self.sentences else 0.0

    @property
    def actor_recall(self) -> float:
        return self.actors_found / self.actors if self.actors else 0.0

    @property
    def recipient_recall(self) -> float:
        return self.recipients_found / self.recipients if self.recipients else 0.0

    def add(self, gold: GoldSentence, record: Record) -> None:
        event, category = coded_event(record)
        self.sentences += 1
        if category == gold.type:
            self.correct += 1
        else:
            self.confusions[(gold.type, category or "none")] += 1
        if event is None:
            self.no_event += 1
        actor_ids = event.actors if event else []
        recipient_ids = event.recipients if event else []
        if event is not None and not recipient_ids and len(actor_ids) >= 2:
            recipient_ids = actor_ids  # reciprocal: every participant is an actor
        self.actors += len(gold.actors)
        self.actors_found += sum(found(a, actor_ids, record) for a in gold.actors)
        self.recipients += len(gold.recipients)
        self.recipients_found += sum(found(r, recipient_ids, record) for r in gold.recipients)


@dataclass
class Evaluation:
    all: Score
    tune: Score
    check: Score
    details: list[tuple[GoldSentence, Record]]


def evaluate(path: Path, pipeline=None) -> Evaluation:
    from newsgraph.pipeline import Pipeline

    gold = load_gold(path)
    pipeline = pipeline or Pipeline()
    docs = [InputDocument(ref=g.id, text=g.text, title="") for g in gold]
    records = [o.record for o in pipeline.process(docs, clean=False)]
    result = Evaluation(Score(), Score(), Score(), [])
    for g, record in zip(gold, records):
        result.all.add(g, record)
        (result.tune if g.split == "tune" else result.check).add(g, record)
        result.details.append((g, record))
    return result
