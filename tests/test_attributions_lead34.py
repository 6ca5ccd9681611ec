"""Attribution shapes the lead fixed on stop 30 (2026-11-27): a passive of a verb of feeling
with no agent ("Protesters were frustrated that …") has its subject, the one who feels, as the
source; fixed phrases PolNeAR marks whole as the cue ("as she put it", "made it clear that",
"distanced himself from", "said in a statement") keep their words in the cue and out of the
content. Sentences of our own (invented people)."""

from __future__ import annotations

import pytest

from attributions_helpers import draft, extract
from newsgraph.ingest.document import InputDocument


@pytest.mark.parametrize("text, cue_word, source, content", [
    ("Dock workers were frustrated that the port authority had delayed the vote again.", "frustrated",
     "Dock workers", "that the port authority had delayed the vote again"),
    ("The ferry crews were disappointed that the union accepted the offer.", "disappointed",
     "The ferry crews", "that the union accepted the offer"),
])
def test_who_feels_without_an_agent_is_the_source(text, cue_word, source, content):
    assert draft("Ferries\n\n" + text + "\n", cue_word)[1:] == (source, content)


def test_a_passive_of_feeling_with_an_agent_keeps_its_roles():
    # The agent is what the feeling is about; the subject still feels.
    _, source, content = draft("Ferries\n\nThe harbour council was rattled by the protests.\n", "rattled")
    assert (source, content) == ("The harbour council", "the protests")


def test_a_passive_of_doing_still_has_no_source():
    # "was announced" is done to its subject: no one in the sentence said it.
    _, source, _ = draft("Ferries\n\nA curfew was announced for the harbour district.\n", "announced")
    assert source == ""


@pytest.mark.parametrize("text, cue_word, cue, source, content", [
    ("Harbour master Ines Calloway made it clear that the ferries would keep running.", "made",
     "made it clear", "Harbour master Ines Calloway", "that the ferries would keep running"),
    ("The port authority made clear that no crossing would close.", "made",
     "made clear", "The port authority", "that no crossing would close"),
    ("Senator Ruth Abernathy has distanced herself from the plan to sell the docks.", "distanced",
     "has distanced herself from", "Senator Ruth Abernathy", "the plan to sell the docks"),
    ("The ferry company said in a statement that fares would rise in May.", "said",
     "said in a statement", "The ferry company", "that fares would rise in May"),
    ("The crossing, known as the Tamsin Link, opened in 1998.", "known",
     "known as", "The crossing", "the Tamsin Link"),
])
def test_a_fixed_phrase_is_the_cue_whole(text, cue_word, cue, source, content):
    assert draft("Ferries\n\n" + text + "\n", cue_word) == (cue, source, content)


def test_the_object_of_put_it_is_the_cue_s_and_the_clause_around_it_the_content():
    # Without the idiom, "it" was the content and nothing was left for the clause around the cue.
    assert draft("Ferries\n\nAs the harbour master put it, the port cannot wait.\n", "put") == (
        "put it", "the harbour master", "the port cannot wait")


def test_said_in_an_interview_is_not_a_fixed_phrase():
    # Annotators keep "in an interview" out of the cue as often as in (train: no gain).
    cue, _, _ = draft("Ferries\n\nThe ferry company said in an interview that fares would rise.\n", "said")
    assert cue == "said"


@pytest.mark.parametrize("text", [
    "That said, the ferry company will raise fares in May.",
    "Having said that, the harbour master admitted the port was losing money.",
    "The port was, so to speak, the town's living room.",
])
def test_a_set_phrase_of_saying_is_no_attribution(pipeline, text):
    record = extract(pipeline, "formula", "Ferries\n\n" + text + "\n", "2026-03-02")
    assert [a.cue.text for a in record.attributions if "said" in a.cue.text or "speak" in a.cue.text] == []


def test_said_that_with_its_own_subject_still_reports():
    cue, source, content = draft("Ferries\n\nThe harbour master said that, and then she left.\n", "said")
    assert (cue, source) == ("said", "The harbour master")


def test_a_noun_cue_s_from_phrase_is_its_source_and_stays_out_of_the_cue():
    # The calls came from the manufacturers, not from the bank resisting them.
    assert draft("Rates\n\nThe bank held rates, resisting calls from manufacturers for a cut.\n", "calls") == (
        "calls", "manufacturers", "a cut")


@pytest.mark.parametrize("text, cue_word, content", [
    ("The dock workers accused them of stalling the talks.", "accused", "them of stalling the talks"),
    ("Senator Ruth Abernathy accused Governor Tom Reid of lying about the budget.", "accused",
     "Governor Tom Reid of lying about the budget"),
    ("The harbour master told them about the closure.", "told", "the closure"),
])
def test_the_one_judged_is_content_the_one_told_is_not(text, cue_word, content):
    assert draft("Ferries\n\n" + text + "\n", cue_word)[2] == content


def test_a_last_resort_content_leaves_out_an_accepted_cue_the_parse_hung_inside_it():
    # The parse hangs "called" on "sides": the mediators' main clause is its own attribution.
    _, _, content = draft("Truce\n\nSaudi Arabia and the United States, which have mediated between the two sides, "
                          "called for an immediate ceasefire.\n", "mediated")
    assert "ceasefire" not in content and content.startswith("between the two sides")


def test_a_second_that_clause_of_a_reporting_verb_stays_in_the_content():
    # "… and that he would ask Congress …": "ask" reports, but "that" makes it the cue's second
    # complement, not the speaker's next act.
    _, _, content = draft("Army\n\nHe said the military would buy two new frigates by 2027, and that he would ask "
                          "Congress for an extra 20 billion pesos.\n", "said")
    assert content.endswith("and that he would ask Congress for an extra 20 billion pesos")


def test_according_to_inside_a_relative_clause_vouches_for_that_clause_only(pipeline):
    # It swallowed the main clause, and the telling was lost with it.
    record = extract(pipeline, "according", "Vote\n\nHakainde Mwale, who won 41 percent of the vote according to the "
                                            "electoral commission, told supporters in Lusaka that his party would file "
                                            "a petition.\n", "2026-08-15")
    by_cue = {a.cue.text: [c.text for c in a.content] for a in record.attributions}
    assert by_cue.get("according to") == ["who won 41 percent of the vote"]
    assert by_cue.get("told") == ["that his party would file a petition"]


def test_a_quoted_phrase_mid_sentence_lends_no_speaker_and_the_lost_subject_is_found(pipeline):
    # 'its “shadow fleet” and three companies, the foreign policy chief said': the parse hangs
    # the speaker on "companies" as an apposition; the words after the quoted phrase are no tag.
    rec = pipeline.process_one(InputDocument(ref="t", title="", text=(
        'The EU approved a package, targeting vessels of its "shadow fleet" and three Chinese companies, '
        'the foreign policy chief said.')), clean=False)
    said = next(a for a in rec.attributions if a.cue.text == "said")
    assert said.source is not None and said.source.text == "the foreign policy chief", said
    assert not any("chief" in c.text for c in said.content)


def test_a_main_verb_parsed_as_a_conjunct_of_a_relative_clause_keeps_the_sentences_subject(pipeline):
    rec = pipeline.process_one(InputDocument(ref="t", title="", text=(
        'Geert Wilders, whose Freedom Party lost 11 seats, called the coalition "a cabinet of losers" and vowed to '
        'bring it down.')), clean=False)
    called = next(a for a in rec.attributions if a.cue.text == "called")
    assert called.source is not None and called.source.text == "Geert Wilders", called
