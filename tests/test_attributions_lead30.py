"""Attribution shapes the lead found on stop 26 (2026-11-27): a saying set off by commas
inside the sentence it reports, a that-less clause the parse hung on the reporting verb as
an adverbial, an indirect question after "when", and an unquoted paragraph after "X added:".
Sentences of our own (invented people)."""

from __future__ import annotations

import pytest

from attributions_helpers import by_cue, extract


def _extract(pipeline, ref: str, text: str):
    return extract(pipeline, ref, text, published="2026-11-26")


def _by_cue(rec, cue: str):
    return by_cue(rec, cue, prefix=True)


@pytest.mark.parametrize("sentence, cue, source, content", [
    ("These contracts, Halvorsen explained earlier in the committee hearing, were signed in good faith.",
     "explained", "Halvorsen", ["These contracts", "were signed in good faith"]),
    ("The new levy, the finance minister told reporters on Friday, would raise two billion.",
     "told", "the finance minister", ["The new levy", "would raise two billion"]),
    ("Though the handover was smooth, Ortega said, the second transition would be much harder.",
     "said", "Ortega", ["Though the handover was smooth", "the second transition would be much harder"]),
    ("During her years at the port, Lindqvist said, most captains have come to trust the pilots.",
     "said", "Lindqvist", ["most captains have come to trust the pilots"]),
])
def test_a_saying_set_off_by_commas_reports_the_sentence_around_it(pipeline, sentence, cue, source, content):
    rec = _extract(pipeline, "aside", "Harbour dispute\n\n" + sentence)
    att = _by_cue(rec, cue)
    assert att.source is not None and att.source.text == source
    assert [c.text for c in att.content] == content


def test_an_aside_after_a_relative_pronoun_reports_the_relative_clause(pipeline):
    rec = _extract(pipeline, "aside-rel", "Harbour dispute\n\n"
                   "The old quay, which, Marchetti said, is usually full of trawlers, stood empty on Sunday.")
    att = _by_cue(rec, "said")
    assert [c.text for c in att.content] == ["which", "is usually full of trawlers"]


def test_the_speakers_own_participle_after_an_aside_is_no_content(pipeline):
    rec = _extract(pipeline, "aside-ing", "Harbour dispute\n\n"
                   "The fees were far too high, Marchetti said, citing a survey of local skippers.")
    att = _by_cue(rec, "said")
    assert "citing" not in " ".join(c.text for c in att.content)


@pytest.mark.parametrize("sentence, source, content", [
    ("Okafor said after the vote he would not accept the chairmanship if it were offered.",
     "Okafor", "he would not accept the chairmanship if it were offered"),
    ("The harbour master said on Monday the quay had been closed for repairs.",
     "The harbour master", "the quay had been closed for repairs"),
])
def test_a_thatless_clause_after_a_circumstance_is_what_was_said(pipeline, sentence, source, content):
    rec = _extract(pipeline, "thatless", "Harbour dispute\n\n" + sentence)
    att = _by_cue(rec, "said")
    assert att.source is not None and att.source.text == source
    assert [c.text for c in att.content] == [content]


def test_an_indirect_question_after_when_is_what_was_not_said(pipeline):
    rec = _extract(pipeline, "when", "Harbour dispute\n\n"
                   "Councillors have not said when they would vote on the harbour budget.")
    att = _by_cue(rec, "have not said")
    assert att.source is not None and att.source.text == "Councillors"
    assert [c.text for c in att.content] == ["when they would vote on the harbour budget"]


def test_an_unquoted_paragraph_after_a_colon_closing_a_saying_is_its_content(pipeline):
    rec = _extract(pipeline, "block", "Harbour dispute\n\n"
                   "The mayor spoke to supporters on the pier. Afterwards the mayor added:\n\n"
                   "This harbour has fed our families for two hundred years. Nobody in the capital will "
                   "close it while I hold this office.\n\n"
                   "The council meets again next week.")
    att = _by_cue(rec, "added")
    assert att.source is not None and att.source.text == "the mayor"
    assert [c.text for c in att.content] == [
        "This harbour has fed our families for two hundred years. Nobody in the capital will close it "
        "while I hold this office"]


@pytest.mark.parametrize("sentence, cue, source, content", [
    ("As reported by the Harbour Gazette, there are 150 berths at stake in the tender.",
     "reported", "the Harbour Gazette", "there are 150 berths at stake in the tender"),
    ("As noted by the auditor, the accounts of the port authority were incomplete.",
     "noted", "the auditor", "the accounts of the port authority were incomplete"),
])
def test_a_passive_as_clause_with_its_agent_reports_the_sentence(pipeline, sentence, cue, source, content):
    rec = _extract(pipeline, "as-passive", "Harbour dispute\n\n" + sentence)
    att = _by_cue(rec, cue)
    assert att.source is not None and att.source.text == source
    assert [c.text for c in att.content] == [content]


@pytest.mark.parametrize("sentence, cue, content", [
    ("Stop the dredging, the young fishermen say by an overwhelming margin, and save the harbour.",
     "say", ["Stop the dredging", "save the harbour"]),
    ("The harbour, she told me with a smile, would never close.", "told", ["The harbour", "would never close"]),
])
def test_an_aside_may_say_how_it_was_said(pipeline, sentence, cue, content):
    rec = _extract(pipeline, "aside-how", "Harbour dispute\n\n" + sentence)
    assert [c.text for c in _by_cue(rec, cue).content] == content


def test_a_reporters_verb_after_a_contracted_past_perfect_leaves_the_reported_clause(pipeline):
    # "he'd battled": the contraction of "had" is a past perfect as "had" is.
    rec = _extract(pipeline, "had-contracted", "Campaign trail\n\n"
                   "Oyelaran, a veteran campaigner, said he'd battled through three bouts of pneumonia on "
                   "the road and called it a common ailment of long races.")
    att = _by_cue(rec, "said")
    assert [c.text for c in att.content] == ["he'd battled through three bouts of pneumonia on the road"]


def test_by_after_an_active_saying_is_the_medium_not_the_source(pipeline):
    rec = _extract(pipeline, "by-radio", "Port strike ends\n\n"
                   "One captain, waiting off the coast since last week, said by radio that his crew was relieved.")
    att = _by_cue(rec, "said")
    assert att.source is not None and att.source.text.startswith("One captain")
