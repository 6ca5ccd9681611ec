"""Who an event is done to: recipients (and actors) read from general English news grammar.

Our own wire-style sentences; each test names the construction it checks."""

from __future__ import annotations

import pytest

from newsgraph.ingest.document import InputDocument

SENTENCES = {
    # A subordinate clause before the main clause: the main clause's event is listed first.
    "order": "Days after Serbia expelled two Croatian diplomats, Croatia recalled its ambassador from Belgrade.",
}


@pytest.fixture(scope="module")
def coded(pipeline):
    docs = [InputDocument(ref=k, text=v, title="") for k, v in SENTENCES.items()]
    out = {}
    for o in pipeline.process(docs, published="2025-06-10", clean=False):
        rec = o.record
        out[rec.ref] = rec
    return out


def _first(rec):
    assert rec.events, f"no event in {rec.article.text!r}"
    return rec.events[0]


def _countries(rec, ids):
    by_id = {e.id: e for e in rec.entities}
    return {by_id[i].country for i in ids if i in by_id}


def _names(rec, ids):
    by_id = {e.id: e for e in rec.entities}
    return {by_id[i].name for i in ids if i in by_id}


def test_main_clause_event_is_listed_before_a_preceding_subordinate_clause(coded):
    rec = coded["order"]
    ev = _first(rec)
    assert ev.trigger.text == "recalled"
    assert _countries(rec, ev.actors) == {"HRV"}
    assert [e.trigger.text for e in rec.events] == ["recalled", "expelled"]
