"""Attribution shapes the lead fixed on stop 27 (2026-11-27): a reporting participle set off by
a comma is an attribution of its own, whatever the cue model scores it, so the clause before
it does not swallow it; "went on to explain" is one cue when the parse reads the infinitive as
an adverbial clause. Sentences of our own (invented people)."""

from __future__ import annotations

import pytest

from attributions_helpers import by_cue, draft, extract


@pytest.mark.parametrize("sentence, cue, content", [
    ("Ambassador Kerrigan went on to explain how the cuts to the coast guard had hurt morale.",
     "went on to explain", "how the cuts to the coast guard had hurt morale"),
    ("The auditor went on to discuss the missing ledgers, including two from the harbour office.",
     "went on to discuss", "the missing ledgers, including two from the harbour office"),
])
def test_went_on_to_say_is_one_cue_when_parsed_as_an_adverbial(pipeline, sentence, cue, content):
    rec = extract(pipeline, "went-on", "Hearing\n\n" + sentence + "\n", published="2026-11-26")
    att = by_cue(rec, cue)
    assert [c.text for c in att.content] == [content]
    assert not any(a.cue.text.startswith("to ") for a in rec.attributions)


def test_a_comma_participle_of_saying_is_left_out_of_the_clause_before_it():
    # The cue model may score "saying" below its threshold; the clause of "called on" still
    # ends at the comma, and "saying" has its own draft with its own content.
    text = ("Detained crews\n\nA panel of maritime lawyers on Monday called on the port authority to release "
            "the eleven fishermen held at the harbour, saying the detentions breached the treaty.\n")
    cue, _, content = draft(text, "called")
    assert cue == "called on"
    assert content == "the port authority to release the eleven fishermen held at the harbour"
    assert draft(text, "saying")[2] == "the detentions breached the treaty"


@pytest.mark.parametrize("text, cue_word, cue, source, content", [
    # A verb of feeling whose object feels: the object is the source.
    ("The new levy on diesel worries farmers in the northern valleys.", "worries",
     "worries", "farmers in the northern valleys", "The new levy on diesel"),
    ("Shipping agents have been unsettled by the closure of the canal.", "unsettled",
     "have been unsettled", "Shipping agents", "the closure of the canal"),
    # A reaction received: who reacts is the "from" phrase, what it is about the subject.
    ("The fishing quota has drawn harsh criticism from coastal mayors.", "drawn",
     "has drawn harsh criticism", "coastal mayors", "The fishing quota"),
    ("The verdict sparked anger.", "sparked", "sparked anger", "", "The verdict"),
])
def test_roles_turned_round_by_verbs_of_feeling_and_of_reactions_received(text, cue_word, cue, source, content):
    assert draft("Quota\n\n" + text + "\n", cue_word) == (cue, source, content)


def test_a_verb_of_feeling_keeps_its_subject_as_source_when_it_means_something_else():
    # "rattled off" lists figures: the parse takes "off" for a preposition.
    assert draft("Quota\n\nThe minister rattled off the catch figures.\n", "rattled")[1] == "The minister"
