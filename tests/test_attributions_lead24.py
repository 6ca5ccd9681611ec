"""Attribution faults the lead found in review round 24 (2026-11-27). Every sentence is our own."""

import pytest

from attributions_helpers import extract, speaker


@pytest.mark.parametrize("text, words, company", [
    ("Mine strike\n\nWorkers at a copper mine run by the London-listed group Tamarind walked out on Monday. "
     "The company said the strike was illegal.", "the strike was illegal", "Tamarind"),
    ("Mine strike\n\nAbout 2,000 workers at the Loma Verde mine, operated by Andes Pacific Minerals, walked out. "
     "The company said in a statement that it had raised its offer.", "raised its offer", "Andes Pacific Minerals"),
    ("Airline dispute\n\nPilots at Coral Airways rejected the pay offer on Monday. "
     "The company said flights would run as planned.", "flights would run", "Coral Airways"),
])
def test_the_company_is_the_business_named_before_by_its_kind_or_listing(pipeline, text, words, company):
    record = extract(pipeline, "company", text, published="2026-11-26")
    assert speaker(record, words) == company
