"""Actors review of 2026-11-26, night (lead): U.S. states against foreign towns of the same name,
named storms, clock times, regions written with their kind, and a state's own bodies named
by acronym (sentences written for the tests)."""

from __future__ import annotations

import pytest

from actors_helpers import analyse
from newsgraph.nlp.places import find_region


@pytest.mark.parametrize("state", ["Florida", "Montana", "Connecticut", "Oklahoma"])
def test_a_us_state_alone_is_the_state_not_a_foreign_town_or_its_capital(state):
    a = analyse(f"Storm season\n\nResidents of {state} were told on Tuesday to prepare for flooding.")
    place = a.owner_of_mention(state)
    assert place is not None and place.country == "USA" and place.name == state, a.summary()


def test_a_city_first_state_name_stays_the_city():
    a = analyse("Markets\n\nTraders in New York sold bank shares on Tuesday.")
    assert a.owner_of_mention("New York").country == "USA"


@pytest.mark.parametrize("sentence, name", [
    ("Hurricane Beryl strengthened over the Gulf on Tuesday.", "Hurricane Beryl"),
    ("Cyclone Tamsin hit the coast of Malawi overnight.", "Cyclone Tamsin"),
    ("Typhoon Gaemi hit Taiwan on Wednesday.", "Typhoon Gaemi"),
])
def test_a_named_storm_is_an_event_not_a_person(sentence, name):
    a = analyse("Weather\n\n" + sentence)
    storm = a.owner_of_mention(name.split()[-1])
    assert storm is not None and storm.type == "EVENT", a.summary()
    assert not a.people()


def test_a_storm_named_once_in_full_owns_its_bare_name():
    a = analyse("Storm Idalia nears the coast\n\nStorm Idalia brought winds of 150 km/h to Beira on Monday. "
                "Idalia came ashore before dawn and weakened over land.")
    storm = a.owner_of_mention("Idalia", 2)
    assert storm is not None and storm.type == "EVENT" and storm is a.owner_of_mention("Idalia", 1), a.summary()


def test_a_weapon_named_storm_is_no_weather():
    a = analyse("Strikes\n\nUkraine fired Storm Shadow cruise missiles at a depot in Crimea on Monday.")
    weapon = a.owner_of_mention("Shadow")
    assert weapon is None or weapon.type != "EVENT"


def test_clock_times_with_their_zone_are_no_organisation():
    a = analyse("Live: flood warnings\n\n18:30 GMT\nThe river burst its banks at Chimoio, police said.\n\n"
                "16:05 GMT\nSchools closed in the east.")
    assert a.owner_of_mention("GMT") is None, a.summary()


@pytest.mark.parametrize("written, iso3", [("Sofala province", "MOZ"), ("Kursk region", "RUS"),
                                           ("Delta State", "NGA")])
def test_a_region_written_with_its_kind_is_found(written, iso3):
    region = find_region(written)
    assert region is not None and region.country == iso3


def test_a_direction_before_a_kind_word_is_no_region_name():
    assert find_region("Eastern Province") is None or find_region("Eastern Province").name != "Eastern"


@pytest.mark.parametrize("sentence, acronym, iso3", [
    ("Nigeria's anti-graft agency EFCC arrested a former governor on Monday.", "EFCC", "NGA"),
    ("The INGD, Mozambique's disaster agency, said 12 people had died.", "INGD", "MOZ"),
    ("Brazil's space agency, INPE, said deforestation fell by a third.", "INPE", "BRA"),
])
def test_an_acronym_next_to_a_states_body_noun_is_that_states_body(sentence, acronym, iso3):
    a = analyse("Agencies\n\n" + sentence)
    body = a.owner_of_mention(acronym)
    assert body is not None and body.country == iso3 and body.sector == "GOV", a.summary()


def test_an_acronym_in_apposition_to_a_states_part_is_that_part():
    a = analyse("Vote count\n\nKenya's electoral commission, the IEBC, said turnout was high. "
                "The IEBC will announce results on Friday.")
    body = a.owner_of_mention("IEBC", 1)
    assert body is a.owner_of_mention("commission") and body.country == "KEN", a.summary()


def test_a_dateline_of_two_states_gives_the_story_no_home():
    # Filed from Beijing and Washington: the U.S. secretary is not China's.
    a = analyse("China answers U.S. chip curbs\n\n"
                "BEIJING/WASHINGTON, Oct 9 (Wire) - China's commerce ministry said on Thursday it would limit "
                "exports of rare earths.\n\n"
                "The U.S. Commerce Department on Wednesday added 27 Chinese firms to its export blacklist. "
                "Commerce Secretary Dana Whitlock said the move protected American technology.")
    assert a.person("Dana Whitlock").country == "USA", a.summary()
    ministry = a.owner_of_mention("commerce ministry")
    assert ministry is not None and ministry.country == "CHN" and ministry.sector == "GOV", a.summary()


def test_a_name_before_party_is_a_party_and_its_leader_is_the_partys():
    a = analyse("Farm protests\n\nNEW DELHI, Feb 14 (Wire) - The opposition Congress party called for a special "
                "session of parliament. Its leader, Mira Kapoor, said the government had broken its promises.")
    party = a.owner_of_mention("Congress")
    assert party is not None and party.sector == "PTY", a.summary()
    assert ("leader", "Congress") in a.roles(a.person("Mira Kapoor")), a.summary()


def test_a_region_tagged_as_a_people_is_the_region():
    a = analyse("Punjab farmers block highways\n\nCHANDIGARH, India, Feb 14 (Wire) - Farmers blocked highways "
                "across Punjab on Wednesday.")
    region = a.owner_of_mention("Punjab", 1)
    assert region is not None and region.type == "GPE" and region.country == "IND", a.summary()


def test_a_seat_of_international_bodies_never_named_is_no_home():
    a = analyse("Measles surge\n\nGENEVA, March 3 (Wire) - Measles cases in Europe rose last year, the World Health "
                "Organization said on Thursday.\n\nRomania's health ministry said vaccination rates had fallen. "
                "Health Minister Elena Dobre said the government would open mobile clinics.")
    assert a.person("Elena Dobre").country == "ROU", a.summary()
    assert not any(e.country == "CHE" for e in a.entities if e.type != "GPE"), a.summary()
