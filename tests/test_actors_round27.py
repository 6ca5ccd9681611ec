"""Actors review of 2026-11-27, round 27: an acronym that spells a function word (WHO), a family
name that is also a short word after a title ("To Lam"), occupations before a name ("Nurse …"),
a town or a neighbouring state read as a person (sentences written for the tests)."""

from __future__ import annotations

import pytest

from actors_helpers import analyse


@pytest.mark.parametrize("text, person, title", [
    ("Outbreak warning\n\nWHO Director-General Amara Tesfaye warned on Thursday that the cholera outbreak in the "
     "coastal provinces could spread across the border within weeks.", "Amara Tesfaye", "Director General"),
    ("Vaccine drive\n\nThe regional WHO director, Lucia Ferraz, said the vaccination campaign would start in "
     "the northern districts next month if funding arrives in time.", "Lucia Ferraz", None),
])
def test_who_in_capitals_is_the_world_health_organization(text, person, title):
    a = analyse(text)
    who = a.named("World Health Organization")
    assert who.type == "ORG", a.summary()
    if title:
        assert (title, "World Health Organization") in a.roles(a.person(person)), a.summary()


def test_who_the_pronoun_is_no_organisation():
    a = analyse("Aid cut\n\nWho will pay for the new clinics is unclear, said the minister who announced the cuts "
                "to the health budget on Monday afternoon.")
    assert not any(e.name == "World Health Organization" for e in a.entities), a.summary()


@pytest.mark.parametrize("text", [
    "Party congress\n\nVietnam's General Secretary To Lam arrived in Seoul on Monday for three days of talks with "
    "the government about trade and investment.",
    "Party congress\n\nCommunist Party General Secretary To Lam said on Monday that the reforms of the state "
    "companies would continue through the coming year.",
])
def test_a_family_name_that_is_a_short_word_after_a_title(text):
    a = analyse(text)
    lam = a.person("To Lam")
    assert any(t == "General Secretary" for t, _ in a.roles(lam)), a.summary()
    assert not any(e.name == "Lam" for e in a.entities), a.summary()


@pytest.mark.parametrize("text, person, title", [
    ("Hospital strain\n\nNurse Funmi Adeyemi said the maternity ward at the district hospital was full by "
     "Tuesday evening and that patients were sleeping in the corridors.", "Funmi Adeyemi", "nurse"),
    ("Floods close schools\n\nTeacher Grace Wanjiru, 34, said the school had closed after the floods reached "
     "the classrooms on Wednesday night.", "Grace Wanjiru", "teacher"),
])
def test_an_occupation_before_a_name_is_a_title_not_part_of_the_name(text, person, title):
    a = analyse(text)
    assert (title, None) in a.roles(a.person(person)), a.summary()


def test_a_town_named_so_stays_a_place_in_later_sentences():
    a = analyse("Rebels advance\n\nRebels seized the town of Korvani on Tuesday after two days of fighting, "
                "residents said. Korvani lies on the main road to the border and has a small airstrip.")
    assert not any(e.type == "PERSON" for e in a.entities), a.summary()
    assert a.owner_of_mention("Korvani", 1) is a.owner_of_mention("Korvani", 0) or \
        a.owner_of_mention("Korvani", 1).type == "GPE", a.summary()


def test_a_neighbouring_state_is_no_person():
    a = analyse("Border dispute\n\nThe government accused neighbouring Meravia of arming the rebels in the "
                "east, and Meravia denied the charge in a statement on Thursday.")
    assert not any(e.type == "PERSON" for e in a.entities), a.summary()
    assert a.owner_of_mention("Meravia", 0).type == "GPE", a.summary()
    assert a.owner_of_mention("Meravia", 1).type == "GPE", a.summary()


def test_the_chairman_in_apposition_is_the_company_s_just_named():
    a = analyse("Chip plant\n\nSEOUL, March 3 (Wire) - Hanbit Semiconductor said on Tuesday it would build a new "
                "plant near the coast, and Park Min-ho, the chairman, said the investment was overdue.")
    assert ("Chairman", "Hanbit Semiconductor") in a.roles(a.person("Park Min-ho")), a.summary()


def test_house_speaker_in_a_dateline_story_is_of_the_home_state():
    a = analyse("Budget vote\n\nMANILA, March 3 (Wire) - House Speaker Ramon Santos said on Tuesday the chamber "
                "would vote on the budget next week despite objections from the opposition.")
    assert a.named("House").country == "PHL", a.summary()


def test_a_town_name_shared_by_several_states_takes_the_story_s_state():
    a = analyse("Port strike\n\nChile's copper exports fell in March after a strike closed the port of San Antonio "
                "for ten days, the central bank said on Friday.")
    assert a.named("San Antonio").country == "CHL", a.summary()


@pytest.mark.parametrize("text, name", [
    ("Road blocked\n\nVALDERA, March 3 (Wire) - Protesters blocked the main road into the city on Tuesday, police "
     "said, and traders closed their shops in the old market.", "Valdera"),
    ("Road blocked\n\nKORVANI, March 3 - Protesters blocked the main road into the city on Tuesday, police said, "
     "and traders closed their shops in the old market.", "Korvani"),
])
def test_an_unknown_upper_case_dateline_is_a_place(text, name):
    a = analyse(text)
    assert a.named(name).type == "GPE", a.summary()


def test_a_relative_s_name_in_apposition_is_a_person_of_the_relative_s_gender():
    a = analyse("Detained at the border\n\nOleh Marchenko's daughter, Sofia, said her father had been detained at "
                "the border on Sunday. His wife, Victoria, said the family had not heard from him since.")
    assert not any(e.type == "GPE" for e in a.entities), a.summary()
    assert a.person("Sofia") and a.person("Victoria"), a.summary()
    assert a.owner_of_mention("him") is not a.person("Victoria"), a.summary()


@pytest.mark.parametrize("text, person, party, iso3", [
    ("Vote in Warsaw\n\nOpposition Law and Justice leader Jaroslaw Wrona said the coalition in Warsaw had failed "
     "the voters who elected it two years ago.", "Jaroslaw Wrona", "Law and Justice", "POL"),
    ("Budget vote\n\nClaire Dumont, leader of the National Rally, said her party would vote against the budget "
     "when it comes before the assembly next week.", "Claire Dumont", "National Rally", "FRA"),
])
def test_a_party_leader_is_of_the_party_and_its_state(text, person, party, iso3):
    a = analyse(text)
    p = a.person(person)
    assert ("leader", party) in a.roles(p), a.summary()
    assert a.named(party).country == iso3 and p.country == iso3, a.summary()


def test_a_first_name_alone_as_subject_is_the_person_named_in_full():
    a = analyse("State visit\n\nPresident Wiranto Sasongko flew to Tokyo on Monday for talks on trade and defence. "
                "Wiranto also met business leaders at a dinner on Tuesday evening.")
    assert a.owner_of_mention("Wiranto", 1) is a.person("Wiranto Sasongko"), a.summary()


def test_a_body_s_official_for_a_region_is_the_body_s():
    a = analyse("Growth forecast\n\nThe IMF's Western Hemisphere director, Rodrigo Salas, said on Wednesday that "
                "growth would slow this year across the region as exports weaken.")
    roles = a.roles(a.person("Rodrigo Salas"))
    assert any(of == "International Monetary Fund" and "Director" in t for t, of in roles), a.summary()
