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


def test_two_named_leaders_joined_by_and_are_both_doers(pipeline):
    # The parse hangs both names on the verb as subjects of their own, the "and" on the first.
    ev, _, countries, rec = event_of(pipeline, "Ethiopian Prime Minister Abiy Tesfaye and Kenyan President William "
                                               "Otieno signed the agreement in Addis Ababa.", "signed",
                                     published="2026-03-04")
    assert ev is not None and sorted(countries[a] for a in ev.actors) == ["ETH", "KEN"], coded(rec)
