"""Attribution shapes the lead fixed on stop 30 (2026-11-27): a passive of a verb of feeling
with no agent ("Protesters were frustrated that …") has its subject, the one who feels, as the
source. Sentences of our own (invented people)."""

from __future__ import annotations

import pytest

from attributions_helpers import draft


@pytest.mark.parametrize("text, cue_word, source, content", [
    ("Dock workers were frustrated that the port authority had delayed the vote again.", "frustrated",
     "Dock workers", "that the port authority had delayed the vote again"),
    ("The ferry crews were disappointed that the union accepted the offer.", "disappointed",
     "The ferry crews", "that the union accepted the offer"),
])
def test_who_feels_without_an_agent_is_the_source(text, cue_word, source, content):
    assert draft("Ferries\n\n" + text + "\n", cue_word)[1:] == (source, content)


def test_a_passive_of_feeling_with_an_agent_keeps_its_roles():
    # The agent is what the feeling is about; the subject still feels.
    _, source, content = draft("Ferries\n\nThe harbour council was rattled by the protests.\n", "rattled")
    assert (source, content) == ("The harbour council", "the protests")


def test_a_passive_of_doing_still_has_no_source():
    # "was announced" is done to its subject: no one in the sentence said it.
    _, source, _ = draft("Ferries\n\nA curfew was announced for the harbour district.\n", "announced")
    assert source == ""
