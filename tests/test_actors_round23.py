"""Actors review of 2026-11-26, round 23: fresh wire copy from Kenya, Indonesia, Chile, the
African Union, Japan, Pakistan, NATO and the Gulf (sentences written for the tests)."""

from __future__ import annotations

from actors_helpers import analyse


def test_a_name_in_apposition_to_a_post_or_taking_over_from_someone_is_a_person():
    a = analyse("The mine's new manager is Luis Ferrada, who took over from Octavio Quiroga as general manager "
                "in March. The company's chief executive, Ruben Salgado, will visit the site on Monday. "
                "Salgado said output would recover.")
    ferrada, quiroga = a.person("Luis Ferrada"), a.person("Octavio Quiroga")
    salgado = a.person("Ruben Salgado")
    assert a.owner_of_mention("Salgado", 1) is salgado
    assert ferrada is not quiroga


def test_a_surname_the_gazetteer_knows_as_a_town_is_the_person_named_in_full():
    a = analyse("The strike is the first test for Alvarado, who took over from Octavio Quiroga as chief "
                "executive in 2024. The company's chief executive, Ruben Alvarado, will meet union leaders "
                "in Rancagua on Thursday.")
    alvarado = a.person("Ruben Alvarado")
    assert a.owner_of_mention("Alvarado", 0) is alvarado
    assert any(c.new == alvarado.id and c.old == a.person("Octavio Quiroga").id for c in a.role_changes)


def test_a_bare_rank_of_someone_holding_another_states_office_is_that_states_not_the_datelines():
    a = analyse("MUSCAT, May 4 (Wire) - Oman hosted the talks, Oman said. Oman thanked Egypt and Oman praised "
                "Jordan. Yemen's Presidential Council chairman, General Saleh al-Mahri, welcomed the deal.")
    mahri = a.person("Saleh al-Mahri")
    assert ("General", "OMN") not in a.roles(mahri)
    assert mahri.country == "YEM"


def test_a_prime_minister_designate_is_a_title():
    a = analyse("Khartoum's Prime Minister-designate Kamil Osman, who was appointed in May, thanked the emir.")
    assert ("Prime Minister-designate", "SDN") in a.roles(a.person("Kamil Osman"))


def test_a_post_before_a_style_is_a_title_of_its_own():
    a = analyse("MANAMA, May 4 (Wire) - Bahrain hosted the talks. Saudi Interior Minister Prince Khalid bin Saud "
                "spoke with Kuwait's Emir Sheikh Nasser al-Sabah by telephone.")
    khalid = a.roles(a.person("Khalid bin Saud"))
    assert ("Interior Minister", "SAU") in khalid and ("Prince", "SAU") in khalid
    assert ("Emir", "KWT") in a.roles(a.person("Nasser al-Sabah"))


def test_the_au_is_the_african_union_and_its_peace_council_no_un_body():
    a = analyse("Ghana's president spoke at the African Union summit. Tendai Moyo, the AU commissioner for trade, "
                "said the Peace and Security Council would meet on Friday.")
    au = a.named("African Union")
    assert a.owner_of_mention("AU") is au
    assert ("Commissioner for trade", "African Union") in a.roles(a.person("Tendai Moyo"))
    council = a.owner_of_mention("Peace and Security Council")
    assert council is not None and council.name != "UN Security Council", a.summary()


def test_a_region_of_several_states_read_as_a_person_is_a_place():
    a = analyse("Leaders met in Accra to discuss the crisis in the Sahel, where attacks have cut roads.")
    sahel = a.owner_of_mention("Sahel")
    assert sahel is not None and sahel.type == "LOC", a.summary()


def test_an_object_pronoun_of_a_joined_verb_is_not_the_shared_subject():
    a = analyse("President Samuel Otieno on Monday sacked Energy Minister Paul Kamau and replaced him with "
                "Ruth Njeri, a former governor.")
    kamau, njeri = a.person("Paul Kamau"), a.person("Ruth Njeri")
    assert a.owner_of_mention("him") is kamau
    change = next(c for c in a.role_changes if c.new == njeri.id)
    assert change.old == kamau.id and change.post == "Energy Minister"
    assert ("President", None) not in a.roles(njeri) and not any(t == "President" for t, _ in a.roles(njeri))


def test_portfolios_of_mines_law_and_water_and_a_minister_of_state_are_titles():
    a = analyse("LIMA, May 4 (Wire) - Mining Minister Rosa Quispe urged talks. Law Minister Jorge Salas said the "
                "government would appeal. Minister of State Carlos Vega led the talks. Treasury Cabinet Secretary "
                "John Mbeki spoke.")
    assert ("Mining Minister", "PER") in a.roles(a.person("Rosa Quispe"))
    assert ("Law Minister", "PER") in a.roles(a.person("Jorge Salas"))
    assert ("Minister of State", "PER") in a.roles(a.person("Carlos Vega"))
    assert any(t == "Cabinet Secretary" for t, _ in a.roles(a.person("John Mbeki")))


def test_a_company_names_a_successor_to_a_chief_executive_who_resigned():
    a = analyse("OSAKA, May 4 (Wire) - Hanseki Motors Corp Chief Executive Taro Mori resigned on Thursday, and "
                "the Japanese carmaker named Executive Vice President Emi Kato to succeed him from June 1.")
    mori, kato = a.person("Taro Mori"), a.person("Emi Kato")
    change = next(c for c in a.role_changes if c.old == mori.id)
    assert change.new == kato.id
    assert ("chief executive", "Hanseki Motors Corp") in a.roles(kato)
    assert ("Executive Vice President", "JPN") not in a.roles(kato)


def test_a_state_after_envoy_for_is_no_part_of_the_envoys_name():
    a = analyse("UN envoy for Sudan Ramtane Lamamra said the exchange could open the way to a ceasefire. "
                "Lamamra met the army chief on Sunday.")
    envoy = a.person("Ramtane Lamamra")
    assert ("envoy for Sudan", "United Nations") in a.roles(envoy)
    assert a.owner_of_mention("Sudan") is a.state("SDN")


def test_a_title_and_a_known_surname_read_as_an_organisation_is_the_person():
    a = analyse("ISLAMABAD, Nov 17 (Wire) - Pakistan's Supreme Court on Monday ordered the release of a senior "
                "aide to former Prime Minister Imran Khan.\n\nA three-member bench headed by Chief Justice Yahya "
                "Afridi said Shahbaz Gill had been held without charge for five months. \"Liberty cannot be "
                "suspended at the pleasure of the executive,\" Justice Afridi wrote.")
    judge = a.person("Yahya Afridi")
    assert a.owner_of_mention("Afridi", 1) is judge
    assert not any(e.type == "ORG" and "Afridi" in e.name for e in a.entities), a.summary()


def test_a_body_named_of_a_state_is_that_states_and_keeps_of_in_its_name():
    a = analyse("The Law Society of Uganda said the minister should resign. The Bank of Ghana raised rates on "
                "Monday.")
    society = a.named("Law Society of Uganda")
    assert society.type == "ORG" and society.country == "UGA"
    assert a.named("Bank of Ghana").country == "GHA"


def test_a_post_of_a_body_without_a_state_takes_no_state_from_its_holders():
    a = analyse("African Union Commission Chairperson Amadou Sow told leaders to act. Sow, Niger's former "
                "foreign minister, took over from Moussa Traore in February.")
    sow, traore = a.person("Amadou Sow"), a.person("Moussa Traore")
    change = next(c for c in a.role_changes if c.new == sow.id)
    assert change.old == traore.id and change.country is None
    assert ("Chair", "African Union Commission") in a.roles(traore)
    assert not any(of == "NER" and t == "Chair" for t, of in a.roles(sow) | a.roles(traore))


def test_only_the_successor_is_acting():
    a = analyse("Grace Wambui, the deputy governor of the central bank, takes over from Daniel Kamau as acting "
                "treasury secretary.")
    wambui, kamau = a.person("Grace Wambui"), a.person("Daniel Kamau")
    assert any(c.old == kamau.id and c.new == wambui.id for c in a.role_changes)
    assert any(t.startswith("acting") for t, _ in a.roles(wambui))
    assert not any(t.startswith("acting") for t, _ in a.roles(kamau)), a.roles(kamau)


def test_a_union_leader_is_a_title_of_its_own():
    a = analyse("Miners extended the strike after the union rejected the offer, union leader Hector Ibarra said.")
    assert ("union leader", None) in a.roles(a.person("Hector Ibarra"))


def test_its_president_after_a_body_named_of_a_state_is_the_bodys():
    a = analyse("The Law Society of Uganda said the minister should have been dismissed. \"Moving a minister is "
                "not accountability,\" said its president, Faith Nakato.")
    assert ("President", "Law Society of Uganda") in a.roles(a.person("Faith Nakato"))
