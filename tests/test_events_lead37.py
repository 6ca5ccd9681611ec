"""Event coding faults the lead found on stop 34 (2026-11-28). Every sentence is our own."""

import pytest

from events_helpers import coded, event_of


@pytest.mark.parametrize("text, trigger", [
    ("Zambian police arrested two of Mulenga's relatives on Tuesday, a police spokesman said.", "arrested"),
    ("Soldiers detained the opposition leader Kaunda's son at a checkpoint outside Ndola.", "detained"),
])
def test_kin_of_someone_named_are_not_that_person(pipeline, text, trigger):
    # The relatives are not Mulenga: no named party is the recipient.
    ev, names, _, rec = event_of(pipeline, text, trigger)
    assert ev is not None, coded(rec)
    assert ev.recipients == [], coded(rec)


def test_the_possessor_of_a_party_that_is_no_kin_still_counts(pipeline):
    text = "Zambian police arrested three of Mulenga's bodyguards on Tuesday."
    ev, names, _, rec = event_of(pipeline, text, "arrested")
    assert ev is not None, coded(rec)
    assert [names[e] for e in ev.recipients] == ["Mulenga"], coded(rec)


@pytest.mark.parametrize("text, trigger, parties", [
    ("Qatar has mediated several prisoner exchanges between Russia and Ukraine since 2024.", "exchanges",
     ["Russia", "Ukraine"]),
    ("Armenia and Azerbaijan completed an exchange of prisoners on Friday.", "exchange", ["Armenia", "Azerbaijan"]),
])
def test_a_prisoner_exchange_is_each_side_releasing_captives(pipeline, text, trigger, parties):
    ev, names, _, rec = event_of(pipeline, text, trigger)
    assert ev is not None, coded(rec)
    assert (ev.type, ev.mode) == ("RETREAT", "release"), coded(rec)
    assert sorted(names[e] for e in ev.actors) == parties, coded(rec)


def test_an_outlaw_group_placed_in_a_town_is_no_one_named_and_the_killing_is_kept(pipeline):
    text = ("Police said on Monday that the attacks had continued.\n\n"
            "At least 12 bus drivers have been killed by extortion gangs in Lima this year, according to the union.")
    ev, names, _, rec = event_of(pipeline, text, "killed")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
    assert ev.actors == [], coded(rec)
    assert ev.location is not None and ev.location.name == "Lima", coded(rec)
    assert [q.text for q in ev.quantities] == ["At least 12 bus drivers"], coded(rec)


def test_a_court_in_a_town_still_acts_for_it(pipeline):
    text = "Police said.\n\nA court in Oslo on Thursday convicted Lars Dahl of espionage."
    ev, names, _, rec = event_of(pipeline, text, "convicted")
    assert ev is not None and [names[e] for e in ev.actors] == ["Oslo"], coded(rec)


def test_negotiators_in_a_city_are_not_that_city(pipeline):
    text = ("Police said.\n\nNegotiators in Cairo failed to agree on the next phase of the ceasefire on Sunday.")
    rec = event_of(pipeline, text, "agree")[3]
    names = {e.id: e.name for e in rec.entities}
    assert all("Cairo" not in [names[a] for a in ev.actors] for ev in rec.events), coded(rec)


def test_welcoming_someones_removal_supports_the_remover_not_the_removed(pipeline):
    text = ("Police said.\n\nThe Popular Front welcomed the removal of Finance Minister Kofi Mensah by "
            "President Kwame Asante.")
    ev, names, _, rec = event_of(pipeline, text, "welcomed")
    assert ev is not None and ev.type == "SUPPORT", coded(rec)
    assert [names[e] for e in ev.recipients] == ["Kwame Asante"], coded(rec)


def test_condemning_an_arrest_does_not_accuse_the_one_arrested(pipeline):
    text = "Police said.\n\nThe European Union condemned the arrest of Tendai Moyo."
    ev, names, _, rec = event_of(pipeline, text, "condemned")
    assert ev is not None and ev.type == "ACCUSE", coded(rec)
    assert "Tendai Moyo" not in [names[e] for e in ev.recipients], coded(rec)


@pytest.mark.parametrize("verb, status", [("rejected", "negated"), ("accepted", "planned")])
def test_a_rejected_proposal_will_not_be_done_an_accepted_one_is_planned(pipeline, verb, status):
    text = f"Police said.\n\nIsrael {verb} a proposal to release 30 Palestinian prisoners in exchange for four hostages."
    ev, names, _, rec = event_of(pipeline, text, "release")
    assert ev is not None and ev.type == "RETREAT", coded(rec)
    assert ev.status == status, coded(rec)
