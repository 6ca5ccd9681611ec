"""Actors review of 2026-11-27, round 24: fresh wire copy from Peru, Kazakhstan, Tonga, Nigeria,
the Philippines, the Caucasus, the Gulf and Bosnia (sentences written for the tests)."""

from __future__ import annotations

import pytest

from actors_helpers import analyse


@pytest.mark.parametrize("dateline, capital, iso", [
    ("DOHA, Mar 4 (Wire) -", "Doha", "QAT"),
    ("MANAMA, Mar 12 (Wire) -", "Manama", "BHR"),
])
def test_a_dateline_month_is_no_qualifying_region(dateline, capital, iso):
    a = analyse(f"{dateline} The state energy company signed a deal on Tuesday. Visiting ministers met "
                f"Emir Sheikh Khalid bin Rashid in {capital} later.")
    place = a.owner_of_mention(capital)
    assert place is not None and place.country == iso, a.summary()
    assert ("Emir", iso) in a.roles(a.person("Khalid bin Rashid"))


@pytest.mark.parametrize("text, name, title, owner", [
    ("SARAJEVO (Wire) - Bosnian Security Minister Nenad Kovac met the envoy.", "Nenad Kovac",
     "Security Minister", "BIH"),
    ("Philippine Foreign Affairs Secretary Ramon Cruz lodged a protest on Friday.", "Ramon Cruz",
     "Foreign Affairs Secretary", "PHL"),
    ("Kenya's Roads Minister Peter Otieno opened the bridge.", "Peter Otieno", "Roads Minister", "KEN"),
    ("Fisheries Minister Tomas Reyes said the fleet would stay in port.", "Tomas Reyes", "Fisheries Minister", None),
])
def test_a_capitalised_portfolio_before_minister_or_secretary_is_part_of_the_office(text, name, title, owner):
    a = analyse(text)
    assert (title, owner) in a.roles(a.person(name)), a.summary()
