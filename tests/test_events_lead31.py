"""Events the lead checked after round 30 (2026-11-27): talks reopened, and a plan or an
agreement denied ("did not plan to resume talks"), on sentences of our own."""

from __future__ import annotations

import pytest

from events_helpers import coded, event_of


@pytest.mark.parametrize("verb", ["reopened", "restarted"])
def test_reopened_talks_are_talks(pipeline, verb):
    ev, names, _, rec = event_of(pipeline, f"The Chilean labour ministry {verb} negotiations with the dockers' union "
                                           "on Tuesday.", "negotiations")
    assert ev is not None, coded(rec)
    assert ev.type == "CONSULT" and ev.status == "happened"


@pytest.mark.parametrize("text, trigger", [
    ("The Chilean labour ministry did not plan to resume talks with the dockers' union.", "talks"),
    ("The Chilean labour ministry has not agreed to reopen negotiations with the dockers' union.", "negotiations"),
])
def test_a_denied_plan_or_agreement_negates_the_event(pipeline, text, trigger):
    ev, _, _, rec = event_of(pipeline, text, trigger)
    assert ev is not None, coded(rec)
    assert ev.status == "negated", coded(rec)


def test_a_plan_still_plans(pipeline):
    ev, _, _, rec = event_of(pipeline, "The Chilean labour ministry plans to resume talks with the dockers' union.", "talks")
    assert ev is not None and ev.status == "planned", coded(rec)
