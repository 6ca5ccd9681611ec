"""Attribution review round 27 (2026-11-27): faults found on stories written for the round
(border clashes with two ministers and a quoted headline, a Pacific climate summit, a grain
deal row, social-media statements, a denied charge), each tested on sentences of its own
(invented people and states)."""

from __future__ import annotations

import pytest

from attributions_helpers import covering as _covering
from attributions_helpers import extract
from attributions_helpers import speaker as _speaker


def _extract(pipeline, ref: str, text: str):
    return extract(pipeline, ref, text, published="2026-11-27")


@pytest.mark.parametrize("sentence, words, cue", [
    ("Interior minister Dana Holt posted on Telegram: \"We have heard you.\"", "heard you", "posted on Telegram"),
    ("Mayor Ilan Brock also posted on X that the police chief would resign.", "police chief", "also posted on X"),
    ("Senator Kira Vance wrote on her blog that reform would take a year.", "reform would", "wrote on her blog"),
])
def test_where_a_post_was_written_stays_in_the_cue_with_its_preposition(pipeline, sentence, words, cue):
    # PolNeAR keeps "posted on Facebook", "wrote on Twitter" whole; never the bare "posted on".
    rec = _extract(pipeline, "platform", "Reform\n\n" + sentence)
    assert _covering(rec, words).cue.text == cue


def test_a_date_after_wrote_on_is_no_platform(pipeline):
    rec = _extract(pipeline, "platform-date", "Reform\n\nSenator Kira Vance wrote on Monday that reform would take a year.")
    assert "Monday" not in _covering(rec, "reform would").cue.text


@pytest.mark.parametrize("sentence, words, source", [
    ("Lorvia accused its neighbour of shelling border villages, a claim Teraland's army rejected on Sunday.",
     "shelling", "Teraland's army"),
    ("Neighbouring Lorvia accused the capital of arming the rebels, a charge Teraland's government denied.",
     "arming", "Teraland's government"),
])
def test_an_antecedent_noun_is_no_part_of_the_named_possessor_that_denies(pipeline, sentence, words, source):
    rec = _extract(pipeline, "charge-denied", "Border\n\n" + sentence)
    att = next(a for a in rec.attributions if a.cue.text in ("denied", "rejected"))
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize("source", ["A European official", "An Asian envoy", "A Western diplomat"])
def test_a_regional_adjective_is_not_the_speaker(pipeline, source):
    rec = _extract(pipeline, "region-adj", f"Talks\n\n{source} said the talks would resume next week.")
    assert _speaker(rec, "talks would resume") is None


def test_a_country_adjective_still_names_the_state(pipeline):
    rec = _extract(pipeline, "state-adj", "Talks\n\nA Turkish diplomat said the talks would resume next week.")
    assert _speaker(rec, "talks would resume") == "Turkey"


def test_a_headline_quote_with_two_ministers_goes_to_the_one_who_said_it(pipeline):
    rec = _extract(pipeline, "headline-quote",
                   "'We Will Not Give Up The Valley,' Says Minister\n\n"
                   "Lorvia's defence minister Petra Dahl and foreign minister Anton Suris visited the border on "
                   "Monday. \"Talks remain possible,\" Suris said. Dahl told soldiers the army was ready. "
                   "\"We will not give up the valley,\" she said.")
    att = next(a for a in rec.attributions if a.cue.text == "Says")
    assert _speaker(rec, "Give Up The Valley") == "Petra Dahl", att


def test_a_headline_verb_with_a_hyphenated_object_does_not_report_the_clause_before_the_comma(pipeline):
    rec = _extract(pipeline, "headline-object", "Rebels take river port, navy vows counter-offensive\n\n"
                   "Fighters captured the port of Selva on Tuesday.")
    vows = [a for a in rec.attributions if a.cue.text == "vows"]
    assert all("Rebels" not in part.text for a in vows for part in a.content)


@pytest.mark.parametrize("sentence, said", [
    ("Leaders of nine island states met in Apia on Friday and pledged $2 billion for sea walls, a sum campaigners "
     "said was far too small.", "far too small"),
    ("The council approved the tower in March, a move residents said was rushed.", "was rushed"),
])
def test_the_clause_before_an_antecedent_run_into_the_speakers_is_not_what_they_said(pipeline, sentence, said):
    rec = _extract(pipeline, "antecedent", "Budget\n\n" + sentence)
    att = _covering(rec, said)
    text = " ".join(part.text for part in att.content)
    assert "approved" not in text and "pledged" not in text
    assert text.startswith("a ")


def test_a_date_after_posted_on_is_no_part_of_the_cue(pipeline):
    rec = _extract(pipeline, "posted-date", "Budget\n\nThe mayor's spokeswoman, Eva Moreno, posted on Monday that the "
                   "mayor would not resign.")
    assert _covering(rec, "would not resign").cue.text == "posted"
