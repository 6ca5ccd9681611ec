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
