"""Event coding faults found reading eight more wire-style stories (2026-11-26 afternoon:
a naval blockade, a tit-for-tat expulsion, a foiled coup, a blocked aid convoy, a broken
ceasefire, an arms sale, a hunger strike, a border closed after a shooting). Every sentence
here is our own and none is from the stories."""

import pytest

from newsgraph.ingest.document import InputDocument


def _record(pipeline, text, published="2025-06-12"):
    rec = pipeline.process_one(InputDocument(ref="t", text=text, title=""), published=published, clean=False)
    names = {e.id: e.name for e in rec.entities}
    countries = {e.id: e.country for e in rec.entities}
    return rec, names, countries


def _one(pipeline, text, trigger, published="2025-06-12"):
    rec, names, countries = _record(pipeline, text, published)
    ev = next((ev for ev in rec.events if ev.trigger.text == trigger), None)
    return ev, names, countries, rec


def _coded(rec):
    return [(ev.type, ev.trigger.text) for ev in rec.events]


# --- lexicon ------------------------------------------------------------------------------

def test_attacking_military_positions_is_an_assault_and_a_stance_stays_words(pipeline):
    ev, _, _, rec = _one(pipeline, "Houthi fighters attacked army positions near Marib on Sunday.", "attacked")
    assert ev is not None and ev.type == "ASSAULT", _coded(rec)
    ev, _, _, rec = _one(pipeline, "Nigerian troops attacked rebel positions in Sambisa forest.", "attacked")
    assert ev is not None and ev.type == "ASSAULT", _coded(rec)
    ev, _, _, rec = _one(pipeline, "Ethiopian officials attacked the army's position on conscription.", "attacked")
    assert ev is not None and ev.type == "ACCUSE", _coded(rec)


def test_patrol_boats_are_a_kind_of_boat_not_a_mobilisation(pipeline):
    rec, _, _ = _record(pipeline, "The trawler was carrying 30 fishermen when two Argentine patrol boats intercepted it off the Falklands.")
    assert not [ev for ev in rec.events if ev.type == "MOBILIZE"], _coded(rec)
    # A patrol that is the head noun still mobilises.
    ev, _, _, rec = _one(pipeline, "Morocco stepped up police patrols in Tangier.", "patrols")
    assert ev is not None and ev.type == "MOBILIZE", _coded(rec)


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
    ev, _, countries, rec = _one(pipeline, sentence, trigger)
    assert ev is not None, _coded(rec)
    assert (ev.type, ev.mode) == (type_, mode)
    assert actor in [countries[a] for a in ev.actors]


def test_prisoners_taken_by_unnamed_rebels_keep_the_victims(pipeline):
    ev, _, countries, rec = _one(pipeline, "The rebels took about 40 Malian soldiers prisoner.", "took")
    assert ev is not None and (ev.type, ev.mode) == ("ASSAULT", "abduct"), _coded(rec)
    assert [countries[r] for r in ev.recipients] == ["MLI"]


def test_expressing_solidarity_is_support(pipeline):
    ev, _, countries, rec = _one(pipeline, "Estonia and Finland expressed solidarity with Lithuania.", "solidarity")
    assert ev is not None and ev.type == "SUPPORT", _coded(rec)
    assert sorted(countries[a] for a in ev.actors) == ["EST", "FIN"] and [countries[r] for r in ev.recipients] == ["LTU"]
