"""Date expressions resolved against the publication date (conventions in extract/dates.py)."""

from datetime import date

import pytest

from newsgraph.extract.dates import resolve
from newsgraph.ingest.document import InputDocument

MONDAY = date(2025, 3, 17)


@pytest.mark.parametrize("text, future, expected", [
    ("Tuesday", True, ("2025-03-18", "day")),
    ("Tuesday", False, ("2025-03-11", "day")),
    ("on Monday", False, ("2025-03-17", "day")),   # the publication weekday, looking back
    ("Monday", True, ("2025-03-24", "day")),
    ("last Friday", None, ("2025-03-14", "day")),
    ("next Friday", None, ("2025-03-21", "day")),
    ("yesterday", None, ("2025-03-16", "day")),
    ("last month", None, ("2025-02", "month")),
    ("next month", None, ("2025-04", "month")),
    ("this year", None, ("2025", "year")),
    ("last week", None, ("2025-03-10", "week")),
    ("the weekend", None, ("2025-03-10", "week")),
    ("over the weekend", None, ("2025-03-10", "week")),
    ("the weekend", True, ("2025-03-17", "week")),
    ("the coming days", None, ("2025-03-17", "week")),
    ("the coming weeks", None, ("2025-03", "month")),
    ("within weeks", None, ("2025-03", "month")),
    ("the coming months", None, ("2025", "year")),
    ("two weeks ago", None, ("2025-03-03", "week")),
    ("months", True, ("2025", "year")),     # "a deal could come in months"
    ("months", None, (None, None)),         # "after months of secret talks": a span of time
    ("weeks", False, (None, None)),
    ("three days ago", None, ("2025-03-14", "day")),
    ("the end of the month", None, ("2025-03", "month")),
    ("March 2001", None, ("2001-03", "month")),
    ("September 29", None, ("2024-09-29", "day")),
    ("September 29", True, ("2025-09-29", "day")),
    ("mid-August", True, ("2025-08", "month")),
    ("2024-12-05", None, ("2024-12-05", "day")),
    ("1988", None, ("1988", "year")),
    ("Last year's", None, ("2024", "year")),      # "Last year's floods": a possessive date
    ("Friday's", False, ("2025-03-14", "day")),
])
def test_resolve(text, future, expected):
    assert resolve(text, MONDAY, future) == expected


@pytest.mark.parametrize("text", ["three months", "the 1990s", "this summer", "51"])
def test_unanchored_expressions_keep_null(text):
    assert resolve(text, MONDAY) == (None, None)


def test_relative_dates_need_a_publication_date():
    assert resolve("last month", None) == (None, None)
    assert resolve("March 3, 2024", None) == ("2024-03-03", "day")


def _dates(pipeline, text, published="2025-03-17"):
    record = pipeline.process_one(InputDocument(ref="t", text=text), published=published)
    return {d.text: (d.value, d.resolution) for d in record.dates}, record


def test_dates_in_articles_follow_their_clause(pipeline):
    dates, record = _dates(pipeline, (
        "Ministers Plan Talks\n\n"
        "The foreign minister will fly to Oslo on Thursday for talks, her office said on Monday. "
        "Officials met over the weekend and expect a deal within weeks. "
        "We were told the vote was held last month."))
    assert dates["Thursday"] == ("2025-03-20", "day")
    assert dates["Monday"] == ("2025-03-17", "day")
    assert dates["the weekend"] == ("2025-03-10", "week")
    assert dates["within weeks"] == ("2025-03", "month")
    assert dates["last month"] == ("2025-02", "month")
    for d in record.dates:
        assert record.article.text[d.start:d.end] == d.text


def test_a_pronoun_is_never_a_date(pipeline):
    dates, _ = _dates(pipeline, "We Will Not Back Down\n\nWe said we would wait. We then left. Sat down, we talked.")
    assert dates == {}


def test_a_bare_seat_count_is_no_date(pipeline):
    dates, _ = _dates(pipeline, "Poll\n\nPolls published last week put the party at 31 seats, down from 37 at the "
                                "last election in November 2023.")
    assert "37" not in dates and dates["November 2023"] == ("2023-11", "month")


def test_reported_future_looks_ahead(pipeline):
    dates, _ = _dates(pipeline, "Visit Planned\n\nThe spokesman added that the envoy would travel to Cairo on Thursday.")
    assert dates["Thursday"] == ("2025-03-20", "day")


def test_a_verb_read_into_a_date_is_left_out(pipeline):
    dates, _ = _dates(pipeline, "Strike\n\nThe walkout is scheduled to last two days, the union said on Monday.")
    assert "last two days" not in dates and dates["two days"] == (None, None)


def test_the_reporting_verb_s_date_is_not_the_reported_future_s(pipeline):
    # The parser hangs "on Friday" on "would expel"; it dates the saying (the past Friday).
    dates, record = _dates(pipeline, "Envoys\n\nPoland said on Friday it would expel two Russian diplomats.")
    assert dates["Friday"] == ("2025-03-14", "day")
    expel = [ev for ev in record.events if ev.trigger.text == "expel"]
    assert expel and all(ev.date is None for ev in expel)


def test_a_deadline_lies_after_the_act_that_sets_it(pipeline):
    # Published in March: "by September" set by an order or a pledge is the coming one; a deadline
    # already met in a past clause stays in the past.
    dates, _ = _dates(pipeline, (
        "Pullout\n\nThe council ordered the departure of all foreign observers by the end of September. "
        "Officials promised to finish the census by August. "
        "The army had pulled back by December."))
    assert dates["the end of September"] == ("2025-09", "month")
    assert dates["August"] == ("2025-08", "month")
    assert dates["December"] == ("2024-12", "month")


def test_a_day_with_its_time_of_day_is_one_date_and_dates_its_event(pipeline):
    dates, record = _dates(pipeline, "Strike\n\nThe drone hit the depot on Sunday night, officials said. Mayor Tom "
                                     "Brennan asked the National Guard for help on Thursday morning. A curfew runs "
                                     "from 8 p.m.")
    assert dates.get("Sunday night") == ("2025-03-16", "day")
    assert dates.get("Thursday morning") == ("2025-03-13", "day")
    assert not any("p.m." in text for text in dates)
    asked = next(ev for ev in record.events if ev.trigger.text == "asked")
    assert asked.date is not None and asked.date.value == "2025-03-13"


def test_a_month_the_clause_does_not_place_is_the_coming_one_when_it_is_near(pipeline):
    # Published 2025-03-17: April is next month, not April 2024; a month further ahead stays past.
    found, _ = _dates(pipeline, "Oman said it was ready to host a meeting of the two delegations in April.")
    assert found == {"April": ("2025-04", "month")}
    found, _ = _dates(pipeline, "The flooding could cut grain exports by a third if it lasts into May.")
    assert found == {"May": ("2025-05", "month")}
    found, _ = _dates(pipeline, "The two presidents met in Nairobi in October.")
    assert found == {"October": ("2024-10", "month")}


def test_a_condition_takes_the_direction_of_its_main_clause(pipeline):
    # Published Monday 2025-03-17: "by Saturday" in a condition of "would ask" lies ahead.
    found, _ = _dates(pipeline, "The bar association said it would go to court if the journalists were not freed by Saturday.")
    assert found == {"Saturday": ("2025-03-22", "day")}


def test_days_earlier_count_from_the_storys_last_dated_day(pipeline):
    from newsgraph.ingest.document import InputDocument

    text = ("Indian troops shelled three villages on Monday, June 2. Two days earlier, Pakistani "
            "rangers had fired on a patrol near Sialkot.")
    rec = pipeline.process_one(InputDocument(ref="t", text=text, title=""), published="2025-06-12", clean=False)
    earlier = next(d for d in rec.dates if d.text.casefold().startswith("two days"))
    assert earlier.value == "2025-05-31"


def test_overnight_is_the_night_ending_on_the_day_of_publication(pipeline):
    from newsgraph.ingest.document import InputDocument

    rec = pipeline.process_one(InputDocument(ref="overnight", text="Strikes\n\nRussia launched 40 drones at Kyiv "
                                                                   "overnight, officials said."), published="2025-10-09")
    ev = next(e for e in rec.events if e.trigger.text == "launched")
    assert ev.date is not None and ev.date.value == "2025-10-09"


@pytest.mark.parametrize("sentence, expected", [
    ("Sudan expelled two diplomats three days ago.", ("three days ago", "2025-03-14")),
    ("Police detained 40 protesters two days ago.", ("two days ago", "2025-03-15")),
])
def test_a_counted_object_read_into_a_date_is_left_out(pipeline, sentence, expected):
    dates, _ = _dates(pipeline, "Story\n\n" + sentence)
    text, value = expected
    assert dates.get(text, (None,))[0] == value, dates
