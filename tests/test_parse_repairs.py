"""Repairs of the small parser's commonest news misreadings (nlp/model.py), seen through the
record: "Governor Otieno accused county officials …" read as a noun phrase ("accused
officials") left the sentence with no verb, so no event, no attribution and no title."""

from __future__ import annotations

import pytest

from events_helpers import coded, event_of


@pytest.mark.parametrize("text, trigger, kind, actor", [
    ("Governor Otieno accused county officials of ignoring warnings about the floods.", "accused", "ACCUSE", "Otieno"),
    ("Minister Haddad criticised port managers over the delays.", "criticised", "ACCUSE", "Haddad"),
])
def test_a_past_tense_read_as_a_modifier_is_the_sentences_verb(pipeline, text, trigger, kind, actor):
    ev, names, _, rec = event_of(pipeline, text, trigger)
    assert ev is not None, coded(rec)
    assert ev.type == kind
    assert [names[a] for a in ev.actors] == [actor]


def test_the_repair_leaves_hyphenated_modifiers_alone(pipeline):
    from newsgraph.config import get_settings
    from newsgraph.nlp.model import load_model, parse_texts

    nlp = load_model(get_settings().model)
    doc = next(iter(parse_texts(nlp, ["The Slovenian-born former model waved to the Iowa-based crowd."])))
    born = next(t for t in doc if t.text == "born")
    assert born.dep_ == "amod"
