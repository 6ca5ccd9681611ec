"""Actors review of 2026-11-26, late: parties, associations, ranks after a post, rapporteurs
(sentences written for the tests)."""

from __future__ import annotations

from actors_helpers import analyse


def test_a_party_acronym_with_a_bracketed_part_is_one_party_and_owns_its_chairman():
    a = analyse("Kathmandu, May 2: Home Minister Ramesh Thapa met CPN (Maoist Centre) chairman Bikash Rai on "
                "Friday. The CPN (Maoist Centre) left the coalition last year.")
    party = a.named("CPN (Maoist Centre)")
    assert party.type == "ORG" and party.sector == "PTY"
    assert a.owner_of_mention("Maoist Centre", 1) is party
    assert ("Chairman", "CPN (Maoist Centre)") in a.roles(a.person("Bikash Rai"))


def test_an_acronym_spelled_out_in_brackets_stays_apart():
    a = analyse("The IMF (International Monetary Fund) approved a loan to Ghana on Friday.")
    assert not any(e.name.startswith("IMF (") for e in a.entities), a.summary()


def test_a_party_named_like_a_legislature_is_a_party_and_its_president_its_own():
    a = analyse("Nepali Congress president Gagan Shrestha said the party would stay in the government.")
    party = a.named("Nepali Congress")
    assert party.sector == "PTY"
    assert ("President", "Nepali Congress") in a.roles(a.person("Gagan Shrestha"))


def test_a_name_with_party_in_it_is_a_party():
    a = analyse("The Freedom Party won 31 seats, officials said on Monday.")
    assert a.named("Freedom Party").sector == "PTY"


def test_an_association_read_as_a_person_is_an_organisation_and_owns_the_title():
    a = analyse("Ghana Traders' Association president Kojo Mensah said shops would close on Monday.")
    assoc = a.named("Ghana Traders' Association")
    assert assoc.type == "ORG"
    person = a.person("Kojo Mensah")
    assert ("President", "Ghana Traders' Association") in a.roles(person)
    assert ("President", "GHA") not in a.roles(person)


def test_a_special_rapporteur_is_a_role_of_the_un():
    a = analyse("UN Special Rapporteur on Eritrea, Mohamed Babiker, said on Tuesday that arrests had risen.")
    assert ("Special Rapporteur on Eritrea", "United Nations") in a.roles(a.person("Mohamed Babiker"))


def test_a_post_before_a_rank_is_a_title_of_its_own():
    a = analyse("Sudan's army accused the rebels of shelling Omdurman.\n\nMilitary spokesman Brigadier General "
                "Nabil Abdallah said the attack was repelled. Police spokesman Colonel Fathi Osman said "
                "two people died.")
    nabil = a.roles(a.person("Nabil Abdallah"))
    assert {t for t, _ in nabil} == {"military spokesman", "Brigadier General"}
    fathi = a.roles(a.person("Fathi Osman"))
    assert {t for t, _ in fathi} == {"police spokesman", "Colonel"}
    assert not any(e.name == "Police" for e in a.entities), a.summary()


def test_a_deputy_taking_over_as_acting_chair_follows_the_one_who_resigned():
    a = analyse("The chairman of Zambia's electoral commission, Peter Banda, "
                "resigned on Tuesday, and his deputy Grace Mwila took over as acting chair.")
    banda, mwila = a.person("Peter Banda"), a.person("Grace Mwila")
    assert any(c.old == banda.id and c.new == mwila.id for c in a.role_changes), a.role_changes
    assert not any(t.startswith("acting") for t, _ in a.roles(banda))


def test_taking_over_at_a_ministry_is_a_change_of_its_minister():
    a = analyse("LUSAKA, June 3 (Wire) — At the finance ministry, Charles Phiri takes over from Mary Zulu, "
                "who moved to the presidency.")
    phiri, zulu = a.person("Charles Phiri"), a.person("Mary Zulu")
    change = next(c for c in a.role_changes if c.new == phiri.id)
    assert change.old == zulu.id and change.post == "Finance Minister" and change.country == "ZMB"


def test_a_pronoun_replacing_someone_who_resigned_is_a_change():
    a = analyse("Ruth Tembo was named head of the revenue authority on Friday. She replaces John Mulenga, "
                "who resigned last month.")
    tembo, mulenga = a.person("Ruth Tembo"), a.person("John Mulenga")
    assert any(c.new == tembo.id and c.old == mulenga.id for c in a.role_changes), a.role_changes
