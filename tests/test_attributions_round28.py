"""Attribution review round 28 (2026-11-27): relative-clause rebuttals set after a comma
("…, a claim the commission rejected", "…, a charge the government denied"), tested on
sentences of our own (invented people, real states)."""

from __future__ import annotations

import pytest

from attributions_helpers import covering as _covering
from attributions_helpers import by_cue, extract
from attributions_helpers import speaker as _speaker


def _extract(pipeline, ref: str, text: str):
    return extract(pipeline, ref, text, published="2026-11-26")


def _by_cue(rec, cue: str):
    return by_cue(rec, cue)


@pytest.mark.parametrize("text, cue, source, noun", [
    ("The opposition said the vote was rigged, a claim the head of the electoral commission rejected.",
     "rejected", "the head of the electoral commission", "a claim"),
    ("The dam was built without consultation, a charge Ankara's government denied.",
     "denied", "Ankara's government", "a charge"),
    ("The farmers' union said the quota was unfair, a claim the agriculture minister rejected.",
     "rejected", "the agriculture minister", "a claim"),
    ("The bridge was closed without warning, a charge the city's transport office denied.",
     "denied", "the city's transport office", "a charge"),
    ("Critics said the tender had been rigged, an accusation the harbour master dismissed.",
     "dismissed", "the harbour master", "an accusation"),
])
def test_a_rebuttal_in_a_relative_clause_after_a_comma_is_its_subjects(pipeline, text, cue, source, noun):
    rec = _extract(pipeline, "rebuttal", "Dispute\n\n" + text)
    att = _by_cue(rec, cue)
    assert att.source is not None and att.source.text == source
    assert [c.text for c in att.content] == [noun]
    # the rebuttal is no part of what the first clause's speaker said
    for other in rec.attributions:
        if other is not att:
            assert all(noun not in c.text for c in other.content)


@pytest.mark.parametrize("text, who, content", [
    ("Governor Lena Marsh, who has rejected calls to close the mine, visited the site on Friday.",
     "Lena Marsh", "calls to close the mine"),
    ("Erdogan, who has rejected calls to release more water, met Iraqi officials in Ankara.",
     "Erdogan", "calls to release more water"),
])
def test_a_call_rejected_in_a_relative_clause_keeps_its_infinitive(pipeline, text, who, content):
    rec = _extract(pipeline, "calls", "Water\n\n" + text)
    att = _by_cue(rec, "has rejected")
    assert [c.text for c in att.content] == [content]
    assert {e.id: e.name for e in rec.entities}.get(att.speaker) == who


def test_a_first_name_alone_as_source_is_the_person_named_in_full_with_it(pipeline):
    rec = _extract(pipeline, "first-name", "Dam\n\nEthiopian Prime Minister Abiy Ahmed dismissed the warnings. "
                   "\"The dam harms no one,\" Abiy wrote on X. \"It lights the homes of millions.\"")
    assert _speaker(rec, "harms no one") == "Abiy Ahmed"
    assert _speaker(rec, "homes of millions") == "Abiy Ahmed"


@pytest.mark.parametrize("text, cue, source", [
    ("Ethiopia began a sixth filling last month, a step Cairo called \"a flagrant violation\" of the accords.",
     "called", "Cairo"),
    ("The port raised its fees in March, a decision Lisbon called \"a betrayal\" of the fishermen.",
     "called", "Lisbon"),
])
def test_the_antecedent_of_a_reduced_relative_is_no_part_of_the_source(pipeline, text, cue, source):
    rec = _extract(pipeline, "antecedent", "Dam\n\n" + text)
    assert _by_cue(rec, cue).source.text == source


@pytest.mark.parametrize("text, said, comment", [
    ("He said Somalia would lift its ban on Kenyan khat imports within a week, a promise Meru growers "
     "greeted with caution.", "within a week", "a promise"),
    ("The minister said the new line would open in May, a promise the rail unions greeted with scorn.",
     "open in May", "a promise"),
])
def test_a_comment_on_what_was_said_closing_the_sentence_is_not_said(pipeline, text, said, comment):
    rec = _extract(pipeline, "comment", "Rail\n\n" + text)
    att = _covering(rec, said)
    assert all(comment not in c.text for c in att.content)


def test_a_post_on_x_closing_its_paragraph_has_no_full_stop_in_its_cue(pipeline):
    rec = _extract(pipeline, "on-x", "Border\n\nPresident Gustavo Petro dismissed the criticism. \"Those who closed "
                   "the border have no lessons to give,\" he wrote on X.\n\nThe bridge opened at dawn.")
    att = _covering(rec, "no lessons to give")
    assert att.cue.text == "wrote on X"
