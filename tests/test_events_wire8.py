"""Event coding faults found reading eight more wire-style stories (2026-11-26 afternoon:
a naval blockade, a tit-for-tat expulsion, a foiled coup, a blocked aid convoy, a broken
ceasefire, an arms sale, a hunger strike, a border closed after a shooting). Every sentence
here is our own and none is from the stories."""

import pytest

from events_helpers import coded, event_of, record_of


# --- lexicon ------------------------------------------------------------------------------

def test_attacking_military_positions_is_an_assault_and_a_stance_stays_words(pipeline):
    ev, _, _, rec = event_of(pipeline, "Houthi fighters attacked army positions near Marib on Sunday.", "attacked")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
    ev, _, _, rec = event_of(pipeline, "Nigerian troops attacked rebel positions in Sambisa forest.", "attacked")
    assert ev is not None and ev.type == "ASSAULT", coded(rec)
    ev, _, _, rec = event_of(pipeline, "Ethiopian officials attacked the army's position on conscription.", "attacked")
    assert ev is not None and ev.type == "ACCUSE", coded(rec)


def test_patrol_boats_are_a_kind_of_boat_not_a_mobilisation(pipeline):
    rec, _, _ = record_of(pipeline, "The trawler was carrying 30 fishermen when two Argentine patrol boats intercepted it off the Falklands.")
    assert not [ev for ev in rec.events if ev.type == "MOBILIZE"], coded(rec)
    # A patrol that is the head noun still mobilises.
    ev, _, _, rec = event_of(pipeline, "Morocco stepped up police patrols in Tangier.", "patrols")
    assert ev is not None and ev.type == "MOBILIZE", coded(rec)


@pytest.mark.parametrize("sentence, trigger, type_, mode, actor", [
    ("Indian naval commandos boarded a Liberian-flagged tanker off the coast of Somalia.", "boarded", "COERCE", "seize", "IND"),
    ("Two Eritrean patrol boats intercepted the freighter about 30 miles off the coast.", "intercepted", "COERCE", "seize", "ERI"),
    ("M23 rebels looted 30 shops in Bukavu on Monday.", "looted", "COERCE", "seize", "COD"),
    ("The Greek coast guard towed a boat back into Turkish waters.", "towed", "COERCE", "restrict", "GRC"),
    ("Algerian warships turned back a Maltese tanker heading for Tripoli.", "turned", "COERCE", "restrict", "DZA"),
    ("Sudanese soldiers stopped a convoy of 20 aid trucks at a checkpoint on Monday.", "stopped", "COERCE", "restrict", "SDN"),
    ("Nigerien troops blocked a convoy carrying fuel to Mali.", "blocked", "COERCE", "restrict", "NER"),
    ("The Houthis released the seized cargo ship on Friday.", "released", "RETREAT", "release", "YEM"),
    ("Al-Shabaab fighters took 12 Kenyan teachers hostage.", "took", "ASSAULT", "abduct", "SOM"),
])
def test_seizures_at_sea_looting_pushbacks_convoys_and_captives(pipeline, sentence, trigger, type_, mode, actor):
    ev, _, countries, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None, coded(rec)
    assert (ev.type, ev.mode) == (type_, mode)
    assert actor in [countries[a] for a in ev.actors]


def test_prisoners_taken_by_unnamed_rebels_keep_the_victims(pipeline):
    ev, _, countries, rec = event_of(pipeline, "The rebels took about 40 Malian soldiers prisoner.", "took")
    assert ev is not None and (ev.type, ev.mode) == ("ASSAULT", "abduct"), coded(rec)
    assert [countries[r] for r in ev.recipients] == ["MLI"]


def test_expressing_solidarity_is_support(pipeline):
    ev, _, countries, rec = event_of(pipeline, "Estonia and Finland expressed solidarity with Lithuania.", "solidarity")
    assert ev is not None and ev.type == "SUPPORT", coded(rec)
    assert sorted(countries[a] for a in ev.actors) == ["EST", "FIN"] and [countries[r] for r in ev.recipients] == ["LTU"]


# --- one attack, dates shared, both sides, status -------------------------------------------

def test_a_participle_telling_what_an_attack_did_is_that_attack(pipeline):
    rec, _, countries = record_of(pipeline, "Israeli tanks shelled a school in Khan Younis on Monday, killing nine Palestinians and wounding 20.")
    assaults = [ev for ev in rec.events if ev.type == "ASSAULT"]
    assert [ev.trigger.text for ev in assaults] == ["shelled"]
    assert [q.text for q in assaults[0].quantities] == ["nine Palestinians", "20"]
    assert "PSE" in [countries[r] for r in assaults[0].recipients]
    # Two-sided fighting keeps both sides as actors and takes the counts.
    rec, _, countries = record_of(pipeline, "Border guards from Armenia and Azerbaijan exchanged fire on Monday, "
                                          "killing two Armenian soldiers and wounding four Azerbaijani guards.")
    assaults = [ev for ev in rec.events if ev.type == "ASSAULT"]
    assert len(assaults) == 1 and sorted(countries[a] for a in assaults[0].actors) == ["ARM", "AZE"]
    assert assaults[0].recipients == [] and len(assaults[0].quantities) == 2


@pytest.mark.parametrize("sentence, trigger, value", [
    ("The Paraguayan Senate voted on Wednesday to impeach President Carlos Villalba.", "impeach", "2025-06-11"),
    ("Chadian President Mahamat Deby and Sudanese leader Abdel Fattah al-Burhan spoke by telephone on Tuesday "
     "and agreed to reopen the border.", "agreed", "2025-06-10"),
    ("Last week, Houthi fighters looted 12 aid trucks near Hodeidah and detained four drivers.", "detained", "2025-06-02"),
    ("Estonia on Monday accused Russia of jamming GPS signals and expelled a Russian diplomat.", "expelled", "2025-06-09"),
    ("The U.N. refugee agency said on Monday it was alarmed by the violence and urged Ethiopia to protect civilians.",
     "urged", "2025-06-09"),
])
def test_an_undated_verb_shares_the_date_of_the_verb_it_goes_with(pipeline, sentence, trigger, value):
    ev, _, _, rec = event_of(pipeline, sentence, trigger)
    assert ev is not None, coded(rec)
    assert ev.date is not None and ev.date.value == value


def test_a_later_conjunct_with_its_own_tense_keeps_its_own_date(pipeline):
    rec, _, _ = record_of(pipeline, "Ethiopia and Eritrea met in Asmara on Monday and will meet again in Addis Ababa in July.")
    assert [(ev.status, ev.date and ev.date.value) for ev in rec.events] == [("happened", "2025-06-09"), ("planned", "2025-07")]


def test_both_sides_are_two_parties_not_two_victims(pipeline):
    ev, _, countries, rec = event_of(pipeline, (
        "Ethiopia accused Eritrea of shelling the town of Zalambessa on Monday. At least nine Ethiopian soldiers and "
        "Eritrean civilians were killed in the fighting, officials said. Kenya urged both sides to respect the ceasefire."), "urged")
    assert ev is not None and sorted(countries[r] for r in ev.recipients) == ["ERI", "ETH"], coded(rec)
    rec2, names, _ = record_of(pipeline, "At least nine Ethiopian soldiers and Eritrean civilians were killed. Kenya urged both sides to stop.")
    urged = next((e for e in rec2.events if e.trigger.text == "urged"), None)
    assert urged is None or not urged.recipients, [names[r] for r in urged.recipients]


def test_a_deferred_consultation_needs_its_parties(pipeline):
    ev, _, _, rec = event_of(pipeline, "Ukraine's foreign minister criticised Russia for delaying negotiations.", "negotiations")
    assert ev is None, coded(rec)
    ev, _, _, rec = event_of(pipeline, "Sudan postponed talks with the Rapid Support Forces on Monday.", "talks")
    assert ev is not None and ev.status == "planned"


def test_a_past_verb_does_not_share_the_negation_of_a_perfect_before_it(pipeline):
    ev, _, _, rec = event_of(pipeline, "General Ousmane Diallo had not been charged and denied any role in the mutiny, his lawyer said.", "denied")
    assert ev is not None and ev.status == "happened", coded(rec)
    ev, _, _, rec = event_of(pipeline, "Pakistan did not attack and shell the Afghan border posts, the army said.", "shell")
    assert ev is not None and ev.status == "negated"


def test_what_a_refusal_waits_for_has_not_happened(pipeline):
    ev, _, _, rec = event_of(pipeline, "The European Union said it would not lift sanctions on Belarus until Minsk freed all political prisoners.", "freed")
    assert ev is not None and ev.status == "hypothetical", coded(rec)
    ev, _, _, rec = event_of(pipeline, "The EU lifted sanctions on Belarus after Minsk freed all political prisoners.", "freed")
    assert ev is not None and ev.status == "happened"
