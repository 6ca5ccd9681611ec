"""Attribution faults the lead found in review round 26 (2026-11-27). Every sentence is our own."""

import pytest

from attributions_helpers import covering, extract


@pytest.mark.parametrize("text, words, source", [
    ("Reshuffle\n\nThe premier replaced his water minister on Monday, in a move aides said was meant to "
     "signal a tougher stance.", "signal a tougher stance", "aides"),
    ("Cuts\n\nThe board closed two plants, in a decision analysts said would save millions.",
     "would save millions", "analysts"),
])
def test_an_antecedent_the_parse_made_a_compound_of_the_speakers_is_no_source(pipeline, text, words, source):
    # "a move aides said …": the singular article before the plural speakers belongs to the
    # relative clause's antecedent; the source was "a move aides".
    record = extract(pipeline, "compound", text, published="2026-11-26")
    assert covering(record, words).source.text == source


def test_an_antecedent_compounded_with_a_named_speaker_is_no_source(pipeline):
    text = ("Pact\n\nJapan and the Philippines signed an agreement on Wednesday allowing their troops to train on "
            "each other's soil, a move Beijing said threatened regional stability.")
    record = extract(pipeline, "compound", text, published="2026-11-26")
    assert covering(record, "signed an agreement").source.text == "Beijing"


@pytest.mark.parametrize("title, words", [
    ("Hostage Deal Within Reach, Qatar Says, as Netanyahu Faces Pressure at Home", "Hostage Deal Within Reach"),
    ("Talks Will Resume, Kremlin Says, Amid Fresh Drone Attacks", "Talks Will Resume"),
])
def test_a_headlines_circumstance_after_the_saying_is_not_what_was_said(pipeline, title, words):
    record = extract(pipeline, "headline", f"{title}\n\nOfficials met on Sunday. Nothing was decided.", published="2026-11-23")
    att = covering(record, words)
    assert " ".join(c.text for c in att.content) == words


def test_a_past_verb_with_a_named_object_after_a_reported_past_perfect_is_the_reporters(pipeline):
    text = ("Shutdown\n\nSenator Elizabeth Warren said on social media that Democrats had \"folded\" and accused "
            "Republicans of holding federal workers hostage.")
    record = extract(pipeline, "conjunct", text, published="2026-11-27")
    said = covering(record, "folded")
    assert not any("accused" in c.text for c in said.content)
    accused = covering(record, "holding federal workers hostage")
    assert accused.cue.text == "accused" and accused.source.text == "Senator Elizabeth Warren"


def test_a_date_between_the_one_told_and_the_infinitive_keeps_the_infinitive_in_the_content(pipeline):
    text = "Budget\n\nThe White House budget office had told agencies on Thursday to prepare for a lapse in funding."
    record = extract(pipeline, "told", text, published="2026-11-27")
    att = covering(record, "agencies")
    assert [c.text for c in att.content] == ["agencies", "to prepare for a lapse in funding"]
