"""Event coding faults the lead found on stop 30 (2026-11-27) in wire stories of its own: an
attack on an armed group's positions read as criticism of a stance. Every sentence is our own."""

import pytest

from events_helpers import coded, event_of


@pytest.mark.parametrize("text, kind, status", [
    ("The Sudanese army has not attacked RSF positions in Darfur since September, a military source said.",
     "ASSAULT", "negated"),
    ("Malian troops attacked rebel-held positions near Kidal on Monday.", "ASSAULT", "happened"),
    ("Senator Ruth Abernathy attacked the president's position on trade.", "ACCUSE", "happened"),
])
def test_positions_are_attacked_with_arms_a_position_with_words(pipeline, text, kind, status):
    ev, _, _, rec = event_of(pipeline, text, "attacked", published="2025-10-14")
    assert ev is not None and (ev.type, ev.status) == (kind, status), coded(rec)
