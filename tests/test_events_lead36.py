"""Event coding faults the lead found on stop 33 (2026-11-27) in wire copy of its own. Every
sentence is our own."""

import pytest

from events_helpers import coded, event_of
from newsgraph.ingest.document import InputDocument


def test_both_sides_after_a_minister_accused_a_state_are_the_two_states(pipeline):
    # The last two-party act was the minister's accusation: "both sides" are his state and the
    # state he accused, not the man and a state.
    text = ("Egypt's foreign minister, Karim Nasser, accused Ethiopia of filling the reservoir without "
            "consultation. Sudan's irrigation minister, Osman Idris, called on both sides to resume "
            "talks before the rainy season.")
    ev, names, _, rec = event_of(pipeline, text, "called")
    assert ev is not None, coded(rec)
    assert sorted(names[e] for e in ev.recipients) == ["Egypt", "Ethiopia"], coded(rec)


def test_both_sides_after_two_leaders_met_are_the_leaders(pipeline):
    text = ("President Anna Kowal met President Pavel Dorn in Geneva on Monday. Swiss Foreign Minister Lena Graf urged "
            "both sides to keep talking.")
    ev, names, _, rec = event_of(pipeline, text, "urged")
    assert ev is not None, coded(rec)
    assert sorted(names[e] for e in ev.recipients) == ["Anna Kowal", "Pavel Dorn"], coded(rec)


def test_a_call_made_to_congratulate_is_the_callers_act(pipeline):
    text = "President Daniel Mwale said he had called Grace Banda to congratulate her on her victory."
    ev, names, _, rec = event_of(pipeline, text, "congratulate")
    assert ev is not None, coded(rec)
    assert [names[e] for e in ev.actors] == ["Daniel Mwale"], coded(rec)
    assert [names[e] for e in ev.recipients] == ["Grace Banda"], coded(rec)


def test_called_on_someone_to_act_is_still_their_act(pipeline):
    text = "President Daniel Mwale called on Grace Banda to release the detained protesters."
    ev, names, _, rec = event_of(pipeline, text, "release")
    assert ev is not None, coded(rec)
    assert [names[e] for e in ev.actors] == ["Grace Banda"], coded(rec)


def test_a_quake_in_a_headline_attacks_no_one_and_lends_no_count(pipeline):
    text = "Quake in eastern Turkey kills at least 48; EU pledges 10 million euros"
    rec = pipeline.process_one(InputDocument(ref="t", text=text + "\n\nRescuers searched the rubble."),
                               published="2026-01-12", clean=False)
    assert not [ev for ev in rec.events if ev.type == "ASSAULT"], coded(rec)
    pledge = next(ev for ev in rec.events if ev.trigger.text == "pledges")
    assert [q.text for q in pledge.quantities] == ["10 million euros"], pledge.quantities


def test_an_earthquake_read_as_the_apposition_of_its_magnitude_attacks_no_one(pipeline):
    text = ("A magnitude 6.4 earthquake struck Malatya province in eastern Turkey early on Monday, killing at "
            "least 48 people, the disaster agency AFAD said.")
    ev, _, _, rec = event_of(pipeline, text, "struck", published="2026-01-12")
    assert ev is None, coded(rec)


@pytest.mark.parametrize("text", [
    "The European Union approved a package of sanctions against Russia, targeting three Chinese companies.",
    "The European Union imposed new sanctions targeting three Chinese companies.",
])
def test_sanctions_targeting_companies_are_sanctions_not_attacks(pipeline, text):
    ev, _, _, rec = event_of(pipeline, text, "targeting")
    assert ev is not None and ev.type == "SANCTION", coded(rec)


def test_troops_targeting_a_town_still_attack_it(pipeline):
    ev, _, _, rec = event_of(pipeline, "Russian troops fired artillery at Kharkiv, targeting a power plant.", "targeting")
    assert ev is None or ev.type == "ASSAULT", coded(rec)


def test_a_toll_the_parser_hung_on_the_main_verb_is_the_attack_before_it(pipeline):
    text = ("The Philippines summoned China's ambassador on Monday after a Chinese coast guard ship fired water "
            "cannon at a Philippine fisheries vessel near Scarborough Shoal, injuring two crew members.")
    rec = pipeline.process_one(InputDocument(ref="t", text=text, title=""), published="2026-08-11", clean=False)
    names = {e.id: e.name for e in rec.entities}
    assaults = [ev for ev in rec.events if ev.type == "ASSAULT"]
    assert len(assaults) == 1, coded(rec)
    assert [names[a] for a in assaults[0].actors] == ["China"], coded(rec)
    assert [q.text for q in assaults[0].quantities] == ["two crew members"]


def test_talks_a_state_mediated_are_the_parties_talks_with_the_mediator_between_them(pipeline):
    ev, names, _, rec = event_of(pipeline, "Qatar mediated talks between Venezuela and the United States.", "talks")
    assert ev is not None and (ev.type, ev.mode) == ("CONSULT", "third-party"), coded(rec)
    assert sorted(names[a] for a in ev.actors) == ["United States", "Venezuela"]
    assert [names[r] for r in ev.recipients] == ["Qatar"]
