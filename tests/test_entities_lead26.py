"""Actors review of round 26 (lead, 2026-11-27): sentences written for the tests."""

from __future__ import annotations

import pytest

from actors_helpers import analyse


@pytest.mark.parametrize("text, body, state", [
    ("Talks\n\nIndia and Pakistan traded fire. China called for calm. Foreign Ministry spokeswoman "
     "Lin Hua said Beijing hoped for dialogue.", "Foreign Ministry", "CHN"),
    ("Talks\n\nSerbia and Kosovo blamed each other. Germany urged restraint. Defence Ministry "
     "spokesman Kai Brandt said troops were on alert.", "Defence Ministry", "DEU"),
])
def test_a_states_body_named_without_its_state_after_that_states_sentence_is_its(text, body, state):
    # No dateline and no state the story is plainly about: the body followed a sentence whose
    # subject is a state, and stayed without one.
    a = analyse(text)
    assert a.named(body).country == state, a.summary()


def test_a_states_body_with_no_state_before_it_stays_without_one():
    a = analyse("Talks\n\nIndia and Pakistan traded fire. Prices rose. Foreign Ministry spokeswoman "
                "Lin Hua said both sides should talk.")
    assert a.named("Foreign Ministry").country is None, a.summary()


@pytest.mark.parametrize("text, official, body", [
    ("Talks\n\nUnited Nations Secretary-General Ana Ferreira urged calm. Her spokesman, Tomas Lind, "
     "said the UN was ready to help.", "Tomas Lind", "United Nations"),
    ("Deal\n\nNorthwind Energy chief executive Paul Ames hailed the deal. His spokeswoman, Clara Voss, "
     "said the company would say more on Friday.", "Clara Voss", "Northwind Energy"),
])
def test_the_spokesperson_of_an_official_with_no_state_serves_the_officials_body(text, official, body):
    a = analyse(text)
    assert {of for _, of in a.roles(a.person(official))} == {body}, a.summary()


def test_a_national_council_of_a_dateline_story_is_that_states():
    a = analyse("Recount\n\nTEGUCIGALPA (Wire) - The National Electoral Council ordered a recount on Monday. "
                "Council president Laura Mendez resigned.")
    assert a.named("National Electoral Council").country == "HND", a.summary()


@pytest.mark.parametrize("text, post", [
    ("Shake-up\n\nLONDON (Wire) - Northwind Energy said its chief executive Paul Ames had resigned and would "
     "be replaced by finance chief Clara Voss.", "chief executive of Northwind Energy"),
    ("Recount\n\nTEGUCIGALPA (Wire) - National Electoral Council president Laura Mendez resigned on Tuesday "
     "and was replaced by her deputy, Oscar Paz.", "President of National Electoral Council"),
])
def test_a_change_in_an_organisations_post_names_the_organisation(text, post):
    a = analyse(text)
    assert [c.post for c in a.role_changes] == [post], a.role_changes


@pytest.mark.parametrize("title, name", [
    ("EU Slaps New Sanctions on Belarus Over Migrant Flights", "European Union"),
    ("Kremlin Mulls Response as NATO Nears Decision", "NATO"),
])
def test_headline_verbs_end_the_name_before_them(title, name):
    a = analyse(f"{title}\n\nThe {name} acted on Thursday. Officials in Minsk said little.")
    assert not [e for e in a.entities if len(e.name.split()) > 3 and e.type == "ORG"], a.summary()
    assert a.named(name).type == "ORG", a.summary()


def test_brussels_standing_for_a_state_is_the_eu_in_a_story_about_the_eu():
    a = analyse("Sanctions\n\nThe EU imposed sanctions on Belarus. Minsk threatened to cut transit if Brussels "
                "went further. EU ministers met in Brussels on Friday.")
    eu = a.named("European Union")
    assert "Brussels" in {m.text for m in eu.mentions}, a.summary()
    assert not [e for e in a.entities if e.name == "Belgium"], a.summary()


def test_brussels_is_belgium_in_a_story_without_the_eu():
    a = analyse("Dispute\n\nThe Netherlands and Belgium quarrelled over a canal. The Hague accused Brussels "
                "of delaying the works.")
    assert "Brussels" not in {m.text for e in a.entities if e.type == "ORG" for m in e.mentions}, a.summary()


def test_an_opposition_leader_opposes_the_head_of_government_named_just_before():
    a = analyse("Sanctions\n\nThe EU and Poland criticised the vote, which the opposition says President Alexander "
                "Lukashenko of Belarus stole. Opposition leader Sviatlana Tsikhanouskaya urged the bloc to go further.")
    assert a.roles(a.person("Sviatlana Tsikhanouskaya")) == {("opposition leader", "BLR")}, a.summary()


def test_an_opposition_leader_far_from_any_head_of_government_stays_without_a_state():
    a = analyse("Sanctions\n\nPrime Minister Donald Tusk of Poland spoke first. The EU met. Prices rose. Talks went on. "
                "Opposition leader Sviatlana Tsikhanouskaya urged the bloc to go further.")
    assert a.roles(a.person("Sviatlana Tsikhanouskaya")) == {("opposition leader", None)}, a.summary()


@pytest.mark.parametrize("sentence, name, title, state", [
    ("President Emmanuel Macron of France said talks would go on.", "Emmanuel Macron", "President", "FRA"),
    ("Prime Minister Mark Carney of Canada met reporters.", "Mark Carney", "Prime Minister", "CAN"),
    ("Chancellor Angela Merkel of Germany defended the policy.", "Angela Merkel", "Chancellor", "DEU"),
])
def test_a_state_in_an_of_phrase_after_the_name_owns_the_title_before_it(sentence, name, title, state):
    a = analyse("Story\n\n" + sentence)
    assert a.roles(a.person(name)) == {(title, state)}, a.summary()


def test_a_region_after_the_name_gives_no_state_to_the_title():
    a = analyse("Story\n\nSenator Bernie Sanders of Vermont spoke on Monday.")
    assert a.roles(a.person("Bernie Sanders")) == {("Senator", None)}, a.summary()


def test_a_middle_name_the_press_uses_alone_is_the_person_named_in_full():
    a = analyse("Rates\n\nPresident Luiz Inacio Lula da Silva criticised the bank. Galipolo, whom Lula appointed "
                "last year, defended the move.")
    lula = a.person("Luiz Inacio Lula da Silva")
    assert "Lula" in {m.text for m in lula.mentions}, a.summary()
    assert not [e for e in a.entities if e.name == "Lula"], a.summary()


def test_a_lower_case_title_opening_the_sentence_keeps_its_capitalised_first_word():
    a = analyse("Rates\n\nBRASILIA (Wire) - Central bank governor Gabriel Galipolo defended the move.")
    assert a.roles(a.person("Gabriel Galipolo")) == {("Central Bank Governor", "BRA")}, a.summary()


def test_a_portfolio_before_a_lower_case_ministry_names_the_ministry():
    a = analyse("Border\n\nKABUL (Wire) - Interior ministry spokesman Ali Reza said the crossing would reopen.")
    ministry = [e for e in a.entities if e.type == "ORG"]
    assert [(e.name, e.country) for e in ministry] == [("Interior ministry", "AFG")], a.summary()


def test_bare_soldiers_are_not_an_army_the_story_names_only_later():
    a = analyse("Attack\n\nJihadists killed 27 soldiers in an attack on an army post in western Niger on Sunday. "
                "Troops killed dozens of the attackers.\n\nThe junta expelled French troops last year.")
    french = a.named("French military")
    assert {m.text for m in french.mentions} == {"French troops"}, a.summary()


@pytest.mark.parametrize("text, part", [
    ("Attack\n\nJihadists killed 27 soldiers in western Niger on Sunday, the country's military government said.",
     "Nigerien government"),
    ("Floods\n\nHeavy rain hit Bangladesh on Monday. The country's army said 40 people had died.",
     "Bangladeshi military"),
])
def test_the_countrys_body_is_the_body_of_the_state_named_last(text, part):
    a = analyse(text)
    assert any(m.text.startswith("the country's") or m.text.startswith("The country's") for m in a.named(part).mentions), a.summary()


@pytest.mark.parametrize("text, name, role", [
    ("Talks\n\nRussia's foreign minister said on Monday that talks would resume.\n\nSergei Lavrov told reporters "
     "in Moscow the West had to listen.", "Sergei Lavrov", ("Foreign Minister", "RUS")),
    ("Deal\n\nQatar's prime minister said on Sunday that a deal was close. Sheikh Mohammed Al Thani told a forum "
     "in Doha that gaps had narrowed.", "Mohammed Al Thani", ("Prime Minister", "QAT")),
])
def test_the_office_a_lead_describes_is_the_one_the_next_sentence_names(text, name, role):
    a = analyse(text)
    person = a.person(name)
    assert role in a.roles(person), a.summary()
    assert any("'s" in m.text for m in person.mentions), a.summary()


def test_a_described_newcomer_in_the_next_sentence_is_someone_else():
    a = analyse("Talks\n\nUkraine's president said on Monday that talks would resume. Oleh Ivanov, a farmer near "
                "Kharkiv, said he doubted it.")
    assert a.roles(a.person("Oleh Ivanov")) == set(), a.summary()


def test_a_partys_word_between_the_body_and_the_title_belongs_to_the_title():
    a = analyse("Shutdown\n\nWASHINGTON (Wire) - The Senate voted on Friday. Senate Democratic leader Chuck Schumer "
                "called the deal a down payment.")
    assert a.roles(a.person("Chuck Schumer")) == {("Democratic leader", "Senate")}, a.summary()


@pytest.mark.parametrize("text, name, state", [
    ("Quake Kills at Least 120 in Eastern Afghanistan\n\nA quake struck on Sunday.", "Eastern Afghanistan", "AFG"),
    ("Quake\n\nA quake struck Northeast Bangladesh on Sunday.", "Northeast Bangladesh", "BGD"),
])
def test_a_compass_part_of_a_state_is_in_that_state(text, name, state):
    a = analyse(text)
    assert a.named(name).country == state, a.summary()


def test_a_compass_adjective_alone_is_no_place_and_continents_parts_no_state():
    a = analyse("Trade\n\nLeaders from Eastern and Central America met. The West imposed sanctions.")
    assert not [e for e in a.entities if e.name == "Eastern"], a.summary()
    assert all(e.country is None for e in a.entities if e.name == "Central America"), a.summary()
    assert [e for e in a.entities if e.name == "West"], a.summary()
