"""Event faults found in the lead's late review (stories of our own)."""

import pytest

from events_helpers import coded, event_of


@pytest.mark.parametrize("sentence, trigger, doer", [
    ("Sudan's paramilitary Rapid Support Forces shelled the city of Nyala on Monday, killing 12 people, "
     "a monitoring group said.", "shelled", "Rapid Support Forces"),
    ("Nigeria's jihadist Boko Haram attacked a village in Borno state on Friday, officials said.", "attacked", "Boko Haram"),
])
def test_an_adjective_parsed_as_a_second_subject_leaves_the_name_the_doer(pipeline, sentence, trigger, doer):
    ev, names, _, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None, coded(rec)
    assert [names[e] for e in ev.actors] == [doer], coded(rec)


def test_a_distance_places_an_event_and_is_no_quantity_of_it(pipeline):
    ev, _, _, rec = event_of(pipeline, "Troops recaptured the town of Kosti, 40 km south of the capital, on Wednesday.",
                             "recaptured")
    assert ev is not None, coded(rec)
    assert not ev.quantities, ev.quantities
    assert (40, "km") in {(a.value, a.unit) for a in rec.amounts}


@pytest.mark.parametrize("sentence, coded_as", [
    ("The World Bank approved $350 million in emergency credit for Bangladesh on Tuesday.", ("AID", "credit")),
    ("The rebel group took credit for the attack on Tuesday.", None),
])
def test_emergency_credit_is_economic_aid_and_taking_credit_is_not(pipeline, sentence, coded_as):
    ev, names, _, rec = event_of(pipeline, sentence, "credit")
    if coded_as is None:
        assert ev is None, coded(rec)
        return
    assert ev is not None and (ev.type, ev.trigger.text) == coded_as, coded(rec)
    assert [names[e] for e in ev.actors] == ["World Bank"] and [names[e] for e in ev.recipients] == ["Bangladesh"]
    assert "economic" in ev.contexts


def test_besieging_a_city_is_a_military_restriction(pipeline):
    ev, names, _, rec = event_of(pipeline, "The Rapid Support Forces have besieged the city of Kadugli since January, residents said.",
                                 "besieged")
    assert ev is not None and (ev.type, ev.mode) == ("COERCE", "restrict"), coded(rec)
    assert "military" in ev.contexts


@pytest.mark.parametrize("sentence, trigger, actor, recipient", [
    ("A court in Oslo on Thursday convicted Lars Dahl of espionage, sentencing him to nine years in prison.",
     "convicted", None, "Lars Dahl"),
    ("The European Commission on Tuesday fined carmaker Vornholt Motors 800 million euros for price fixing.",
     "fined", "European Commission", "Vornholt Motors"),
])
def test_court_convictions_and_regulators_fines_are_sanctions_convict(pipeline, sentence, trigger, actor, recipient):
    ev, names, _, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None and (ev.type, ev.mode) == ("SANCTION", "convict"), coded(rec)
    assert recipient in [names[e] for e in ev.recipients], coded(rec)
    if actor:
        assert [names[e] for e in ev.actors] == [actor], coded(rec)
    # The sentence the conviction carries is the same event, not a second one.
    assert [e.trigger.text for e in rec.events if e.type == "SANCTION"] == [trigger], coded(rec)


def test_fine_weather_is_no_event(pipeline):
    ev, _, _, rec = event_of(pipeline, "The minister said the weather was fine for the parade in Oslo.", "fine")
    assert ev is None, coded(rec)


def test_the_place_of_a_meeting_of_unnamed_officials_is_no_party_to_it(pipeline):
    ev, names, _, rec = event_of(pipeline, "EU foreign policy chief Kaja Kallas spoke after a meeting of foreign "
                                           "ministers in Luxembourg on Monday.", "meeting")
    assert ev is None or "Luxembourg" not in [names[e] for e in ev.actors], coded(rec)


def test_a_request_made_of_unnamed_people_has_no_target_from_its_complement(pipeline):
    ev, names, _, rec = event_of(pipeline, "NATO chief Mark Rutte urged allies to keep up pressure on Moscow.", "urged")
    assert ev is not None and not ev.recipients, coded(rec)
    ev, names, _, rec = event_of(pipeline, "Rutte urged Germany to keep up pressure on Moscow.", "urged")
    assert ev is not None and [names[e] for e in ev.recipients] == ["Germany"], coded(rec)


def test_a_crowd_that_rallies_is_protesters_of_the_places_state(pipeline):
    ev, names, countries, rec = event_of(pipeline, "Thousands of people rallied outside the French embassy in Niamey "
                                                   "on Sunday, chanting slogans against France.", "rallied")
    assert ev is not None and ev.type == "PROTEST", coded(rec)
    assert [countries[e] for e in ev.actors] == ["NER"], coded(rec)


def test_a_threat_waits_on_no_passive_subject(pipeline):
    ev, names, _, rec = event_of(pipeline, "Nigeria has threatened military intervention if President Mohamed Bazoum "
                                           "is not reinstated.", "threatened")
    assert ev is not None and "Mohamed Bazoum" not in [names[e] for e in ev.recipients], coded(rec)


@pytest.mark.parametrize("sentence, trigger, giver, receiver", [
    ("UNICEF flew 120 tonnes of medical supplies to Sudan on Tuesday.", "flew", "UNICEF", "Sudan"),
    ("Japan sent 200 tonnes of rice to Sudan last week.", "sent", "Japan", "Sudan"),
    ("Britain airlifted tents and blankets to Turkey after the earthquake.", "airlifted", "United Kingdom", "Turkey"),
])
def test_goods_flown_or_sent_to_a_state_are_aid(pipeline, sentence, trigger, giver, receiver):
    ev, names, _, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None and ev.type == "AID", coded(rec)
    assert [names[e] for e in ev.actors] == [giver] and [names[e] for e in ev.recipients] == [receiver], coded(rec)


def test_flying_to_a_capital_is_still_a_visit(pipeline):
    ev, _, _, rec = event_of(pipeline, "Polish President Andrzej Duda flew to Kyiv on Monday.", "flew")
    assert ev is not None and (ev.type, ev.mode) == ("CONSULT", "visit"), coded(rec)


@pytest.mark.parametrize("sentence, trigger", [
    ("Washington widened restrictions on sales of advanced chips to Chinese firms.", "restrictions"),
    ("China banned the export of gallium to the United States.", "banned"),
    ("India imposed an export ban on rice in July.", "ban"),
    ("The U.S. Commerce Department added 27 Chinese firms to its export blacklist.", "blacklist"),
])
def test_curbs_on_trade_are_sanctions(pipeline, sentence, trigger):
    ev, _, _, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None and ev.type == "SANCTION", coded(rec)


def test_restrictions_on_people_stay_coercion(pipeline):
    ev, _, _, rec = event_of(pipeline, "Indian police imposed restrictions on movement in Srinagar.", "restrictions")
    assert ev is not None and ev.type == "COERCE", coded(rec)


def test_a_weapon_word_naming_the_target_is_no_means_of_attack(pipeline):
    ev, _, _, rec = event_of(pipeline, "The Israeli military said it had targeted a Hezbollah drone storage facility.",
                             "targeted")
    assert ev is not None and ev.mode != "drone", coded(rec)
    ev, _, _, rec = event_of(pipeline, "Russia launched a drone attack on Odesa overnight.", "attack")
    assert ev is not None and ev.mode == "drone", coded(rec)


def test_the_ones_warned_to_act_are_the_doers(pipeline):
    ev, names, _, rec = event_of(pipeline, "Russia warned Ukraine to withdraw its troops from Kursk.", "withdraw")
    assert ev is not None and [names[e] for e in ev.actors] == ["Ukraine"], coded(rec)
    ev, names, _, rec = event_of(pipeline, "The Israeli military warned residents to evacuate before the strike.",
                                 "evacuate")
    assert ev is None or "Israeli military" not in [names[e] for e in ev.actors], coded(rec)


@pytest.mark.parametrize("sentence", [
    "Israeli warplanes struck a building in Beirut's southern suburbs on Friday.",
    "Israeli warplanes struck a building in the southern suburbs of Beirut on Friday.",
])
def test_a_part_of_a_city_places_the_event_in_the_city(pipeline, sentence):
    ev, _, _, rec = event_of(pipeline, sentence, "struck")
    assert ev is not None and ev.location is not None and ev.location.name == "Beirut", coded(rec)


def test_condemning_the_attack_aims_at_its_doers(pipeline):
    from events_helpers import record_of

    rec, names, _ = record_of(pipeline, "Israeli warplanes struck a building in Beirut on Friday. "
                                        "Lebanese President Joseph Aoun condemned the strike.")
    ev = next((e for e in rec.events if e.trigger.text == "condemned"), None)
    assert ev is not None and [names[e] for e in ev.recipients] == ["Israel"], coded(rec)


def test_condemning_an_event_no_one_was_said_to_do_aims_at_no_one(pipeline):
    from events_helpers import record_of

    rec, names, _ = record_of(pipeline, "A bomb exploded in a market in Kabul on Friday. "
                                        "Pakistan condemned the attack.")
    ev = next((e for e in rec.events if e.trigger.text == "condemned"), None)
    assert ev is not None and not ev.recipients, coded(rec)
