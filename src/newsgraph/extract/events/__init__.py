"""Events coded in the PLOVER ontology, each tied to its trigger word and sentence.

``extract_events`` reads every sentence of the parsed article (``coding``), finds triggers
from the lexicons (``lexicon``), actors and recipients (``participants``), status
(``status``) and the date, place and quantities of the event's own clause (``attach``).
``plover`` reduces a coded event to the single category a PLOVER dataset would carry.
"""

from __future__ import annotations

import logging

from newsgraph.extract.context import Parsed
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.events.attach import Attachments
from newsgraph.extract.events.coding import code_sentence
from newsgraph.extract.events.lexicon import score_of
from newsgraph.extract.events.participants import Participants
from newsgraph.extract.events.plover import plover_category
from newsgraph.record import Amount, DateMention, Event, Location

__all__ = ["extract_events", "plover_category", "score_of"]

log = logging.getLogger(__name__)


def extract_events(parsed: Parsed, index: EntityIndex, dates: list[DateMention],
                   locations: list[Location], amounts: list[Amount]) -> list[Event]:
    """Events of the article, sentence by sentence, main clause first within a sentence."""
    doc = parsed.doc
    parts = Participants(doc, index)
    published = parsed.published.isoformat() if parsed.published else None
    attach = Attachments(doc, dates, locations, amounts, published=published)
    out: list[Event] = []
    for sent in doc.sents:
        try:
            coded = code_sentence(sent, parts, attach)
        except Exception:  # noqa: BLE001
            # A parse this coder does not foresee costs one sentence, never the record.
            log.warning("event coding skipped a sentence at %d", sent.start_char, exc_info=True)
            continue
        for _, _, event in coded:
            event.id = f"V{len(out) + 1}"
            out.append(event)
    return out
