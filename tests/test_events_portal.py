"""Event coding faults found in review of South-Asian portal pages (2026-11-27: a minister's
courtesy call, an emergency cabinet meeting, a vow of attacks, "the two leaders", a
leader's supporters accused) and left by the review before. Every sentence here is our own."""

import pytest

from newsgraph.ingest.document import InputDocument


def _record(pipeline, text, published="2025-06-12"):
    rec = pipeline.process_one(InputDocument(ref="t", text=text, title=""), published=published, clean=False)
    names = {e.id: e.name for e in rec.entities}
    countries = {e.id: e.country for e in rec.entities}
    return rec, names, countries


def _one(pipeline, text, trigger, published="2025-06-12"):
    rec, names, countries = _record(pipeline, text, published)
    ev = next((ev for ev in rec.events if ev.trigger.text == trigger), None)
    return ev, names, countries, rec


def _coded(rec):
    return [(ev.type, ev.mode, ev.trigger.text) for ev in rec.events]


# --- "called on", "called a meeting" ---------------------------------------------------------

@pytest.mark.parametrize("sentence, host", [
    ("Pakistani Foreign Minister Ishaq Dar called on President Shavkat Mirziyoyev in Tashkent on Tuesday.", "Shavkat Mirziyoyev"),
    ("Bangladeshi Foreign Adviser Touhid Hossain called on Prime Minister Narendra Modi at his residence.", "Narendra Modi"),
])
def test_calling_on_a_person_is_a_courtesy_visit(pipeline, sentence, host):
    ev, names, _, rec = _one(pipeline, sentence, "called")
    assert ev is not None and (ev.type, ev.mode) == ("CONSULT", "visit"), _coded(rec)
    assert [names[r] for r in ev.recipients] == [host]


def test_calling_on_a_party_to_act_stays_a_request(pipeline):
    ev, _, countries, rec = _one(pipeline, "Antonio Guterres called on Myanmar to release the detained journalists.", "called")
    assert ev is not None and ev.type == "REQUEST", _coded(rec)
    assert [countries[r] for r in ev.recipients] == ["MMR"]


def test_calling_a_meeting_is_consulting(pipeline):
    ev, names, _, rec = _one(pipeline, "Prime Minister Shehbaz Sharif called an emergency meeting of the National Security Committee on Sunday.", "called")
    assert ev is not None and ev.type == "CONSULT" and ev.status == "happened", _coded(rec)
    assert not [e for e in rec.events if e.type == "REQUEST"], _coded(rec)


# --- vows of attacks -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Hamas vowed that attacks on Israel would continue until the siege was lifted.",
    "Hezbollah vowed to intensify its rocket attacks on northern Israel.",
])
def test_a_vow_that_attacks_go_on_is_a_threat(pipeline, sentence):
    ev, _, countries, rec = _one(pipeline, sentence, "vowed")
    assert ev is not None and ev.type == "THREATEN", _coded(rec)


def test_a_vow_to_go_on_cooperating_stays_agree(pipeline):
    ev, _, _, rec = _one(pipeline, "Thailand and Cambodia vowed to continue their cooperation on border trade.", "vowed")
    assert ev is not None and ev.type == "AGREE", _coded(rec)


# --- "the two leaders", a leader's supporters ------------------------------------------------

def test_the_two_leaders_are_the_two_people_just_named(pipeline):
    text = ("Nepal and India discussed trade. India wants more power from Nepal. Last week, Wang Yi had met "
            "Sri Lankan President Anura Kumara Dissanayake in Colombo, where the two leaders signed an agreement on a new port.")
    ev, names, _, rec = _one(pipeline, text, "signed")
    assert ev is not None, _coded(rec)
    assert sorted(names[a] for a in ev.actors) == ["Anura Kumara Dissanayake", "Wang Yi"]


def test_supporters_of_a_title_named_later_are_coded_under_him(pipeline):
    text = ("Prime Minister Harini Amarasuriya later accused the former president's supporters of trying to "
            "destabilise the country. Former president Mahinda Rajapaksa, who was defeated in 2015, has not commented.")
    ev, names, _, rec = _one(pipeline, text, "accused")
    assert ev is not None and ev.type == "ACCUSE", _coded(rec)
    assert [names[r] for r in ev.recipients] == ["Mahinda Rajapaksa"]


def test_a_title_two_people_hold_names_no_one(pipeline):
    text = ("Prime Minister Rishi Sunak accused the president's supporters of spreading rumours. "
            "President Joe Biden later met President Emmanuel Macron.")
    ev, names, _, rec = _one(pipeline, text, "accused")
    assert ev is None or not ev.recipients, _coded(rec)
