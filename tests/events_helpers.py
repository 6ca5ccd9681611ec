"""Helpers for the event review tests: one record of a title-less text, its names and states,
and the event of a trigger."""

from newsgraph.ingest.document import InputDocument


def record_of(pipeline, text, published="2025-06-12"):
    """The record, entity names by id and entity states by id."""
    rec = pipeline.process_one(InputDocument(ref="t", text=text, title=""), published=published, clean=False)
    names = {e.id: e.name for e in rec.entities}
    countries = {e.id: e.country for e in rec.entities}
    return rec, names, countries


def event_of(pipeline, text, trigger, published="2025-06-12"):
    """The first event whose trigger is ``trigger`` (None if none), names, states, record."""
    rec, names, countries = record_of(pipeline, text, published)
    ev = next((ev for ev in rec.events if ev.trigger.text == trigger), None)
    return ev, names, countries, rec


def coded(rec):
    """What the coder made of a record, for assertion messages."""
    return [(ev.type, ev.mode, ev.status, ev.trigger.text, ev.actors, ev.recipients) for ev in rec.events]
