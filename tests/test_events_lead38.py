"""Event coding faults the lead found on stop 35 (2026-11-28). Every sentence is our own."""

import pytest

from events_helpers import coded, event_of


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan government is holding the country hostage by refusing to pay wages, union leader Ayo Bello said.",
     "holding"),
    ("Senator Ilsa Varga has held the budget hostage for three weeks, Kenyan officials said.", "held"),
])
def test_holding_a_country_or_a_budget_hostage_is_a_figure_of_speech(pipeline, text, trigger):
    ev, _, _, rec = event_of(pipeline, text, trigger)
    assert ev is None or ev.type != "COERCE", coded(rec)


def test_holding_people_hostage_is_still_an_arrest(pipeline):
    ev, _, _, rec = event_of(pipeline, "Gunmen of the Delta Liberation Front held three Dutch engineers hostage in Nigeria on Monday.", "held")
    assert ev is not None, coded(rec)
    assert (ev.type, ev.mode) == ("COERCE", "arrest"), coded(rec)
