"""Event coding faults found in review round 30 (2026-11-27): wire stories of our own (a nurses'
walkout called off, a partnership suspended over a crackdown, an envoy expelled after a minister
called a junta illegitimate, a coalition deal, a flood toll, a dispersed protest). Every sentence
here is our own."""

import pytest

from events_helpers import coded, event_of, record_of


# --- "called off a walkout": a walkout is a strike ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The Nurses Organisation called off a walkout planned for next week.",
    "The Transport Workers Union called off a 24-hour work stoppage at Sydney airport.",
])
def test_walkout_called_off_is_a_concession(pipeline, text):
    ev, names, _, rec = event_of(pipeline, text, "called", published="2026-11-20")
    assert ev is not None and ev.type == "CONCEDE", coded(rec)
    assert ev.actors, coded(rec)


# --- "suspended its strategic partnership with Georgia": a partnership is a tie ------------------

def test_partnership_suspended_is_a_sanction(pipeline):
    text = "Britain suspended its strategic partnership with Georgia on Monday."
    ev, names, _, rec = event_of(pipeline, text, "suspended", published="2026-11-20")
    assert ev is not None and ev.type == "SANCTION", coded(rec)
    assert [names[a] for a in ev.recipients] == ["Georgia"], coded(rec)


# --- "called the election illegitimate": words of condemnation -----------------------------------

@pytest.mark.parametrize("text", [
    "Jean-Yves Le Drian called the election illegitimate on Monday.",
    "Opposition leader Kemal Ozturk called the verdict unfair.",
])
def test_naming_as_illegitimate_or_unfair_accuses(pipeline, text):
    ev, names, _, rec = event_of(pipeline, text, "called", published="2026-11-20")
    assert ev is not None and ev.type == "ACCUSE", coded(rec)
