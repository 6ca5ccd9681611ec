"""Event coding faults the lead found on stop 31 (2026-11-27): not stopping an attack is
carrying it on. Every sentence is our own."""

import pytest

from events_helpers import coded, event_of


@pytest.mark.parametrize("text, status", [
    ("Ukrainian forces have not stopped shelling Russian positions near Belgorod.", "happened"),
    ("Ukrainian forces did not cease shelling Russian positions near Belgorod.", "happened"),
    # Not starting an attack is no attack.
    ("Ukrainian forces did not start shelling Russian positions near Belgorod.", "negated"),
])
def test_a_negated_ending_is_an_act_going_on(pipeline, text, status):
    ev, _, _, rec = event_of(pipeline, text, "shelling", published="2026-03-04")
    assert ev is not None and (ev.type, ev.status) == ("ASSAULT", status), coded(rec)
