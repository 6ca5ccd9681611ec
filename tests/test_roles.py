"""Role changes: appointments, dismissals, replacements, resignations. Texts written for these tests."""

import pytest

from newsgraph.ingest.document import InputDocument

from actors_helpers import analyse


def _change(a):
    assert len(a.role_changes) == 1, (a.role_changes, a.summary())
    c = a.role_changes[0]
    return c.post, c.country, a.name_of(c.old), a.name_of(c.new), a.name_of(c.by)


@pytest.mark.parametrize("text, expected", [
    ("Latvian President Edgars Rinkevics on Thursday replaced Chief of Defence Staff Janis Kalnins with Colonel Ilze Ozola.",
     ("Chief of Defence Staff", "LVA", "Janis Kalnins", "Ilze Ozola", "Edgars Rinkevics")),
    ("Additionally, Romanian President Nicusor Dan announced changes in the army, replacing Chief of General Staff "
     "Gheorghe Vlad with Marius Ionescu to improve readiness.",
     ("Chief of General Staff", "ROU", "Gheorghe Vlad", "Marius Ionescu", "Nicusor Dan")),
    ("Finnish Prime Minister Petteri Orpo appointed Anna Virtanen as finance minister on Monday.",
     ("Finance Minister", "FIN", None, "Anna Virtanen", "Petteri Orpo")),
    ("Kaja Tamm was named Estonia\u2019s defence minister on Friday.",
     ("Defence Minister", "EST", None, "Kaja Tamm", None)),
    ("Moldovan President Maia Sandu dismissed Interior Minister Ion Rusu on Tuesday.",
     ("Interior Minister", "MDA", "Ion Rusu", None, "Maia Sandu")),
    ("Slovak Economy Minister Peter Kolar resigned on Monday after a row over energy prices.",
     ("Economy Minister", "SVK", "Peter Kolar", None, None)),
    ("Dutch Foreign Minister Jan de Vries stepped down after the vote.",
     ("Foreign Minister", "NLD", "Jan de Vries", None, None)),
    ("Commander-in-Chief Oleh Marchenko was replaced by General Serhiy Bondar on Saturday.",
     ("Commander-in-Chief", None, "Oleh Marchenko", "Serhiy Bondar", None)),
    ("Maria Olsen will succeed Erik Berg as Norway\u2019s ambassador to France.",
     ("Ambassador to France", "NOR", "Erik Berg", "Maria Olsen", None)),
    ("Chilean President Gabriel Boric fired his chief of staff, Tomas Novak, on Sunday.",
     ("Chief of Staff", "CHL", "Tomas Novak", None, "Gabriel Boric")),
    # A relative clause: "who" is the successor, whose title is the post when the
    # predecessor's is not given.
    ("Slovak Economy Minister Peter Kolar, who replaced Jana Hudec in the post last month, urged calm.",
     ("Economy Minister", "SVK", "Jana Hudec", "Peter Kolar", None)),
    ("The deal was drafted by Petra Lind, who was appointed Sweden’s trade minister in May.",
     ("Trade Minister", "SWE", None, "Petra Lind", None)),
    # A predecessor or successor in apposition held the possessor's post.
    ("Croatian Prime Minister Ivo Maric, who took office after his predecessor Ante Babic resigned, "
     "met the envoy.", ("Prime Minister", "HRV", "Ante Babic", "Ivo Maric", None)),
    ("Former Latvian Foreign Minister Karlis Ozols said his successor, Inga Berzina, had kept the policy.",
     ("Foreign Minister", "LVA", "Karlis Ozols", "Inga Berzina", None)),
    # A British department secretary; a dismissal told again with the successor.
    ("British Prime Minister Tom Harlow sacked his deputy, Ellen Marsh, on Monday. Marsh is replaced by "
     "Justice Secretary Dev Anand.", ("deputy", "GBR", "Ellen Marsh", "Dev Anand", "Tom Harlow")),
    # Told twice: the resignation, then the successor.
    ("Slovak Economy Minister Peter Kolar resigned in July; his successor, Jana Hudec, has that authority.",
     ("Economy Minister", "SVK", "Peter Kolar", "Jana Hudec", None)),
    # "took over from": the subject succeeds the from-object.
    ("Chilean central bank governor Rosa Fuentes, who took over from Mario Costa in March, raised rates.",
     ("Central Bank Governor", "CHL", "Mario Costa", "Rosa Fuentes", None)),
    # A replacing participle or infinitive on an appointment: the one appointed replaces,
    # the one appointing makes the change (also through "to lead …, replacing").
    ("Estonian Prime Minister Kaia Mets appointed lawyer Rein Tamm as justice minister on Monday, "
     "replacing Liis Kask, who resigned last week.",
     ("Justice Minister", "EST", "Liis Kask", "Rein Tamm", "Kaia Mets")),
    ("Estonian Prime Minister Kaia Mets nominated deputy governor Rein Tamm to lead the central bank "
     "on Thursday, replacing governor Liis Kask.", ("Governor", "EST", "Liis Kask", "Rein Tamm", "Kaia Mets")),
    # The post the dismissed person's phrase names, not the rank before the name.
    ("Peruvian President Ana Rojas sacked the navy's chief of staff, Admiral Luis Prado, on Monday. "
     "Rojas named Admiral Jorge Vega, the fleet commander, to replace Prado.",
     ("Chief of Staff", "PER", "Luis Prado", "Jorge Vega", "Ana Rojas")),
])
def test_role_change(text, expected):
    assert _change(analyse(text)) == expected


def test_new_holder_gets_the_post_and_its_country():
    a = analyse("Latvian President Edgars Rinkevics on Thursday replaced Chief of Defence Staff Janis Kalnins "
                "with Colonel Ilze Ozola.")
    ozola = a.person("Ilze Ozola")
    assert ("Chief of Defence Staff", "LVA") in a.roles(ozola)
    assert ozola.country == "LVA"
    assert a.person("Janis Kalnins").country == "LVA"


def test_no_change_without_a_person():
    a = analyse("The minister replaced the old printer in his office. Engineers will name the new bridge next year.")
    assert a.role_changes == []


def test_nominated_person_without_a_post_is_no_change():
    a = analyse("Chancellor Olaf Scholz named the problem clearly in his speech.")
    assert a.role_changes == []


def test_a_successors_former_post_is_not_the_one_that_changes_hands():
    a = analyse("The junta appointed Musa Keita, a former U.N. official, as prime minister. Keita replaces "
                "Omar Diallo, who was named acting prime minister last month.")
    first = a.role_changes[0]
    assert (first.post, a.name_of(first.old), a.name_of(first.new)) == ("Prime Minister", "Omar Diallo", "Musa Keita")
    assert all(c.post != "official" for c in a.role_changes)


def test_a_moved_minister_succeeds_to_the_ministry_not_to_the_post_he_left():
    text = ("NAIROBI (Wire) — President Samuel Kiprono on Monday replaced Finance Minister Peter Otieno with "
            "economist Grace Wanjiru. Otieno was moved to the foreign ministry, where he succeeds Daniel Mwangi.")
    a = analyse(text)
    changes = {(c.post, a.name_of(c.old), a.name_of(c.new)) for c in a.role_changes}
    assert changes == {("Finance Minister", "Peter Otieno", "Grace Wanjiru"),
                       ("Foreign Minister", "Daniel Mwangi", "Peter Otieno")}
    # Without the ministry, the post the successor just left is not the one he takes.
    a = analyse(text.replace("was moved to the foreign ministry, where he succeeds", "will succeed"))
    assert ("Finance Minister", "Daniel Mwangi", "Peter Otieno") not in {
        (c.post, a.name_of(c.old), a.name_of(c.new)) for c in a.role_changes}


def test_retired_before_a_name_is_no_change():
    a = analyse("Retired Lt. Gen. Dale Hummel said the plan was sound, and retired Air Force general "
                "Ray Tolliver agreed.")
    assert a.role_changes == []


def test_a_rank_is_no_post_that_changes_hands():
    a = analyse("Retired general Rafael Montes Rivas takes over from Camila Duarte Pineda on Monday.")
    assert [c.post for c in a.role_changes] in ([], ["Defence Minister"])


def test_a_post_after_as_read_as_a_clause_is_the_post_that_changes_hands(pipeline):
    # The parse reads "as armed forces chief" as a clause ("forces" its subject); the post is
    # still the one named, not the rank both generals carry.
    rec = pipeline.process_one(InputDocument(ref="post", text=(
        "Army\n\nPresident Elena Castillo on Monday named General Ramon Villareal as armed forces chief, replacing "
        "General Jose Abad, who resigned last week.")), published="2026-02-03")
    names = {e.id: e.name for e in rec.entities}
    assert [(names[c.old], names[c.new], c.post) for c in rec.role_changes] == [
        ("Jose Abad", "Ramon Villareal", "armed forces chief")]
