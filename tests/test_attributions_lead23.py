"""Attribution review of 2026-11-26, night (lead): faults found on a live page and wire copy written
for the round, each tested on sentences of its own."""

from __future__ import annotations

import pytest

from newsgraph.ingest.document import InputDocument


def _extract(pipeline, text: str):
    return pipeline.process_one(InputDocument(ref="lead23", text=text), published="2026-03-10")


@pytest.mark.parametrize("reported", [
    "rescue teams were still searching for 40 people reported missing",
    "divers had recovered the bodies of two fishermen declared dead on Sunday",
])
def test_a_participle_ascribing_a_state_stays_in_the_content(pipeline, reported):
    record = _extract(pipeline, f"Floods\n\nThe provincial governor, Celia Mabunda, told state radio that {reported}.")
    contents = [" ".join(c.text for c in a.content) for a in record.attributions]
    assert any(c.endswith(reported) for c in contents), contents


def test_an_acronym_in_capitals_that_spells_a_pronoun_is_its_organisation(pipeline):
    record = _extract(pipeline, "WHO warns of cholera surge in Sudan\n\n"
                                "The World Health Organization (WHO) warned on Thursday that cholera could spread "
                                "to Chad.")
    names = {e.id: e.name for e in record.entities}
    headline = next(a for a in record.attributions if a.source and a.source.text == "WHO")
    assert names.get(headline.speaker) == "World Health Organization"
