"""Actors across articles, on our own corpus (tests/fixtures/actors_corpus): name variants and
surnames meet their person, roles are dated by the articles, every link carries its evidence,
and users' joins and splits hold for later and repeated ingestion."""

import json

import pytest
from sqlalchemy import create_engine, select, text

from conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "actors_corpus"
LATER = ROOT / "tests" / "fixtures" / "actors_corpus_later"


@pytest.fixture
def db(run_cli, tmp_path):
    url = f"sqlite:///{tmp_path / 'actors.db'}"
    code, _, err = run_cli("ingest", str(CORPUS), "--db", url)
    assert code == 0, err
    return url


def _actor(run_cli, db, name):
    code, out, err = run_cli("actor", name, "--db", db, "--json")
    assert code == 0, err
    return json.loads(out)


def _people(run_cli, db):
    code, out, _ = run_cli("actors", "--db", db, "--type", "PERSON", "--json", "--limit", "100")
    return {a["name"]: a for a in json.loads(out)}


def _article_id(db, file_name):
    engine = create_engine(db)
    with engine.connect() as conn:
        return conn.execute(text("SELECT id FROM articles WHERE ref LIKE :ref"), {"ref": f"%{file_name}"}).scalar_one()


def test_spellings_and_surnames_are_one_actor_with_evidence(run_cli, db):
    p = _actor(run_cli, db, "Zhuravsky")
    assert p["name"] == "Mykola Zhuravskyy" and p["country"] == "UKR"
    assert p["articles"] == 5
    forms = {n["name"] for n in p["names"]}
    assert {"Mykola Zhuravskyy", "Mykola Zhuravsky", "Mykola Zhuravskiy", "Zhuravskyy"} <= forms
    rules = {link["name"]: link for link in p["links"]}
    assert rules["Mykola Zhuravsky"]["rule"] == "name variant"
    assert rules["Mykola Zhuravsky"]["evidence"]["matched"] == "Mykola Zhuravskyy"
    assert rules["Zhuravskyy"]["rule"] == "surname"
    # Any spelling finds the actor.
    assert _actor(run_cli, db, "Zhuravskiy")["id"] == p["id"]


def test_role_history_is_dated_by_the_articles(run_cli, db):
    p = _actor(run_cli, db, "Mykola Zhuravskyy")
    history = {(r["title"], r["of"]): r for r in p["roles"]}
    assert history[("Defence Minister", "UKR")]["first"] == "2025-01-20"
    assert history[("Prime Minister", "UKR")]["first"] == "2025-03-02"
    assert history[("Prime Minister", "UKR")]["last"] == "2025-04-22"
    took = [c for c in p["role_changes"] if c["change"] == "took"]
    assert took and took[0]["post"] == "Prime Minister" and took[0]["date"] == "2025-03-02"
    assert took[0]["by"] == "Iryna Kostenko"


def test_replacement_appears_on_both_people(run_cli, db):
    marchuk = _actor(run_cli, db, "Olha Marchuk")
    assert marchuk["articles"] == 2  # "General Marchuk" alone in the second article
    change = next(c for c in marchuk["role_changes"] if c["change"] == "took")
    assert (change["post"], change["country"], change["replacing"]) == ("Chief of General Staff", "UKR", "Petro Savchuk")
    savchuk = _actor(run_cli, db, "Petro Savchuk")
    assert any(c["change"] == "left" and c["replaced by"] == "Olha Marchuk" for c in savchuk["role_changes"])


def test_surname_seen_before_the_full_name_is_absorbed(run_cli, db):
    p = _actor(run_cli, db, "Iryna Kostenko")
    assert p["articles"] == 3
    first = next(link for link in p["links"] if link["published"] == "2025-01-14")
    assert first["rule"] == "surname absorbed"
    assert first["evidence"]["matched"] == "Iryna Kostenko"
    assert "president" in first["evidence"]["shared titles"]


def test_people_sharing_a_surname_stay_apart_and_ambiguity_is_recorded(run_cli, db):
    people = _people(run_cli, db)
    assert "Anna Berg" in people and "Lars Berg" in people
    code, _, err = run_cli("actor", "Berg", "--db", db)
    assert code == 1 and "several actors" in err
    anna = _actor(run_cli, db, "Anna Berg")
    lars = _actor(run_cli, db, "Lars Berg")
    surname_links = [link for link in anna["links"] + lars["links"] if link["name"] == "Berg" and link["rule"] == "surname"]
    assert surname_links, "the surname-only article is linked to one of them"
    assert any("other candidates" in link["evidence"] for link in surname_links)


def test_capital_spellings_meet(run_cli, db):
    code, out, _ = run_cli("actors", "--db", db, "--json", "--limit", "200")
    actors = {(a["type"], a["name"]): a for a in json.loads(out)}
    assert actors[("GPE", "Ukraine")]["articles"] >= 7
    # "in Kyiv", "in Kiev" and a dateline's "KYIV": the place, in three articles
    assert actors[("GPE", "Kyiv")]["articles"] == 3


def test_split_a_wrong_merge_and_it_survives_reingestion(run_cli, db):
    wrong = next(a for a in (_actor(run_cli, db, "Anna Berg"), _actor(run_cli, db, "Lars Berg"))
                 if any(link["published"] == "2025-04-09" for link in a["links"]))
    right = "Lars Berg"
    article = _article_id(db, "07-berg-surname-only.txt")
    if wrong["name"] == right:
        pytest.skip("the linker already chose the shipping magnate")
    code, _, err = run_cli("actor-split", wrong["name"], "--article", article[:10], "--into", right, "--db", db,
                           "--note", "the magnate, not the minister")
    assert code == 0, err
    assert _actor(run_cli, db, right)["articles"] == 2
    assert _actor(run_cli, db, wrong["name"])["articles"] == wrong["articles"] - 1
    code, out, _ = run_cli("actor-decisions", "--db", db, "--json")
    decisions = json.loads(out)
    assert {d["kind"] for d in decisions} == {"split", "join"}
    assert all(d["article"] == article for d in decisions)

    # Re-ingestion: the articles are removed (as a re-extraction would) and ingested again.
    engine = create_engine(db)
    with engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys=ON"))
        conn.execute(text("DELETE FROM articles"))
    code, _, err = run_cli("ingest", str(CORPUS), "--db", db)
    assert code == 0 and "9 added" in err
    lars = _actor(run_cli, db, right)
    again = next(link for link in lars["links"] if link["published"] == "2025-04-09")
    assert again["rule"] == "user join"
    assert _actor(run_cli, db, wrong["name"])["articles"] == wrong["articles"] - 1


def test_join_two_actors_and_later_articles_follow(run_cli, db):
    people = _people(run_cli, db)
    assert "Michael Hollis" in people and "Mike Hollis" in people  # short forms are not guessed
    code, _, err = run_cli("actor-join", "Michael Hollis", "Mike Hollis", "--db", db)
    assert code == 0, err
    people = _people(run_cli, db)
    assert "Mike Hollis" not in people and people["Michael Hollis"]["articles"] == 2
    code, _, err = run_cli("ingest", str(LATER), "--db", db)
    assert code == 0, err
    p = _actor(run_cli, db, "Michael Hollis")
    assert p["articles"] == 3
    assert {link["rule"] for link in p["links"] if link["name"] == "Mike Hollis"} == {"user join"}
    assert {"Mike Hollis", "Michael Hollis"} <= {n["name"] for n in p["names"]}


def test_attributions_and_events_follow_moved_entities(run_cli, db):
    from newsgraph.store.tables import AttributionRow, EntityRow, EventParticipantRow

    run_cli("actor-join", "Michael Hollis", "Mike Hollis", "--db", db)
    engine = create_engine(db)
    with engine.connect() as conn:
        entity_actor = {(r.article_id, r.local_id): r.actor_id for r in conn.execute(select(EntityRow))}
        for att in conn.execute(select(AttributionRow)):
            if att.speaker_local_id:
                assert att.actor_id == entity_actor[(att.article_id, att.speaker_local_id)]
        actor_ids = set(entity_actor.values())
        for part in conn.execute(select(EventParticipantRow)):
            assert part.actor_id in actor_ids


def test_bad_actor_commands_fail_cleanly(run_cli, db):
    code, _, err = run_cli("actor", "Nobody At All", "--db", db)
    assert code == 1 and "no actor" in err
    code, _, err = run_cli("actor-join", "Anna Berg", "Anna Berg", "--db", db)
    assert code == 1 and "itself" in err
    code, _, err = run_cli("actor-split", "Anna Berg", "--db", db)
    assert code == 2
    code, _, err = run_cli("actor-split", "Anna Berg", "--name", "Nobody", "--db", db)
    assert code == 1 and "no entity" in err
    code, out, _ = run_cli("actor", "Mykola Zhuravskyy", "--db", db)
    assert code == 0 and "Role history" in out and "name variant" in out


def test_a_surname_under_a_new_title_still_joins_its_only_namesake(run_cli, tmp_path):
    from conftest import EXAMPLES

    db = f"sqlite:///{tmp_path / 'examples.db'}"
    assert run_cli("ingest", str(EXAMPLES), "--db", db)[0] == 0
    p = _actor(run_cli, db, "Lehtinen")  # foreign minister in one article, deputy prime minister in another
    assert p["name"] == "Aino Lehtinen" and p["articles"] == 2
    assert {(r["title"], r["of"]) for r in p["roles"]} >= {("Foreign Minister", "FIN"), ("Deputy Prime Minister", "FIN")}
