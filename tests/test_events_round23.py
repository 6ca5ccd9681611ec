"""Event coding faults found in review round 23 (2026-11-26): eight wire stories of our own (a
drone and missile attack, a protest crackdown with a curfew, an asset freeze, a prisoner swap,
an aid pledge, diplomatic expulsions, a threatened strike, a peace deal with a planned summit).
Every sentence here is our own."""

import pytest

from events_helpers import coded, event_of, record_of


# --- "denied that … had a mandate to sign … and threatened to …": the threat is the deniers' own --

@pytest.mark.parametrize("text, trigger, actor", [
    ("Moldovan opposition parties denied that the cabinet had a mandate to sign the treaty "
     "and threatened to hold protests in Chisinau on Sunday.", "threatened", "MDA"),
    ("Georgian opposition groups denied that parliament had a mandate to ratify the deal and threatened "
     "to hold a rally in Tbilisi on Saturday.", "threatened", "GEO"),
])
def test_a_past_verb_after_a_noun_infinitive_joins_the_verb_taking_the_clause(pipeline, text, trigger, actor):
    ev, _, countries, rec = event_of(pipeline, text, trigger, published="2026-11-20")
    assert ev is not None and ev.status == "happened", coded(rec)
    assert [countries[a] for a in ev.actors] == [actor], coded(rec)


def test_a_protest_threatened_for_a_weekday_lies_ahead(pipeline):
    # Published on a Friday: the Sunday threatened is the one to come, not the one before.
    ev, _, _, rec = event_of(pipeline, "Moldovan opposition parties denied that the cabinet had a mandate to sign the treaty "
                                       "and threatened to hold protests in Chisinau on Sunday.", "protests",
                             published="2026-11-20")
    assert ev is not None and ev.type == "PROTEST" and ev.status == "hypothetical", coded(rec)
    assert ev.date is not None and ev.date.value == "2026-11-22", coded(rec)


@pytest.mark.parametrize("sentence, trigger, value", [
    ("Serbian farmers threatened to block the motorway to Belgrade on Monday.", "block", "2026-11-23"),
    ("Serbian farmers vowed to block the motorway to Belgrade on Tuesday.", "block", "2026-11-24"),
])
def test_a_weekday_on_what_is_threatened_or_vowed_is_ahead(pipeline, sentence, trigger, value):
    rec, _, _ = record_of(pipeline, sentence, published="2026-11-20")
    dated = [ev.date.value for ev in rec.events if ev.date is not None]
    assert dated == [value], coded(rec) + [(ev.trigger.text, ev.date) for ev in rec.events]


# --- unnamed authorities act for the state where they act --------------------------------------

@pytest.mark.parametrize("text, state, place", [
    ("Turkey called for calm. Authorities imposed a curfew in the southeastern city of Diyarbakir on Friday "
     "after clashes.", "Turkey", "Diyarbakir"),
    ("Kenya sent more police. Authorities imposed a dusk-to-dawn curfew in the port city of Mombasa on Monday.",
     "Kenya", "Mombasa"),
])
def test_a_curfew_imposed_by_unnamed_authorities_is_the_states(pipeline, text, state, place):
    ev, names, _, rec = event_of(pipeline, text, "curfew", published="2026-11-20")
    assert ev is not None and ev.type == "COERCE" and ev.mode == "curfew", coded(rec)
    assert [names[a] for a in ev.actors] == [state], coded(rec)
    assert ev.location is not None and ev.location.name == place, coded(rec)


def test_a_court_in_a_city_sentences_for_its_state(pipeline):
    ev, names, countries, rec = event_of(pipeline, "Azerbaijan released no figures. A court in Baku sentenced three "
                                                   "journalists to nine years in prison on Tuesday.", "sentenced")
    assert ev is not None and ev.type == "SANCTION" and ev.mode == "convict", coded(rec)
    assert [names[a] for a in ev.actors] == ["Azerbaijan"], coded(rec)


# --- expulsions: mission staff and persona non grata ------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Latvia said Russia was behind the sabotage. Latvia expelled two Russian embassy employees on Friday.", "expelled", "RUS"),
    ("Finland declared an Iranian diplomat persona non grata on Wednesday.", "declared", "IRN"),
    ("Iran protested. Austria expelled an Iranian consulate employee on Friday.", "expelled", "IRN"),
])
def test_expelled_mission_staff_are_a_diplomatic_expulsion_of_their_state(pipeline, text, trigger, recipient):
    ev, _, countries, rec = event_of(pipeline, text, trigger)
    assert ev is not None and ev.type == "SANCTION" and ev.mode == "expel", coded(rec)
    assert [countries[r] for r in ev.recipients] == [recipient], coded(rec)
    assert all(countries[r] for r in ev.recipients), coded(rec)


def test_an_expelled_embassy_employee_recipient_is_the_state_not_the_embassy(pipeline):
    ev, names, _, rec = event_of(pipeline, "China denied the claim. The Dutch government expelled a Chinese embassy "
                                           "employee for spying.", "expelled")
    assert ev is not None and ev.type == "SANCTION", coded(rec)
    assert [names[r] for r in ev.recipients] == ["China"], coded(rec)


# --- quantities: a measure describing a thing is no count; the participle's dead are ----------

def test_a_hyphenated_measure_of_the_target_is_no_quantity_and_the_dead_are(pipeline):
    ev, _, _, rec = event_of(pipeline, "A rocket hit a nine-storey office block in Zaporizhzhia on Monday, "
                                       "killing six people.", "hit")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
    texts = [q.text for q in ev.quantities]
    assert not any("storey" in t for t in texts), texts
    assert any(q.value == 6 and q.unit == "people" for q in ev.quantities), texts



# --- given to the dative: the thing given names no recipient ---------------------------------

@pytest.mark.parametrize("sentence, recipient", [
    ("Norway said it would give Ukraine two NASAMS air defence batteries next spring.", "UKR"),
    ("Britain said it would give Estonia three Archer artillery systems next year.", "EST"),
])
def test_the_dative_receives_and_the_thing_given_names_no_one(pipeline, sentence, recipient):
    rec, names, countries = record_of(pipeline, sentence)
    aid = [ev for ev in rec.events if ev.type == "AID"]
    assert len(aid) == 1, coded(rec)
    assert [countries.get(r) for r in aid[0].recipients] == [recipient], [names[r] for r in aid[0].recipients]


# --- a simple past is done: a later date in reach is another clause's -------------------------

def test_a_simple_past_rejection_is_not_planned_by_the_next_weeks_strike(pipeline):
    ev, _, _, rec = event_of(pipeline, "Portuguese dockers threatened on Tuesday to strike at the port of Sines next week "
                                       "after their union rejected a government ultimatum to accept a new wage deal by "
                                       "Friday.", "rejected",
                             published="2026-11-18")
    assert ev is not None and ev.type == "REJECT" and ev.status == "happened", coded(rec)
    assert ev.date is None or ev.date.value <= "2026-11-18", coded(rec)


# --- "gave X until Sunday to …": a deadline on X, whose act is demanded, not done -------------

@pytest.mark.parametrize("sentence, act, doer", [
    ("Russia gave Ukraine until Monday to withdraw its troops from Kursk.", "withdraw", "UKR"),
    ("Egypt gave Hamas until Friday to free the remaining hostages.", "free", "Hamas"),
])
def test_a_deadline_until_a_day_makes_the_act_the_given_partys_and_undone(pipeline, sentence, act, doer):
    rec, names, countries = record_of(pipeline, sentence, published="2026-11-18")
    ev = next((e for e in rec.events if e.trigger.text == act), None)
    assert ev is not None and ev.status == "hypothetical", coded(rec)
    assert len(ev.actors) == 1 and doer in (countries.get(ev.actors[0]), names[ev.actors[0]]), coded(rec)
    demand = next((e for e in rec.events if e.trigger.text == "gave"), None)
    assert demand is not None and demand.type == "REQUEST" and demand.date is None, coded(rec)


# --- "an EU plan to lend …": the body the plan is named after acts, not who approves it ---------

@pytest.mark.parametrize("sentence, trigger, planner", [
    ("Slovakia blocked a German proposal to send Kyiv more tanks.", "send", "DEU"),
    ("Austria did not approve an EU plan to lend Moldova 2 billion euros.", "lend", "European Union"),
])
def test_the_named_planner_of_a_plan_is_the_actor_of_its_infinitive(pipeline, sentence, trigger, planner):
    ev, names, countries, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None, coded(rec)
    assert len(ev.actors) == 1 and planner in (countries.get(ev.actors[0]), names[ev.actors[0]]), coded(rec)


# --- an accusation given up is no accusation -------------------------------------------------

@pytest.mark.parametrize("sentence, noun", [
    ("Guyana agreed to drop its lawsuit against Venezuela at the world court.", "lawsuit"),
    ("Peru agreed to drop its complaint against Chile at the WTO.", "complaint"),
])
def test_a_dropped_lawsuit_or_complaint_is_not_an_accusation(pipeline, sentence, noun):
    rec, _, _ = record_of(pipeline, sentence)
    assert not any(ev.trigger.text == noun for ev in rec.events), coded(rec)


def test_a_filed_lawsuit_is_still_an_accusation(pipeline):
    ev, _, _, rec = event_of(pipeline, "Guyana filed a lawsuit against Venezuela at the world court.", "lawsuit")
    assert ev is not None and ev.type == "ACCUSE", coded(rec)


# --- "said it planned to X and would Y": the would-clause is reported, so planned ---------------

@pytest.mark.parametrize("sentence, trigger", [
    ("Kenya said it hoped to end the dispute with Somalia and would restore flights to Mogadishu.", "restore"),
    ("Turkey said it planned to normalise relations with Armenia and would open its border with the country.", "open"),
])
def test_a_would_clause_after_a_reported_infinitive_is_planned(pipeline, sentence, trigger):
    ev, _, _, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None and ev.status == "planned", coded(rec)


# --- workers who threaten or plan to strike stop work; states that threaten to strike attack ----

@pytest.mark.parametrize("sentence, status", [
    ("Spanish dockworkers threatened on Monday to strike at the port of Valencia next week.", "hypothetical"),
    ("Italian pilots plan to strike at Milan airport on Friday.", "planned"),
])
def test_workers_threatening_or_planning_to_strike_are_a_labour_strike(pipeline, sentence, status):
    ev, _, _, rec = event_of(pipeline, sentence, "strike", published="2026-11-18")
    assert ev is not None and ev.type == "PROTEST" and ev.mode == "strike" and ev.status == status, coded(rec)


def test_a_state_threatening_to_strike_a_city_is_no_labour_strike(pipeline):
    rec, _, _ = record_of(pipeline, "Russia threatened to strike Kyiv with new missiles.")
    assert not any(ev.type == "PROTEST" for ev in rec.events), coded(rec)


# --- troops defending a city fight; they give no one support ---------------------------------

@pytest.mark.parametrize("text", [
    "Zelenskiy said the freed Ukrainians included soldiers who had defended Kherson.",
    "Ukraine honoured its marines. Ukrainian marines defended Mariupol for 86 days.",
])
def test_troops_defending_a_city_are_no_support(pipeline, text):
    rec, _, _ = record_of(pipeline, text)
    assert not any(ev.type == "SUPPORT" for ev in rec.events), coded(rec)


def test_a_state_defending_another_at_the_un_is_support(pipeline):
    ev, _, countries, rec = event_of(pipeline, "France defended Israel at the United Nations.", "defended")
    assert ev is not None and ev.type == "SUPPORT" and [countries[r] for r in ev.recipients] == ["ISR"], coded(rec)


# --- "under sanctions": a standing state, not an act of sanctioning ---------------------------

@pytest.mark.parametrize("sentence, noun", [
    ("The new listings bring the number of Belarusian officials under EU restrictions to more than 300.", "restrictions"),
    ("More than 400 Russian banks are now under Western sanctions.", "sanctions"),
])
def test_a_party_under_sanctions_is_no_new_sanction(pipeline, sentence, noun):
    rec, _, _ = record_of(pipeline, sentence)
    assert not any(ev.trigger.text == noun for ev in rec.events), coded(rec)


def test_a_city_coming_under_attack_is_still_attacked(pipeline):
    ev, _, _, rec = event_of(pipeline, "Russian forces attacked Kharkiv on Monday and the city came under attack again "
                                       "on Tuesday.", "attacked")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
