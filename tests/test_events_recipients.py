"""Who an event is done to: recipients (and actors) read from general English news grammar.

Our own wire-style sentences; each test names the construction it checks."""

from __future__ import annotations

import pytest

from newsgraph.ingest.document import InputDocument

SENTENCES = {
    # A subordinate clause before the main clause: the main clause's event is listed first.
    "order": "Days after Serbia expelled two Croatian diplomats, Croatia recalled its ambassador from Belgrade.",
    # A possessive pronoun names the doer; the noun's complement names the other party.
    "their": "Teachers in Bucharest blocked a main road to show their disapproval of the Romanian government's pay freeze.",
    # The counterpart in the object's with-phrase.
    "contact_with": "Serbian President Aleksandar Vucic said he would boycott all contact with the Kosovo government.",
    # Who does the rejected, condemned or demanded act.
    "proposal_by": "Seoul rejected a proposal by Pyongyang for joint military talks.",
    "launch_by": "Japan condemned the missile launch by North Korea on Sunday.",
    # A that-clause completing a request noun.
    "demand_that": "The African Union repeated its demand that Ethiopia withdraw its troops from the border.",
    # The of-object of a noun trigger and its own with-phrase.
    "suspension_of": "Canada announced a suspension of military cooperation with Niger on Friday.",
    "hack_into": "Chinese hackers tried to hack into the email accounts of Czech diplomats.",
    # A compound trigger whose head noun carries the arguments.
    "effort_between": "Oman's foreign minister launched a mediation effort between Iran and Saudi Arabia.",
    # "in protest against" an act: its doer is the target.
    "against_act": "Kurdish activists began a hunger strike in Diyarbakir in protest against raids by Turkish police.",
    # A verb of pace carries the event noun; its subject acts.
    "accelerated": "Turkey accelerated the withdrawal of its troops from northern Iraq on Monday.",
    # A partitive stands for what it measures; an aid program's beneficiary.
    "part_of": "The European Union suspended part of a development aid program for Mali.",
    # Asking for refuge in a country asks that country.
    "asylum_in": "About 2,000 Afghan families sought asylum in Pakistan last month.",
    # "X-led forces" are X's; the event noun may be the last conjunct of the object.
    "led": "Saudi-led forces launched rocket and artillery fire against Houthi positions near Hodeidah.",
    # "were engaged in" is a state: its subject acts.
    "engaged_in": "Sudanese forces were engaged in ethnic cleansing against the Masalit population in Darfur.",
    # A motion verb brings the event noun; its destination is no party.
    "returned_for": "Chilean and Peruvian negotiators returned to Lima for talks on the maritime border.",
    # A rally to protest an act: who did the act.
    "rally_to_protest": "Thousands of Georgians converged on Tbilisi for a rally to protest a law passed by the Georgian parliament.",
    # Saying that another party must act is a demand on it; one's own "must" is not.
    "must": "Britain said on Monday that Iran must release the detained sailors.",
    "own_must": "Poland said it must strengthen its eastern border.",
    "no_party_must": "The Polish president said the reforms must continue.",
    # The object of a prepositional verb and its own to-phrase.
    "reneged_on": "The Malian junta has reneged on its commitment to the Economic Community of West African States.",
    # "up to 16": a count, not a destination.
    "up_to": "Sudanese rebels have kidnapped up to 16 Turkish construction workers from a village market and set fire to two trucks, aid officials said.",
    # A concession made after talks goes to the other side of the talks ("its strike" names
    # the striker, which must not stop the search).
    "after_talks": "The Kenya National Union of Nurses called off its strike after talks with the Kenyan government.",
    # Unnamed people placed by a participle clause.
    "refugees_in": "The World Food Programme will provide 10,000 tons of food aid to refugees fleeing the fighting in Sudan.",
    "trapped_in": "Japan will send medical supplies to civilians trapped in Gaza.",
    # A participle misparsed as the subject: its own subject names the speaker.
    "operating_in": "The Red Crescent operating in Yemen said Saudi and Emirati forces must allow fuel shipments to reach the port.",
    # An organisation in a person's title is a party too.
    "un_envoy": "Syrian rebel leaders said they would meet U.N. envoy Geir Pedersen in Geneva.",
    # An arrest with no named agent is the act of the state where it happens.
    "arrested_in": "A French journalist was arrested in Iran on spying charges.",
    # Protesters' demands name whom the protest is aimed at.
    "demanding": "Thousands of Serbian students rallied in Belgrade on Sunday, demanding the resignation of President Aleksandar Vucic.",
    "calling_for": "Kenyan demonstrators rioted after a peaceful march calling for the removal of President William Ruto.",
    # A strike that shut down a city.
    "shut_down": "Opposition parties in Nigeria organized a general strike that shut down Lagos in protest of the arrest of their leaders.",
    # An amount measures the event noun the light verb carries.
    "amount_in": "The United States gave $50 million in humanitarian aid to Yemen.",
    # A diplomatic protest made to a state: a state that protests complains (ACCUSE, manual 3.12.2).
    "protested_to": "Japan protested to China over the detention of a Japanese businessman.",
    # A nationality adjective codes the state ("Chadian", "Eritrean", "Fijian").
    "demonym": "Chadian troops clashed with Eritrean rebels along the border.",
    # "opened fire on": the light verb "open" makes "fire" an attack.
    "opened_fire": "Palestinian gunmen opened fire on an Israeli bus near Hebron.",
    # The owner of an object, by its participle.
    "belonging_to": "The Sri Lankan navy sank three boats belonging to Tamil Tiger rebels.",
    # A sentence opening with a nationality adjective; territory taken "from" its holder.
    "sentence_start": "Malian troops recaptured the town of Kidal from Tuareg rebels.",
    "pirates": "Somali pirates hijacked a Greek oil tanker off the coast of Oman.",
    # Nominal triggers: the of-object is the target, or, for a withdrawal, what moves.
    "criticism_of": "China's criticism of Japan intensified after the visit.",
    "withdrawal_of": "The withdrawal of American troops from Afghanistan was completed in August.",
    # Suspending a member state.
    "suspended_state": "The African Union suspended Niger after the coup.",
    # A vow of retaliation is a threat against the one retaliated against.
    "vowed": "Israel vowed to retaliate against Iran for the missile attack.",
    # "demanded that X halt …" with the bare verb misparsed.
    "demanded_that": "Venezuela demanded that Guyana halt oil exploration in the disputed region.",
    # Killed in an attack: the attack's doer.
    "killed_in_attack": "Two Turkish soldiers were killed in a PKK attack in northern Iraq.",
    # Trading accusations is two-sided.
    "traded": "Morocco and Algeria traded accusations over the border incident.",
    # A group named by where it sits or whom it is loyal to.
    "based_in": "A rebel group based in Chad attacked the Sudanese town of El Geneina.",
    "loyal_to": "Militias loyal to Libyan commander Khalifa Haftar shelled the Turkish embassy in Tripoli.",
    # A siege is coercion; its of-object the besieged.
    "siege_of": "Israel's defence minister ordered a complete siege of the Gaza Strip.",
    # Released under a deal with a state: the other side of the deal.
    "under_deal": "Cuba released 553 political prisoners under a deal with the United States.",
    # A credit line is aid.
    "credit_line": "India extended a $500 million credit line to Sri Lanka.",
    # An instrument's supplier is not the target of the attack.
    "supplied_by": "A Saudi convoy was attacked with drones supplied by Iran.",
    # A reason ("for …") is no object: its complement is no recipient.
    "criticised_for": "The United States criticised Turkey for its talks with Russia.",
    # Object control through a preposition: the one warned against or kept from acting acts.
    "warned_against": "North Korea warned South Korea against holding military drills with the United States.",
    "barred_from": "The court barred Turkey from joining the talks.",
    # "X-owned": the owner; "X-backed": not the backer.
    "owned": "Iranian-backed Houthi rebels attacked an Israeli-owned cargo ship in the Red Sea.",
    # A target's nationality names its owner.
    "against_tariffs": "Chinese state media said Beijing would retaliate against new American tariffs.",
    # "the provincial capital" is territory.
    "capital": "The Taliban said they had captured the provincial capital.",
    # The place of the talks is no party to the refusal.
    "talks_in": "Iran refused to attend talks with the United States in Oman.",
    # "a member of X, Y": the body as well as the person.
    "member_of": "A member of the Kenyan parliament, John Mbadi, began a hunger strike on Monday.",
}


@pytest.fixture(scope="module")
def coded(pipeline):
    docs = [InputDocument(ref=k, text=v, title="") for k, v in SENTENCES.items()]
    out = {}
    for o in pipeline.process(docs, published="2025-06-10", clean=False):
        rec = o.record
        out[rec.ref] = rec
    return out


def _first(rec):
    assert rec.events, f"no event in {rec.article.text!r}"
    return rec.events[0]


def _countries(rec, ids):
    by_id = {e.id: e for e in rec.entities}
    return {by_id[i].country for i in ids if i in by_id}


def _names(rec, ids):
    by_id = {e.id: e for e in rec.entities}
    return {by_id[i].name for i in ids if i in by_id}


def test_main_clause_event_is_listed_before_a_preceding_subordinate_clause(coded):
    rec = coded["order"]
    ev = _first(rec)
    assert ev.trigger.text == "recalled"
    assert _countries(rec, ev.actors) == {"HRV"}
    assert [e.trigger.text for e in rec.events] == ["recalled", "expelled"]


@pytest.mark.parametrize("key,type_,actor,recipient", [
    ("their", "PROTEST", "ROU", "ROU"),
    ("contact_with", "PROTEST", "SRB", "XKX"),
    ("proposal_by", "REJECT", "KOR", "PRK"),
    ("launch_by", "ACCUSE", "JPN", "PRK"),
    ("demand_that", "REQUEST", None, "ETH"),
    ("suspension_of", "SANCTION", "CAN", "NER"),
    ("hack_into", "COERCE", "CHN", "CZE"),
    ("against_act", "PROTEST", None, "TUR"),
    ("accelerated", "RETREAT", "TUR", "IRQ"),
    ("part_of", "SANCTION", None, "MLI"),
    ("asylum_in", "REQUEST", "AFG", "PAK"),
    ("must", "REQUEST", "GBR", "IRN"),
    ("up_to", "ASSAULT", "SDN", "TUR"),
    ("refugees_in", "AID", None, "SDN"),
    ("trapped_in", "AID", "JPN", "PSE"),
    ("amount_in", "AID", "USA", "YEM"),
    ("protested_to", "ACCUSE", "JPN", "CHN"),
    ("opened_fire", "ASSAULT", "PSE", "ISR"),
    ("pirates", "ASSAULT", "SOM", "GRC"),
    ("criticism_of", "ACCUSE", "CHN", "JPN"),
    ("withdrawal_of", "RETREAT", "USA", "AFG"),
    ("suspended_state", "SANCTION", None, "NER"),
    ("vowed", "THREATEN", "ISR", "IRN"),
    ("demanded_that", "REQUEST", "VEN", "GUY"),
    ("based_in", "ASSAULT", "TCD", "SDN"),
    ("siege_of", "COERCE", "ISR", "PSE"),
    ("under_deal", "RETREAT", "CUB", "USA"),
    ("credit_line", "AID", "IND", "LKA"),
    ("against_tariffs", "SANCTION", "CHN", "USA"),  # round 26: a reprisal against tariffs is a trade sanction
])
def test_recipient_from_the_grammar_of_the_trigger(coded, key, type_, actor, recipient):
    rec = coded[key]
    ev = _first(rec)
    assert ev.type == type_
    if actor is not None:
        assert actor in _countries(rec, ev.actors)
    assert recipient in _countries(rec, ev.recipients)
    assert not set(ev.recipients) & set(ev.actors)


def test_recipient_of_a_protest_is_not_the_protesters_own_possessive(coded):
    rec = coded["their"]
    ev = _first(rec)
    assert _names(rec, ev.recipients) == {"Romanian government"}


def test_compound_trigger_takes_the_parties_between_from_its_head_noun(coded):
    rec = coded["effort_between"]
    ev = _first(rec)
    assert ev.type == "CONSULT" and ev.trigger.text == "mediation"
    assert {"OMN", "IRN", "SAU"} <= _countries(rec, ev.actors)


@pytest.mark.parametrize("key,type_,actors", [
    ("led", "ASSAULT", {"SAU"}),
    ("engaged_in", "ASSAULT", {"SDN"}),
    ("returned_for", "CONSULT", {"CHL", "PER"}),
    ("demonym", "ASSAULT", {"TCD", "ERI"}),
])
def test_actor_from_the_grammar_of_the_subject(coded, key, type_, actors):
    rec = coded[key]
    ev = _first(rec)
    assert ev.type == type_
    assert _countries(rec, ev.actors) == actors


def test_destination_of_a_motion_verb_is_no_participant(coded):
    rec = coded["returned_for"]
    ev = _first(rec)
    assert "Lima" not in _names(rec, ev.actors + ev.recipients)


def test_rally_to_protest_a_law_targets_its_author(coded):
    rec = coded["rally_to_protest"]
    ev = _first(rec)
    assert ev.type == "PROTEST" and ev.trigger.text == "rally"
    assert "Georgian Parliament" in _names(rec, ev.recipients)


@pytest.mark.parametrize("key", ["own_must", "no_party_must"])
def test_an_obligation_on_no_other_party_is_no_demand(coded, key):
    rec = coded[key]
    assert all(e.type != "REQUEST" for e in rec.events)


def test_prepositional_object_keeps_its_counterpart(coded):
    rec = coded["reneged_on"]
    ev = _first(rec)
    assert ev.type == "REJECT" and ev.trigger.text == "reneged"
    # The bloc under its canonical name (the gazetteer's), an IGO.
    assert "ECOWAS" in _names(rec, ev.recipients)
    assert next(e for e in rec.entities if e.name == "ECOWAS").sector == "IGO"


def test_concession_after_talks_goes_to_the_other_side(coded):
    rec = coded["after_talks"]
    ev = _first(rec)
    assert ev.type == "CONCEDE"
    assert _names(rec, ev.recipients) == {"Kenyan government"}


def test_participle_parsed_as_subject_gives_its_noun(coded):
    rec = coded["operating_in"]
    ev = _first(rec)
    assert ev.type == "REQUEST"
    assert _names(rec, ev.actors) == {"Red Crescent"}
    assert {"SAU", "ARE"} <= _countries(rec, ev.recipients)


def test_organisation_in_a_title_joins_its_official(coded):
    rec = coded["un_envoy"]
    ev = _first(rec)
    assert ev.type == "CONSULT"
    assert {"Geir Pedersen", "United Nations"} <= _names(rec, ev.actors + ev.recipients)


def test_arrest_without_agent_is_the_states_where_it_happens(coded):
    rec = coded["arrested_in"]
    ev = _first(rec)
    assert ev.type == "COERCE"
    assert _countries(rec, ev.actors) == {"IRN"}
    assert _countries(rec, ev.recipients) == {"FRA"}


@pytest.mark.parametrize("key,target", [
    ("demanding", "Aleksandar Vucic"),
    ("calling_for", "William Ruto"),
    ("shut_down", "Lagos"),
])
def test_protest_target(coded, key, target):
    rec = coded[key]
    ev = _first(rec)
    assert ev.type == "PROTEST"
    assert target in _names(rec, ev.recipients)


def test_owner_of_the_object_is_the_recipient(coded):
    rec = coded["belonging_to"]
    ev = _first(rec)
    assert ev.type == "ASSAULT" and ev.trigger.text == "sank"
    assert _countries(rec, ev.actors) == {"LKA"}
    assert any("Tamil" in n for n in _names(rec, ev.recipients))


def test_territory_is_taken_from_its_holder(coded):
    rec = coded["sentence_start"]
    ev = _first(rec)
    assert ev.type == "ASSAULT" and ev.trigger.text == "recaptured"
    assert _countries(rec, ev.actors) == {"MLI"}
    assert any("Tuareg" in n for n in _names(rec, ev.recipients))


def test_killed_in_an_attack_takes_the_attacks_doer(coded):
    rec = coded["killed_in_attack"]
    ev = _first(rec)
    assert ev.type == "ASSAULT" and ev.trigger.text == "killed"
    assert "PKK" in _names(rec, ev.actors)
    assert _countries(rec, ev.recipients) == {"TUR"}


def test_trading_accusations_is_two_sided(coded):
    rec = coded["traded"]
    ev = _first(rec)
    assert ev.type == "ACCUSE"
    assert _countries(rec, ev.actors) == {"MAR", "DZA"} and not ev.recipients


def test_group_loyal_to_a_leader_acts_for_him(coded):
    rec = coded["loyal_to"]
    ev = _first(rec)
    assert ev.type == "ASSAULT"
    assert "Khalifa Haftar" in _names(rec, ev.actors)


def test_supplier_of_the_weapon_is_no_recipient(coded):
    rec = coded["supplied_by"]
    ev = _first(rec)
    assert ev.type == "ASSAULT" and ev.trigger.text == "attacked"
    assert _countries(rec, ev.recipients) == {"SAU"}


def test_the_reason_for_criticism_names_no_recipient(coded):
    rec = coded["criticised_for"]
    ev = _first(rec)
    assert ev.type == "ACCUSE"
    assert _countries(rec, ev.recipients) == {"TUR"}


def test_the_one_warned_against_acting_is_the_actor(coded):
    rec = coded["warned_against"]
    ev = _first(rec)
    assert ev.trigger.text == "drills"
    assert _countries(rec, ev.actors) == {"KOR"}
    assert ev.status == "hypothetical"


def test_kept_from_acting_is_negated(coded):
    rec = coded["barred_from"]
    ev = _first(rec)
    assert ev.type == "CONSULT" and _countries(rec, ev.actors) == {"TUR"}
    assert ev.status == "negated"


def test_hyphenated_owner_is_the_recipient_and_backer_no_actor(coded):
    rec = coded["owned"]
    ev = _first(rec)
    assert ev.type == "ASSAULT"
    assert _countries(rec, ev.recipients) == {"ISR"}
    assert "IRN" not in _countries(rec, ev.actors)


def test_capturing_a_capital_is_an_assault(coded):
    rec = coded["capital"]
    ev = _first(rec)
    assert ev.type == "ASSAULT" and ev.trigger.text == "captured"
    assert "Taliban" in _names(rec, ev.actors)


def test_place_of_refused_talks_is_no_recipient(coded):
    rec = coded["talks_in"]
    ev = _first(rec)
    assert ev.type == "REJECT"
    assert _countries(rec, ev.recipients) == {"USA"}


def test_member_of_a_body_brings_the_body(coded):
    rec = coded["member_of"]
    ev = _first(rec)
    assert ev.type == "PROTEST"
    names = _names(rec, ev.actors)
    assert "John Mbadi" in names and "KEN" in _countries(rec, ev.actors)
