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


@pytest.mark.parametrize("text", [
    "The Pakistani government is trying to meet the terms of a $7 billion International Monetary Fund loan.",
    "Pakistan met the deadline set by the International Monetary Fund.",
])
def test_meeting_a_requirement_is_no_meeting(pipeline, text):
    ev, _, _, rec = event_of(pipeline, text, "meet" if " meet " in text else "met", published="2024-09-16")
    assert ev is None or ev.type != "CONSULT", coded(rec)


def test_meeting_officials_is_still_a_meeting(pipeline):
    ev, _, _, rec = event_of(pipeline, "Pakistani Finance Minister Aisha Rahman will meet IMF officials in Washington "
                                       "on Monday.", "meet", published="2024-09-16")
    assert ev is not None and ev.type == "CONSULT" and ev.status == "planned", coded(rec)
