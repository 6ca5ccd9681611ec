"""Role changes the lead found missing or wrong on stop 33 (2026-11-27), in a reshuffle story of
its own. Every sentence is our own."""

import pytest

from actors_helpers import analyse


def _changes(a):
    return [(c.post, a.name_of(c.old), a.name_of(c.new), a.name_of(c.by)) for c in a.role_changes]


@pytest.mark.parametrize("text, expected", [
    ("Peruvian President José Jerí named retired police general Óscar Arriola to the interior ministry on Monday.",
     ("Interior Minister", None, "Óscar Arriola", "José Jerí")),
    # The president replaces his own minister: he makes the change, he does not take the post.
    ("Peruvian President José Jerí replaced his interior minister on Monday, naming Óscar Arriola to the post.",
     ("Interior Minister", None, "Óscar Arriola", "José Jerí")),
    ("The defence portfolio went to former army commander Walter Astudillo, replacing Daniel Aguilar.",
     ("Defence Minister", "Daniel Aguilar", "Walter Astudillo", None)),
])
def test_a_portfolio_given_or_taken_is_a_change_of_its_minister(text, expected):
    a = analyse(text)
    assert _changes(a) == [expected], a.summary()


def test_a_replacement_after_an_appointment_to_a_ministry_takes_its_post():
    a = analyse("Peruvian President José Jerí named Óscar Arriola to the interior ministry on Monday. Arriola "
                "succeeds Vicente Tiburcio, who resigned on Saturday.")
    assert ("Interior Minister", "Vicente Tiburcio", "Óscar Arriola") in [c[:3] for c in _changes(a)], a.summary()


@pytest.mark.parametrize("text", [
    "Justice Lawrence Mugambi barred immigration officials from removing activist Sarah Nabukenya from the country.",
    "The court stopped the government from dismissing Police Chief Joseph Ruto.",
])
def test_a_change_kept_from_happening_or_a_removal_from_a_country_is_no_change(text):
    a = analyse(text)
    assert _changes(a) == [], a.summary()


def test_a_judge_named_lawrence_is_not_she():
    a = analyse("Justice Lawrence Mugambi ordered the government to produce Sarah Nabukenya in court. "
                "Uganda accuses Nabukenya of financing riots. She denies the charges.")
    assert a.person("Sarah Nabukenya") is not None
    assert "She" in [m.text for m in a.person("Sarah Nabukenya").mentions], a.summary()
