"""Role changes the lead found wrong on stop 34 (2026-11-28). Every sentence is our own."""

from actors_helpers import analyse


def _changes(a):
    return [(c.post, a.name_of(c.old), a.name_of(c.new), a.name_of(c.by)) for c in a.role_changes]


def test_a_deputy_appointed_acting_minister_takes_the_post_the_dismissed_minister_left():
    a = analyse("Ghana's president sacks finance minister\n\nACCRA, April 14, 2026 (Wire) - Ghana's President Kofi "
                "Asante on Tuesday dismissed Finance Minister Yaw Boateng and appointed his deputy, Ama Owusu, as acting "
                "minister, the presidency said in a statement.")
    assert _changes(a) == [("Finance Minister", "Yaw Boateng", "Ama Owusu", "Kofi Asante")], a.summary()
    assert any(t == "acting Finance Minister" for t, _ in a.roles(a.person("Ama Owusu"))), a.summary()
    assert not any(t.startswith("acting") for t, _ in a.roles(a.person("Yaw Boateng"))), a.summary()
