"""Attribution review round 30 (2026-11-27): sentences of our own (invented people and places,
real states) in the shapes of diplomatic wire stories."""

from __future__ import annotations

import pytest

from attributions_helpers import covering as _covering
from attributions_helpers import extract
from attributions_helpers import speaker as _speaker


def _extract(pipeline, ref: str, text: str):
    return extract(pipeline, ref, text, published="2026-11-27")


@pytest.mark.parametrize("text, source, who", [
    ("In a post on Instagram, the prime minister, Duro Macut, said the government would keep working.",
     "the prime minister, Duro Macut", "Duro Macut"),
    ("In a message on Telegram, the mayor, Olena Hrytsenko, said the water supply would return by night.",
     "the mayor, Olena Hrytsenko", "Olena Hrytsenko"),
])
def test_a_subject_in_apposition_after_a_fronted_platform_phrase_is_the_source(pipeline, text, source, who):
    # the parse hangs the subject, and the comma before the verb, on the platform's name
    rec = _extract(pipeline, "fronted-platform", "Vote\n\n" + text)
    att = next(a for a in rec.attributions if a.cue.text == "said")
    assert att.source is not None and att.source.text == source
    assert {e.id: e.name for e in rec.entities}.get(att.speaker) == who


@pytest.mark.parametrize("text, quoted, who", [
    ("Commission President Ursula von der Leyen said she was confident. Asked by a journalist whether she "
     "would go ahead without Hungary, she said: \"All options are on the table.\"", "All options", "Ursula von der Leyen"),
    ("Finance Minister Anna Berg spoke for an hour. Questioned by a reporter on whether taxes would rise, she said: "
     "\"Nobody will pay more.\"", "Nobody will pay", "Anna Berg"),
])
def test_she_asked_by_an_unnamed_journalist_is_the_one_asked(pipeline, text, quoted, who):
    rec = _extract(pipeline, "asked-by", "Summit\n\n" + text)
    assert _speaker(rec, quoted) == who


@pytest.mark.parametrize("text, who", [
    ("Serbian Leader Says Early Election Will Be Fair\n\nSerbian President Aleksandar Vucic said on Wednesday "
     "that the vote would be fair. One student leader, Milica Jovanovic, told a television channel it was a trick.",
     "Aleksandar Vucic"),
    ("Kenyan Leader Says Tax Bill Will Pass\n\nKenyan President William Ruto said on Thursday the bill would pass. "
     "Protest leader Wanjiru Kamau said the march would go on.", "William Ruto"),
])
def test_a_headline_state_leader_is_the_head_of_that_state_not_another_leader(pipeline, text, who):
    rec = _extract(pipeline, "headline-leader", text)
    att = next(a for a in rec.attributions if a.cue.text == "Says")
    assert {e.id: e.name for e in rec.entities}.get(att.speaker) == who


def _by_cue(rec, cue: str):
    found = [a for a in rec.attributions if a.cue.text == cue]
    assert found, f"no attribution with cue {cue!r}: {[(a.cue.text, [c.text for c in a.content]) for a in rec.attributions]}"
    return found[0]


@pytest.mark.parametrize("text, cue, source, noun, before", [
    ("Tolem accused Lorvia of stalling the talks, an allegation Lorvian officials denied.",
     "denied", "Lorvian officials", "an allegation", "accused"),
    ("The minister said the vote was rigged, an allegation election officials rejected.",
     "rejected", "election officials", "an allegation", "said"),
    ("Critics said the contract was awarded without a tender, a charge city officials disputed.",
     "disputed", "city officials", "a charge", "said"),
])
def test_a_rebuttal_whose_antecedent_the_parse_ran_into_its_subject(pipeline, text, cue, source, noun, before):
    # the parse reads "an allegation Lorvian officials" as one subject; the noun is what they deny
    rec = _extract(pipeline, "rebuttal-subject", "Dispute\n\n" + text)
    att = _by_cue(rec, cue)
    assert att.source is not None and att.source.text == source
    assert [c.text for c in att.content] == [noun]
    first = _by_cue(rec, before)
    assert all(noun not in c.text for c in first.content)


@pytest.mark.parametrize("text", [
    "A Sudanese irrigation official, who declined to be named, said Khartoum had received no data.",
    "A shopkeeper who refused to be identified said prices had doubled.",
    "A police officer, who declined to be identified, said two men were arrested.",
])
def test_declining_to_be_named_is_no_attribution(pipeline, text):
    # PolNeAR leaves the refusal inside the source, as it does "asked not to be named"
    rec = _extract(pipeline, "declined-named", "Report\n\n" + text)
    assert [a.cue.text for a in rec.attributions] == ["said"]


@pytest.mark.parametrize("text, cue, said", [
    ("Hours later, the mayor posted a message on Facebook saying that the water was safe to drink.",
     "posted a message on Facebook saying", "safe to drink"),
    ("Opposition leader Rosa Ferrer posted a video on X saying the election had been stolen.",
     "posted a video on X saying", "had been stolen"),
])
def test_a_medium_posted_saying_is_one_cue(pipeline, text, cue, said):
    # the parse hangs "saying" on the verb; the medium is no content of its own
    rec = _extract(pipeline, "posted-saying", "Vote\n\n" + text)
    assert len(rec.attributions) == 1
    att = _covering(rec, said)
    assert att.cue.text == cue


def test_a_gerund_after_a_comma_stays_its_own_attribution(pipeline):
    rec = _extract(pipeline, "comma-saying", "Vote\n\nThe mayor rejected the plan, saying it was too costly.")
    assert _covering(rec, "too costly").cue.text == "saying"


def test_a_rebuttal_apposition_read_as_a_second_object_keeps_the_first_objects_of_clause(pipeline):
    rec = _extract(pipeline, "second-object", "Cables\n\nPeskov also accused Finnish officials of spreading "
                   "\"'fairy tales' about Russian sabotage\" of undersea cables, an allegation Helsinki investigators rejected.")
    accused = _by_cue(rec, "also accused")
    assert "of undersea cables" in accused.content[-1].text
    assert [c.text for c in _by_cue(rec, "rejected").content] == ["an allegation"]


def test_a_rebuttal_whose_antecedent_the_parse_fronted_as_its_object(pipeline):
    rec = _extract(pipeline, "fronted-object", "Union\n\nThe minister also accused the union of spreading lies, "
                   "a charge its leaders denied.")
    denied = _by_cue(rec, "denied")
    assert denied.source is not None and denied.source.text == "its leaders"
    assert [c.text for c in denied.content] == ["a charge"]
    assert [c.text for c in _by_cue(rec, "also accused").content] == ["the union of spreading lies"]


@pytest.mark.parametrize("text, quoted, who", [
    ("Colombian President Gustavo Petro held a press conference on Friday. A reporter asked him about the "
     "kidnapping of a soldier. \"That is unacceptable,\" he replied.", "unacceptable", "Gustavo Petro"),
    ("Health Minister Claire Dubois spoke for an hour. A journalist asked her whether the clinics would close. "
     "\"No clinic will close,\" she said.", "No clinic", "Claire Dubois"),
])
def test_the_reply_after_an_unnamed_journalist_asked_him_is_the_one_asked(pipeline, text, quoted, who):
    rec = _extract(pipeline, "asked-him", "Briefing\n\n" + text)
    assert _speaker(rec, quoted) == who


@pytest.mark.parametrize("text, source", [
    ("\"The strikes will continue,\" said Yahya Saree, a Houthi military spokesman, in a televised address.",
     "Yahya Saree, a Houthi military spokesman"),
    ("\"Prices will rise,\" said Lena Vogt, a central bank economist, in an interview.",
     "Lena Vogt, a central bank economist"),
])
def test_where_an_inverted_speaker_spoke_is_no_part_of_the_source(pipeline, text, source):
    rec = _extract(pipeline, "inverted-where", "Strikes\n\n" + text)
    assert _by_cue(rec, "said").source.text == source


@pytest.mark.parametrize("text, cue, said", [
    ("The president told CNN in an interview aired on Sunday that he had \"no plans\" to resign.",
     "told", "that he had \"no plans\" to resign"),
    ("The minister said in a statement published on Monday that the border would reopen.",
     "said", "that the border would reopen"),
])
def test_a_that_clause_hung_on_the_participle_of_the_medium_is_the_content(pipeline, text, cue, said):
    rec = _extract(pipeline, "medium-participle", "Interview\n\n" + text)
    assert [c.text for c in _by_cue(rec, cue).content] == [said]
