"""Event coding faults found in review round 26 (2026-11-27): fourteen wire stories of our own
(a disputed election, a steel-tariff dispute, an aid convoy, a hostage exchange, a ramming at
sea, a protest crackdown, a broken peace deal, sanctions lifted and extended, an assassination
attempt, a cyberattack, a rail strike, a state visit, denials and threats, dates of every
shape). Every sentence here is our own."""

import pytest

from events_helpers import coded, event_of, record_of


# --- "near the border with Y": the neighbour names the border, it is no target ----------------

@pytest.mark.parametrize("text, trigger, neighbour", [
    ("Earlier this month, Russian forces struck a power plant near the border with Belarus.", "struck", "Belarus"),
    ("M23 fighters attacked an army post on the border with Uganda on Sunday.", "attacked", "Uganda"),
])
def test_border_with_a_neighbour_is_no_recipient(pipeline, text, trigger, neighbour):
    ev, names, _, rec = event_of(pipeline, text, trigger, published="2026-11-26")
    assert ev is not None, coded(rec)
    assert neighbour not in {names[r] for r in ev.recipients}, coded(rec)


@pytest.mark.parametrize("text, trigger, neighbour", [
    ("Turkey closed its border with Syria on Tuesday.", "closed", "Syria"),
    ("Kenya will reopen its border with Somalia next month.", "reopen", "Somalia"),
])
def test_a_border_acted_on_still_concerns_the_neighbour(pipeline, text, trigger, neighbour):
    ev, names, _, rec = event_of(pipeline, text, trigger, published="2026-11-26")
    assert ev is not None, coded(rec)
    assert neighbour in {names[r] for r in ev.recipients}, coded(rec)


# --- "in the northern city of X": the settlement noun makes its of-object a place ---------------

@pytest.mark.parametrize("text, trigger, place", [
    ("Malawian police arrested 14 opposition supporters in the northern city of Mzuzu on Friday.", "arrested", "Mzuzu"),
    ("A gunman shot and wounded Slovak Defence Minister Robert Kalinak outside a government building "
     "in the central town of Banska Bystrica on Wednesday, police said.", "wounded", "Banska Bystrica"),
])
def test_the_city_of_a_name_the_model_missed_is_the_event_place(pipeline, text, trigger, place):
    ev, _, _, rec = event_of(pipeline, text, trigger, published="2026-11-26")
    assert ev is not None, coded(rec)
    assert ev.location is not None and ev.location.name == place, (ev.location, coded(rec))


def test_the_port_of_a_name_read_as_an_organisation_is_a_place(pipeline):
    rec, _, _ = record_of(pipeline, "Russia launched 90 drones and four missiles on nine Ukrainian regions "
                                    "overnight, Ukraine's air force said on Saturday, two weeks after a "
                                    "similar attack on the southern port of Odesa.", published="2026-11-26")
    assert "Odesa" in {loc.name for loc in rec.locations}, rec.locations


# --- a trade dispute: tariffs and duties raised, postponed, and retaliated with ---------------

@pytest.mark.parametrize("text, trigger, status, actor", [
    ("Two weeks ago, Washington raised tariffs on Canadian aluminium to 25 percent.", "tariffs", "happened", "United States"),
    ("Canada imposed duties of 25 percent on American steel on Monday.", "duties", "happened", "Canada"),
    ("The European Union on Wednesday postponed tariffs on Chinese steel imports.", "tariffs", "planned", "European Union"),
])
def test_tariffs_and_duties_raised_or_postponed_are_sanctions(pipeline, text, trigger, status, actor):
    ev, names, _, rec = event_of(pipeline, text, trigger, published="2026-11-26")
    assert ev is not None and ev.type == "SANCTION", coded(rec)
    assert ev.status == status, coded(rec)
    assert [names[a] for a in ev.actors] == [actor], coded(rec)


@pytest.mark.parametrize("text", [
    "Ottawa retaliated on Monday with duties on $12 billion of American goods.",
    "China retaliated against the United States with tariffs on soybeans.",
])
def test_retaliation_with_tariffs_is_a_sanction_not_an_attack(pipeline, text):
    ev, _, _, rec = event_of(pipeline, text, "retaliated", published="2026-11-26")
    assert ev is not None and ev.type == "SANCTION", coded(rec)


def test_retaliation_with_airstrikes_stays_an_attack(pipeline):
    ev, _, _, rec = event_of(pipeline, "Israel retaliated with airstrikes on Gaza.", "retaliated", published="2026-11-26")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)


def test_on_duty_is_no_sanction(pipeline):
    _, _, _, rec = event_of(pipeline, "The soldiers were on duty when Russia attacked.", "attacked", published="2026-11-26")
    assert not any(ev.trigger.text == "duty" for ev in rec.events), coded(rec)


# --- "a shorter working week": a working pattern is no date ---------------------------------------

@pytest.mark.parametrize("text", [
    "The GDL union demands a 12 percent pay rise and a shorter working week.",
    "The GDL union demands a pay rise and a four-day week.",
])
def test_a_working_week_is_no_date(pipeline, text):
    rec, _, _ = record_of(pipeline, text, published="2026-11-26")
    assert not rec.dates, rec.dates
    assert all(ev.date is None for ev in rec.events), coded(rec)


# --- a vow to punish is a threat, not a pledge of cooperation -------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Georgian Prime Minister Irakli Kobakhidze vowed to punish those responsible.", "vowed"),
    ("Iran pledged to avenge the officers killed in the strike.", "pledged"),
])
def test_a_vow_to_punish_is_a_threat(pipeline, text, trigger):
    ev, _, _, rec = event_of(pipeline, text, trigger, published="2026-11-26")
    assert ev is not None and ev.type == "THREATEN", coded(rec)


# --- a ship rams a boat off a coast: an assault, its denial negated, its place the coast ----------

def test_ramming_a_boat_off_a_coast(pipeline):
    text = ("A Chinese coast guard ship rammed a Philippine supply boat off the coast of Palawan on Tuesday, "
            "the Philippine coast guard said. Beijing did not ram any vessel, China's foreign ministry said.")
    ev, _, countries, rec = event_of(pipeline, text, "rammed", published="2026-11-26")
    assert ev is not None and ev.type == "ASSAULT" and ev.status == "happened", coded(rec)
    assert [countries[r] for r in ev.recipients] == ["PHL"], coded(rec)
    assert ev.location is not None and ev.location.name == "Palawan", (ev.location, coded(rec))
    denied = next((e for e in rec.events if e.trigger.text == "ram"), None)
    assert denied is not None and denied.type == "ASSAULT" and denied.status == "negated", coded(rec)


def test_ramming_a_bill_through_is_no_assault(pipeline):
    _, _, _, rec = event_of(pipeline, "The ruling party rammed the bill through parliament on Friday.", "rammed")
    assert not any(ev.type == "ASSAULT" for ev in rec.events), coded(rec)


def test_off_a_country_places_an_attack_at_sea(pipeline):
    ev, _, _, rec = event_of(pipeline, "Houthi rebels attacked a tanker off Yemen on Monday.", "attacked")
    assert ev is not None and ev.location is not None and ev.location.name == "Yemen", coded(rec)


# --- "the union", "the agency", "the party": the body called so before ---------------------------

@pytest.mark.parametrize("text, trigger, body", [
    ("Train drivers walked off the job on Thursday, the GDL union said. Deutsche Bahn offered 5 percent "
     "on Monday, an offer the union rejected.", "rejected", "GDL"),
    ("Nurses at Kenyatta hospital went on strike, the Kenya National Union of Nurses said. The union "
     "threatened to call an open-ended strike next month.", "threatened", "Kenya National Union of Nurses"),
    ("More than 12,000 people fled into Chad over the past week, according to the UN refugee agency UNHCR. "
     "The agency evacuated 340 wounded civilians from the border town of Adre.", "evacuated", "UNHCR"),
    ("The ruling Georgian Dream party won the vote. The European Union condemned the violence. "
     "The party rejected the criticism.", "rejected", "Georgian Dream"),
])
def test_the_union_agency_or_party_is_the_body_called_so_before(pipeline, text, trigger, body):
    ev, names, _, rec = event_of(pipeline, text, trigger, published="2026-11-26")
    assert ev is not None, coded(rec)
    assert [names[a] for a in ev.actors] == [body], coded(rec)


# --- "a ceasefire monitored by the African Union": the monitor or broker is no party -------------

@pytest.mark.parametrize("text, third", [
    ("Congo and the M23 rebel group signed a peace agreement on Saturday. Both sides agreed to a "
     "ceasefire monitored by the African Union.", "African Union"),
    ("Hamas agreed to a truce brokered by Qatar on Sunday.", "Qatar"),
])
def test_the_monitor_or_broker_of_an_accord_is_no_recipient(pipeline, text, third):
    ev, names, _, rec = event_of(pipeline, text, "agreed", published="2026-11-26")
    assert ev is not None and ev.type == "AGREE", coded(rec)
    assert third not in {names[r] for r in ev.recipients}, coded(rec)


def test_the_drafter_of_a_rejected_proposal_stays_the_recipient(pipeline):
    ev, names, _, rec = event_of(pipeline, "Israel rejected a proposal drafted by Egypt.", "rejected")
    assert ev is not None and [names[r] for r in ev.recipients] == ["Egypt"], coded(rec)


# --- "would help Denmark investigate": aid to the helped party, and the helped act shares "would" --

@pytest.mark.parametrize("text, trigger, status, helper, helped", [
    ("NATO said it would help Denmark investigate the cyberattack.", "help", "planned", "NATO", "Denmark"),
    ("France helped Mali fight the jihadists in 2014.", "helped", "happened", "France", "Mali"),
])
def test_helping_a_party_act_is_aid_to_it(pipeline, text, trigger, status, helper, helped):
    ev, names, _, rec = event_of(pipeline, text, trigger, published="2026-11-26")
    assert ev is not None and ev.type == "AID" and ev.status == status, coded(rec)
    assert [names[a] for a in ev.actors] == [helper] and [names[r] for r in ev.recipients] == [helped], coded(rec)


def test_the_helped_act_shares_the_future_of_the_help(pipeline):
    ev, _, _, rec = event_of(pipeline, "NATO said it would help Denmark investigate the cyberattack.", "investigate",
                             published="2026-11-26")
    assert ev is not None and ev.status == "planned", coded(rec)


# --- "used water cannon against demonstrators": a weapon used on someone ---------------------------

def test_weapons_used_against_protesters_are_an_assault(pipeline):
    ev, names, _, rec = event_of(pipeline, "Georgian police used water cannon and rubber bullets against "
                                           "demonstrators outside parliament in Tbilisi.", "used", published="2026-11-26")
    assert ev is not None and ev.type == "ASSAULT" and ev.mode == "crowd-control", coded(rec)
    assert [names[a] for a in ev.actors] == ["Georgian police"], coded(rec)


def test_using_an_attack_as_a_pretext_is_no_assault_by_the_user(pipeline):
    _, _, _, rec = event_of(pipeline, "The government used the attack on the embassy as a pretext.", "used")
    assert not any(ev.trigger.text == "used" for ev in rec.events), coded(rec)


# --- "freed prisoners from Ofer prison": the prison is where they were, not a party ---------------

@pytest.mark.parametrize("text, trigger, prison", [
    ("In exchange, Israel freed 200 Palestinian prisoners from Ofer prison near Ramallah early on Sunday.", "freed", "Ofer"),
    ("Iran released the French tourist from Evin prison on Monday.", "released", "Evin"),
])
def test_the_prison_left_is_no_recipient(pipeline, text, trigger, prison):
    ev, names, _, rec = event_of(pipeline, text, trigger, published="2026-11-26")
    assert ev is not None and ev.type in ("RETREAT", "CONCEDE"), coded(rec)
    assert ev.recipients and not any(names[r].startswith(prison) for r in ev.recipients), coded(rec)


# --- "denied that its troops had fired first and accused Thailand": the denier accuses ------------

def test_a_speech_act_joined_to_a_denied_perfect_is_the_deniers(pipeline):
    text = ("Cambodia's defence ministry denied that its troops had fired first and accused Thailand of "
            "violating the truce.")
    ev, names, countries, rec = event_of(pipeline, text, "accused", published="2026-11-22")
    assert ev is not None and ev.type == "ACCUSE", coded(rec)
    assert ev.status == "happened", coded(rec)
    assert [names[a] for a in ev.actors] == ["Cambodian Defence Ministry"], coded(rec)
    assert [countries[r] for r in ev.recipients] == ["THA"], coded(rec)


def test_a_bare_past_act_of_the_reported_doers_stays_theirs(pipeline):
    ev, names, _, rec = event_of(pipeline, "Police said the rebels had attacked the convoy and killed six soldiers.",
                                 "killed", published="2026-11-22")
    assert ev is None or ev.status == "happened", coded(rec)


# --- "was unable to deliver aid": not done ----------------------------------------------------------

def test_unable_to_act_is_negated(pipeline):
    ev, _, _, rec = event_of(pipeline, "The United Nations said it was unable to deliver aid to villages in "
                                       "southern Lebanon because of the fighting.", "aid", published="2026-11-22")
    assert ev is not None and ev.type == "AID" and ev.status == "negated", coded(rec)


# --- "announced 30 million euros in humanitarian aid for Lebanon" -----------------------------------

def test_a_sum_in_aid_carries_the_aid(pipeline):
    ev, names, _, rec = event_of(pipeline, "The European Union announced 30 million euros in humanitarian aid "
                                           "for Lebanon.", "aid", published="2026-11-22")
    assert ev is not None and ev.type == "AID", coded(rec)
    assert [names[a] for a in ev.actors] == ["European Union"] and [names[r] for r in ev.recipients] == ["Lebanon"], coded(rec)
    assert any(q.value == 30_000_000 for q in ev.quantities), coded(rec)


# --- "In March … two weeks later": counted from a month, the day is unknown -------------------------

@pytest.mark.parametrize("text, expr", [
    ("In March, gunmen kidnapped more than 100 pupils in Kaduna state; they were released two weeks later.",
     "two weeks later"),
    ("In 2021, gunmen kidnapped 100 pupils in Zamfara. They were released three days later.", "three days later"),
])
def test_later_counted_from_a_month_has_no_day(pipeline, text, expr):
    rec, _, _ = record_of(pipeline, text, published="2026-11-22")
    later = next(d for d in rec.dates if d.text == expr)
    assert later.value is None, rec.dates


def test_later_counted_from_a_day_keeps_its_day(pipeline):
    rec, _, _ = record_of(pipeline, "On March 3, gunmen kidnapped 100 pupils. They were released two weeks later.",
                          published="2026-11-22")
    later = next(d for d in rec.dates if d.text == "two weeks later")
    assert later.value == "2026-03-16", rec.dates


# --- "signed a ceasefire in Kuala Lumpur" ------------------------------------------------------------

def test_signing_a_ceasefire_is_an_event_of_both(pipeline):
    ev, _, countries, rec = event_of(pipeline, "Thailand and Cambodia signed a ceasefire in Kuala Lumpur on Tuesday.",
                                     "signed", published="2026-11-22")
    assert ev is not None, coded(rec)
    assert {countries[a] for a in ev.actors} == {"THA", "KHM"}, coded(rec)
    assert ev.location is not None and ev.location.name == "Kuala Lumpur", coded(rec)


# --- "welcomed Lula to New Delhi": the host's capital is no second visitor ---------------------------

def test_the_hosts_capital_is_no_visitor(pipeline):
    ev, names, _, rec = event_of(pipeline, "Indian Prime Minister Narendra Modi welcomed Brazilian President Luiz "
                                           "Inacio Lula da Silva to New Delhi on Tuesday for a state visit.",
                                 "welcomed", published="2026-11-22")
    assert ev is not None and ev.type == "CONSULT", coded(rec)
    assert [names[a] for a in ev.actors] == ["Luiz Inacio Lula da Silva"], coded(rec)
    assert [names[r] for r in ev.recipients] == ["Narendra Modi"], coded(rec)


# --- "the Tbilisi protests": the capital says where, the state does not protest ------------------------

def test_a_capital_before_protests_is_no_protester(pipeline):
    _, _, _, rec = event_of(pipeline, "Georgian police detain 300 in crackdown on Tbilisi protests", "detain",
                            published="2026-11-26")
    assert not any(ev.type == "PROTEST" and ev.actors for ev in rec.events), coded(rec)


# --- a list of infinitives under "agreed to": every item is planned ------------------------------------

def test_every_agreed_item_of_a_list_is_planned(pipeline):
    text = ("Armenia and Azerbaijan agreed to open transport links, withdraw troops from the border and "
            "establish diplomatic relations by the end of the year.")
    rec, _, _ = record_of(pipeline, text, published="2026-11-19")
    items = [ev for ev in rec.events if ev.trigger.text in ("withdraw", "establish")]
    assert len(items) == 2 and all(ev.status == "planned" for ev in items), coded(rec)


# --- "Dock workers strike shuts ports": workers who strike stop work ------------------------------------

def test_workers_striking_ports_is_no_attack(pipeline):
    _, _, _, rec = event_of(pipeline, "Dock workers strike shuts Chilean ports", "strike", published="2026-11-19")
    assert not any(ev.type == "ASSAULT" for ev in rec.events), coded(rec)


# --- "denied that Iran had enriched uranium": the denier's own side is no recipient --------------------

@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Abbas Araghchi denied that Iran had enriched uranium beyond 60 percent.",
    "Cambodia's defence ministry denied that its troops had fired first.",
])
def test_the_deniers_own_side_is_no_recipient(pipeline, text):
    ev, _, countries, rec = event_of(pipeline, text, "denied", published="2026-11-19")
    assert ev is not None and ev.type == "REJECT", coded(rec)
    own = {countries[a] for a in ev.actors}
    assert not any(countries[r] in own for r in ev.recipients), coded(rec)


def test_a_denied_act_of_the_other_side_keeps_it(pipeline):
    ev, names, _, rec = event_of(pipeline, "Russia denied that Ukraine had shot down its jets.", "denied")
    assert ev is not None and [names[r] for r in ev.recipients] == ["Ukraine"], coded(rec)


# --- "has not ruled out a strike": kept open; "ruled out": excluded -------------------------------------

@pytest.mark.parametrize("text, trigger, status", [
    ("Israel has not ruled out a military strike on Iranian nuclear sites, its defence minister said.", "strike", "hypothetical"),
    ("Israel has not ruled out striking Iranian nuclear sites.", "striking", "hypothetical"),
    ("Kenya ruled out talks with the rebels on Monday.", "talks", "negated"),
])
def test_ruling_out(pipeline, text, trigger, status):
    ev, _, _, rec = event_of(pipeline, text, trigger, published="2026-11-19")
    assert ev is not None and ev.status == status, coded(rec)


def test_a_ruling_is_no_carrier(pipeline):
    _, _, _, rec = event_of(pipeline, "The court ruled the strike illegal.", "strike")
    assert not rec.events, coded(rec)


# --- "a strike on nuclear sites" is no nuclear strike -------------------------------------------------

def test_a_nuclear_target_makes_no_unconventional_mode(pipeline):
    ev, _, _, rec = event_of(pipeline, "Israel has not ruled out striking Iranian nuclear sites.", "striking",
                             published="2026-11-19")
    assert ev is not None and ev.type == "ASSAULT" and ev.mode != "unconventional", coded(rec)


def test_a_chemical_attack_keeps_its_mode(pipeline):
    ev, _, _, rec = event_of(pipeline, "Syrian forces carried out a chemical attack on Douma in 2018.", "attack")
    assert ev is not None and ev.mode == "unconventional", coded(rec)


# --- a bare "retaliate" in a paragraph about tariffs is a trade reprisal ----------------------------

def test_retaliation_in_a_trade_paragraph_is_a_sanction(pipeline):
    text = ("China's commerce ministry had threatened to impose duties on European pork if the tariffs took "
            "effect. A ministry spokeswoman said on Thursday that Beijing would retaliate firmly if Brussels went ahead.")
    ev, _, _, rec = event_of(pipeline, text, "retaliate", published="2026-11-26")
    assert ev is not None and ev.type == "SANCTION" and ev.status == "hypothetical", coded(rec)


def test_retaliation_after_a_bombing_stays_an_attack(pipeline):
    text = "Canada imposed tariffs on US steel.\n\nIran said it would retaliate against Israel after the bombing of its embassy."
    ev, _, _, rec = event_of(pipeline, text, "retaliate", published="2026-11-26")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)


# --- "X fired missiles …, the agency said, the day after the group vowed to …": no vow's content -------

def test_a_main_clause_before_a_misparsed_after_clause_keeps_its_status(pipeline):
    text = ("Yemen's Houthi rebels fired two missiles at a Greek-owned oil tanker in the Gulf of Aden late on "
            "Monday, the British maritime agency UKMTO said, the day after the group vowed to resume attacks on shipping.")
    ev, _, _, rec = event_of(pipeline, text, "fired", published="2026-11-24")
    assert ev is not None and ev.type == "ASSAULT" and ev.status == "happened", coded(rec)


# --- "the same group": an armed or political group, not the UN mission or the victims named since ------

def test_the_same_group_is_no_international_body_or_civilians(pipeline):
    text = ("Fighters from the CODECO militia killed at least 30 villagers in an overnight raid in eastern Congo's "
            "Ituri province, a local official said on Sunday. The United Nations mission in Congo condemned the "
            "killings. It was the deadliest attack in the province since June, when the same group killed 42 people "
            "at a camp for displaced people.")
    rec, names, _ = record_of(pipeline, text, published="2026-11-24")
    ev = [e for e in rec.events if e.trigger.text == "killed"][-1]
    assert [names[a] for a in ev.actors] == ["CODECO militia"], coded(rec)


# --- "could face sanctions from the United States": the one facing them receives them --------------

def test_facing_sanctions_from_a_state(pipeline):
    ev, names, _, rec = event_of(pipeline, "Turkey could face sanctions from the United States.", "sanctions",
                                 published="2026-11-24")
    assert ev is not None and ev.type == "SANCTION" and ev.status == "hypothetical", coded(rec)
    assert [names[a] for a in ev.actors] == ["United States"] and [names[r] for r in ev.recipients] == ["Turkey"], coded(rec)


# --- "warned it might close the Strait of Hormuz" --------------------------------------------------

def test_closing_a_strait_is_a_sanction(pipeline):
    ev, names, _, rec = event_of(pipeline, "Iran warned it might close the Strait of Hormuz.", "close",
                                 published="2026-11-24")
    assert ev is not None and ev.type == "SANCTION" and ev.status == "hypothetical", coded(rec)
    assert [names[a] for a in ev.actors] == ["Iran"], coded(rec)


# --- "on the 14th": a day of the publication month (or of the month before) -------------------------

@pytest.mark.parametrize("text, value", [
    ("Kenya and Somalia held talks on the 14th.", "2026-11-14"),
    ("Kenya and Somalia held talks on the 28th.", "2026-10-28"),
])
def test_an_ordinal_day_takes_the_publication_month(pipeline, text, value):
    ev, _, _, rec = event_of(pipeline, text, "talks", published="2026-11-24")
    assert ev is not None and ev.date is not None and ev.date.value == value, (ev and ev.date, coded(rec))


# --- "Hackers linked to Russian military intelligence attacked …" (parsed with "linked" as root) ------

def test_unnamed_doers_linked_to_a_body_act_for_it(pipeline):
    ev, names, _, rec = event_of(pipeline, "Hackers linked to Russian military intelligence attacked a Danish "
                                           "water utility last week.", "attacked", published="2026-11-19")
    assert ev is not None and [names[a] for a in ev.actors] == ["Russian intelligence"], coded(rec)


# --- "the Islamic State" is no region called "Islamic" ------------------------------------------------

def test_an_organisation_ending_in_state_is_no_region(pipeline):
    rec, _, _ = record_of(pipeline, "Militants loyal to the Islamic State attacked a police post in Niger.",
                          published="2026-11-19")
    assert not any(loc.name == "Islamic" for loc in rec.locations), rec.locations


# --- "Ukraine will receive F-16 jets from Norway": aid from the giver to the receiver -----------------

@pytest.mark.parametrize("text, trigger, status, giver, receiver", [
    ("Ukraine will receive F-16 jets from Norway next year.", "receive", "planned", "Norway", "Ukraine"),
    ("Sudan received 40 tonnes of food aid from Egypt on Monday.", "received", "happened", "Egypt", "Sudan"),
])
def test_receiving_aid_from_a_giver(pipeline, text, trigger, status, giver, receiver):
    ev, names, _, rec = event_of(pipeline, text, trigger, published="2026-11-24")
    assert ev is not None and ev.type == "AID" and ev.status == status, coded(rec)
    assert [names[a] for a in ev.actors] == [giver] and [names[r] for r in ev.recipients] == [receiver], coded(rec)


def test_receiving_a_letter_is_no_aid(pipeline):
    _, _, _, rec = event_of(pipeline, "Kenya received a letter from Turkey.", "received", published="2026-11-24")
    assert not any(ev.type == "AID" for ev in rec.events), coded(rec)


# --- "allowed the aid trucks to pass": access granted -----------------------------------------------

@pytest.mark.parametrize("text, trigger, status", [
    ("The Rapid Support Forces allowed the aid trucks to pass after talks mediated by Saudi Arabia.", "allowed", "happened"),
    ("Russia will not allow IAEA inspectors to visit the plant.", "allow", "negated"),
])
def test_allowing_trucks_or_inspectors_in_is_access(pipeline, text, trigger, status):
    ev, _, _, rec = event_of(pipeline, text, trigger, published="2026-11-24")
    assert ev is not None and ev.type == "RETREAT" and ev.mode == "access" and ev.status == status, coded(rec)


# --- "handed over three hostages to the Red Cross": a release; "over" is the verb's particle ---------

def test_handing_over_hostages_is_a_release(pipeline):
    ev, names, _, rec = event_of(pipeline, "Hamas handed over three Israeli hostages to the Red Cross in Gaza City "
                                           "on Saturday.", "handed", published="2026-11-24")
    assert ev is not None and ev.type == "RETREAT" and ev.mode == "release", coded(rec)
    assert [names[a] for a in ev.actors] == ["Hamas"], coded(rec)


def test_the_particle_over_is_no_more_than(pipeline):
    rec, _, _ = record_of(pipeline, "Ukraine handed over 200 Russian prisoners of war.", published="2026-11-24")
    assert [a.text for a in rec.amounts] == ["200 Russian prisoners"], rec.amounts


# --- "the previous day", "the following day": counted from the story's last dated day ----------------

@pytest.mark.parametrize("text, expr, value", [
    ("Armenia said on March 3 that Azerbaijan had shelled the village. The army withdrew the previous day.",
     "the previous day", "2026-03-02"),
    ("Talks were held on Tuesday, Nov. 10. The two sides met again the following day.", "the following day", "2026-11-11"),
])
def test_the_previous_or_following_day(pipeline, text, expr, value):
    rec, _, _ = record_of(pipeline, text, published="2026-11-24")
    found = next((d for d in rec.dates if d.text == expr), None)
    assert found is not None and found.value == value, rec.dates


def test_the_next_day_dates_the_event(pipeline):
    ev, _, _, rec = event_of(pipeline, "Kenya and Somalia will sign the deal on Friday and hold talks the next day.",
                             "talks", published="2026-11-24")
    assert ev is not None and ev.date is not None and ev.date.value == "2026-11-28", coded(rec)


# --- "without firing a shot", "Neither X nor Y has accepted": not done ---------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Russian troops entered the village without firing a shot.", "firing"),
    ("Neither Israel nor Hamas has accepted the proposal.", "accepted"),
])
def test_without_and_neither_negate(pipeline, text, trigger):
    ev, _, _, rec = event_of(pipeline, text, trigger, published="2026-11-22")
    assert ev is not None and ev.status == "negated", coded(rec)


def test_both_accepting_stays_done(pipeline):
    ev, _, _, rec = event_of(pipeline, "Israel and Hamas have accepted the proposal.", "accepted", published="2026-11-22")
    assert ev is not None and ev.status == "happened", coded(rec)


@pytest.mark.parametrize("text, trigger", [
    ("Turkey refrained from criticising Russia.", "criticising"),
    ("China abstained from condemning the invasion.", "condemning"),
])
def test_refraining_from_an_act_negates_it(pipeline, text, trigger):
    ev, _, _, rec = event_of(pipeline, text, trigger, published="2026-11-22")
    assert ev is not None and ev.status == "negated", coded(rec)


# --- "Had Israel attacked Iran, …": an inverted condition ------------------------------------------------

def test_an_inverted_condition_is_hypothetical(pipeline):
    ev, _, _, rec = event_of(pipeline, "Had Israel attacked Iran, the United States would have intervened.",
                             "attacked", published="2026-11-22")
    assert ev is not None and ev.status == "hypothetical", coded(rec)


def test_a_past_perfect_in_a_main_clause_stays_done(pipeline):
    ev, _, _, rec = event_of(pipeline, "Israel had attacked Iran before the talks.", "attacked", published="2026-11-22")
    assert ev is not None and ev.status == "happened", coded(rec)


# --- "on the outskirts of Odesa / Khan Younis": the event's place, whatever NER made of the name -------

@pytest.mark.parametrize("text, place", [
    ("Russian drones struck an energy facility on the outskirts of Odesa on Sunday.", "Odesa"),
    ("Israeli jets struck a house on the outskirts of Khan Younis.", "Khan Younis"),
])
def test_on_the_outskirts_of_a_city(pipeline, text, place):
    ev, _, _, rec = event_of(pipeline, text, "struck", published="2026-11-22")
    assert ev is not None and ev.location is not None and ev.location.name == place, (ev and ev.location, coded(rec))


# --- "20 km south of El Obeid": the event lies by the named place --------------------------------------

def test_a_distance_from_a_place_locates_the_event(pipeline):
    ev, _, _, rec = event_of(pipeline, "Sudanese army jets bombed a market 20 km south of El Obeid.", "bombed",
                             published="2026-11-22")
    assert ev is not None and ev.location is not None and ev.location.name == "El Obeid", coded(rec)


# --- "released four hostages, handing them over to the Red Cross in Khan Younis": one release ---------

def test_handing_over_after_a_release_is_the_same_release(pipeline):
    text = ("Hamas released four Israeli hostages on Saturday, handing them over to the Red Cross in the southern "
            "Gaza city of Khan Younis.")
    rec, _, countries = record_of(pipeline, text, published="2026-11-22")
    releases = [ev for ev in rec.events if ev.mode == "release"]
    assert len(releases) == 1, coded(rec)
    assert [countries[r] for r in releases[0].recipients] == ["ISR"], coded(rec)
    assert releases[0].location is not None and releases[0].location.name == "Khan Younis", coded(rec)
