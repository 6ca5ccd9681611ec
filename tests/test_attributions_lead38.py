"""Attribution shapes the lead fixed on stop 35 (2026-11-28): "recalls ambassador" is the
diplomatic sense, no attribution, while a memory of what someone said stays one. Sentences of
our own (invented people and places)."""

from __future__ import annotations

import pytest

from attributions_helpers import extract


@pytest.mark.parametrize("text", [
    "Varnia recalls ambassador to Ostland\n\nVarnia recalled its ambassador to Ostland on Tuesday.\n",
    "Envoys called home\n\nVarnia recalled its ambassadors from three capitals on Tuesday and summoned the Ostland "
    "envoy to explain the expulsions.\n",
])
def test_recalling_or_summoning_an_envoy_is_no_attribution(pipeline, text):
    rec = extract(pipeline, "recall-envoy", text, "2026-03-02")
    assert not [a for a in rec.attributions if a.cue.text.lower().startswith(("recall", "summon"))], \
        [(a.cue.text, [c.text for c in a.content]) for a in rec.attributions]


def test_recalling_what_was_said_stays_an_attribution(pipeline):
    rec = extract(pipeline, "recall-memory", "Talks\n\nThe minister recalled that the ambassador had promised a "
                  "deal by spring.\n", "2026-03-02")
    att = next(a for a in rec.attributions if a.cue.text == "recalled")
    assert att.source.text == "The minister"
