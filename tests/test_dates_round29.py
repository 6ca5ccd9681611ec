"""Round 29: dates, places and amounts on sentences of our own (extract/dates.py, amounts.py, places.py)."""

from newsgraph.ingest.document import InputDocument


def _record(pipeline, body, published="2026-11-26"):
    return pipeline.process_one(InputDocument(ref="t", text="Story\n\n" + body), published=published)


def _dates(rec):
    return {d.text: (d.value, d.resolution) for d in rec.dates}


def _amounts(rec):
    return {a.text: (a.value, a.unit) for a in rec.amounts}


def test_range_is_no_amount(pipeline):
    rec = _record(pipeline, "Rescuers said between 250 and 350 villagers were still unaccounted for. "
                            "Prices stayed above the 3%-5% band the regulator set.")
    assert not any(a.value in (600, 8) for a in rec.amounts)
    assert not any("250" in a.text or "350" in a.text for a in rec.amounts)


def test_past_perfect_expectation_looks_ahead(pipeline):
    rec = _record(pipeline, "Analysts had expected the lender to cut its rates again in December.")
    assert _dates(rec)["December"] == ("2026-12", "month")


def test_within_count_ahead_is_dated(pipeline):
    rec = _record(pipeline, "The losing party said it would contest the result in court within five days.")
    assert _dates(rec)["five days"] == ("2026-12-01", "day")


def test_ordinal_rank_is_no_date(pipeline):
    rec = _record(pipeline, "Banda scored his 41st and 42nd international goals on Sunday.")
    assert not any(d.text.startswith("41st") for d in rec.dates)
    assert _dates(rec)["Sunday"][0] == "2026-11-22"


def test_wire_dateline_is_a_location(pipeline):
    rec = _record(pipeline, "NAIROBI, Nov 26 (Wire) — Kenya's parliament passed the finance bill on Thursday.")
    assert any(loc.name == "Nairobi" and loc.start == len("Story\n\n") for loc in rec.locations)


def test_units_of_tolls_and_magnitudes(pipeline):
    rec = _record(pipeline, "At least 1,800 injured were taken to hospitals after a magnitude 7.1 earthquake "
                            "shook the coast.")
    amounts = _amounts(rec)
    assert amounts["At least 1,800 injured"] == (1800, "injured")
    assert amounts["magnitude 7.1"] == (7.1, "magnitude")


def test_failed_past_expectation_stays_behind(pipeline):
    rec = _record(pipeline, "The vote had been expected to take place in April before it was postponed.")
    assert _dates(rec)["April"] == ("2026-04", "month")


def test_between_count_is_no_date(pipeline):
    rec = _record(pipeline, "The opposition, which took between 45 and 50 seats according to its own tally, "
                            "said it would appeal.")
    assert not any("45" in d.text for d in rec.dates)


def test_next_count_ahead_is_dated(pipeline):
    rec = _record(pipeline, "The storm was expected to weaken over the next three days, forecasters said.")
    assert _dates(rec)["the next three days"] == ("2026-11-29", "day")


def test_slash_unit_is_kept_whole(pipeline):
    rec = _record(pipeline, "The cyclone brought gusts of 180 km/h to the islands on Monday.")
    assert (180, "km/h") in _amounts(rec).values()
