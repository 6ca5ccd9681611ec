"""PLOVER event coding on our own wire-style sentences and article (tests/data)."""

from pathlib import Path

import pytest

from newsgraph.extract.events import plover_category
from newsgraph.ingest.document import InputDocument

DATA = Path(__file__).parent / "data"

SENTENCES = {
    "light": "Serbian and Kosovar negotiators held talks in Brussels on Thursday.",
    "attack": "The army of Mali launched an attack on Algerian border posts near Tessalit, killing 12 soldiers.",
    "compound": "Washington and Beijing have resumed military talks.",
    "with": "Chile's foreign minister spoke with his Peruvian counterpart, Rosa Quispe, on Friday.",
    "host": "Kenyan President Daniel Mwangi hosted Ethiopia's prime minister in Nairobi on Sunday.",
    "planned": "The Brazilian president announced plans to meet Argentine leaders in Buenos Aires next week.",
    "set": "Japan's prime minister is set to visit Canberra in the coming days.",
    "agree": "Greece and Turkey agreed to restore direct flights between the two countries.",
    "negated": "Pakistan did not attack the Afghan border posts, the army said.",
    "denied": "Azerbaijan denied shelling Armenian border villages overnight.",
    "meeting_venue": "The African Union is expected to review the mission at a meeting of defence ministers in Nairobi next week.",
    "headline": "Drone Strikes Hit Two Towns as Latvia Condemns Attack\n\n"
                "Latvia's foreign minister condemned the overnight attack on a border post.",
    "headline_glued": "Border Posts Shelled as Estonia Condemns Attack\n\n"
                      "Estonia's foreign minister condemned the overnight attack on a border post.",
    "no_mention": "Hungary made no mention of a meeting with Slovak ministers.",
    "could": "The European Union could impose new sanctions on Belarus.",
    "would_if": "Egypt would send troops to Sudan if the fighting spread.",
    "called_for": "Norway called for a ceasefire between Israel and Hamas.",
    "warning": "The Bank of England warned that inflation was rising.",
    "threat": "North Korea warned it would strike South Korean ships that crossed the sea border.",
    "summit": "Leaders gathered for a summit of the African Union in Addis Ababa.",
    "phone": "Germany's chancellor held a phone call with the Polish president on Monday.",
    "passive": "Two Ukrainian soldiers were killed by Russian artillery near Bakhmut.",
}


@pytest.fixture(scope="module")
def coded(pipeline):
    docs = [InputDocument(ref=k, text=v, title="") for k, v in SENTENCES.items()]
    out = {}
    for o in pipeline.process(docs, published="2025-06-10", clean=False):
        rec = o.record
        names = {e.id: e.name for e in rec.entities}
        countries = {e.id: e.country for e in rec.entities}
        out[rec.ref] = (rec, names, countries)
    return out


def events(coded, key):
    rec, names, countries = coded[key]
    return rec.events, names, countries


def first(coded, key):
    evs, names, countries = events(coded, key)
    assert evs, f"no event in {key!r}"
    return evs[0], names, countries


def test_light_verb_puts_the_event_on_the_noun(coded):
    ev, names, countries = first(coded, "light")
    assert ev.type == "CONSULT" and ev.trigger.text == "talks"
    assert {countries[a] for a in ev.actors} >= {"SRB"}
    assert ev.location is not None and ev.location.name == "Brussels"


def test_attack_with_recipient_and_quantities(coded):
    ev, names, countries = first(coded, "attack")
    assert ev.type == "ASSAULT" and ev.status == "happened" and ev.trigger.text == "attack"
    assert {countries[a] for a in ev.actors} == {"MLI"}
    assert "DZA" in {countries[r] for r in ev.recipients}


def test_compound_actors_share_a_meeting(coded):
    ev, names, countries = first(coded, "compound")
    assert ev.type == "CONSULT"
    assert {countries[a] for a in ev.actors} == {"USA", "CHN"} and ev.recipients == []


def test_spoke_with_is_reciprocal(coded):
    ev, names, _ = first(coded, "with")
    assert ev.type == "CONSULT" and ev.recipients == []
    assert "Rosa Quispe" in {names[a] for a in ev.actors} and len(ev.actors) == 2


def test_host_codes_the_visitor_as_actor(coded):
    ev, names, countries = first(coded, "host")
    assert (ev.type, ev.mode) == ("CONSULT", "visit")
    assert [names[r] for r in ev.recipients] == ["Daniel Mwangi"]
    assert {countries[a] for a in ev.actors} == {"ETH"}


@pytest.mark.parametrize("key, status", [
    ("planned", "planned"), ("set", "planned"), ("negated", "negated"), ("could", "hypothetical"),
    ("would_if", "hypothetical"),
])
def test_status(coded, key, status):
    ev, _, _ = first(coded, key)
    assert ev.status == status, (key, ev)


def test_planned_meeting_is_dated_ahead(coded):
    ev, _, _ = first(coded, "planned")
    assert (ev.type, ev.date.value, ev.date.resolution) == ("CONSULT", "2025-06-16", "week")
    assert plover_category(ev) == "AGREE"  # the manual codes a future meeting as AGREE


def test_agreed_to_restore_is_agree_that_happened(coded):
    evs, _, countries = events(coded, "agree")
    assert (evs[0].type, evs[0].status) == ("AGREE", "happened")
    assert {countries[a] for a in evs[0].actors} == {"GRC", "TUR"}
    restore = next(e for e in evs if e.trigger.text == "restore")
    assert restore.status == "planned"


def test_no_mention_is_no_event_that_happened(coded):
    evs, _, _ = events(coded, "no_mention")
    assert all(e.status == "negated" for e in evs)


def test_a_denied_act_is_negated(coded):
    # The denial is the source's claim that the act did not happen, as "said it did not attack".
    evs, _, _ = events(coded, "denied")
    shelling = next(e for e in evs if e.type == "ASSAULT")
    assert shelling.status == "negated"


def test_headline_verb_splits_a_title_case_noun_phrase(coded):
    # Title case makes "Latvia Condemns Attack" one noun phrase to the parser (and NER may
    # glue "Estonia Condemns" into one name): the state condemns, it is not the attacker.
    for key, state in (("headline", "Latvia"), ("headline_glued", "Estonia")):
        evs, names, _ = events(coded, key)
        assert [e for e in evs if e.type == "ACCUSE" and state in {names[a] for a in e.actors}]
        assert not [e for e in evs if e.type == "ASSAULT" and any(state in names[a] for a in e.actors)], key


def test_meeting_venue_is_no_party_and_who_acts_at_it_is(coded):
    evs, names, _ = events(coded, "meeting_venue")
    meeting = next(e for e in evs if e.trigger.text == "meeting")
    assert (meeting.type, meeting.status) == ("CONSULT", "planned")
    assert [names[a] for a in meeting.actors] == ["African Union"]
    assert meeting.location is not None and meeting.location.name == "Nairobi"


def test_called_for_event_is_hypothetical(coded):
    evs, _, _ = events(coded, "called_for")
    assert (evs[0].type, evs[0].status) == ("REQUEST", "happened")
    assert all(e.status == "hypothetical" for e in evs[1:])


def test_a_warning_is_not_a_threat_unless_it_threatens(coded):
    assert not any(e.type == "THREATEN" for e in events(coded, "warning")[0])
    ev, _, countries = first(coded, "threat")
    assert ev.type == "THREATEN" and countries[ev.actors[0]] == "PRK"


def test_nominal_summit_and_phone_call(coded):
    ev, _, _ = first(coded, "summit")
    assert ev.type == "CONSULT" and ev.trigger.text == "summit"
    ev, names, countries = first(coded, "phone")
    assert (ev.type, ev.mode) == ("CONSULT", "phone")
    assert {countries[a] for a in ev.actors} == {"DEU", "POL"}


def test_passive_violence_keeps_actor_and_victim(coded):
    ev, _, countries = first(coded, "passive")
    assert ev.type == "ASSAULT" and ev.mode == "heavy-weapons"
    assert countries[ev.actors[0]] == "RUS" and countries[ev.recipients[0]] == "UKR"


@pytest.fixture(scope="module")
def wire(pipeline):
    from newsgraph.ingest.paths import read_file

    doc = read_file(DATA / "events_wire.txt", 2_000_000)
    return pipeline.process_one(doc, published="2025-06-10")


def _find(rec, trigger):
    return next(e for e in rec.events if e.trigger.text == trigger)


def test_wire_article(wire):
    rec = wire
    names = {e.id: e.name for e in rec.entities}
    countries = {e.id: e.country for e in rec.entities}
    agreed = _find(rec, "agreed")
    assert agreed.type == "AGREE" and {names[a] for a in agreed.actors} == {"Azerbaijan", "Armenia"}
    assert agreed.date.value == "2025-06-09"  # "on Monday" in a story of Tuesday 2025-06-10
    met = _find(rec, "met")
    assert "Ara Petrosyan" in {names[a] for a in met.actors} and len(met.actors) == 2 and not met.recipients
    summit = _find(rec, "summit")
    assert (summit.status, summit.date.value, summit.location.name) == ("planned", "2025-07", "Geneva")
    visit = _find(rec, "visit")
    assert (visit.mode, visit.status, visit.date.resolution) == ("visit", "planned", "month")
    shelled = _find(rec, "shelled")
    assert (shelled.type, shelled.mode, countries[shelled.actors[0]]) == ("ASSAULT", "heavy-weapons", "AZE")
    assert shelled.date.value == "2025-06-02" and shelled.quantities[0].value == 3
    assert _find(rec, "attack").status == "negated"
    accused = _find(rec, "accused")
    assert accused.type == "ACCUSE" and [countries[r] for r in accused.recipients] == ["ARM"]
    warned = _find(rec, "warned")
    assert warned.type == "THREATEN" and countries[warned.actors[0]] == "IRN"
    assert _find(rec, "sanctions").status == "hypothetical"
    spoke = _find(rec, "spoke")
    assert spoke.mode == "phone"


RECIPIENTS = [
    ("China imposed sanctions on three U.S. defence firms.", "SANCTION", "CHN", "USA"),
    ("Russia expelled two Estonian diplomats.", "SANCTION", "RUS", "EST"),
    ("Algeria recalled its ambassador from France.", "SANCTION", "DZA", "FRA"),
    ("India urged Pakistan to release the fishermen.", "REQUEST", "IND", "PAK"),
    ("Venezuela rejected a Colombian proposal for talks.", "REJECT", "VEN", "COL"),
    ("Japan pledged 5 billion dollars to Indonesia.", "AGREE", "JPN", "IDN"),
    ("Germany will provide Ukraine with additional air defence systems.", "AID", "DEU", "UKR"),
    ("Polish farmers blocked roads to protest Ukrainian grain imports.", "PROTEST", "POL", "UKR"),
    ("The Philippine coast guard accused Chinese vessels of ramming its ship.", "ACCUSE", "PHL", "CHN"),
    ("Iran threatened to cut gas exports to Turkey unless Ankara paid its debts.", "THREATEN", "IRN", "TUR"),
    ("Georgian police banned a march by Armenian activists.", "COERCE", "GEO", "ARM"),
]


@pytest.mark.parametrize("sentence, type_, actor, recipient", RECIPIENTS)
def test_actor_and_recipient(pipeline, sentence, type_, actor, recipient):
    rec = pipeline.process_one(InputDocument(ref="r", text=sentence, title=""), clean=False)
    countries = {e.id: e.country for e in rec.entities}
    ev = rec.events[0]
    assert ev.type == type_
    assert actor in {countries[a] for a in ev.actors}
    assert recipient in {countries[r] for r in ev.recipients}


def test_hosted_talks_between_two_parties(pipeline):
    rec = pipeline.process_one(InputDocument(ref="h", text="Egypt hosted talks between Israel and Hamas.", title=""), clean=False)
    names = {e.id: e.name for e in rec.entities}
    ev = rec.events[0]
    assert (ev.type, ev.mode) == ("CONSULT", "third-party")
    assert {names[a] for a in ev.actors} == {"Israel", "Hamas"} and [names[r] for r in ev.recipients] == ["Egypt"]


@pytest.mark.parametrize("sentence, type_, mode", [
    ("Serbia lodged a protest with Croatia over the arrest of two Serbian citizens.", "ACCUSE", "disapprove"),
    ("Hezbollah fired dozens of rockets into northern Israel.", "ASSAULT", "heavy-weapons"),
    ("Israeli jets struck Hezbollah positions in southern Lebanon.", "ASSAULT", "aerial"),
    ("Venezuela broke off diplomatic relations with Panama.", "SANCTION", "discontinue"),
    ("Kenyan police fired tear gas at protesters in Nairobi.", "ASSAULT", "crowd-control"),
    # A labour strike by what is done with it; a military strike is launched.
    ("Lufthansa pilots went on strike over pensions on Friday.", "PROTEST", "strike"),
    ("Lufthansa pilots walked out on Friday.", "PROTEST", "strike"),
    ("Air France pilots extended the strike into a second week.", "PROTEST", "strike"),
    ("Israeli jets launched a strike on a Hamas depot in Gaza.", "ASSAULT", "aerial"),
    # Who strikes says which strike: workers walk out, jets bomb.
    ("A strike by Belgian air traffic controllers grounded 300 flights from Brussels on Monday.", "PROTEST", "strike"),
    ("The Belgian dockers' strike grounded 300 flights from Brussels on Monday.", "PROTEST", "strike"),
    # A government's protest is a formal complaint; people of a state still demonstrate.
    ("The Chilean Foreign Ministry protested against the arrest of two Chilean sailors.", "ACCUSE", "disapprove"),
    ("Santiago protested against the arrest of two Chilean sailors.", "ACCUSE", "disapprove"),
    ("Thousands of Chileans protested against the pension reform in Santiago.", "PROTEST", "demo"),
    # Tariffs imposed are a sanction.
    ("Washington imposed 25% tariffs on steel from Mexico on Monday.", "SANCTION", None),
])
def test_type_and_mode(pipeline, sentence, type_, mode):
    rec = pipeline.process_one(InputDocument(ref="m", text=sentence, title=""), clean=False)
    assert (rec.events[0].type, rec.events[0].mode) == (type_, mode)


def test_police_without_a_state_word_belong_to_the_state_of_their_place(pipeline):
    text = ("Dock blockade ends\n\n"
            "GDANSK, May 3 (Wire) - Police detained nine activists outside the container terminal on Friday "
            "after they chained themselves to a gate.\n\n"
            "Police said the port would reopen on Saturday.\n\n"
            "Police in Kaunas arrested two men on Sunday.\n")
    rec = pipeline.process_one(InputDocument(ref="police", text=text), published="2025-05-03")
    ents = {e.id: e for e in rec.entities}
    police = [e for e in rec.entities if e.sector == "COP"]
    # The sentence's own place decides (Kaunas: Lithuania); without one, the dateline (Poland).
    assert sorted((e.name, e.country, len(e.mentions)) for e in police) == [
        ("Lithuanian police", "LTU", 1), ("Polish police", "POL", 2)]
    detained = next(ev for ev in rec.events if ev.trigger.text == "detained")
    assert (detained.type, detained.mode, [ents[a].name for a in detained.actors]) == ("COERCE", "arrest", ["Polish police"])
    # "they" of "after they chained themselves" is the activists, not the police.
    assert not any(ev.trigger.start > detained.trigger.start and ev.sentence.start == detained.sentence.start
                   and ents[ev.actors[0]].sector == "COP" for ev in rec.events if ev.actors)
    said = next(a for a in rec.attributions if a.cue.text == "said")
    assert ents[said.speaker].name == "Polish police"


def test_police_with_no_place_in_sight_get_no_state(pipeline):
    rec = pipeline.process_one(InputDocument(ref="nowhere", text="Arrests\n\nPolice arrested two men on Sunday.\n"),
                               published="2025-05-03")
    assert not [e for e in rec.entities if e.sector == "COP"]


def test_unnamed_civilians_protesters_and_army_belong_to_a_state(pipeline):
    text = ("Market strike\n\n"
            "BAMAKO, Mali (Wire) — Airstrikes on a cattle market in the village of Kouroumbana killed at "
            "least 11 civilians on Friday, local officials said.\n\n"
            "The army denied carrying out the strikes.\n\n"
            "About 300 protesters marched through central Bamako on Saturday, and police detained six people.\n\n"
            "The government mobilised army reservists. Its troops left the town.\n")
    rec = pipeline.process_one(InputDocument(ref="unnamed", text=text), published="2025-05-03")
    ents = {e.id: e for e in rec.entities}
    groups = sorted((e.name, e.country, e.sector) for e in rec.entities if e.sector in ("CVL", "MIL", "COP"))
    assert groups == [("Malian civilians", "MLI", "CVL"), ("Malian military", "MLI", "MIL"),
                      ("Malian police", "MLI", "COP"), ("Malian protesters", "MLI", "CVL")]
    military = next(e for e in rec.entities if e.sector == "MIL")
    # Not "army reservists"; "Its troops" through "its", the government of the sentence before.
    assert [m.text for m in military.mentions] == ["army", "Its troops"]
    killed = next(ev for ev in rec.events if ev.trigger.text == "killed")
    assert (killed.type, [ents[r].name for r in killed.recipients]) == ("ASSAULT", ["Malian civilians"])
    marched = next(ev for ev in rec.events if ev.trigger.text == "marched")
    assert (marched.type, [ents[a].name for a in marched.actors]) == ("PROTEST", ["Malian protesters"])


def test_a_city_names_where_talks_are_held_not_who_holds_them(pipeline):
    text = ("Talks stall\n\n"
            "Negotiators in Geneva struggled on Monday to revive the stalled ceasefire talks.\n\n"
            "Armenia and Azerbaijan held the Geneva talks on Friday.\n")
    rec = pipeline.process_one(InputDocument(ref="venue", text=text), published="2025-05-03")
    ents = {e.id: e for e in rec.entities}
    parties = {ents[x].name for ev in rec.events for x in ev.actors + ev.recipients}
    assert "Geneva" not in parties
    assert {"Armenia", "Azerbaijan"} <= parties


def test_a_bare_government_and_its_ministries_belong_to_the_dateline_state(pipeline):
    text = ("Floods\n\n"
            "DHAKA, Bangladesh (Wire) — The government declared a state of emergency in three districts on "
            "Sunday and deployed 2,000 soldiers to help with rescue work, the Home Ministry said.\n\n"
            "India sent two aircraft with tents and medicines, the Indian embassy said.\n")
    rec = pipeline.process_one(InputDocument(ref="floods", text=text), published="2025-05-03")
    ents = {e.id: e for e in rec.entities}
    government = next(e for e in rec.entities if e.name.endswith("government"))
    assert (government.name, government.country, government.sector) == ("Bangladeshi government", "BGD", "GOV")
    ministry = next(e for e in rec.entities if e.name == "Home Ministry")
    assert (ministry.country, ministry.sector) == ("BGD", "GOV")
    deployed = next(ev for ev in rec.events if ev.trigger.text == "deployed")
    # Its own soldiers are what a state mobilises, not whom it acts on.
    assert (deployed.type, [ents[a].name for a in deployed.actors], deployed.recipients) == (
        "MOBILIZE", ["Bangladeshi government"], [])


def test_a_warning_of_force_is_a_threat_by_the_one_who_warns(pipeline):
    rec = pipeline.process_one(InputDocument(ref="w", title="", text=(
        "Chilean Trade Minister Rosa Vidal warned that Santiago could retaliate if the fine was not reduced.")),
        clean=False)
    ents = {e.id: e for e in rec.entities}
    warned = next(ev for ev in rec.events if ev.trigger.text == "warned")
    assert (warned.type, [ents[a].name for a in warned.actors], warned.recipients) == ("THREATEN", ["Rosa Vidal"], [])
    rec = pipeline.process_one(InputDocument(ref="w2", title="", text=(
        "Chilean Trade Minister Rosa Vidal warned that the copper market could close within weeks.")), clean=False)
    assert not [ev for ev in rec.events if ev.trigger.text == "warned"]


def test_a_demonym_two_states_share_is_the_one_the_article_names(pipeline):
    rec = pipeline.process_one(InputDocument(ref="k", title="", text=(
        "South Korea summoned the envoy on Monday. Seoul said Korean firms had been treated unfairly.")), clean=False)
    assert not [e for e in rec.entities if e.name == "Korean"]
    assert any(e.country == "KOR" and "firms" in [m.text.split()[-1] for m in e.mentions] for e in rec.entities)


def test_police_in_a_sentence_without_a_place_belong_to_the_place_named_earlier_in_the_paragraph(pipeline):
    text = ("Rallies\n\n"
            "BAMAKO, Mali (Wire) — Farmers blocked roads near Segou on Monday.\n\n"
            "In Dakar, hundreds of students rallied on Monday night. Police arrested 12 demonstrators.\n")
    rec = pipeline.process_one(InputDocument(ref="paragraph", text=text), published="2025-05-03")
    police = [e for e in rec.entities if e.sector == "COP"]
    assert [(e.name, e.country) for e in police] == [("Senegalese police", "SEN")]


@pytest.mark.parametrize("sentence, recipients", [
    # The parse reads "airstrikes killed" as a reduced relative ("airstrikes [that were] killed").
    ("Israeli airstrikes killed at least 40 Palestinians across the Gaza Strip overnight.", ["Palestinian Territory"]),
    ("An Israeli airstrike killed five people in Rafah on Monday.", []),
])
def test_an_attack_noun_that_kills_is_one_event_told_by_the_verb(pipeline, sentence, recipients):
    rec = pipeline.process_one(InputDocument(ref="k", text=sentence, title=""), clean=False)
    ents = {e.id: e.name for e in rec.entities}
    assert [(ev.type, ev.trigger.text, [ents[a] for a in ev.actors], [ents[r] for r in ev.recipients])
            for ev in rec.events] == [("ASSAULT", "killed", ["Israel"], recipients)]


def test_a_past_verb_coordinated_under_a_modal_keeps_its_own_tense(pipeline):
    # The parse hangs "accused" on "stay" (under "would"); a past verb cannot share that modal.
    rec = pipeline.process_one(InputDocument(ref="conj", title="", text=(
        "Union leader Ana Duarte told reporters that members would stay vigilant and accused the "
        "Chilean government of negotiating in secret.")), clean=False)
    accused = next(ev for ev in rec.events if ev.trigger.text == "accused")
    assert (accused.type, accused.status) == ("ACCUSE", "happened")


def test_bare_soldiers_in_a_story_about_a_foreign_army_belong_to_no_one_and_a_junta_is_the_datelines(pipeline):
    text = ("Coup\n\n"
            "BAMAKO, Mali (Wire) — Soldiers ousted President Amadou Keita on Friday, two years after French "
            "soldiers left the country.\n\n"
            "The junta, led by Colonel Assimi Diarra, accused France of interfering in Mali's affairs.\n")
    rec = pipeline.process_one(InputDocument(ref="coup", text=text), published="2025-05-03")
    ents = {e.id: e for e in rec.entities}
    military = [e for e in rec.entities if e.sector == "MIL"]
    # Only the named French soldiers: "Soldiers ousted" in the same paragraph may be Malian,
    # the text does not say.
    assert [(e.name, [m.text for m in e.mentions]) for e in military] == [("French military", ["French soldiers"])]
    assert ents[next(ev for ev in rec.events if ev.trigger.text == "accused").actors[0]].name == "Malian junta"
    assert next(e for e in rec.entities if e.name == "Amadou Keita").country != "FRA"


def test_a_group_word_inside_a_hyphenated_modifier_is_no_group(pipeline):
    rec = pipeline.process_one(InputDocument(ref="hyphen", text=(
        "Clashes\n\nCARACAS, Venezuela (Wire) — The government-run media said anti-government "
        "protesters clashed with police in Caracas.\n")), published="2025-05-03")
    assert not [e for e in rec.entities if e.sector == "GOV"]
    assert {e.name for e in rec.entities if e.sector in ("CVL", "COP")} == {"Venezuelan protesters", "Venezuelan police"}


def test_prompted_to_act_the_object_acts_and_a_possessor_suffers_a_detention(pipeline):
    rec = pipeline.process_one(InputDocument(ref="prompt", title="", text=(
        "Chile and Bolivia criticised the vote, prompting Lima to recall its ambassadors to the two countries.")),
        clean=False)
    ents = {e.id: e.name for e in rec.entities}
    recall = next(ev for ev in rec.events if ev.trigger.text == "recall")
    assert ([ents[a] for a in recall.actors], sorted(ents[r] for r in recall.recipients)) == (
        ["Peru"], ["Bolivia", "Chile"])
    rec = pipeline.process_one(InputDocument(ref="detention", title="", text=(
        "Venezuela condemned Pedro Lamas's detention by Colombian police on Monday.")), clean=False)
    ents = {e.id: e.name for e in rec.entities}
    assert not [ev for ev in rec.events if ev.trigger.text == "detention" and "Pedro Lamas" in
                [ents[a] for a in ev.actors]]


def test_a_duration_gives_way_to_a_dated_day(pipeline):
    rec = pipeline.process_one(InputDocument(ref="emergency", title="", text=(
        "The Peruvian government declared a 30-day state of emergency in Puno on Wednesday.")),
        published="2022-12-14", clean=False)
    emergency = next(ev for ev in rec.events if ev.type == "COERCE")
    assert emergency.date is not None and emergency.date.value == "2022-12-14"


def test_a_group_word_modifying_a_noun_is_no_group_and_residents_of_a_place_are_its(pipeline):
    rec = pipeline.process_one(InputDocument(ref="modifier", text=(
        "Hackers\n\nWASHINGTON (Wire) — Security experts in the United States linked the breach to a notorious "
        "Russian military hacking group. The militants recruit residents of Belgium and France.\n")),
        published="2025-05-03")
    groups = {e.name for e in rec.entities if e.sector in ("MIL", "CVL")}
    assert "U.S. military" not in groups
    assert "Belgian civilians" in groups


def test_a_guilty_plea_is_no_request_and_a_man_from_a_city_is_not_the_city(pipeline):
    rec = pipeline.process_one(InputDocument(ref="plea", title="", text=(
        "A New York man pleaded guilty on Monday to threatening to kill a congresswoman.")), clean=False)
    ents = {e.id: e.name for e in rec.entities}
    assert not [ev for ev in rec.events if ev.type == "REQUEST"]
    assert not [ev for ev in rec.events if "New York City" in [ents[a] for a in ev.actors]]
    rec = pipeline.process_one(InputDocument(ref="plea2", title="", text=(
        "The Red Cross pleaded with Israel and Hamas to let aid convoys through.")), clean=False)
    assert [ev.type for ev in rec.events if ev.trigger.text == "pleaded"] == ["REQUEST"]


def test_a_clause_after_a_semicolon_is_not_what_the_next_subject_rejects(pipeline):
    text = ("Athens has blamed Turkish smugglers for the fire and expelled two Turkish diplomats; "
            "Ankara has rejected any involvement.")
    rec = pipeline.process_one(InputDocument(ref="semi", text=text, title=""), clean=False)
    status = {ev.trigger.text: ev.status for ev in rec.events}
    assert status["expelled"] == "happened"
    assert status["blamed"] == "happened"


def test_a_date_that_modifies_a_noun_dates_that_thing_not_the_event(pipeline):
    text = ("Bolivia's opposition rejected the result of Sunday's referendum on Tuesday. "
            "Quito accused Lima of breaking the 2019 border accord.")
    rec = pipeline.process_one(InputDocument(ref="dates", text=text, title=""), published="2025-06-12", clean=False)
    dated = {ev.trigger.text: ev.date.value if ev.date else None for ev in rec.events}
    assert dated["rejected"] == "2025-06-10"
    assert dated["accused"] is None


def test_being_sworn_in_is_no_pledge_but_swearing_to_act_is(pipeline):
    sworn_in = pipeline.process_one(InputDocument(
        ref="s1", text="Zambian President Hakainde Hichilema is due to be sworn in on Monday.", title=""), clean=False)
    assert not sworn_in.events
    sworn_to = pipeline.process_one(InputDocument(
        ref="s2", text="Zambian President Hakainde Hichilema has sworn to defeat the rebels in the north.", title=""),
        clean=False)
    assert sworn_to.events and sworn_to.events[0].trigger.text == "sworn"


def test_a_demand_conjoined_to_a_reported_passive_is_the_reporters(pipeline):
    text = ('Human Rights Watch said the two men were being held "without charge" and urged Minsk to release '
            'them.')
    rec = pipeline.process_one(InputDocument(ref="urged", text=text, title=""), clean=False)
    names = {e.id: e.name for e in rec.entities}
    urged = next(ev for ev in rec.events if ev.trigger.text == "urged")
    assert (urged.type, [names[a] for a in urged.actors]) == ("REQUEST", ["Human Rights Watch"])
    assert {e.country for e in rec.entities if e.id in urged.recipients} == {"BLR"}


def test_a_summoner_protests_and_a_dismissed_appointment_is_rejected(pipeline):
    rec = pipeline.process_one(InputDocument(
        ref="summon", text="The Vietnamese foreign ministry summoned a senior Chinese diplomat to protest.", title=""),
        clean=False)
    names = {e.id: e.name for e in rec.entities}
    protest = next(ev for ev in rec.events if ev.trigger.text == "protest")
    assert {names[a] for a in protest.actors} == {"Vietnamese Foreign Ministry"}
    rec = pipeline.process_one(InputDocument(
        ref="dismiss", text="The Tigray People's Liberation Front dismissed the appointment as illegitimate.", title=""),
        clean=False)
    assert [ev.type for ev in rec.events] == ["REJECT"]


def test_initialling_an_accord_and_a_price_to_pay(pipeline):
    rec = pipeline.process_one(InputDocument(
        ref="initial", text="The leaders of Serbia and Kosovo initialled a peace agreement at the White House on Friday.",
        title=""), clean=False)
    ev = rec.events[0]
    assert (ev.trigger.text, ev.type, ev.recipients) == ("initialled", "SUPPORT", [])
    rec = pipeline.process_one(InputDocument(
        ref="price", text='Turkish Defence Minister Yasar Guler warned that the PKK would "pay a heavy price".', title=""),
        clean=False)
    names = {e.id: e.name for e in rec.entities}
    ev = rec.events[0]
    assert ev.type == "THREATEN" and [names[r] for r in ev.recipients] == ["PKK"]


def test_a_sea_or_building_no_state_holds_is_where_not_who_and_a_prisoner_exchange_is_a_release(pipeline):
    rec = pipeline.process_one(InputDocument(
        ref="strait", text="Iranian forces seized a Greek oil tanker in the Strait of Hormuz on Friday.", title=""),
        clean=False)
    names = {e.id: e.name for e in rec.entities}
    assert [names[r] for r in rec.events[0].recipients] == ["Greece"]
    rec = pipeline.process_one(InputDocument(
        ref="swap", text="Armenia and Azerbaijan exchanged 32 prisoners of war on Friday.", title=""), clean=False)
    ev = rec.events[0]
    assert (ev.type, ev.mode, len(ev.actors)) == ("RETREAT", "release", 2)


def test_a_document_speaks_for_its_issuer_and_blocking_it_is_a_rejection(pipeline):
    rec = pipeline.process_one(InputDocument(
        ref="doc", text="Slovakia blocked an EU statement condemning the attack.", title=""), clean=False)
    names = {e.id: e.name for e in rec.entities}
    coded = {ev.trigger.text: (ev.type, [names[a] for a in ev.actors]) for ev in rec.events}
    assert coded["blocked"] == ("REJECT", ["Slovakia"])
    assert coded["condemning"] == ("ACCUSE", ["European Union"])


def test_the_proposer_would_do_what_a_proposal_from_it_proposes(pipeline):
    rec = pipeline.process_one(InputDocument(
        ref="proposal", text="Colombian President Gustavo Petro rejected a proposal from Washington to deploy U.S. troops.",
        title=""), clean=False)
    countries = {e.id: e.country for e in rec.entities}
    deploy = next(ev for ev in rec.events if ev.trigger.text == "deploy")
    assert [countries[a] for a in deploy.actors] == ["USA"]


def test_fighting_before_a_ceasefire_took_place_and_stripping_rights_is_a_sanction(pipeline):
    rec = pipeline.process_one(InputDocument(
        ref="after", text="Thailand and Cambodia agreed to a ceasefire after five days of fighting along their border.",
        title=""),
        clean=False)
    status = {ev.trigger.text: ev.status for ev in rec.events}
    assert status == {"agreed": "happened", "fighting": "happened"}
    rec = pipeline.process_one(InputDocument(
        ref="strip", text="The European Parliament voted to strip Poland of its voting rights.", title=""), clean=False)
    countries = {e.id: e.country for e in rec.entities}
    assert [(ev.type, [countries[r] for r in ev.recipients]) for ev in rec.events] == [("SANCTION", ["POL"])]


def test_vowing_revenge_is_a_threat(pipeline):
    rec = pipeline.process_one(InputDocument(
        ref="vow", text="A spokesman for Hezbollah vowed revenge in a statement on Sunday.", title=""), clean=False)
    assert [ev.type for ev in rec.events] == ["THREATEN"]


def test_a_fire_or_a_flood_that_kills_is_no_attack(pipeline):
    for text in ("A fire at a Lagos hospital killed 10 newborn babies on Saturday.",
                 "Floods in northern Pakistan killed 40 people, Pakistani officials said."):
        rec = pipeline.process_one(InputDocument(ref="natural", text=text, title=""), clean=False)
        assert not [ev for ev in rec.events if ev.type == "ASSAULT"], text


@pytest.mark.parametrize("sentence, expected", [
    ("Beijing has been fighting dirty air for two decades, Chinese officials said.", []),
    ("Chinese officials said Beijing was battling extradition requests from Canada.", []),
    ("Spanish Prime Minister Pedro Sanchez seized on the idea at a summit in Madrid.", []),
    ("Johnson and Corbyn attacked each other's policies on Brexit.", ["ACCUSE"]),
    ("Sudanese troops fought the Rapid Support Forces in Omdurman.", ["ASSAULT"]),
])
def test_fighting_words_and_seizing_ideas_are_no_violence(pipeline, sentence, expected):
    rec = pipeline.process_one(InputDocument(ref="words", text=sentence, title=""), clean=False)
    assert [ev.type for ev in rec.events if ev.type in ("ASSAULT", "ACCUSE", "COERCE")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("If you only want one console, Amazon still has the best deal on the Nintendo bundle.", []),
    ("Washington and Beijing reached a trade deal on Friday, Chinese officials said.", ["AGREE"]),
    ("Herbert and Mahut rallied to defeat Japan's Ben McLachlan in the deciding doubles.", []),
    ("Beijing is wary of Trump's unpredictability, as demonstrated by his walkout in Hanoi.", []),
    ("Thousands of Kenyans demonstrated in Nairobi on Sunday.", ["PROTEST"]),
])
def test_shop_deals_comebacks_and_showing_are_no_events(pipeline, sentence, expected):
    rec = pipeline.process_one(InputDocument(ref="noise", text=sentence, title=""), clean=False)
    assert [ev.type for ev in rec.events if ev.type in ("AGREE", "PROTEST")] == expected


def _coded(pipeline, text, ref="t"):
    rec = pipeline.process_one(InputDocument(ref=ref, text=text, title=""), clean=False)
    names = {e.id: e.name for e in rec.entities}
    countries = {e.id: e.country for e in rec.entities}
    return rec, names, countries


@pytest.mark.parametrize("sentence, trigger, actor", [
    ("Armenia put its troops on high alert on Sunday after shelling near the border.", "put", "Armenia"),
    ("Georgian President Mikheil Kavelashvili said he had ordered the army to full combat readiness.",
     "ordered", "Mikheil Kavelashvili"),
    ("Kazakh President Kassym-Jomart Tokayev has criticised Kyrgyzstan and has ordered troops to the southern border.",
     "ordered", "Kassym-Jomart Tokayev"),
    # A passive move: the owner of the forces, else whoever reports it.
    ("Russian troops were moved to the Finnish border last month.", "moved", "Russian military"),
    ("Azerbaijani Defence Minister Zakir Hasanov said tanks had been moved closer to the frontier.", "moved",
     "Zakir Hasanov"),
])
def test_forces_put_on_alert_ordered_or_moved_somewhere_are_mobilised(pipeline, sentence, trigger, actor):
    rec, names, _ = _coded(pipeline, sentence)
    ev = next((ev for ev in rec.events if ev.trigger.text == trigger), None)
    assert ev is not None and ev.type == "MOBILIZE", [(e.type, e.trigger.text) for e in rec.events]
    assert [names[a] for a in ev.actors] == [actor]
    # The forces that move are not whom they move against.
    assert not [r for r in ev.recipients if names[r].endswith("military")]


def test_forces_the_parse_leaves_without_a_verb_deploy_and_ordering_someone_to_act_is_no_mobilisation(pipeline):
    rec, names, _ = _coded(pipeline, "EU-led peacekeepers, known as EUFOR, deployed around the bridge on Monday.")
    assert [(ev.type, [names[a] for a in ev.actors]) for ev in rec.events] == [("MOBILIZE", ["European Union"])]
    rec, _, _ = _coded(pipeline, "Chadian President Mahamat Deby ordered the soldiers to leave the village.")
    assert "MOBILIZE" not in [ev.type for ev in rec.events]


def test_striking_back_and_striking_what_someone_described_as_targets_are_assaults(pipeline):
    rec, names, _ = _coded(pipeline, "Ukraine strikes back in Crimea")
    assert [(ev.type, [names[a] for a in ev.actors]) for ev in rec.events] == [("ASSAULT", ["Ukraine"])]
    rec, names, _ = _coded(pipeline, "Senator Ted Cruz struck back at his critics on Tuesday.")
    assert [ev.type for ev in rec.events] == ["ACCUSE"]
    rec, names, countries = _coded(pipeline, (
        "Turkish warplanes struck what the defence ministry described as PKK shelters and ammunition depots "
        "in northern Iraq."))
    ev = rec.events[0]
    assert (ev.type, [countries[a] for a in ev.actors]) == ("ASSAULT", ["TUR"])
    assert "PKK" in [names[r] for r in ev.recipients]


def test_the_group_takes_up_the_group_named_before_not_its_backer(pipeline):
    rec, names, _ = _coded(pipeline, (
        "M23 rebels seized a town in eastern Congo on Monday. The Rwanda-backed group said it had targeted "
        "an army base near Goma."))
    ev = next(ev for ev in rec.events if ev.trigger.text == "targeted")
    assert (ev.type, [names[a] for a in ev.actors]) == ("ASSAULT", ["M23"])


def test_taking_over_offices_is_a_seizure_and_taking_over_a_town_an_assault(pipeline):
    rec, _, _ = _coded(pipeline, "Venezuelan police took over the opposition party's offices in three cities on Friday.")
    assert [(ev.type, ev.mode) for ev in rec.events] == [("COERCE", "seize")]
    rec, _, _ = _coded(pipeline, "Malian troops took over the town of Kidal on Friday.")
    assert [ev.type for ev in rec.events] == ["ASSAULT"]


def test_a_relative_after_a_participle_phrase_takes_up_its_last_noun(pipeline):
    # "that" refers to the polls, not to the councillors: the boycott targets no state.
    rec, names, _ = _coded(pipeline, (
        "Police entered the council building to seat ethnic Turkish councillors elected in March polls "
        "that local Greeks boycotted."))
    ev = next(ev for ev in rec.events if ev.trigger.text == "boycotted")
    assert ev.type == "PROTEST" and ev.recipients == []


@pytest.mark.parametrize("sentence, expected", [
    ("Ukrainian President Volodymyr Zelensky visited Kharkiv on Tuesday.", []),
    ('"We will hold the line," Ukrainian President Volodymyr Zelensky said during a visit to the front.', []),
    ("Ukrainian President Volodymyr Zelensky visited Warsaw on Tuesday.", [("CONSULT", ["Warsaw"])]),
    # A motion verb brings the visit; where it arrives is the host.
    ("Brazilian President Luiz Inacio Lula da Silva arrived in Beijing for a three-day visit.",
     [("CONSULT", ["Beijing"])]),
])
def test_a_visit_needs_a_host_abroad(pipeline, sentence, expected):
    rec, names, _ = _coded(pipeline, sentence)
    assert [(ev.type, [names[r] for r in ev.recipients]) for ev in rec.events if ev.type == "CONSULT"] == expected


@pytest.mark.parametrize("sentence", [
    "Former vice president Mahamudu Bawumia conceded defeat in a post on X and congratulated John Mahama.",
    "The New Patriotic Party conceded defeat in a statement and congratulated John Mahama.",
])
def test_conceding_defeat_and_congratulating_the_winner_whoever_concedes(pipeline, sentence):
    rec, names, _ = _coded(pipeline, sentence)
    assert [(ev.type, [names[r] for r in ev.recipients]) for ev in rec.events] == [
        ("CONCEDE", []), ("SUPPORT", ["John Mahama"])]


def test_a_passive_conjunct_acts_on_the_shared_subject_and_an_arrest_is_the_state_s(pipeline):
    # "was detained" shares its subject with "crossed": the smuggler is detained, not detaining;
    # the arrest is the act of the state of the city it happens in; "on a warrant" is no target.
    rec, names, countries = _coded(pipeline, (
        "Mexican businessman Raul Ortega crossed into Guatemala in May and was detained in Quetzaltenango "
        "on a Mexican warrant."))
    ev = next(ev for ev in rec.events if ev.trigger.text == "detained")
    assert (ev.type, ev.mode) == ("COERCE", "arrest")
    assert [names[a] for a in ev.actors] == ["Guatemala"]
    assert "Raul Ortega" in [names[r] for r in ev.recipients]
    assert "Quetzaltenango" not in [names[r] for r in ev.recipients]


@pytest.mark.parametrize("sentence, trigger, actor, recipient", [
    # A past verb the parser hung on a copula or a modal of the reported clause is the reporter's.
    ("Danish Foreign Minister Lars Rasmussen said the seizure was illegal and called on Iran to free the crew.",
     "called", "Lars Rasmussen", "Iran"),
    ("Kenyan President William Ruto said anyone who crossed illegally would be jailed, and accused Somalia of harbouring rebels.",
     "accused", "William Ruto", "Somalia"),
])
def test_a_verb_conjoined_to_a_reported_copula_or_modal_is_the_reporter_s(pipeline, sentence, trigger, actor, recipient):
    rec, names, _ = _coded(pipeline, sentence)
    ev = next((ev for ev in rec.events if ev.trigger.text == trigger), None)
    assert ev is not None, [(e.type, e.trigger.text) for e in rec.events]
    assert [names[a] for a in ev.actors] == [actor]
    assert recipient in [names[r] for r in ev.recipients]
    assert ev.status == "happened"  # the past verb does not share the reported modal


def test_who_is_charged_with_an_act_did_it(pipeline):
    rec, names, _ = _coded(pipeline, "Britain charged two Russian agents with hacking the Ukrainian grid.")
    ev = next(ev for ev in rec.events if ev.trigger.text == "hacking")
    assert [names[a] for a in ev.actors] == ["Russia"]


def test_the_reporting_verb_s_date_is_not_given_to_the_reported_event(pipeline):
    rec, _, _ = _coded(pipeline, "Ankara said on Monday it would close its airspace to Israeli flights.")
    ev = next(ev for ev in rec.events if ev.trigger.text == "close")
    assert ev.type == "SANCTION" and ev.status == "planned" and ev.date is None


@pytest.mark.parametrize("sentence, trigger, date", [
    # Talks put off have not taken place; the day they were put off is not theirs.
    ("Talks between Armenia and Azerbaijan have been postponed until after the elections, Russian officials said.",
     "Talks", None),
    ("Venezuela-Guyana talks postponed until after the holidays, mediators say", "talks", None),
    ("Sudan postponed talks with the Rapid Support Forces on Monday.", "talks", None),
    # Scheduled by a participle (hung on the of-object by the parser), with its date.
    ("A summit of Gulf leaders planned for September 14 in Doha will probably be delayed, a Saudi official said.",
     "summit", "2025-09-14"),
])
def test_talks_put_off_or_scheduled_are_planned(pipeline, sentence, trigger, date):
    rec = pipeline.process_one(InputDocument(ref="t", text=sentence, title=""), published="2025-06-12", clean=False)
    ev = next((ev for ev in rec.events if ev.trigger.text == trigger), None)
    assert ev is not None, [(e.type, e.trigger.text) for e in rec.events]
    assert (ev.type, ev.status) == ("CONSULT", "planned")
    assert (ev.date.value if ev.date else None) == date


def test_riot_police_and_protest_leaders_are_no_protest(pipeline):
    rec, _, _ = _coded(pipeline, "Kenyan riot police arrested twelve protest leaders in Mombasa on Sunday.")
    assert [(ev.type, ev.mode) for ev in rec.events] == [("COERCE", "arrest")]


def test_a_participle_after_a_determiner_is_an_adjective_not_an_attack(pipeline):
    # "occupied" is no assault of its own; the vow to retake the towns is a threat.
    rec, _, _ = _coded(pipeline, "Nigerien junta leader Abdourahamane Tiani has vowed to retake all occupied territory by December.")
    assert [(ev.type, ev.trigger.text) for ev in rec.events] == [("THREATEN", "vowed"), ("ASSAULT", "retake")]


def test_arrests_reported_by_a_state_body_without_agent_or_place_are_its_state_s(pipeline):
    rec, names, _ = _coded(pipeline, "Serbia's Interior Ministry said 47 people had been arrested after the march.")
    ev = next(ev for ev in rec.events if ev.trigger.text == "arrested")
    assert (ev.type, ev.mode) == ("COERCE", "arrest")
    assert ev.actors and all(names[a].startswith("Serbia") for a in ev.actors), [names[a] for a in ev.actors]
    # A rights group that reports arrests did not make them.
    rec, _, _ = _coded(pipeline, "Human Rights Watch said 47 people had been arrested after the march.")
    assert [ev for ev in rec.events if ev.trigger.text == "arrested"] == []


def _one(pipeline, sentence, trigger):
    rec = pipeline.process_one(InputDocument(ref="t", text=sentence, title=""), published="2025-06-12", clean=False)
    names = {e.id: e.name for e in rec.entities}
    countries = {e.id: e.country for e in rec.entities}
    ev = next((ev for ev in rec.events if ev.trigger.text == trigger), None)
    return ev, names, countries, rec


@pytest.mark.parametrize("sentence, trigger, status", [
    # A subject with "no" denies the act.
    ("The Indian army said no Pakistani soldiers had surrendered.", "surrendered", "negated"),
    # An event inside an if-clause is a condition, not a fact.
    ("Hamas said it would fire rockets if Israel resumed bombing Gaza.", "bombing", "hypothetical"),
    # A purpose clause shares the status of the act it serves.
    ("The Qatari emir urged the Taliban to do everything possible to free Ahmed Rashid.", "free", "hypothetical"),
    ("The Kenyan government said it would meet church leaders in Nakuru next week to seek their support.", "seek", "planned"),
    # A conjunct of a reported clause is reported too ("would" is its future, not a hypothesis).
    ("Colombia said it would not negotiate with the ELN but would ask Cuba to mediate.", "ask", "planned"),
])
def test_status_from_negative_subjects_conditions_and_purposes(pipeline, sentence, trigger, status):
    ev, _, _, rec = _one(pipeline, sentence, trigger)
    assert ev is not None, [(e.type, e.trigger.text) for e in rec.events]
    assert ev.status == status


def test_impeaching_is_a_formal_accusation(pipeline):
    ev, names, _, _ = _one(pipeline, "Peru's Congress voted on Monday to impeach President Dina Ortega over a bribery scandal.",
                           "impeach")
    assert ev is not None and (ev.type, ev.mode) == ("ACCUSE", "allege")
    assert [names[r] for r in ev.recipients] == ["Dina Ortega"]
    ev, _, _, _ = _one(pipeline, "Bolivia's Congress impeaches president", "impeaches")
    assert ev is not None and ev.type == "ACCUSE"


@pytest.mark.parametrize("sentence, trigger, actor, recipient", [
    ("Algeria cut off gas supplies to Morocco in 2021.", "cut", "DZA", "MAR"),
    ("Russia stopped deliveries of grain to Egypt last week.", "stopped", "RUS", "EGY"),
])
def test_stopping_supplies_to_a_state_is_a_sanction(pipeline, sentence, trigger, actor, recipient):
    ev, _, countries, _ = _one(pipeline, sentence, trigger)
    assert ev is not None and (ev.type, ev.mode) == ("SANCTION", "discontinue")
    assert [countries[a] for a in ev.actors] == [actor] and [countries[r] for r in ev.recipients] == [recipient]


@pytest.mark.parametrize("sentence, trigger", [
    ("The Ethiopian government restricted access to social media on Sunday.", "restricted"),
    ("Iranian authorities blocked access to foreign news websites.", "blocked"),
])
def test_restricting_access_to_media_is_censorship(pipeline, sentence, trigger):
    ev, _, _, _ = _one(pipeline, sentence, trigger)
    assert ev is not None and (ev.type, ev.mode) == ("COERCE", "censor")


def test_forces_pulled_back_pledged_or_withdrawn_are_no_target_and_pulling_someone_back_is_no_withdrawal(pipeline):
    ev, _, _, rec = _one(pipeline, '"The crew pulled them back onto the ship," an Iraqi fisherman said.', "pulled")
    assert ev is None, [(e.type, e.trigger.text) for e in rec.events]
    ev, _, _, _ = _one(pipeline, "Israel pulled its troops back from the border on Sunday.", "pulled")
    assert ev is not None and ev.type == "RETREAT" and ev.recipients == []
    ev, _, _, _ = _one(pipeline, "Chad pledged 1,000 Chadian soldiers to the joint force.", "pledged")
    assert ev is not None and ev.type == "AGREE" and ev.recipients == []
    ev, _, countries, _ = _one(pipeline, "Kenya announced the withdrawal of 3,000 Kenyan troops from Somalia.", "withdrawal")
    assert ev is not None and [countries[r] for r in ev.recipients] == ["SOM"]


def test_a_state_that_protests_complains_and_its_people_demonstrate(pipeline):
    _, _, _, rec = _one(pipeline, "Vietnam summoned the Chinese ambassador on Monday to protest.", "protest")
    assert [ev.type for ev in rec.events] == ["ACCUSE", "ACCUSE"]
    ev, _, _, _ = _one(pipeline, "Thousands of Vietnamese protested in Hanoi on Sunday.", "protested")
    assert ev is not None and ev.type == "PROTEST"


@pytest.mark.parametrize("sentence, trigger, victim", [
    ("Masked men abducted six Chinese engineers on Tuesday.", "abducted", "CHN"),
    ("Armed assailants stormed a checkpoint at dawn, killing three Nigerien soldiers.", "killing", "NER"),
])
def test_violence_by_an_unnamed_doer_against_a_named_victim(pipeline, sentence, trigger, victim):
    ev, _, countries, rec = _one(pipeline, sentence, trigger)
    assert ev is not None, [(e.type, e.trigger.text) for e in rec.events]
    assert ev.type == "ASSAULT" and ev.actors == [] and victim in [countries[r] for r in ev.recipients]


def test_the_two_presidents_and_the_three_governments_are_the_states_most_named(pipeline):
    ev, _, countries, _ = _one(pipeline, (
        "Kenya accused Uganda of arming rebels, and Uganda rejected the charge. "
        "The two presidents spoke by telephone on Friday."), "spoke")
    assert ev is not None and sorted(countries[a] for a in ev.actors) == ["KEN", "UGA"]
    ev, _, countries, _ = _one(pipeline, (
        "Chad, Niger and Sudan signed a border pact in Niamey in May, and Chad, Niger and Sudan will meet again "
        "in July. Libya criticised the pact. An AU official urged the three governments to hold talks with Libya."),
        "urged")
    assert ev is not None and sorted(countries[r] for r in ev.recipients) == ["NER", "SDN", "TCD"]


def test_people_seized_are_abducted_and_goods_seized_confiscated(pipeline):
    rec, _, _ = _coded(pipeline, "Gunmen seized 14 Turkish engineers at a dam site in northern Niger on Monday.")
    ev = next(ev for ev in rec.events if ev.trigger.text == "seized")
    assert (ev.type, ev.mode) == ("ASSAULT", "abduct")
    rec, _, _ = _coded(pipeline, "Nigerien police seized 40 kilograms of cocaine in Niamey.")
    ev = next(ev for ev in rec.events if ev.trigger.text == "seized")
    assert (ev.type, ev.mode) == ("COERCE", "seize")
    # People the state's police seize are detained, not abducted.
    rec, _, _ = _coded(pipeline, "Nigerien police seized 12 activists at a rally in Niamey.")
    ev = next(ev for ev in rec.events if ev.trigger.text == "seized")
    assert (ev.type, ev.mode) == ("COERCE", "arrest")


def test_a_word_class_defined_twice_is_an_error(monkeypatch):
    from newsgraph.extract.events import lexicon

    monkeypatch.setattr(lexicon, "table", lambda name: (("captives", "refugee"), ("captives", "worker")))
    lexicon.word_classes.cache_clear()
    try:
        with pytest.raises(ValueError, match="defined twice"):
            lexicon.word_classes()
    finally:
        lexicon.word_classes.cache_clear()
