"""Attribution review round 30 (2026-11-27): sentences of our own (invented people and places,
real states) in the shapes of diplomatic wire stories."""

from __future__ import annotations

import pytest

from attributions_helpers import covering as _covering
from attributions_helpers import extract
from attributions_helpers import speaker as _speaker


def _extract(pipeline, ref: str, text: str):
    return extract(pipeline, ref, text, published="2026-11-27")


@pytest.mark.parametrize("text, source, who", [
    ("In a post on Instagram, the prime minister, Duro Macut, said the government would keep working.",
     "the prime minister, Duro Macut", "Duro Macut"),
    ("In a message on Telegram, the mayor, Olena Hrytsenko, said the water supply would return by night.",
     "the mayor, Olena Hrytsenko", "Olena Hrytsenko"),
])
def test_a_subject_in_apposition_after_a_fronted_platform_phrase_is_the_source(pipeline, text, source, who):
    # the parse hangs the subject, and the comma before the verb, on the platform's name
    rec = _extract(pipeline, "fronted-platform", "Vote\n\n" + text)
    att = next(a for a in rec.attributions if a.cue.text == "said")
    assert att.source is not None and att.source.text == source
    assert {e.id: e.name for e in rec.entities}.get(att.speaker) == who
