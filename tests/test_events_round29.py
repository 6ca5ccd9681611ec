"""Event coding faults found in review round 29 (2026-11-27): wire stories of our own (an
accusation of market bombings in Sudan, an accusation in the passive, a defence accord criticised
as "the move", diplomats expelled and "the decision" condemned). Every sentence here is our own."""

import pytest

from events_helpers import coded, event_of


# --- "accused the army of bombing markets": the gerund parsed as a compound of "markets" --------

@pytest.mark.parametrize("text, doer", [
    ("Fighting spread in Sudan. The RSF accused the army of bombing markets in North Kordofan on Tuesday.",
     "Sudanese military"),
    ("Rebels in Darfur accused the Sudanese army of shelling villages near El Fasher.", "Sudanese military"),
])
def test_gerund_after_accused_object_is_the_accused_act(pipeline, text, doer):
    trigger = "bombing" if "bombing" in text else "shelling"
    ev, names, _, rec = event_of(pipeline, text, trigger, published="2026-11-20")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
    assert [names[a] for a in ev.actors] == [doer], coded(rec)
    # coded as "accused Russia of shelling Kharkiv" is: the act charged, by the accused
    assert ev.status == "happened", coded(rec)


# --- "Russia was accused by Ukraine of shelling Kharkiv": the passive subject is the accused ------

def test_passive_accused_is_the_doer(pipeline):
    text = "Russia was accused by Ukraine on Monday of shelling Kharkiv."
    ev, names, _, rec = event_of(pipeline, text, "shelling", published="2026-11-20")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
    assert [names[a] for a in ev.actors] == ["Russia"], coded(rec)


# --- "criticised the move", "condemned the decision": the last act told before ------------------

@pytest.mark.parametrize("text, trigger, targets", [
    ("Japan and South Korea signed a defence accord on Thursday. China criticised the move.",
     "criticised", {"Japan", "South Korea"}),
    ("Britain expelled two Russian diplomats on Friday. Moscow condemned the decision.",
     "condemned", {"United Kingdom"}),
])
def test_a_word_for_any_act_takes_up_the_last_act(pipeline, text, trigger, targets):
    ev, names, _, rec = event_of(pipeline, text, trigger, published="2026-11-20")
    assert ev is not None and ev.type == "ACCUSE", coded(rec)
    assert {names[r] for r in ev.recipients} == targets, coded(rec)


def test_welcoming_the_move_after_an_attack_supports_no_one(pipeline):
    text = "Israeli aircraft struck targets in southern Lebanon on Sunday. Hezbollah welcomed the move."
    ev, _, _, rec = event_of(pipeline, text, "welcomed", published="2026-11-20")
    assert ev is None or ev.recipients == [], coded(rec)


# --- "marched through Tbilisi": a march's route is where the protest took place ---------------

def test_march_through_a_city_is_placed_there(pipeline):
    text = "Thousands of opposition supporters marched through Tbilisi on Wednesday against the election result."
    ev, _, _, rec = event_of(pipeline, text, "marched", published="2026-11-27")
    assert ev is not None and ev.type == "PROTEST", coded(rec)
    assert ev.location is not None and ev.location.name == "Tbilisi", coded(rec)
