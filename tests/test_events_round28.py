"""Event coding faults found in review round 28 (2026-11-27): border shelling denied, a report on
arms suppliers, a detention dated by another event. Every sentence here is our own."""

import pytest

from events_helpers import coded, event_of, record_of


# --- "denied shelling villages": the gerund the parser made a modifier is the act denied ---------

@pytest.mark.parametrize("text, trigger, state", [
    ("Pakistan denied shelling villages in Indian Kashmir on Sunday.", "shelling", "PAK"),
    ("Azerbaijan denied attacking border posts near Lachin.", "attacking", "AZE"),
    ("Rwanda denied bombing camps in North Kivu on Friday.", "bombing", "RWA"),
])
def test_denied_gerund_read_as_modifier_is_negated_assault(pipeline, text, trigger, state):
    ev, _, countries, rec = event_of(pipeline, text, trigger, published="2026-11-20")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
    assert ev.status == "negated", coded(rec)
    assert {countries[a] for a in ev.actors} == {state}, coded(rec)


def test_ruling_party_keeps_its_modifier_reading(pipeline):
    rec = event_of(pipeline, "Kenya's opposition criticised the ruling party on Monday.", "ruling", published="2026-11-20")[3]
    assert not any(ev.trigger.text == "ruling" for ev in rec.events), coded(rec)


# --- "The report said 5 companies supplied weapons": no party, nowhere, no event -----------------

def test_unnamed_doer_with_no_party_nor_place_is_dropped(pipeline):
    text = "Arms keep flowing into the region. The study said 7 firms supplied rifles."
    ev, _, _, rec = event_of(pipeline, text, "supplied", published="2026-11-20")
    assert ev is None, coded(rec)


# --- "Dock workers ended a nine-day strike": a strike ended was held ----------------------------

@pytest.mark.parametrize("text", [
    "Talks resumed on Monday. Bus drivers at the main depot in Lyon ended a six-day strike on Friday after the city agreed to a pay rise.",
    "Pay talks were tense. Nurses at the port of Porto suspended their strike on Thursday.",
])
def test_strike_ended_is_a_protest(pipeline, text):
    ev, _, _, rec = event_of(pipeline, text, "strike", published="2026-11-20")
    assert ev is not None and ev.type == "PROTEST" and ev.status == "happened", coded(rec)
    assert ev.actors == [], coded(rec)


def test_counted_strikers_with_no_place_are_kept(pipeline):
    text = "Contract talks collapsed last week. About 1,500 miners walked out on Monday."
    ev, _, _, rec = event_of(pipeline, text, "walked", published="2026-11-20")
    assert ev is not None and ev.type == "PROTEST", coded(rec)


# --- "The talks came two days after X": counted from the talks told earlier ---------------------

def test_counted_span_from_the_event_the_subject_names(pipeline):
    text = ("Serbian and Kosovar negotiators met in Brussels on Thursday. The talks came three days after "
            "Serbian police detained two Kosovar customs officers near the border.")
    ev, _, _, rec = event_of(pipeline, text, "detained", published="2026-11-20")
    assert ev is not None and ev.date is not None, coded(rec)
    assert ev.date.value == "2026-11-16", (ev.date, coded(rec))


# --- "A delegation led by X would travel to Doha": the leader's planned visit ------------------

def test_delegation_led_by_someone_travels_for_its_leader(pipeline):
    text = ("Egypt's intelligence service is pressing both sides. A delegation led by Egyptian intelligence "
            "chief Omar Farouk would travel to Amman on Sunday for talks on the crossings, his office said on Friday.")
    rec, names, _ = record_of(pipeline, text, published="2026-11-20")
    assert any(ev.type == "CONSULT" and ev.status == "planned" and any(names[a] == "Omar Farouk" for a in ev.actors)
               for ev in rec.events), coded(rec)


# --- "Hundreds of supporters gathered … and demanded his release": a crowd's demand ------------

def test_counted_crowd_demand_goes_to_the_holders(pipeline):
    text = ("Ugandan opposition figure Robert Kyagulanyi appeared before a judge on Monday. "
            "Hundreds of relatives gathered outside the prison and demanded his release. "
            "Ugandan police detained Kyagulanyi last week.")
    ev, _, countries, rec = event_of(pipeline, text, "demanded", published="2026-11-20")
    assert ev is not None and ev.type == "REQUEST", coded(rec)
    assert ev.actors == [] and {countries[r] for r in ev.recipients} == {"UGA"}, coded(rec)


def test_uncounted_unnamed_demand_is_not_kept(pipeline):
    text = "Critics gathered outside parliament and demanded answers."
    ev, _, _, rec = event_of(pipeline, text, "demanded", published="2026-11-20")
    assert ev is None, coded(rec)


# --- "respect the right to protest": a right is no act -----------------------------------------

@pytest.mark.parametrize("text", [
    "Canada urged Georgia to respect the right to protest.",
    "Critics said the bill curbs the freedom to protest in Serbia.",
])
def test_right_to_protest_is_no_protest(pipeline, text):
    rec = event_of(pipeline, text, "protest", published="2026-11-20")[3]
    assert not any(ev.trigger.text == "protest" for ev in rec.events), coded(rec)


# --- "Drone strikes hit a fuel depot in Port Sudan": unnamed violence with a place -------------

def test_unnamed_strike_on_a_place_is_kept(pipeline):
    text = "The war has entered its third year. Drone strikes hit a power station in Kassala on Friday."
    ev, _, _, rec = event_of(pipeline, text, "hit", published="2026-11-20")
    assert ev is not None and ev.type == "ASSAULT" and ev.location is not None, coded(rec)


def test_unnamed_strike_with_no_place_nor_party_is_dropped(pipeline):
    text = "The war has entered its third year. Drone strikes hit a power station on Friday."
    ev, _, _, rec = event_of(pipeline, text, "hit", published="2026-11-20")
    assert ev is None, coded(rec)


# --- "Armenia protests detention of shepherds by Azerbaijan": a sentence-case headline ----------

def test_sentence_case_headline_verb_is_no_part_of_the_noun(pipeline):
    from newsgraph.ingest.document import InputDocument
    doc = InputDocument(ref="t", title="Armenia protests detention of shepherds by Azerbaijan",
                        text="Armenia protests detention of shepherds by Azerbaijan\n\n"
                             "Armenia's foreign ministry summoned Azerbaijan's envoy on Friday, the ministry said.")
    rec = pipeline.process_one(doc, published="2026-11-20", clean=False)
    countries = {e.id: e.country for e in rec.entities}
    held = [ev for ev in rec.events if ev.trigger.text == "detention"]
    assert held and all({countries[a] for a in ev.actors} == {"AZE"} for ev in held), coded(rec)


# --- "Israel to hold talks with Hamas": a headline infinitive is planned ------------------------

@pytest.mark.parametrize("title, trigger", [
    ("Kenya to hold talks with Somalia in Nairobi", "talks"),
    ("Indian team to travel to Colombo for trade talks", "talks"),
])
def test_headline_infinitive_is_planned(pipeline, title, trigger):
    from newsgraph.ingest.document import InputDocument
    doc = InputDocument(ref="t", title=title, text=title + "\n\nThe talks are set for next week, officials said.")
    rec = pipeline.process_one(doc, published="2026-11-20", clean=False)
    first = [ev for ev in rec.events if ev.trigger.text == trigger and ev.trigger.start < len(title)]
    assert first and all(ev.status == "planned" for ev in first), coded(rec)
