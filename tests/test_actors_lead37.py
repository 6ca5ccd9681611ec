"""Actor faults the lead found on stop 34 (2026-11-28). Every sentence is our own."""

import pytest

from newsgraph.ingest.document import InputDocument


def test_a_one_letter_platform_closing_a_sentence_is_named_without_the_full_stop(pipeline):
    rec = pipeline.process_one(InputDocument(ref="t", title="", text=(
        "Police arrested two protesters on Tuesday.\n\nThe opposition leader wrote on X. \"We will not stop,\" she "
        "added.")), clean=False)
    names = [e.name for e in rec.entities]
    assert "X" in names and "X." not in names, names


def _mentions_of(rec, name):
    ent = next(e for e in rec.entities if e.name == name)
    return [m.text for m in ent.mentions]


def test_a_pronoun_after_someones_lawyer_named_in_apposition_is_the_lawyer(pipeline):
    # The subject of "welcomed" is the lawyer; the client named as the possessor is not.
    rec = pipeline.process_one(InputDocument(ref="t", title="", text=(
        "The court blocked the deportation of Wekesa Barasa, who was arrested last week. Judge Amani Kilonzo said "
        "Barasa must be freed. Barasa had been held for nine days.\n\n"
        "Barasa's lawyer, Tum Kiplagat, welcomed the ruling. \"The state is not above the law,\" he told reporters.")),
        clean=False)
    assert "he" in _mentions_of(rec, "Tum Kiplagat")
    assert "he" not in _mentions_of(rec, "Wekesa Barasa")


@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Aissatou Ndiaye met Souleymane Diallo in Dakar. Diallo said the talks went well.",
     "Souleymane Diallo"),
    ("The envoy met Ibrahima Sow in Bamako on Monday. Sow said the talks went well.", "Ibrahima Sow"),
])
def test_west_african_given_names_name_people(pipeline, text, name):
    # The model took "Souleymane Diallo" for an organisation; a known given name makes a person.
    rec = pipeline.process_one(InputDocument(ref="t", title="", text=text), clean=False)
    assert {e.name: e.type for e in rec.entities}.get(name) == "PERSON", [(e.type, e.name) for e in rec.entities]


@pytest.mark.parametrize("text, name", [
    ("Aissatou Ndiaye replaced Ousmane Sy as foreign minister in a reshuffle in March.", "Ousmane Sy"),
])
def test_a_known_given_name_and_a_surname_ner_left_untagged_are_a_person(pipeline, text, name):
    rec = pipeline.process_one(InputDocument(ref="t", title="", text=text), clean=False)
    people = {e.id: e.name for e in rec.entities if e.type == "PERSON"}
    assert name in people.values(), [(e.type, e.name) for e in rec.entities]
    change = rec.role_changes[0]
    assert people.get(change.old) == name


def test_a_team_named_after_a_place_that_is_also_a_given_name_is_no_person(pipeline):
    rec = pipeline.process_one(InputDocument(ref="t", title="", text=(
        "The troopers will stay in Charlotte through Sunday, when the Carolina Panthers host Minnesota.")), clean=False)
    assert all(not (e.type == "PERSON" and "Panthers" in e.name) for e in rec.entities), [(e.type, e.name) for e in rec.entities]


def test_a_district_police_chief_in_a_story_at_home_is_of_that_state(pipeline):
    text = ("Landslide buries village\n\nKATHMANDU, Aug 2, 2026 (Wire) - A landslide buried 40 houses in western "
            "Nepal on Sunday, police said. Rescuers dug through the mud, district police chief Hari Thapa said. "
            "Nepal's army sent two helicopters.")
    rec = pipeline.process_one(InputDocument(ref="t", text=text))
    person = next(e for e in rec.entities if e.name == "Hari Thapa")
    assert person.country == "NPL"


@pytest.mark.parametrize("headline, body, full", [
    ("Brandauer Shares Fall After Profit Warning", "FRANKFURT, Nov. 3, 2026 (Wire) - Brandauer AG said on Tuesday "
     "its profit would fall by a third.", "Brandauer AG"),
    ("Tallberg shares slump", "STOCKHOLM, Nov. 3, 2026 (Wire) - Tallberg AB said profits fell by a third.", "Tallberg AB"),
])
def test_a_company_in_the_headline_is_the_one_the_body_names_with_its_legal_form(pipeline, headline, body, full):
    rec = pipeline.process_one(InputDocument(ref="t", text=headline + "\n\n" + body + "\n"))
    orgs = [e for e in rec.entities if e.type == "ORG"]
    assert [e.name for e in orgs] == [full], [(e.type, e.name) for e in rec.entities]
    assert len(orgs[0].mentions) == 2
