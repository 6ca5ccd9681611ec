"""Event coding faults the lead found in review round 24 (2026-11-27). Every sentence is our own."""

import pytest

from events_helpers import coded, record_of


@pytest.mark.parametrize("text", [
    "Peru and Chile clashed over fishing rights. Egypt brokered a truce between the two sides in May.",
    "Peru and Chile clashed over fishing rights. Qatar brokered a truce between the two sides last year.",
])
def test_a_pair_named_by_the_phrase_between_itself_does_not_stop_the_sentence(pipeline, text):
    # "between the two sides" once asked "between" for the pair it names, which asked the
    # phrase itself again, without end; the sentence's events were lost.
    rec, names, _ = record_of(pipeline, text, published="2026-11-26")
    truce = [ev for ev in rec.events if ev.type == "RETREAT" and ev.mode == "ceasefire"]
    assert truce and {names[a] for a in truce[0].actors} == {"Peru", "Chile"}, coded(rec)


@pytest.mark.parametrize("text", [
    "A landslide buried a village on Wednesday. The slide struck the village of Yambali at about 3 a.m.",
    "An earthquake shook Peru on Monday. A strong aftershock hit the town of Ica on Tuesday.",
    "Rain fell for days. A sudden downpour hit the port of Beira overnight.",
])
def test_a_natural_disaster_named_by_a_short_word_attacks_no_one(pipeline, text):
    rec, _, _ = record_of(pipeline, text, published="2026-11-26")
    assert not [ev for ev in rec.events if ev.type == "ASSAULT"], coded(rec)
