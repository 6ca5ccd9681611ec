"""Event coding faults found in review of South-Asian portal pages (2026-11-27: a minister's
courtesy call, an emergency cabinet meeting, a vow of attacks, "the two leaders", a
leader's supporters accused) and left by the review before. Every sentence here is our own."""

import pytest

from events_helpers import coded, event_of, record_of


# --- "called on", "called a meeting" ---------------------------------------------------------

@pytest.mark.parametrize("sentence, host", [
    ("Pakistani Foreign Minister Ishaq Dar called on President Shavkat Mirziyoyev in Tashkent on Tuesday.", "Shavkat Mirziyoyev"),
    ("Bangladeshi Foreign Adviser Touhid Hossain called on Prime Minister Narendra Modi at his residence.", "Narendra Modi"),
])
def test_calling_on_a_person_is_a_courtesy_visit(pipeline, sentence, host):
    ev, names, _, rec = event_of(pipeline, sentence, "called")
    assert ev is not None and (ev.type, ev.mode) == ("CONSULT", "visit"), coded(rec)
    assert [names[r] for r in ev.recipients] == [host]


def test_calling_on_a_party_to_act_stays_a_request(pipeline):
    ev, _, countries, rec = event_of(pipeline, "Antonio Guterres called on Myanmar to release the detained journalists.", "called")
    assert ev is not None and ev.type == "REQUEST", coded(rec)
    assert [countries[r] for r in ev.recipients] == ["MMR"]


def test_calling_a_meeting_is_consulting(pipeline):
    ev, names, _, rec = event_of(pipeline, "Prime Minister Shehbaz Sharif called an emergency meeting of the National Security Committee on Sunday.", "called")
    assert ev is not None and ev.type == "CONSULT" and ev.status == "happened", coded(rec)
    assert not [e for e in rec.events if e.type == "REQUEST"], coded(rec)


# --- vows of attacks -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Hamas vowed that attacks on Israel would continue until the siege was lifted.",
    "Hezbollah vowed to intensify its rocket attacks on northern Israel.",
])
def test_a_vow_that_attacks_go_on_is_a_threat(pipeline, sentence):
    ev, _, countries, rec = event_of(pipeline, sentence, "vowed")
    assert ev is not None and ev.type == "THREATEN", coded(rec)


def test_a_vow_to_go_on_cooperating_stays_agree(pipeline):
    ev, _, _, rec = event_of(pipeline, "Thailand and Cambodia vowed to continue their cooperation on border trade.", "vowed")
    assert ev is not None and ev.type == "AGREE", coded(rec)


# --- "the two leaders", a leader's supporters ------------------------------------------------

@pytest.mark.parametrize("text, trigger, pair", [
    ("Nepal and India discussed trade. India wants more power from Nepal. Last week, Wang Yi had met "
     "Sri Lankan President Anura Kumara Dissanayake in Colombo, where the two leaders signed an agreement on a new port.",
     "signed", ["Anura Kumara Dissanayake", "Wang Yi"]),
    # The envoy named in the sentence is no president: the two presidents named before are.
    ("Brazilian President Lula da Silva will speak with French President Emmanuel Macron on Friday. "
     "His envoy for the summit, Marco Tavares, who recently met Macron, believes the two presidents "
     "will hold a productive discussion.", "discussion", ["Emmanuel Macron", "Lula da Silva"]),
])
def test_the_two_leaders_are_the_two_people_just_named_who_hold_the_title(pipeline, text, trigger, pair):
    ev, names, _, rec = event_of(pipeline, text, trigger)
    assert ev is not None, coded(rec)
    assert sorted(names[a] for a in ev.actors) == pair


def test_supporters_of_a_title_named_later_are_coded_under_him(pipeline):
    text = ("Prime Minister Harini Amarasuriya later accused the former president's supporters of trying to "
            "destabilise the country. Former president Mahinda Rajapaksa, who was defeated in 2015, has not commented.")
    ev, names, _, rec = event_of(pipeline, text, "accused")
    assert ev is not None and ev.type == "ACCUSE", coded(rec)
    assert [names[r] for r in ev.recipients] == ["Mahinda Rajapaksa"]


def test_a_title_two_people_hold_names_no_one(pipeline):
    text = ("Prime Minister Rishi Sunak accused the president's supporters of spreading rumours. "
            "President Joe Biden later met President Emmanuel Macron.")
    ev, names, _, rec = event_of(pipeline, text, "accused")
    assert ev is None or not ev.recipients, coded(rec)


# --- left by the last review -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, trigger, target", [
    ("On Monday, Estonia declared two Russian diplomats persona non grata.", "declared", "RUS"),
    ("Lithuania ordered four Belarusian embassy staff to leave the country within a week.", "ordered", "BLR"),
])
def test_diplomats_declared_unwelcome_or_ordered_out_are_expelled(pipeline, sentence, trigger, target):
    ev, _, countries, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None and (ev.type, ev.mode) == ("SANCTION", "expel"), coded(rec)
    assert target in [countries[r] for r in ev.recipients]


def test_ordering_soldiers_to_leave_stays_a_request(pipeline):
    ev, _, _, rec = event_of(pipeline, "Ghana ordered the Togolese soldiers to leave the village.", "ordered")
    assert ev is None or ev.type != "SANCTION", coded(rec)


def test_a_protest_note_handed_over_is_a_complaint_to_its_receiver(pipeline):
    ev, _, countries, rec = event_of(pipeline, "Uzbekistan handed Kazakhstan a protest note over the border incident.", "note")
    assert ev is not None and ev.type == "ACCUSE", coded(rec)
    assert [countries[a] for a in ev.actors] == ["UZB"] and [countries[r] for r in ev.recipients] == ["KAZ"]


def test_an_envoy_handed_a_note_is_its_receiver_not_its_sender(pipeline):
    rec, _, countries = record_of(pipeline, "The Iranian ambassador was summoned on Monday and handed a protest note, the ministry said.")
    assert not [ev for ev in rec.events if ev.type == "ACCUSE" and "IRN" in [countries[a] for a in ev.actors]], coded(rec)


def test_a_state_named_before_a_relative_clause_offers_to_mediate(pipeline):
    ev, _, countries, rec = event_of(pipeline, "Turkey, which borders both countries, offered to mediate.", "offered")
    assert ev is not None and ev.type == "AGREE", coded(rec)
    assert [countries[a] for a in ev.actors] == ["TUR"]


def test_approving_an_arms_sale_is_military_aid_to_the_buyer(pipeline):
    ev, _, countries, rec = event_of(pipeline, "France approved the sale of 26 Rafale jets to India on Tuesday.", "sale")
    assert ev is not None and ev.type == "AID" and "military" in ev.contexts, coded(rec)
    assert [countries[a] for a in ev.actors] == ["FRA"] and [countries[r] for r in ev.recipients] == ["IND"]


def test_an_accord_signed_by_two_parties_in_a_reduced_relative(pipeline):
    ev, _, countries, rec = event_of(pipeline, "The pact, signed on Friday by Ethiopia and Somalia, ends the port dispute.", "signed")
    assert ev is not None and ev.type == "SUPPORT", coded(rec)
    assert sorted(countries[a] for a in ev.actors) == ["ETH", "SOM"]


def test_a_deadline_makes_its_receiver_the_doer_and_the_act_demanded(pipeline):
    rec, _, countries = record_of(pipeline, "The African Union gave Niger 30 days to release President Mohamed Bazoum.")
    req = next((ev for ev in rec.events if ev.trigger.text == "gave"), None)
    assert req is not None and req.type == "REQUEST", coded(rec)
    assert [countries[r] for r in req.recipients] == ["NER"]
    rel = next((ev for ev in rec.events if ev.trigger.text == "release"), None)
    assert rel is not None and [countries[a] for a in rel.actors] == ["NER"] and rel.status == "hypothetical", coded(rec)


def test_a_conjunct_whose_pronoun_takes_up_the_reported_subject_is_the_reporters(pipeline):
    ev, _, countries, rec = event_of(pipeline, "Hungary said the Ukrainian diplomats had two days to leave Budapest and accused them of spying.", "accused")
    assert ev is not None and ev.type == "ACCUSE", coded(rec)
    assert [countries[a] for a in ev.actors] == ["HUN"] and [countries[r] for r in ev.recipients] == ["UKR"]


def test_appealing_a_ruling_is_no_request_and_appealing_for_calm_is(pipeline):
    rec, _, _ = record_of(pipeline, "Imran Khan's lawyers said they would appeal the verdict.")
    assert not [ev for ev in rec.events if ev.type == "REQUEST"], coded(rec)
    ev, _, _, rec = event_of(pipeline, "Antonio Guterres appealed for calm in Dhaka.", "appealed")
    assert ev is not None and ev.type == "REQUEST", coded(rec)


# --- from four portal pages of our own (border scuffle, a minister's visit, a UN condemnation,
# --- a drone and missile exchange) ---------------------------------------------------------

def test_exchanging_drone_and_missile_strikes_is_two_sided_fighting(pipeline):
    ev, _, countries, rec = event_of(pipeline, "India and Pakistan exchanged drone and missile strikes across the Line of Control on Friday.", "exchanged")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
    assert sorted(countries[a] for a in ev.actors) == ["IND", "PAK"] and not ev.recipients


def test_a_vow_that_strikes_will_follow_is_a_threat(pipeline):
    ev, _, _, rec = event_of(pipeline, "Zabihullah Mujahid vowed that more strikes on Pakistan would follow.", "vowed")
    assert ev is not None and ev.type == "THREATEN", coded(rec)


def test_asking_not_to_be_named_is_no_request(pipeline):
    rec, _, _ = record_of(pipeline, "A Bangladeshi official, who asked not to be named, said Dhaka would reply soon.")
    assert not [ev for ev in rec.events if ev.type == "REQUEST"], coded(rec)


def test_hosting_refugees_is_shelter_not_a_visit(pipeline):
    ev, _, countries, rec = event_of(pipeline, "Pakistan and Iran, which host millions of refugees from Afghanistan, called for calm.", "host")
    assert ev is None or ev.type == "AID", coded(rec)
    assert not [e for e in rec.events if e.type == "CONSULT"], coded(rec)


def test_an_act_a_state_would_not_allow_is_negated(pipeline):
    ev, _, _, rec = event_of(pipeline, "Shehbaz Sharif said Pakistan would not allow its territory to be attacked by Afghanistan.", "attacked")
    assert ev is None or ev.status == "negated", coded(rec)
