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


def _parse(text):
    from newsgraph.config import get_settings
    from newsgraph.nlp.model import load_model, parse_texts

    return next(iter(parse_texts(load_model(get_settings().model), [text])))


def test_typographic_apostrophes_read_as_straight_ones_and_the_text_is_kept():
    text = "He’s said it before. They’re not convinced of the plan, ‘a hoax’, and the pilots’ union didn’t sign."
    doc = _parse(text)
    assert doc.text == text  # the record's offsets and words are the article's own
    contractions = [t for t in doc if t.text in ("’s", "’re")]
    assert [(t.lemma_, t.pos_) for t in contractions] == [("be", "AUX"), ("be", "AUX")]
    # A closing single quotation mark and a plural possessive stay as they were.
    assert [t.text for t in doc if t.text == "’"] == ["’", "’"]


def test_a_copula_written_with_a_typographic_apostrophe_joins_the_cue(pipeline):
    from attributions_helpers import extract

    rec = extract(pipeline, "curly-copula", "Tolls\n\nThe ferry operators met the council on Monday. They’re not "
                  "convinced of the need for new tolls.\n", "2026-03-02")
    assert "’re not convinced of" in [a.cue.text for a in rec.attributions], [a.cue.text for a in rec.attributions]
