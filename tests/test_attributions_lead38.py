"""Attribution shapes the lead fixed on stop 35 (2026-11-28): "recalls ambassador" is the
diplomatic sense, no attribution, while a memory of what someone said stays one. Sentences of
our own (invented people and places)."""

from __future__ import annotations

import pytest

from attributions_helpers import extract


@pytest.mark.parametrize("text", [
    "Varnia recalls ambassador to Ostland\n\nVarnia recalled its ambassador to Ostland on Tuesday.\n",
    "Envoys called home\n\nVarnia recalled its ambassadors from three capitals on Tuesday and summoned the Ostland "
    "envoy to explain the expulsions.\n",
])
def test_recalling_or_summoning_an_envoy_is_no_attribution(pipeline, text):
    rec = extract(pipeline, "recall-envoy", text, "2026-03-02")
    assert not [a for a in rec.attributions if a.cue.text.lower().startswith(("recall", "summon"))], \
        [(a.cue.text, [c.text for c in a.content]) for a in rec.attributions]


def test_recalling_what_was_said_stays_an_attribution(pipeline):
    rec = extract(pipeline, "recall-memory", "Talks\n\nThe minister recalled that the ambassador had promised a "
                  "deal by spring.\n", "2026-03-02")
    att = next(a for a in rec.attributions if a.cue.text == "recalled")
    assert att.source.text == "The minister"


_FERRY = ("Ferry row\n\nThe harbour council voted on Tuesday to raise ferry tolls by a tenth. Mayor Ines Dorado had "
          "harsh words for the council, calling the vote a betrayal of islanders. The ferry union made comments about "
          "the safety of the older boats. Councillor Ilsa Varga has to remind voters that the tolls have not risen "
          "since 2010. The port authority issued a statement calling the vote \"reckless and premature.\" The union "
          "called upon the governor to veto the increase. Dorado was able to consistently tout her record on "
          "transport.\n")


@pytest.mark.parametrize("cue, source, content", [
    # The verb a noun or infinitive cue completes belongs to the cue (PolNeAR train: 34 of 35).
    ("had harsh words for", "Mayor Ines Dorado", "the council"),
    ("made comments about", "The ferry union", "the safety of the older boats"),
    ("has to remind", "Councillor Ilsa Varga", "that the tolls have not risen since 2010"),
    # "was able to": the cue takes the copula and the adjective, the source is the copula's subject.
    ("was able to consistently tout", "Dorado", "her record on transport"),
    # The noun and the verb both drafted "issued a statement": the gerund after it still joins it.
    ("issued a statement calling", "The port authority", "the vote \"reckless and premature.\""),
    ("called upon", "The union", "the governor to veto the increase"),
])
def test_the_verb_a_cue_completes_is_part_of_the_cue(pipeline, cue, source, content):
    rec = extract(pipeline, "phrase-verbs", _FERRY, "2026-03-02")
    found = {a.cue.text: a for a in rec.attributions}
    assert cue in found, sorted(found)
    assert found[cue].source.text == source
    assert " ".join(c.text for c in found[cue].content) == content


def test_a_gerund_after_a_statement_drafted_from_verb_and_noun_joins_the_cue(pipeline):
    # Verb and noun both drafted "issued a statement"; the governing verb's draft takes the
    # noun's, so that "calling" merges into what is kept instead of starting the content.
    rec = extract(pipeline, "statement-calling", "Missile test\n\nFollowing a hastily called, late-evening meeting, "
                  "the regional security council issued a statement calling the overnight missile test \"a clear "
                  "violation and in open disregard\" of three earlier council resolutions.\n", "2026-03-02")
    cues = [a.cue.text for a in rec.attributions]
    assert cues == ["issued a statement calling"], cues


@pytest.mark.parametrize("sentence, cue", [
    ("Dockers blocked the gates on Monday in hopes of forcing the council to drop the tolls.", "in hopes of"),
    ("Three councillors spoke in favor of the new tolls at the meeting.", "in favor of"),
])
def test_the_in_before_a_noun_cue_belongs_to_it(pipeline, sentence, cue):
    rec = extract(pipeline, "in-noun", "Tolls\n\nThe council met on Monday. " + sentence + "\n", "2026-03-02")
    cues = [a.cue.text for a in rec.attributions]
    assert cue in cues, cues


@pytest.mark.parametrize("sentence, source, content", [
    # The parse made the words before the comma a second subject: the subject after the verb speaks.
    ('The defeat of the ferry plan signals "the beginning of the end" for the council, said Ilsa Varga, leader '
     'of the Island Party.', "Ilsa Varga, leader of the Island Party",
     'The defeat of the ferry plan signals "the beginning of the end" for the council'),
    # A partial quotation closing the clause: the comma sits inside the closing mark.
    ('Nothing the minister announced "will restore people\'s trust," the Lagos activist said.',
     "the Lagos activist", 'Nothing the minister announced "will restore people\'s trust,"'),
])
def test_a_closing_tag_takes_a_clause_with_a_partial_quote_before_it(pipeline, sentence, source, content):
    rec = extract(pipeline, "tail-tag", "Ferries\n\nThe council met on Monday.\n\n" + sentence + "\n", "2026-03-02")
    att = next((a for a in rec.attributions if a.source and a.source.text == source), None)
    assert att is not None, [(a.cue.text, a.source.text if a.source else None) for a in rec.attributions]
    assert " ".join(c.text for c in att.content) == content


def test_thats_according_to_vouches_for_its_subject(pipeline):
    rec = extract(pipeline, "thats-according", "Tolls\n\nThe union raised $40,000 in January. That’s according to "
                  "fundraising reports filed with the county on Saturday.\n", "2026-03-02")
    att = next(a for a in rec.attributions if "according to" in a.cue.text)
    assert att.cue.text == "’s according to"
    assert [c.text for c in att.content] == ["That"]
    assert att.source.text.startswith("fundraising reports")


def test_recalling_ones_own_stance_stays_an_attribution(pipeline):
    # "opposition" is a body of people elsewhere in the lexicons, but no one called home here.
    rec = extract(pipeline, "recall-stance", "Jobs\n\nThe governor recalled her opposition to plans to "
                  "privatise the port.\n", "2026-03-02")
    assert "recalled" in [a.cue.text for a in rec.attributions]


def test_an_infinitive_read_as_a_clause_of_purpose_is_the_vows_content(pipeline):
    rec = extract(pipeline, "vow-purpose", "Dockers vow to boycott port speech by harbour chief\n\n"
                  "The dockers union met on Monday.\n", "2026-03-02")
    att = next((a for a in rec.attributions if a.cue.text == "vow"), None)
    assert att is not None, [a.cue.text for a in rec.attributions]
    assert att.source.text == "Dockers"
    assert " ".join(c.text for c in att.content).startswith("to boycott port speech")
