"""Stop 31 (2026-11-27). Headlines in Title Case ("Dairy Farmers Slam Ochieng Over Cuts To Fertiliser Subsidy") are
parsed in sentence case: the small model reads every capitalised word as part of a name and
finds no verb. The Doc keeps the headline's own letters. Headlines and articles of our own
(invented people)."""

from __future__ import annotations

import pytest

from attributions_helpers import by_cue, extract, names
from newsgraph.nlp.model import sentence_case_title

BODY = ("NAKURU — Dairy farmers in the Rift Valley on Monday criticised Finance Minister Grace Ochieng for "
        "halving the fertiliser subsidy, saying feed costs had doubled since January.\n"
        "Ochieng has defended the cut as necessary to meet the terms of a loan from the IMF.\n")


@pytest.mark.parametrize("title, expected", [
    # A name the body writes capitalised in mid-sentence stays; the words it writes in lower
    # case, or never, go to lower case; the first word keeps its capital.
    ("Dairy Farmers Slam Ochieng Over Cuts To Fertiliser Subsidy\n\n",
     "Dairy farmers slam Ochieng over cuts to fertiliser subsidy\n\n"),
    # Acronyms, words with inner capitals or digits, and the word after a colon are left alone.
    ("IMF Loan Terms Anger McAllister's Farmers: Subsidy Halved By 50pc\n\n",
     "IMF loan terms anger McAllister's farmers: Subsidy halved by 50pc\n\n"),
])
def test_title_case_headlines_are_read_in_sentence_case(title, expected):
    recased = sentence_case_title(title, BODY)
    assert recased == expected
    assert len(recased) == len(title)


@pytest.mark.parametrize("title, body, expected", [
    # Absent from the body: a country the gazetteer knows keeps its capital, and so does the
    # compass word before it.
    ("Quake Kills At Least 120 In Eastern Afghanistan\n\n", "A quake struck on Sunday.",
     "Quake kills at least 120 in Eastern Afghanistan\n\n"),
    # Quoted words are someone's words or a work's name.
    ("'Squid Game': Netflix Renews Hit Show\n\n", "The streaming service said on Monday that a new season would follow.",
     "'Squid Game': Netflix renews hit show\n\n"),
])
def test_names_the_body_does_not_write_keep_their_capitals(title, body, expected):
    recased = sentence_case_title(title, body)
    assert recased == expected
    assert len(recased) == len(title)


@pytest.mark.parametrize("title", [
    "Dairy farmers slam Ochieng over fertiliser subsidy cuts\n\n",  # already sentence case
    "Ochieng Speaks\n\n",  # too short to tell
    "",
])
def test_other_headlines_are_left_as_they_are(title):
    assert sentence_case_title(title, BODY) is None


def test_a_title_case_headline_has_its_verb_and_its_names(pipeline):
    title = "Dairy Farmers Slam Ochieng Over Cuts To Fertiliser Subsidy"
    record = extract(pipeline, "title-case", f"{title}\n\n{BODY}", "2026-03-02")
    # The record's text is the article's, letter for letter.
    assert record.article.text.startswith(title)
    in_title = [e for e in record.entities if any(m.start < len(title) for m in e.mentions)]
    assert {names(record)[e.id] for e in in_title} == {"Grace Ochieng"}
    for e in in_title:
        assert all(m.text in title or m.start > len(title) for m in e.mentions)
    slam = by_cue(record, "Slam")
    assert slam.source is not None and slam.source.text == "Dairy Farmers"


# --- the infinitive after a verb of promising or asking is the content, not more cue -------

@pytest.mark.parametrize("text, cue, content", [
    # "pledged | to push for": the gold cue stops before the infinitive 31 times in 32 in
    # PolNeAR train, even where the infinitive's verb could be a cue of its own.
    ("Ochieng pledged to push for a constitutional amendment to cap county borrowing.", "pledged",
     "to push for a constitutional amendment to cap county borrowing"),
    # "continued to criticize" stays one cue (PolNeAR train: the gold cue runs over the
    # infinitive after "continue" 37 times in 37).
    ("The ministry continued to criticize the lenders for their fees.", "continued to criticize",
     "the lenders for their fees"),
])
def test_the_infinitive_of_a_promise_is_its_content(pipeline, text, cue, content):
    record = extract(pipeline, "infinitive", "Loans\n\n" + text + "\n", "2026-03-02")
    att = by_cue(record, cue)
    assert [c.text for c in att.content] == [content]
