"""Actors review of 2026-11-27, round 26: cabinet reshuffles with several changes, a junta's
appointments, officials of international bodies and companies, surnames with particles, single
surnames with a post after them, datelines of two words (sentences written for the tests)."""

from __future__ import annotations

import pytest

from actors_helpers import analyse


def _change(a, old, new, post=None):
    old_id = a.person(old).id if old else None
    new_id = a.person(new).id if new else None
    return any(c.old == old_id and c.new == new_id and (post is None or c.post == post) for c in a.role_changes)


@pytest.mark.parametrize("text, old, new, post", [
    ("Reshuffle in Lusaka\nPresident Hakainde Mwale on Friday dismissed Energy Minister Peter Kapata and named "
     "Zambezi Power deputy director Joyce Banda to replace him.", "Peter Kapata", "Joyce Banda", "Energy Minister"),
    ("Reshuffle in Quito\nPresident Ana Cordero sacked Interior Minister Luis Vera and appointed police general "
     "Marco Paz to replace him.", "Luis Vera", "Marco Paz", "Interior Minister"),
])
def test_named_to_replace_him_after_a_dismissal_in_the_same_sentence(text, old, new, post):
    # "him" is the one dismissed, not the one named (who was read as "him" and replaced himself)
    a = analyse(text)
    assert _change(a, old, new, post), a.summary()
    assert not any(c.old == c.new for c in a.role_changes), a.summary()


@pytest.mark.parametrize("text, old, new", [
    ("Mayor quits\nLagos state Governor Tunde Bakare resigned on Monday to run for the Senate, and his deputy, "
     "Funke Adeyemi, was sworn in to replace him.", "Tunde Bakare", "Funke Adeyemi"),
    ("Chief quits\nNavy chief Admiral Rui Costa retired on Friday, and Vice Admiral Joao Melo was appointed to "
     "succeed him.", "Rui Costa", "Joao Melo"),
])
def test_a_passive_clause_s_subject_takes_over(text, old, new):
    a = analyse(text)
    assert _change(a, old, new), a.summary()
    assert not any(c.old == c.new for c in a.role_changes), a.summary()


def test_sworn_in_is_an_appointment():
    a = analyse("New premier\nMaria Keller was sworn in as prime minister of Austria on Tuesday.")
    assert any(c.new == a.person("Maria Keller").id and c.post.casefold() == "prime minister" for c in a.role_changes), \
        a.summary()


def test_a_minister_moved_to_another_ministry_replaces_the_one_there():
    a = analyse("Cabinet shake-up\nPrime Minister Lars Berg moved Trade Minister Elin Dahl to the foreign ministry, "
                "replacing Foreign Minister Nils Ek, who quit in June.")
    assert _change(a, "Nils Ek", "Elin Dahl", "Foreign Minister"), a.summary()
    assert ("Foreign Minister", None) not in a.roles(a.person("Lars Berg")), a.summary()


@pytest.mark.parametrize("text, old, new", [
    ("Minister fired\nThe transport minister, Omar Haddad, was fired after the crash and replaced by his deputy, "
     "Sami Khoury.", "Omar Haddad", "Sami Khoury"),
    ("Chief dismissed\nPolice chief Dan Mensah was suspended in May and replaced by Grace Owusu.", "Dan Mensah",
     "Grace Owusu"),
])
def test_a_bare_participle_conjoined_to_a_passive_is_passive(text, old, new):
    a = analyse(text)
    assert _change(a, old, new), a.summary()


@pytest.mark.parametrize("text, left", [
    ("Shake-up\nPrime Minister Ivan Horvat on Monday sacked Defence Minister Ante Kovac, Justice Minister Vesna "
     "Babic and Tourism Minister Goran Maric, in an overhaul of his cabinet.",
     [("Ante Kovac", "Defence Minister"), ("Vesna Babic", "Justice Minister"), ("Goran Maric", "Tourism Minister")]),
    ("Two fired\nThe president fired Trade Minister Jon Aho and Energy Minister Liisa Koski on Monday.",
     [("Jon Aho", "Trade Minister"), ("Liisa Koski", "Energy Minister")]),
])
def test_every_person_a_dismissal_lists_leaves_his_post(text, left):
    a = analyse(text)
    for name, post in left:
        assert _change(a, name, None, post), (name, a.summary())


def test_someone_only_mentioned_beside_the_one_dismissed_keeps_his_post():
    a = analyse("Fired\nThe president fired Trade Minister Jon Aho, a close ally of Energy Minister Liisa Koski, "
                "on Monday.")
    assert _change(a, "Jon Aho", None, "Trade Minister"), a.summary()
    assert not any(c.old == a.person("Liisa Koski").id for c in a.role_changes), a.summary()


def test_an_as_phrase_the_parser_hung_on_a_later_clause_is_the_appointee_s_post():
    a = analyse("Junta names premier\nThe military council on Sunday appointed a retired banker, Idrissa Kone, as "
                "interim prime minister, three weeks after soldiers ousted President Amadou Sangare.")
    kone, sangare = a.person("Idrissa Kone"), a.person("Amadou Sangare")
    assert any(c.new == kone.id and c.post == "interim Prime Minister" for c in a.role_changes), a.summary()
    assert not any(r.title.casefold().endswith("prime minister") for r in sangare.roles), a.summary()
    assert not any(c.post == "banker" for c in a.role_changes), a.summary()


@pytest.mark.parametrize("text, name, title", [
    ("Protests\nPolice fired tear gas in the capital.\nOtieno, the interior minister, told parliament on Tuesday "
     "that the police had acted lawfully.", "Otieno", "Interior Minister"),
    ("Budget\nHalvorsen, the finance minister, said the budget was balanced.", "Halvorsen", "Finance Minister"),
])
def test_a_single_surname_with_a_post_in_apposition_is_a_person(text, name, title):
    a = analyse(text)
    assert any(r.title == title for r in a.person(name).roles), a.summary()


def test_should_resign_is_a_demand_not_a_change():
    a = analyse("Row\nFinance Minister Rita Osei met lenders on Monday. The opposition said the minister should "
                "resign.")
    assert not a.role_changes, a.summary()


@pytest.mark.parametrize("text, name, iso", [
    ("Oil\nOPEC Secretary General Faisal al-Mutairi, a Kuwaiti, said demand would stay strong.", "Faisal al-Mutairi",
     "KWT"),
    ("Sport\nThe federation's president, Tendai Moyo, a Zimbabwean former sprinter, said the vote was clean.",
     "Tendai Moyo", "ZWE"),
])
def test_a_nationality_in_an_indefinite_apposition(text, name, iso):
    a = analyse(text)
    assert a.person(name).country == iso, a.summary()


@pytest.mark.parametrize("text, name, title, owner", [
    ("Cuts\nVolkswagen's CFO, Maren Vogt, said the group would cut costs.", "Maren Vogt", "chief financial officer",
     "Volkswagen"),
    ("Orders\nSiemens CFO Ralf Weber said orders rose.", "Ralf Weber", "chief financial officer", "Siemens"),
])
def test_corporate_officers_by_their_acronym(text, name, title, owner):
    a = analyse(text)
    assert (title, owner) in a.roles(a.person(name)), a.summary()
    assert not any(e.type == "ORG" and "CFO" in e.name for e in a.entities), a.summary()


@pytest.mark.parametrize("text, place, iso", [
    ("Talks\nTHE HAGUE (Wire) - Dutch Foreign Minister Pieter Smit met his Belgian counterpart on Monday.",
     "The Hague", "NLD"),
    ("Vote\nSAO PAULO (Wire) - The state governor resigned on Thursday.", "Sao Paulo", "BRA"),
])
def test_a_two_word_dateline_is_one_place(text, place, iso):
    a = analyse(text)
    assert a.named(place).country == iso, a.summary()
    assert not any("(" in e.name or e.name in ("SAO", "HAGUE") for e in a.entities), a.summary()


@pytest.mark.parametrize("text, full, short", [
    ("Talks\nDutch Finance Minister Eelco van Dam met the lenders on Monday. Van Dam said the talks went well.",
     "Eelco van Dam", "Van Dam"),
    ("Energy\nSaudi Energy Minister Prince Faisal bin Turki met the buyers. Bin Turki said supply was ample.",
     "Faisal bin Turki", "Bin Turki"),
])
def test_a_surname_with_its_particle_capitalised_is_the_same_person(text, full, short):
    a = analyse(text)
    assert a.owner_of_mention(short) is a.person(full), a.summary()


def test_an_honorific_s_gender_picks_among_people_sharing_a_surname():
    a = analyse("Feud\nSenator Clara Reyes accused her brother, House Speaker Tomas Reyes, of hiding funds. Tomas Reyes "
                "denied it. Mrs. Reyes, the senator, said she would file a complaint.")
    clara, tomas = a.person("Clara Reyes"), a.person("Tomas Reyes")
    assert a.owner_of_mention("Reyes", 3) is clara, a.summary()
    assert not any(r.title == "Senator" for r in tomas.roles), a.summary()


def test_a_body_name_word_that_is_also_a_headline_verb_stays_in_the_name():
    a = analyse("Army chief\nThe military government appointed Lieutenant General Kyaw Win as army chief on Friday.")
    assert any(r.title == "Lieutenant General" for r in a.person("Kyaw Win").roles), a.summary()


def test_a_city_with_its_port_is_a_place():
    a = analyse("Port\nThe minister said the kingdom would invest in Rotterdam's port.")
    assert a.named("Rotterdam").type == "GPE", a.summary()


@pytest.mark.parametrize("text, name, party", [
    ("March\nPolice fired tear gas. Democratic Party leader Grace Wambui said her party would march again.",
     "Grace Wambui", "Democratic Party"),
    ("Vote\nUnited Front leader Sunil Perera said the vote was rigged.", "Sunil Perera", "United Front"),
])
def test_a_party_s_own_noun_before_party_leader_stays_in_its_name(text, name, party):
    a = analyse(text)
    assert any(r.of == party for r in a.person(name).roles), a.summary()


@pytest.mark.parametrize("text, name, title", [
    ("Cabinet\nFormer army chief General Juma Said was appointed defence minister.", "Juma Said", "former army chief"),
    ("Cabinet\nThe post went to Marek Nowicki, a former police chief.", "Marek Nowicki", "former police chief"),
])
def test_a_former_force_chief_keeps_the_force(text, name, title):
    a = analyse(text)
    assert any(r.title == title for r in a.person(name).roles), a.summary()


def test_an_as_phrase_is_the_post_taken_not_a_description_of_someone_named_before():
    a = analyse("Vote\nA court sentenced former president Luis Ortega. Congress elected Jose Mendoza as its new president, "
                "replacing Eduardo Salinas, whose term had ended.")
    ruiz, soto = a.person("Jose Mendoza"), a.person("Eduardo Salinas")
    assert a.owner_of_mention("its new president") is None, a.summary()
    assert any(c.old == soto.id and c.new == ruiz.id and c.post in ("President", "President of Congress") for c in a.role_changes), a.summary()
    assert ("President", "Congress") in a.roles(ruiz), a.summary()


def test_a_passive_appointment_names_the_post_not_the_predecessor_s_rank():
    a = analyse("Junta\nGeneral Oumar Sy was named interior minister, replacing Colonel Sekou Keita, who becomes "
                "head of the council.")
    sy, keita = a.person("Oumar Sy"), a.person("Sekou Keita")
    change = next(c for c in a.role_changes if c.old == keita.id and c.new == sy.id)
    assert change.post == "Interior Minister", a.summary()
    assert not any(r.title == "Colonel" for r in sy.roles), a.summary()


def test_a_korean_name_in_apposition_to_an_ambassador_is_a_person():
    a = analyse("Ties\nSouth Korea's ambassador to Japan, Park Cheol-min, said Seoul wanted closer ties with Tokyo.")
    kim = a.person("Park Cheol-min")
    assert kim.country == "KOR", a.summary()


@pytest.mark.parametrize("text, new, company", [
    ("Oil\nKorlan Petroleum Ltd said on Monday that its board had appointed Dana Bek as chief executive, replacing "
     "Arman Sadyk.", "Dana Bek", "Korlan Petroleum Ltd"),
    ("Chips\nHanseong Electronics said on Tuesday it had appointed Seo Min-jun as chief executive, replacing "
     "Han Ji-ho.", "Seo Min-jun", "Hanseong Electronics"),
])
def test_a_company_s_board_appointing_its_officer(text, new, company):
    a = analyse(text)
    assert ("chief executive", company) in a.roles(a.person(new)), a.summary()
    assert any(a.name_of(c.by) == company for c in a.role_changes), a.summary()


def test_a_known_body_s_possessive_inside_an_organisation_span_owns_the_rest():
    a = analyse("Coup\nNIAMEY (Wire) - Soldiers ousted the president. The African Union's Commission chairman, Musa "
                "Keita, called for calm.")
    keita = a.person("Musa Keita")
    assert any(r.of == "African Union" for r in keita.roles), a.summary()
    assert keita.country is None, a.summary()
    assert not any("'s" in e.name for e in a.entities), a.summary()


@pytest.mark.parametrize("text, name, group", [
    ("War\nThe army rejected talks with the Rapid Support Forces, led by Hamid Osman.", "Hamid Osman",
     "Rapid Support Forces"),
    ("Vote\nThe opposition National Unity Party, led by Sokha Kem, boycotted the vote.", "Sokha Kem",
     "National Unity Party"),
])
def test_the_one_who_leads_a_group(text, name, group):
    a = analyse(text)
    assert ("leader", group) in a.roles(a.person(name)), a.summary()


def test_an_agency_s_administrator():
    a = analyse("Aid\nUN Development Programme administrator Karl Brandt urged donors to help.")
    assert ("administrator", "UN Development Programme") in a.roles(a.person("Karl Brandt")), a.summary()


def test_a_minister_moved_to_a_ministry_and_a_successor_taking_over_the_portfolio():
    a = analyse("Reshuffle\nDefence Minister Pita Vake was moved to the agriculture ministry, and former navy commander "
                "Admiral Sione Lolo took over the defence portfolio.")
    vake, lolo = a.person("Pita Vake"), a.person("Sione Lolo")
    assert any(c.old == vake.id and c.new == lolo.id and c.post == "Defence Minister" for c in a.role_changes), \
        a.summary()
    assert any(c.new == vake.id and c.post == "Agriculture Minister" for c in a.role_changes), a.summary()


def test_the_company_s_officer_is_the_company_s_named_before():
    a = analyse("Results\nKorlan Steel said on Tuesday that profit fell. The company's chief financial officer, Aida "
                "Nurova, told analysts that prices would recover.")
    assert ("chief financial officer", "Korlan Steel") in a.roles(a.person("Aida Nurova")), a.summary()


def test_a_possessive_in_a_relative_clause_is_the_relative_pronoun_s_person():
    a = analyse("Reshuffle\nPrime Minister Anan Chai on Friday replaced four ministers, including Finance Minister Somchai "
                "Wong, who was succeeded by his deputy, Niran Sukh.")
    assert a.owner_of_mention("his") is a.person("Somchai Wong"), a.summary()


@pytest.mark.parametrize("text, name, iso", [
    ("UN\nYemen's UN envoy, Khalid Saeed, welcomed the draft.", "Khalid Saeed", "YEM"),
    ("NATO\nBritain's NATO envoy, Alan Pryce, agreed with the plan.", "Alan Pryce", "GBR"),
])
def test_a_state_s_envoy_to_a_body_of_states_is_the_state_s(text, name, iso):
    a = analyse(text)
    person = a.person(name)
    assert person.country == iso and any(r.of == iso for r in person.roles), a.summary()


def test_a_company_after_a_state_s_possessive_still_owns_its_officer():
    a = analyse("Gas\nRussia's Gazprom chairman Oleg Markov said exports rose.")
    assert ("Chairman", "Gazprom") in a.roles(a.person("Oleg Markov")), a.summary()


def test_a_sport_s_national_federation_is_no_state():
    a = analyse("Ban\nAthletics Kenya president Peter Kiprop said the federation would appeal.")
    kiprop = a.person("Peter Kiprop")
    assert ("President", "KEN") not in a.roles(kiprop), a.summary()
    assert ("President", "Athletics Kenya") in a.roles(kiprop), a.summary()
    assert a.named("Athletics Kenya").country == "KEN", a.summary()


@pytest.mark.parametrize("text, name, iso", [
    ("Ban\nThe body banned Kenyan sprinter Daniel Kiprono for four years.", "Daniel Kiprono", "KEN"),
    ("Rules\nJamaica's former sprinter Marlon Reid said the sport needed stricter rules.", "Marlon Reid", "JAM"),
])
def test_a_nationality_before_what_someone_does(text, name, iso):
    a = analyse(text)
    assert a.person(name).country == iso, a.summary()


def test_the_party_s_president_is_the_party_s_named_before():
    a = analyse("Deal\nMarie Dubois, leader of the Civic Front, called it a surrender, while Luc Martin, the party's "
                "president, said he would challenge it.")
    assert ("President", "Civic Front") in a.roles(a.person("Luc Martin")), a.summary()
