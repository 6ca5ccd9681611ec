"""Actors in the seed article (../shared/seed/article.txt, published 2025-03-17): what the
Actors issue promises on it. The rules are general; nothing here is special-cased by name in
the code (evaluation uses unseen articles)."""

import pytest

from conftest import shared_path

pytestmark = pytest.mark.shared

PEOPLE = {
    # name: (a title it must carry, of, country)
    "Donald Trump": ("President", "USA", "USA"),
    "Vladimir Putin": ("President", "RUS", "RUS"),
    "Steve Witkoff": ("envoy for the conflict", "USA", "USA"),
    "Volodymyr Zelensky": ("President", "UKR", "UKR"),
    "Marco Rubio": ("Secretary of State", "USA", "USA"),
    "Sergei Lavrov": ("Foreign Minister", "RUS", "RUS"),
    "Keir Starmer": ("Prime Minister", "GBR", "GBR"),
    "Mark Carney": ("Prime Minister", "CAN", "CAN"),
    "Emmanuel Macron": ("President", "FRA", "FRA"),
    "Anatoliy Bargylevych": ("Chief of General Staff", "UKR", "UKR"),
    "Andriy Gnatov": ("Chief of General Staff", "UKR", "UKR"),
}
STATES = {"USA", "RUS", "UKR", "IRN", "SAU", "GBR", "CAN", "FRA"}


@pytest.fixture(scope="module")
def seed(pipeline):
    from newsgraph.ingest.paths import read_file

    doc = read_file(shared_path("seed", "article.txt"), 2_000_000)
    return pipeline.process_one(doc, published="2025-03-17")


def test_the_eleven_people_each_one_entity_with_role_and_country(seed):
    people = {e.name: e for e in seed.entities if e.type == "PERSON"}
    assert set(people) == set(PEOPLE)
    for name, (title, of, country) in PEOPLE.items():
        ent = people[name]
        assert (title, of) in {(r.title, r.of) for r in ent.roles}, name
        assert ent.country == country, name


def test_surnames_and_pronouns_are_mentions_of_the_full_name(seed):
    people = {e.name: e for e in seed.entities if e.type == "PERSON"}
    assert {"Trump", "he"} <= {m.text for m in people["Donald Trump"].mentions}
    assert {"Zelensky", "He"} <= {m.text for m in people["Volodymyr Zelensky"].mentions}
    assert "Carney" in {m.text for m in people["Mark Carney"].mentions}
    assert len([e for e in seed.entities if e.type == "PERSON" and e.name.split()[-1] == "Putin"]) == 1


def test_the_eight_states(seed):
    states = {e.country for e in seed.entities if e.type == "GPE" and e.country and e.name in {
        "United States", "Russia", "Ukraine", "Iran", "Saudi Arabia", "United Kingdom", "Canada", "France"}}
    assert states == STATES


def test_kremlin_moscow_and_washington_stand_for_their_states(seed):
    from newsgraph.nlp.geo import gazetteer

    by_country = {e.country: e for e in seed.entities if e.type == "GPE" and e.country in STATES
                  and e.name == gazetteer().name_of(e.country)}
    russia = {m.text for m in by_country["RUS"].mentions}
    assert {"Kremlin", "Moscow", "Russian", "Russia"} <= russia
    assert "Washington" in {m.text for m in by_country["USA"].mentions}
    assert "Kyiv" in {m.text for m in by_country["UKR"].mentions}


def test_parts_of_states_with_sectors(seed):
    parts = {(e.country, e.sector) for e in seed.entities if e.sector}
    assert ("RUS", "MIL") in parts       # Russian forces
    assert ("RUS", "GOV") in parts       # Russia's foreign ministry
    assert ("USA", "GOV") in parts       # U.S. officials, the State Department


def test_the_replacement_at_the_general_staff(seed):
    names = {e.id: e.name for e in seed.entities}
    changes = [(c.post, c.country, names.get(c.old), names.get(c.new), names.get(c.by)) for c in seed.role_changes]
    assert ("Chief of General Staff", "UKR", "Anatoliy Bargylevych", "Andriy Gnatov", "Volodymyr Zelensky") in changes
