"""The seed article's events (issue 4 acceptance). General rules only: nothing here is
special-cased in the code."""

import pytest

from conftest import shared_path


@pytest.fixture(scope="module")
def seed(pipeline):
    from newsgraph.ingest.paths import read_file

    doc = read_file(shared_path("seed", "article.txt"), 2_000_000)
    rec = pipeline.process_one(doc, published="2025-03-17")
    names = {e.id: e.name for e in rec.entities}
    countries = {e.id: e.country for e in rec.entities}
    return rec, names, countries


def _with(seed, type_, people=(), states=(), **fields):
    rec, names, countries = seed
    out = []
    for ev in rec.events:
        parties = ev.actors + ev.recipients
        if ev.type != type_:
            continue
        if not set(people) <= {names[p] for p in parties}:
            continue
        if not set(states) <= {countries[p] for p in parties}:
            continue
        if all(getattr(ev, k) == v for k, v in fields.items()):
            out.append(ev)
    return out


def test_planned_trump_putin_call(seed):
    calls = _with(seed, "CONSULT", people=("Donald Trump", "Vladimir Putin"), status="planned")
    assert any(e.date and (e.date.value, e.date.resolution) == ("2025-03-18", "day") for e in calls)


def test_witkoff_met_putin(seed):
    assert _with(seed, "CONSULT", people=("Steve Witkoff", "Vladimir Putin"), status="happened")


def test_drone_attack(seed):
    rec, names, countries = seed
    attack = next(e for e in rec.events if e.type == "ASSAULT" and e.mode == "drone")
    assert [countries[a] for a in attack.actors] == ["RUS"]
    assert [countries[r] for r in attack.recipients] == ["UKR"]
    assert {(q.value, q.unit) for q in attack.quantities} == {(90, "drones"), (9, "regions")}
    assert attack.date.resolution == "week" and attack.date.value == "2025-03-10"


def test_rubio_lavrov_and_the_summit(seed):
    assert _with(seed, "CONSULT", people=("Marco Rubio", "Sergei Lavrov"))
    summit = next(e for e in _with(seed, "CONSULT", states=("USA", "RUS")) if e.trigger.text == "summit")
    assert (summit.date.value, summit.date.resolution) == ("2025-02", "month")
    assert summit.location.country == "SAU" and summit.status == "happened"


def test_agreement_to_restore_channels(seed):
    agreed = _with(seed, "AGREE", states=("USA", "RUS"), status="happened")
    assert any(e.trigger.text == "agreed" for e in agreed)


def test_accusations_against_russia(seed):
    rec, names, countries = seed
    accusers = {names[a] for e in rec.events if e.type == "ACCUSE" and "RUS" in {countries[r] for r in e.recipients}
                for a in e.actors}
    assert {"Volodymyr Zelensky", "Keir Starmer"} <= accusers


def test_uk_virtual_summit(seed):
    summit = _with(seed, "CONSULT", states=("GBR",), mode="phone")
    assert any(e.trigger.text == "summit" for e in summit)


def test_zelensky_carney_call_and_carney_meetings(seed):
    assert _with(seed, "CONSULT", people=("Volodymyr Zelensky", "Mark Carney"), status="happened")
    assert _with(seed, "CONSULT", people=("Mark Carney", "Emmanuel Macron", "Keir Starmer"), status="planned")


def test_russian_gains_in_kursk(seed):
    gains = _with(seed, "ASSAULT", states=("RUS",))
    assert any(e.location and e.location.name == "Kursk" for e in gains)


def test_no_event_from_the_sidebar(seed):
    rec, _, _ = seed
    assert all(e.sentence.end <= len(rec.article.text) for e in rec.events)
    cut = rec.article.input_offset + len(rec.article.text)
    assert all(r.start >= cut - 1 for r in rec.article.removed)
