"""Amounts from digits and number words, with the counted noun as unit."""

import pytest

from newsgraph.extract.amounts import parse_number
from newsgraph.ingest.document import InputDocument


@pytest.mark.parametrize("words, value", [
    (["nine"], 9), (["90"], 90), (["1.2", "million"], 1_200_000), (["3,500"], 3500),
    (["twenty-five"], 25), (["two", "hundred"], 200), (["a", "dozen"], 12), (["$1.2", "bn"], None),
    (["6-3"], None), (["10-15"], None),  # a tally, a range
    (["half", "a", "million"], 500_000), (["two", "and", "a", "half", "million"], 2_500_000),
    (["one", "and", "a", "half"], 1.5), (["a", "million"], 1_000_000),
])
def test_parse_number(words, value):
    assert parse_number(words) == value


def test_amounts_with_units(pipeline):
    record = pipeline.process_one(InputDocument(ref="t", text=(
        "Strikes and Pledges\n\n"
        "The army fired 120 Grad rockets at six border villages overnight, killing 14 soldiers. "
        "Donors pledged $2.5 billion and 40 million euros, and the price of grain rose 12 percent. "
        "Seven ambulances reached the town.")))
    text = record.article.text
    got = {(a.value, a.unit) for a in record.amounts}
    assert {(120, "rockets"), (6, "villages"), (14, "soldiers"), (2_500_000_000, "dollars"),
            (40_000_000, "euros"), (12, "percent"), (7, "ambulances")} <= got
    for a in record.amounts:
        assert text[a.start:a.end] == a.text
    rockets = next(a for a in record.amounts if a.unit == "rockets")
    assert rockets.text == "120 Grad rockets"


def test_a_vote_tally_split_into_tokens_is_no_amount(pipeline):
    record = pipeline.process_one(InputDocument(ref="tally", text=(
        "Vote\n\nThe measure failed 49-50, short of the 60 votes needed to advance.")))
    assert {(a.value, a.unit) for a in record.amounts} == {(60, "votes")}


def test_a_number_hung_on_a_compound_counts_the_head_noun(pipeline):
    record = pipeline.process_one(InputDocument(ref="doses", text=(
        "Vaccines\n\nThe European Union pledged 215,000 vaccine doses on Thursday.")))
    doses = next(a for a in record.amounts if a.value == 215_000)
    assert (doses.unit, doses.text) == ("doses", "215,000 vaccine doses")


def test_a_number_inside_a_model_name_is_no_amount_of_its_own(pipeline):
    rec = pipeline.process_one(InputDocument(ref="t", text="Poland bought 96 Apache AH-64 helicopters and 48 Leopard 2 tanks.", title=""),
                               clean=False)
    assert [(a.text, a.value) for a in rec.amounts if a.unit == "tanks"] == [("48 Leopard 2 tanks", 48)]


def test_sums_in_rupees_and_signs_left_outside_the_number(pipeline):
    record = pipeline.process_one(InputDocument(ref="t", text=(
        "Power exports\n\n"
        "The utility earned Rs 3.4 billion from exports last month and lent Rs. 25 crore to farmers. "
        "Diesel sold at $91 a barrel.")))
    got = {(a.value, a.unit) for a in record.amounts}
    assert {(3_400_000_000, "rupees"), (250_000_000, "rupees"), (91, "dollars")} <= got, got


def test_currencies_named_in_words_rates_and_per_cent(pipeline):
    record = pipeline.process_one(InputDocument(ref="t", text=(
        "Budget cuts\n\n"
        "The government will cut 15 billion reais from the budget. The currency weakened to 5.71 per dollar, "
        "and inflation reached 4 per cent. Donors sent half a million bottles of water.")))
    got = {(a.value, a.unit) for a in record.amounts}
    assert {(15_000_000_000, "reais"), (5.71, "per dollar"), (4, "percent"), (500_000, "bottles")} <= got, got


def test_an_untagged_sum_keeps_its_number_and_a_datelines_day_is_no_amount(pipeline):
    record = pipeline.process_one(InputDocument(ref="t", text=(
        "Fine\n\nBRUSSELS, Aug 18 (Wire) - The European Commission on Tuesday fined U.S. chipmaker Tallis "
        "Semiconductor 1.2 billion euros ($1.3 billion) for abusing its dominance.")))
    got = sorted((a.text, a.value) for a in record.amounts)
    assert ("1.2 billion euros", 1_200_000_000) in got, got
    assert not any(a.value in (18, 1_000_000_000) for a in record.amounts), got


@pytest.mark.parametrize("sentence, value, unit", [
    ("Tens of thousands of people marched through the capital on Sunday.", 10_000, "people"),
    ("Tens of thousands of farmers blocked the motorway.", 10_000, "farmers"),
    ("Hundreds of workers walked out of the plant.", 100, "workers"),
    ("Police detained dozens of students outside the university.", 12, "students"),
    ("Hundreds of thousands of refugees crossed the border.", 100_000, "refugees"),
    ("Police fired tear gas at several hundred of his supporters.", 100, "supporters"),
])
def test_a_vague_count_takes_its_least_value_and_the_noun_after_of(pipeline, sentence, value, unit):
    record = pipeline.process_one(InputDocument(ref="t", text=sentence), clean=False)
    assert (value, unit) in {(a.value, a.unit) for a in record.amounts}, record.amounts
    for a in record.amounts:
        assert record.article.text[a.start:a.end] == a.text


def test_a_currency_hyphened_to_the_sum_is_its_unit_not_the_noun_it_prices(pipeline):
    # In this sentence NER takes "dam" into the sum; the word hyphened to "billion" is the currency.
    record = pipeline.process_one(InputDocument(ref="t", text=(
        "Dam\n\nEnergy Minister Paulo Bastos, who has backed the 18-billion-reais dam, declined to comment.")))
    assert [(a.text, a.value, a.unit) for a in record.amounts] == [("18-billion-reais", 18_000_000_000, "reais")]
