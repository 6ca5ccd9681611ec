"""Event coding faults found in review of two portal pages (2026-11-28: U.N. experts calling on
Myanmar's junta to free journalists, a Pakistan-Afghanistan exchange of fire at a border
crossing) and left by the review before. Every sentence here is our own."""

import pytest

from events_helpers import coded, event_of, record_of


# --- "X on Wednesday called on Y to release …" (misparsed) -------------------------------------

@pytest.mark.parametrize("sentence, caller, called, trigger", [
    # The parser makes "called" a participle on the subject and "to release" the root.
    ("A group of United Nations rights investigators on Tuesday called on Sudan’s military government to immediately release "
     "at least 30 aid workers held in detention camps across the country.", "United Nations", "SDN", "release"),
    # … or the subject noun the root, and the infinitive an adverbial of "called".
    ("A delegation of European Union lawmakers on Monday called on Georgia’s government to release 20 jailed journalists.",
     "European Union", "GEO", "release"),
    ("A panel of Amnesty International researchers on Thursday called on Nigeria's army to free the abducted schoolgirls.",
     "Amnesty International", "NGA", "free"),
])
def test_a_call_on_a_party_to_release_is_its_request(pipeline, sentence, caller, called, trigger):
    rec, names, countries = record_of(pipeline, sentence)
    req = next((ev for ev in rec.events if ev.trigger.text == "called"), None)
    assert req is not None and req.type == "REQUEST" and req.status == "happened", coded(rec)
    assert [names[a] for a in req.actors] == [caller] and [countries[r] for r in req.recipients] == [called], coded(rec)
    freed = next((ev for ev in rec.events if ev.trigger.text == trigger), None)
    assert freed is not None and freed.type == "RETREAT" and freed.status == "hypothetical", coded(rec)
    assert [countries[a] for a in freed.actors] == [called], coded(rec)


# --- a denial's negation stays with what is denied ---------------------------------------------

@pytest.mark.parametrize("sentence, trigger", [
    ("Eritrea's government denies recruiting child soldiers and accuses Ethiopia of spreading lies.", "accuses"),
])
def test_a_verb_conjoined_to_a_denied_gerund_is_not_denied(pipeline, sentence, trigger):
    ev, _, _, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None and ev.type == "ACCUSE" and ev.status == "happened", coded(rec)


# --- a place where two sides fight is no side --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Pakistani and Afghan border guards exchanged fire at the Chaman border crossing on Monday.",
    "Indian and Pakistani soldiers exchanged fire at the Wagah border post.",
])
def test_the_place_of_an_exchange_of_fire_is_no_actor(pipeline, sentence):
    ev, _, countries, rec = event_of(pipeline, sentence, "exchanged")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
    assert len(ev.actors) == 2 and not ev.recipients, coded(rec)  # the two states' forces, not the crossing


# --- "provided (that) both sides agreed" -------------------------------------------------------

@pytest.mark.parametrize("sentence, pair", [
    ("Kenya and Ethiopia met in Nairobi. Qatar offered to host talks between Somalia and Eritrea provided both sides agreed.",
     {"SOM", "ERI"}),
    ("Kenya and Ethiopia met in Nairobi. Qatar said it would host talks between Somalia and Eritrea as long as both sides agreed.",
     {"SOM", "ERI"}),
])
def test_an_agreement_a_condition_waits_for_is_hypothetical_and_its_sides_are_the_talks(pipeline, sentence, pair):
    ev, _, countries, rec = event_of(pipeline, sentence, "agreed")
    assert ev is not None and ev.type == "AGREE" and ev.status == "hypothetical", coded(rec)
    assert {countries[a] for a in ev.actors} == pair, coded(rec)



# --- a bloc's members meeting ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, body, status", [
    ("African Union leaders are expected to meet in Addis Ababa in February.", "African Union", "planned"),
    ("Arab League foreign ministers met in Cairo on Sunday.", "Arab League", "happened"),
])
def test_a_meeting_of_a_blocs_members_is_multilateral(pipeline, sentence, body, status):
    ev, names, _, rec = event_of(pipeline, sentence, "meet" if "meet" in sentence else "met")
    assert ev is not None and (ev.type, ev.mode, ev.status) == ("CONSULT", "multilateral", status), coded(rec)
    assert [names[a] for a in ev.actors] == [body]


# --- left by the review before -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, trigger, type_, mode, recipient", [
    ("Indian border guards stopped Nepali farmers from ploughing the disputed land.", "stopped", "COERCE", "restrict", "NPL"),
    ("Israel barred Palestinian journalists from entering Gaza.", "barred", "COERCE", "restrict", "PSE"),
    ("Sri Lanka imposed a moratorium on foreign research ships in its waters.", "moratorium", "COERCE", "restrict", None),
    ("Iran warned that any aggression against its territory would be met with force.", "warned", "THREATEN", None, None),
    ("Resistance fighters shot down a Myanmar military helicopter in Kachin State on Tuesday.", "shot", "ASSAULT", None, "MMR"),
])
def test_faults_left_before(pipeline, sentence, trigger, type_, mode, recipient):
    ev, _, countries, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None and (ev.type, ev.mode) == (type_, mode), coded(rec)
    if recipient:
        assert [countries[r] for r in ev.recipients] == [recipient], coded(rec)


def test_accepting_refugees_is_no_agreement(pipeline):
    ev, _, _, rec = event_of(pipeline, "Bangladesh said it could not accept more Rohingya refugees.", "accept")
    assert ev is not None and ev.type == "AID" and ev.status == "negated", coded(rec)
