"""Actor faults the lead found on stop 33 (2026-11-27) in wire copy of its own. Every sentence
is our own."""

import pytest

from newsgraph.ingest.document import InputDocument


def _record(pipeline, text):
    return pipeline.process_one(InputDocument(ref="t", text=text, title=""), clean=False)


@pytest.mark.parametrize("text, name", [
    # An unfamiliar surname the model calls an organisation, its given name left out.
    ("Mulenga's lawyer, Chanda Phiri, said his client would appeal.", "Chanda Phiri"),
    ("The minister's spokesman, Tembo Lungu, said the report was false.", "Tembo Lungu"),
])
def test_a_name_in_apposition_to_a_person_noun_is_that_person(pipeline, text, name):
    rec = _record(pipeline, text)
    people = {e.id: e.name for e in rec.entities if e.type == "PERSON"}
    assert name in people.values(), [(e.type, e.name) for e in rec.entities]
    said = next(a for a in rec.attributions if a.cue.text == "said")
    assert people.get(said.speaker) == name


@pytest.mark.parametrize("text", [
    "His company, Mwale Holdings, said it would cut jobs.",
    "Her lawyer, Lusaka, was quiet on Sunday.",  # a known place is not taken for a surname
])
def test_a_body_or_a_place_in_apposition_is_no_person(pipeline, text):
    rec = _record(pipeline, text)
    assert not [e for e in rec.entities if e.type == "PERSON"], [(e.type, e.name) for e in rec.entities]


def test_a_well_known_watchdog_the_model_misses_is_an_ngo_and_acts(pipeline):
    rec = _record(pipeline, "Transparency International welcomed the verdict but urged the government "
                            "of Zambia to recover the stolen money.")
    watchdog = next((e for e in rec.entities if e.name == "Transparency International"), None)
    assert watchdog is not None and (watchdog.type, watchdog.sector) == ("ORG", "NGO"), rec.entities
    assert any(ev.type == "REQUEST" and watchdog.id in ev.actors for ev in rec.events), \
        [(ev.type, ev.actors, ev.recipients) for ev in rec.events]


@pytest.mark.parametrize("text, name", [
    ("Under the deal, state-owned Codelco will hold a 51% stake in the venture.", "Codelco"),
    ("Privately held Zorvex said it would appeal the fine.", "Zorvex"),
    ("Nasdaq-listed Orbeon said it would cut 300 jobs.", "Orbeon"),
])
def test_a_name_described_by_its_owners_or_market_is_a_company(pipeline, text, name):
    rec = _record(pipeline, text)
    assert ("ORG", name) in [(e.type, e.name) for e in rec.entities], [(e.type, e.name) for e in rec.entities]


def test_a_town_held_by_rebels_stays_a_town(pipeline):
    rec = _record(pipeline, "Rebel-held Idlib was shelled on Sunday.")
    assert ("GPE", "Idlib") in [(e.type, e.name) for e in rec.entities]
