"""Event coding faults the lead found in review round 26 (2026-11-27). Every sentence is our own."""

import pytest

from events_helpers import coded, record_of


@pytest.mark.parametrize("text", [
    "India and Pakistan traded accusations. Soldiers from the two countries exchanged fire on Tuesday.",
    "Armenia and Azerbaijan held talks. Troops from both countries exchanged fire near the border on Monday.",
])
def test_a_pair_inside_the_subject_it_is_sought_apart_from_does_not_stop_the_sentence(pipeline, text):
    # "the two countries" are sought among the states the article named, apart from the
    # clause's subject; here the subject holds the phrase itself, and reading it again asked
    # for the pair again, without end: the sentence's events were lost.
    rec, names, _ = record_of(pipeline, text, published="2026-11-20")
    fire = [ev for ev in rec.events if ev.trigger.text == "exchanged"]
    assert fire and len(fire[0].actors) == 2 and fire[0].date is not None, coded(rec)
    assert {names[a] for a in fire[0].actors} <= {"India", "Pakistan", "Armenia", "Azerbaijan"}, coded(rec)


@pytest.mark.parametrize("text", [
    "Shelling near Uri killed three Pakistani soldiers on Tuesday.",
    "Shelling near the town of Uri killed three Pakistani soldiers on Tuesday.",
])
def test_an_attack_named_by_a_gerund_opening_the_sentence_is_an_unnamed_doers(pipeline, text):
    # The parse makes "Shelling" a clausal subject or an opening clause, not "killed"'s nsubj:
    # the killing had no doer and no named victim's attacker, and was dropped.
    rec, names, _ = record_of(pipeline, text, published="2026-11-20")
    killed = [ev for ev in rec.events if ev.trigger.text == "killed"]
    assert killed and killed[0].type == "ASSAULT" and killed[0].status == "happened", coded(rec)
    assert [names[r] for r in killed[0].recipients] == ["Pakistani military"], coded(rec)
    assert killed[0].date.value == "2026-11-17" and [q.text for q in killed[0].quantities] == ["three Pakistani soldiers"]
