"""Attribution review round 24 (2026-11-27): faults found on eight wire stories written for the
round (a governors' election in Paraguay, a Kyrgyz corruption verdict, a cyclone in Fiji, cholera
in Accra, a rice deal between Vietnam and the Philippines, border talks between Armenia and
Azerbaijan, an LNG delay in Oman, a smuggling ring in North Macedonia), each tested on sentences
of its own (invented people and companies, real states and institutions)."""

from __future__ import annotations

import pytest

from attributions_helpers import covering as _covering
from attributions_helpers import extract
from attributions_helpers import names as _names
from attributions_helpers import speaker as _speaker


def _extract(pipeline, ref: str, text: str):
    return extract(pipeline, ref, text, published="2026-11-20")


@pytest.mark.parametrize("text, quoted, reporter, after", [
    ("Brokers at Tamsin Partners said the merger was \"bold but overdue\", noting that two rivals had "
     "tried the same deal.", "bold but overdue", "said", "two rivals had tried the same deal"),
    ("The audit office said the figures proved that \"the ministry lost control of its budget\". It had "
     "asked for a special inquiry.", "the ministry lost control", "said", None),
    ("The mayor said the flooding was \"worse than in 1998\", adding that three bridges had collapsed.",
     "worse than in 1998", "said", "three bridges had collapsed"),
])
def test_a_partial_quote_closing_a_reported_clause_stays_with_its_cue(pipeline, text, quoted, reporter, after):
    rec = _extract(pipeline, "partial-before-cue", "Report\n\n" + text)
    att = _covering(rec, quoted)
    assert att.cue.text == reporter
    assert att.kind == "partial"
    if after is not None:
        assert _covering(rec, after).cue.text != reporter


@pytest.mark.parametrize("text, clause", [
    ("His lawyer, Daniyar Kasymov, told reporters outside the courthouse that the defence would appeal to the "
     "Supreme Court.", "the defence would appeal"),
    ("Her lawyer told reporters outside the court building that the family would appeal.", "the family would appeal"),
    ("The governor told residents near the dam that the reservoir was safe.", "the reservoir was safe"),
])
def test_a_that_clause_hung_on_the_place_of_the_statement_is_the_content(pipeline, text, clause):
    rec = _extract(pipeline, "told-outside", "Court\n\n" + text)
    att = _covering(rec, clause)
    assert att.cue.text == "told"
    assert len(att.content) == 1 and att.content[0].text.startswith("that ")


@pytest.mark.parametrize("text, quoted, name", [
    ("Minister Arman Sarkisov was asked about the claim on Friday.\n\nSarkisov replied when asked about the "
     "remark: \"She is right. Judge us by the results.\"", "Judge us by the results", "Arman Sarkisov"),
    ("Mayor Tomas Herrera met the protesters.\n\nHerrera responded after being asked about the cuts: \"Nobody "
     "will lose a job this year.\"", "Nobody will lose a job", "Tomas Herrera"),
])
def test_a_quote_after_an_adverbial_asked_clause_is_the_main_verbs(pipeline, text, quoted, name):
    rec = _extract(pipeline, "replied-when-asked", "Talks\n\n" + text)
    att = _covering(rec, quoted)
    assert "asked" not in att.cue.text
    assert _speaker(rec, quoted) == name


@pytest.mark.parametrize("text, quoted", [
    ("Governor Lidia Ocampo visited the shelter. She said, when asked about the evacuation: \"Everyone "
     "is safe.\"", "Everyone is safe."),
    ("Governor Lidia Ocampo visited the shelter.\n\nOcampo said when asked about the costs: \"We will "
     "pay whatever it takes.\"", "We will pay whatever it takes."),
])
def test_an_adverbial_clause_before_the_colon_of_a_quote_is_no_content(pipeline, text, quoted):
    rec = _extract(pipeline, "said-when-asked", "Flood\n\n" + text)
    att = _covering(rec, quoted)
    assert att.cue.text == "said"
    assert [c.text for c in att.content] == [quoted]
    assert att.kind == "direct"


@pytest.mark.parametrize("text, clause", [
    ("Kestrel Mining said on Sunday it would delay the expansion of its copper mine by two years.",
     "it would delay the expansion"),
    ("The central bank said on Thursday morning the currency would be allowed to float.",
     "the currency would be allowed to float"),
    ("The electoral board said last week the count would be finished by Friday.", "the count would be finished"),
])
def test_a_date_after_the_cue_before_a_bare_clause_is_no_content(pipeline, text, clause):
    rec = _extract(pipeline, "said-date-clause", "Delay\n\n" + text)
    att = _covering(rec, clause)
    assert att.cue.text == "said"
    assert att.content[0].text.startswith(clause)


@pytest.mark.parametrize("text", [
    "BISHKEK (Wire) - A court in Bishkek on Thursday sentenced former energy minister Almaz Tursunov to eight years "
    "in prison for abuse of office, in a case his lawyers called politically motivated.",
    "A court in Almaty on Monday sentenced opposition activist Marat Zhaksybekov to four years in prison for "
    "organising protests, in a case his supporters called revenge.",
])
def test_on_with_a_date_is_no_content_after_a_recipient(pipeline, text):
    rec = _extract(pipeline, "date-recipient", "Verdict\n\n" + text)
    for att in rec.attributions:
        assert all(part.text not in ("Thursday", "Monday") for part in att.content)


@pytest.mark.parametrize("headline, thing, clause", [
    ("Vietnam and Philippines sign rice deal, farmers fear price slump", "price slump", "sign rice deal"),
    ("Opposition boycotts runoff, observers fear low turnout", "low turnout", "boycotts runoff"),
    ("Ghana confirms cholera outbreak in Accra, schools told to close", "cholera outbreak", "schools told"),
    ("Malawi confirms anthrax cases in Kasungu, farmers told to vaccinate herds", "anthrax cases", "farmers told"),
    ("Peru's top court blocks mining concession, company vows appeal", "appeal", "blocks mining concession"),
    ("Cyclone leaves thousands homeless in Fiji, aid agencies warn of disease", "disease", "leaves thousands"),
    ("Floods cut roads in Sindh, doctors warn of cholera", "cholera", "cut roads"),
])
def test_a_headline_verb_with_its_own_object_does_not_report_the_clause_across_the_comma(pipeline, headline, thing, clause):
    rec = _extract(pipeline, "headline-object", headline + "\n\nHANOI (Wire) - The two governments signed the deal on Wednesday.")
    att = _covering(rec, thing)
    assert all(clause not in part.text for part in att.content)


@pytest.mark.parametrize("text, words", [
    ("The Vietnamese government raised rice tariffs in June.\n\nThe two governments said the agreement would run "
     "for five years.", "would run for five years"),
    ("Georgia's interior ministry reported the arrests.\n\nOfficials from both ministries said the border would "
     "stay open.", "would stay open"),
])
def test_the_plural_of_an_organisations_noun_is_not_that_one_organisation(pipeline, text, words):
    rec = _extract(pipeline, "plural-kind", "Deal\n\n" + text)
    assert _speaker(rec, words) is None


@pytest.mark.parametrize("text, answer, name", [
    ("Community leader Lucia Quispe welcomed the ruling. Quispe, asked whether the communities would negotiate "
     "with the company, said they were open to talks.", "they were open to talks", "Lucia Quispe"),
    ("Transport Minister Aziz Rahimov opened the bridge on Monday. Rahimov, asked whether tolls would rise, said "
     "the government had no such plans.", "the government had no such plans", "Aziz Rahimov"),
])
def test_the_one_asked_in_an_aside_is_the_source_of_the_verb_after_it(pipeline, text, answer, name):
    rec = _extract(pipeline, "asked-aside", "Talks\n\n" + text)
    att = _covering(rec, answer)
    assert att.cue.text == "said"
    assert _speaker(rec, answer) == name
    for other in rec.attributions:
        if other.cue.text == "asked":
            assert other.source is None
            assert all(answer not in part.text for part in other.content)


@pytest.mark.parametrize("headline, cue", [
    ("Papua New Guinea landslide: rescuers fear 200 buried, PM says", "says"),
    ("Mekong drought: rice exports to fall by a third, ministry warns", "warns"),
])
def test_a_headline_topic_before_a_colon_is_no_speaker_when_the_line_reports_on_its_own(pipeline, headline, cue):
    rec = _extract(pipeline, "topic-colon", headline + "\n\nPORT MORESBY (Wire) - Rescue teams reached the village on Saturday.")
    assert all(att.cue.text != ":" for att in rec.attributions)
    assert any(att.cue.text == cue for att in rec.attributions)


@pytest.mark.parametrize("text, content", [
    ("Police in Mombasa said a man had been arrested, without giving details.", "a man had been arrested"),
    ("The ministry said the attack had been carried out by rebels, without providing evidence.",
     "the attack had been carried out by rebels"),
])
def test_without_giving_details_closing_a_content_is_how_it_was_said(pipeline, text, content):
    rec = _extract(pipeline, "without-details", "Arrest\n\n" + text)
    att = _covering(rec, content)
    assert att.content[-1].text == content


@pytest.mark.parametrize("text, words", [
    ("Uzbekistan's foreign ministry said the talks had been postponed.\n\nThree soldiers were killed in the clash, "
     "the defence ministry said.", "Three soldiers were killed"),
    ("Kenya's Health Ministry confirmed the first cases on Monday.\n\nThe interior ministry said curfews would be "
     "imposed in two counties.", "curfews would be imposed"),
])
def test_a_ministry_described_by_its_kind_is_not_a_ministry_of_another_kind(pipeline, text, words):
    rec = _extract(pipeline, "ministry-kind", "Clash\n\n" + text)
    assert _speaker(rec, words) is None


def test_it_after_an_unnamed_body_is_that_body_not_an_older_speaker(pipeline):
    text = ("Clash\n\nUzbekistan's foreign ministry said the talks had been postponed.\n\nThree soldiers were killed "
            "in the clash, the defence ministry said. Two more were wounded, it said.")
    rec = _extract(pipeline, "it-unnamed", text)
    assert _covering(rec, "Two more were wounded").source.text == "it"
    assert _speaker(rec, "Two more were wounded") is None


@pytest.mark.parametrize("text, clause", [
    ("The ministry's spokesman, Majed al-Harbi, told a weekly briefing that Riyadh was \"cautiously optimistic\".",
     "Riyadh was"),
    ("Finance Minister Dina Sarsenova told a news conference that the budget would be cut.", "the budget would be cut"),
])
def test_a_that_clause_on_the_medium_as_object_is_the_content(pipeline, text, clause):
    rec = _extract(pipeline, "told-briefing", "Talks\n\n" + text)
    att = _covering(rec, clause)
    assert att.cue.text == "told"
    assert att.content[0].text.startswith("that ")
