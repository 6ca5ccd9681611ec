"""Actors review of 2026-11-27, round 28: a clipped rank word that is a given name after an office
("Defence Minister Gen Nakatani"), a name the parser hangs on the post it is given ("named X
reconciliation minister"), a town conjoined with a place, a body named "… of Law and Justice"
(sentences written for the tests)."""

from __future__ import annotations

import pytest

from actors_helpers import analyse


@pytest.mark.parametrize("text, name, title", [
    ("Defence pact\n\nJapanese Defence Minister Gen Nakatani flew to Manila on Wednesday to sign a logistics "
     "agreement with the Philippine government.", "Gen Nakatani", "Defence Minister"),
    ("Border talks\n\nThai Interior Minister Col Suwanrat told reporters on Friday that the checkpoints would "
     "reopen next week after the floods.", "Col Suwanrat", "Interior Minister"),
])
def test_a_clipped_rank_after_an_office_is_a_given_name(text, name, title):
    a = analyse(text)
    p = a.person(name)
    assert {t for t, _ in a.roles(p)} == {title}, a.summary()


def test_a_clipped_rank_before_a_full_name_stays_a_rank():
    a = analyse("Security review\n\nPakistani army chief Gen Tariq Malhotra met the prime minister on Monday to "
                "discuss the security situation along the border.")
    p = a.person("Tariq Malhotra")
    assert "General" in {t for t, _ in a.roles(p)}, a.summary()


@pytest.mark.parametrize("text, name, post", [
    ("Reshuffle\n\nLUSAKA, Nov 25 (Wire) - President Hakainde Hichilema on Tuesday named Petra Novak "
     "reconciliation minister in a cabinet reshuffle that surprised his allies.", "Petra Novak",
     "Reconciliation Minister"),
    ("Reshuffle\n\nThe governing coalition named Tomas Hrabal finance minister on Thursday after weeks of "
     "talks between the parties.", "Tomas Hrabal", "Finance Minister"),
])
def test_a_name_hung_on_the_post_it_is_given(text, name, post):
    a = analyse(text)
    p = a.person(name)
    assert any(t == post for t, _ in a.roles(p)), a.summary()
    assert any(c.new == p.id and c.post == post for c in a.role_changes), a.summary()


def test_a_lower_case_portfolio_joins_the_office():
    a = analyse("Reshuffle\n\nGrace Banda was named reconciliation minister on Tuesday, a post created after "
                "the disputed election.")
    assert any(t == "Reconciliation Minister" for t, _ in a.roles(a.person("Grace Banda"))), a.summary()


def test_a_known_town_conjoined_with_a_place_is_a_place():
    a = analyse("Strikes\n\nParis and Lyon were hit by strikes on Thursday as rail workers walked out over "
                "the pension reform.")
    lyon = a.owner_of_mention("Lyon")
    assert lyon is not None and lyon.type == "GPE" and lyon.country == "FRA", a.summary()


def test_a_ministry_of_law_and_justice_keeps_its_name():
    a = analyse("Reform\n\nThe Ministry of Law and Justice said on Monday that the draft bill would be sent to "
                "parliament before the end of the year.")
    body = a.owner_of_mention("Justice")
    assert body is not None and body.name == "Ministry of Law and Justice", a.summary()


@pytest.mark.parametrize("text", [
    "Coup\n\nSoldiers detained President Samuel Obame at his residence on Monday. The African Union's Commission "
    "chairman, Ahmed Salim, called on the soldiers to release him and to return to their barracks.",
    "Coup\n\nSoldiers detained President Samuel Obame at his residence on Monday. Regional envoy Ahmed Salim "
    "urged the officers to free him without conditions.",
])
def test_an_object_pronoun_of_a_request_is_not_the_one_asking(text):
    a = analyse(text)
    assert a.owner_of_mention("him") is a.person("Samuel Obame"), a.summary()


@pytest.mark.parametrize("text, firm, iso3", [
    ("New plant\n\nToyota Motor announced a new assembly plant near Manila on Tuesday. The Japanese carmaker said "
     "it would hire 2,000 workers by 2028.", "Toyota Motor", "JPN"),
    ("Chip deal\n\nHanseong Semiconductor signed a supply deal with a Dutch equipment maker on Monday. The South "
     "Korean chipmaker said the deal was worth $2 billion.", "Hanseong Semiconductor", "KOR"),
])
def test_a_company_takes_the_nationality_of_its_description(text, firm, iso3):
    a = analyse(text)
    assert a.named(firm).country == iso3, a.summary()


def test_a_style_is_no_office():
    a = analyse("Ports\n\nDOHA, Nov 26 (Wire) - Sheikh Khalid Al Mansouri, a businessman who chairs a Doha "
                "investment fund, said on Thursday the fund would buy stakes in two European ports. Prince Faisal "
                "bin Farhan also attended the meeting.")
    assert not any(t == "Sheikh" for t, _ in a.roles(a.person("Khalid Al Mansouri"))), a.summary()
    assert not any(t == "Prince" for t, _ in a.roles(a.person("Faisal bin Farhan"))), a.summary()


def test_a_royal_rank_of_a_named_state_stays():
    a = analyse("Talks\n\nSaudi Interior Minister Prince Khalid bin Saud met his Kuwaiti counterpart on Monday in "
                "Riyadh to discuss border security.")
    khalid = a.roles(a.person("Khalid bin Saud"))
    assert ("Interior Minister", "SAU") in khalid and ("Prince", "SAU") in khalid, a.summary()


def test_a_described_company_of_two_named_is_not_guessed():
    a = analyse("Port deal\n\nNordhavn Shipping agreed on Thursday to buy Puerto Austral for $1.4 billion. The Danish company "
                "said it expected approval by March.")
    assert a.named("Puerto Austral").country is None, a.summary()


def test_a_maker_described_by_nationality():
    a = analyse("Supply deal\n\nJAKARTA, Nov 24 (Wire) - A nickel miner signed a 10-year deal on Monday to supply "
                "LG Energy Solution, the South Korean battery maker said.")
    assert a.named("LG Energy Solution").country == "KOR", a.summary()


def test_a_company_in_apposition_to_its_nationality():
    a = analyse("Port deal\n\nA Danish group agreed on Thursday to buy Puerto Austral, a Chilean port operator, "
                "for $1.4 billion.")
    assert a.named("Puerto Austral").country == "CHL", a.summary()


def test_a_company_named_in_the_headline_takes_the_nationality_of_the_body():
    a = analyse("Nordhavn shipping group to buy port operator\n\nDanish shipping group Nordhavn agreed on Thursday "
                "to buy a port operator in Chile for $1.4 billion.")
    assert a.named("Nordhavn").country == "DNK", a.summary()


def test_a_legal_form_before_a_name_makes_it_a_company():
    a = analyse("Nickel\n\nPT Sulawesi Nikel signed a 10-year supply deal on Monday. Sulawesi Nikel's president "
                "director, Budi Hartono, said the company would build a new smelter.")
    firm = a.owner_of_mention("Sulawesi Nikel", 1)
    assert firm is not None and firm.type == "ORG" and firm is a.owner_of_mention("Sulawesi Nikel", 0), a.summary()
    assert not any(e.type == "PERSON" and e.name == "Sulawesi Nikel" for e in a.entities), a.summary()
