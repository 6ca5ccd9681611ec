"""Attribution extraction on articles written for these tests (wire style, invented people)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attributions_helpers import covering as _covering
from attributions_helpers import draft
from attributions_helpers import extract
from attributions_helpers import names as _names
from attributions_helpers import speaker as _speaker
from newsgraph.extract.quotes import find_quotes
from newsgraph.ingest.document import InputDocument

GRAIN = """Norway Warns Grain Corridor Could Close Within Weeks

OSLO — Norwegian Prime Minister Ingrid Solberg warned on Monday that the grain corridor through the Barents Sea could close within weeks unless shipping insurers return.

"We have run out of patience," Solberg told reporters in Oslo. "Every day without an agreement costs our farmers money."

“This is not a threat,” she said, “it is a forecast.”

Her envoy for the talks, Lars Eriksen, believes the two sides are close to a deal. He wants an agreement before the summer and is expected to travel to Copenhagen on Thursday.

The Danish Foreign Ministry said it would send a delegation to the next round. The ministry added that it expected a text by the end of the month.

A senior official, who asked not to be named, said the talks were “stuck on the question of inspections.”

According to the ministry, the corridor carried four million tonnes of grain last year.

Opposition leader Kari Dahl accused the government of “playing games with food security.” Dahl said the plan was reckless.

“They are gambling with the harvest of an entire region.”

The mayor of Tromsø, Erik Berg, said: «We are ready to host the next round.»

The envoy later confirmed that a draft text existed.

“The draft is short.

“It covers inspections, tariffs and insurance, and nothing else,” Eriksen said.
"""

HARBOUR = """Berg: ‘The Harbour Stays Open’

TROMSØ — Fishing crews in the northern port said they had not been told when the new inspection rules would apply.

Port director Sigrid Nyland said the authority would publish a timetable on Friday. She told the regional council that inspections would take no more than two hours per vessel.

“Nobody here wants a blockade.” — Tor Haugen, a trawler captain

Haugen said crews would keep fishing through the winter. “We have no other choice,” he said.
"""


@pytest.fixture(scope="module")
def grain(pipeline):
    return pipeline.process_one(InputDocument(ref="grain", text=GRAIN), published="2025-03-03")


@pytest.fixture(scope="module")
def harbour(pipeline):
    return pipeline.process_one(InputDocument(ref="harbour", text=HARBOUR), published="2025-03-03")


def _extract(pipeline, ref: str, text: str):
    return extract(pipeline, ref, text, published="2025-03-03")


# ---------------------------------------------------------------------------------------
# Quotation marks (no model needed)

@pytest.mark.parametrize("text, expected", [
    ('He said "yes" twice.', ['"yes"']),
    ("He said “yes” twice.", ["“yes”"]),
    ("Er sagte «ja» und ging.", ["«ja»"]),
    ("Il a dit « non » deux fois.", ["« non »"]),
    ("« Nous partons », a-t-elle dit.", ["« Nous partons »"]),
    ("Sie sagte „ja“ und ging.", ["„ja“"]),
    ("He said ''we will see'' and left.", ["''we will see''"]),
    ("She called it ‘a fair deal’ on Monday.", ["‘a fair deal’"]),
    ("“The ‘yes, but’ answer is not enough,” she said.", ["“The ‘yes, but’ answer is not enough,”"]),
    ("“He calls it “theft” openly,” she said.", ["“He calls it “theft” openly,”"]),
])
def test_quote_marks_of_every_kind(text, expected):
    assert [text[q.start:q.end] for q in find_quotes(text)] == expected


def test_apostrophes_are_not_quotes():
    text = "The workers’ union and Russia’s envoy met in the ’90s, the officials' notes say."
    assert find_quotes(text) == []


def test_quote_running_over_paragraphs_is_one_group():
    text = "“The first part ends here.\n\n“The second part closes it,” she said."
    quotes = find_quotes(text)
    assert len(quotes) == 2
    assert quotes[0].group == quotes[1].group
    assert not quotes[0].closed and quotes[1].closed


def test_closing_mark_opening_a_paragraph_opens_its_quote():
    # Scraped reader comments: "”Enough. We deserve better.” ― Name" (the page's typo).
    text = "Readers wrote in.\n\n”Enough. We deserve better.” ― Ana Ruiz\n“Vote,” ― Bo Lee"
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["”Enough. We deserve better.”", "“Vote,”"]
    # Without a closing mark after it, it stays a stray mark.
    assert find_quotes("”Enough, we deserve better.\n\nNext.") == []


def test_unclosed_quote_stops_at_its_paragraph():
    text = "He said “we will see\n\nNext paragraph “is quoted” here."
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["“we will see", "“is quoted”"]
    assert quotes[0].group != quotes[1].group


# ---------------------------------------------------------------------------------------
# Direct quotes and their speakers

def test_quote_split_around_its_cue_is_one_attribution(grain):
    att = _covering(grain, "This is not a threat")
    assert [p.text for p in att.content] == ["This is not a threat", "it is a forecast."]
    assert att.kind == "direct"
    assert att.cue.text == "said" and att.source.text == "she"
    assert _names(grain)[att.speaker] == "Ingrid Solberg"


def test_quote_continued_without_cue_keeps_the_speaker(grain):
    first = _covering(grain, "We have run out of patience")
    second = _covering(grain, "Every day without an agreement")
    assert first is second
    assert _names(grain)[first.speaker] == "Ingrid Solberg"
    # A quote in a paragraph of its own continues the attribution just before it.
    uncued = _covering(grain, "They are gambling with the harvest")
    assert _names(grain)[uncued.speaker] == "Kari Dahl"
    assert uncued.kind == "mixed"  # "Dahl said the plan was reckless." + the quote


def test_quote_over_two_paragraphs(grain):
    att = _covering(grain, "The draft is short")
    assert any("It covers inspections" in p.text for p in att.content)
    assert _names(grain)[att.speaker] == "Lars Eriksen"


def test_guillemets_after_a_colon(grain):
    att = _covering(grain, "We are ready to host the next round")
    assert att.kind == "direct"
    assert _names(grain)[att.speaker] == "Erik Berg"


def test_partial_quotes_inside_reported_speech(grain):
    official = _covering(grain, "stuck on the question of inspections")
    assert official.kind == "partial"
    assert official.source.text == "A senior official"
    assert official.speaker is None  # an anonymous source stays unnamed
    accused = _covering(grain, "playing games with food security")
    assert accused.kind == "partial" and accused.cue.text == "accused"
    assert accused.content[0].text.startswith("the government of")
    assert _names(grain)[accused.speaker] == "Kari Dahl"


def test_a_quote_closing_a_sentence_stays_with_its_own_cue(pipeline):
    # The full stop after the closing mark ends the sentence: the next sentence's cue is no
    # speaker tag for the quote before it.
    rec = _extract(pipeline, "full-stop", (
        "Budget delayed\n\n"
        "Finance Minister Petra Lindqvist said the ministry would table a revised budget \"within days\". "
        "She denied that the cabinet had ignored the auditors.\n"))
    said = _covering(rec, "within days")
    assert said.cue.text == "said" and said.content[0].text.startswith("the ministry would table")
    denied = next(a for a in rec.attributions if a.cue.text == "denied")
    assert [part.text for part in denied.content] == ["that the cabinet had ignored the auditors"]


# ---------------------------------------------------------------------------------------
# Reported speech and attributed states

@pytest.mark.parametrize("cue, content_start, speaker", [
    ("warned", "that the grain corridor", "Ingrid Solberg"),
    ("believes", "the two sides are close", "Lars Eriksen"),
    ("wants", "an agreement before the summer", "Lars Eriksen"),
    ("said", "it would send a delegation", "Ministry"),
    ("added", "that it expected a text", "Ministry"),
    ("According to", "the corridor carried", "Ministry"),
    ("later confirmed", "that a draft text existed", "Lars Eriksen"),
])
def test_indirect_speech_and_states(grain, cue, content_start, speaker):
    att = _covering(grain, content_start)
    assert att.kind == "indirect"
    assert att.cue.text == cue
    assert att.content[0].text.startswith(content_start)
    name = _names(grain).get(att.speaker) or ""
    # People by their full name; the ministry by whatever name the entity index gives it.
    assert name == speaker if speaker != "Ministry" else "Ministry" in name


def test_expectation_without_source(grain):
    att = _covering(grain, "to travel to Copenhagen")
    assert "expected" in att.cue.text
    assert _names(grain).get(att.speaker) == "Lars Eriksen"  # "He … is expected to travel"


def test_descriptions_resolve_to_entities(grain):
    ministry = _covering(grain, "that it expected a text")
    assert ministry.source.text == "The ministry"
    envoy = _covering(grain, "that a draft text existed")
    assert envoy.source.text == "The envoy"
    assert _names(grain)[envoy.speaker] == "Lars Eriksen"
    # "Her envoy for the talks, Lars Eriksen": the name in apposition.
    believes = _covering(grain, "the two sides are close")
    assert believes.source.text.startswith("Her envoy")


def test_speech_tags_with_colon_and_dash(harbour):
    headline = _covering(harbour, "The Harbour Stays Open")
    assert headline.cue.text == ":" and headline.source.text == "Berg"
    signed = _covering(harbour, "Nobody here wants a blockade")
    assert signed.cue.text == "—"
    assert _names(harbour)[signed.speaker] == "Tor Haugen"
    choice = _covering(harbour, "We have no other choice")
    assert _names(harbour)[choice.speaker] == "Tor Haugen"


def test_pronoun_after_named_speaker(harbour):
    told = _covering(harbour, "inspections would take no more than two hours")
    assert told.source.text == "She"
    assert _names(harbour)[told.speaker] == "Sigrid Nyland"


def test_offsets_point_at_their_words(grain, harbour):
    for record in (grain, harbour):
        text = record.article.text
        ids = {e.id for e in record.entities}
        for att in record.attributions:
            assert att.speaker is None or att.speaker in ids
            assert att.kind in ("direct", "partial", "indirect", "mixed")
            assert 0.0 <= att.confidence <= 1.0
            for span in [att.source, att.cue, *att.content]:
                if span is not None:
                    assert text[span.start:span.end] == span.text
        # In text order: by where each attribution's first word is.
        starts = [min(s.start for s in [a.source, a.cue, *a.content] if s is not None) for a in record.attributions]
        assert starts == sorted(starts)


def test_rule_baseline_still_finds_the_plain_cases(pipeline):
    from newsgraph.extract.attributions import extract_attributions
    from newsgraph.extract.context import Parsed
    from newsgraph.extract.coref import resolve_references
    from newsgraph.extract.entities import extract_entities
    from newsgraph.nlp.model import parse_texts

    doc = next(parse_texts(pipeline.nlp, [GRAIN]))
    parsed = Parsed(doc=doc, title_end=GRAIN.index("\n"))
    index = extract_entities(parsed)
    resolve_references(parsed, index)
    rules = extract_attributions(parsed, index, cues="rules")
    learned = extract_attributions(parsed, index, cues="learned")
    assert any(a.cue.text == "warned" for a in rules)
    assert any(p.text.startswith("This is not a threat") for a in rules for p in a.content)
    assert len(learned) >= len(rules) - 2


def test_a_decider_in_memory_overrides_the_shipped_one(pipeline):
    # The training script scores each fold's models on the texts they did not see this way.
    from newsgraph.extract.attributions import extract_attributions
    from newsgraph.extract.context import Parsed
    from newsgraph.extract.coref import resolve_references
    from newsgraph.extract.cues import LearnedCues, RuleCues
    from newsgraph.extract.entities import extract_entities
    from newsgraph.nlp.model import parse_texts

    doc = next(parse_texts(pipeline.nlp, [GRAIN]))
    parsed = Parsed(doc=doc, title_end=GRAIN.index("\n"))
    index = extract_entities(parsed)
    resolve_references(parsed, index)

    def cues(found):
        return [(a.cue.start, a.cue.end) for a in found]

    assert cues(extract_attributions(parsed, index, model=RuleCues())) == cues(extract_attributions(parsed, index, cues="rules"))
    # A model that never accepts a candidate leaves no verb cue ("warned" goes).
    never = LearnedCues({"bias": -50.0}, threshold=0.5, cue_lemmas=frozenset())
    assert not any(a.cue.text == "warned" for a in extract_attributions(parsed, index, model=never))


@pytest.mark.parametrize("text, cue, cue_words, content", [
    # PolNeAR cues keep the adverbs beside them, and a noun cue its adjectives.
    ("The harbour master bluntly suggested that the crews wait another week.", "suggested",
     ["bluntly", "suggested"], "that the crews wait another week"),
    ("Her sharp criticism of the plan surprised the council.", "criticism", ["sharp", "criticism", "of"], "the plan"),
    # A participle or relative clause takes the noun it modifies as its content.
    ("The inspection plan, opposed by the fishing crews, was dropped in March.", "opposed", ["opposed"],
     "The inspection plan"),
    ("The new tariff, which most trawler owners rejected, takes effect in May.", "rejected", ["rejected"],
     "The new tariff"),
])
def test_cue_extent_and_content_on_the_parse(pipeline, text, cue, cue_words, content):
    from newsgraph.extract import attributions as A

    doc = pipeline.nlp(text)
    tok = next(t for t in doc if t.text == cue)
    found = A._content_of(tok, A._reporting())
    assert [doc[i].text for i in A._cue_tokens(tok, found.prep, found.extra)] == cue_words
    span = A._trim(doc, found.tokens)
    assert doc[min(span):max(span) + 1].text == content


_QUOTEY = st.lists(st.sampled_from(list("ab cd.,:\n\"'“”‘’«»„—") + ["''", " said", "He ", "\n\n", "Smith "]),
                   max_size=80).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_QUOTEY)
def test_quote_heavy_text_never_breaks(pipeline, text):
    quotes = find_quotes(text)
    for q in quotes:
        assert 0 <= q.start < q.inner_start <= q.inner_end <= q.end <= len(text)
    record = pipeline.process_one(InputDocument(ref="q", text="Title\n\n" + text))
    assert record.error is None or record.error.kind in {"empty", "binary"}
    for att in record.attributions:
        for span in [att.source, att.cue, *att.content]:
            if span is not None:
                assert record.article.text[span.start:span.end] == span.text


# ---------------------------------------------------------------------------------------
# "Name: statement" lines, and spaces the tokenizer does not split on

TRANSCRIPT = """Vance: Ceasefire Talks Will Resume Next Week

The following is a transcript of an interview broadcast on Sunday.

MARIA LOPEZ: Do you expect the talks to resume soon?

ALAN VANCE: I expect them to resume next week, and I told the mediators so.

VANCE: Then we will try again in the spring.

Update: The talks resumed on Tuesday after a break of two days.

Shipping costs: Insurers have raised premiums by a third since March.
"""

NO_BREAK = ("Harbour Rules Delayed\n\nPort director Sigrid\u00a0Nyland said on Monday that the inspection rules "
            "were delayed.\n\nNyland went on to say, “The rules will apply from March.”\n"
            "“Not before,”\u00a0she said.\u00a0“Not this winter.”\n")


@pytest.fixture(scope="module")
def transcript(pipeline):
    return pipeline.process_one(InputDocument(ref="transcript", text=TRANSCRIPT), published="2025-03-03")


def test_headline_and_transcript_speakers_before_a_colon(transcript):
    headline = _covering(transcript, "Ceasefire Talks Will Resume")
    assert (headline.cue.text, headline.source.text) == (":", "Vance")
    question = _covering(transcript, "Do you expect the talks")
    assert (question.cue.text, question.source.text) == (":", "MARIA LOPEZ")
    answer = _covering(transcript, "I expect them to resume")
    assert answer.cue.text == ":" and _names(transcript)[answer.speaker] == "ALAN VANCE"
    # The answer's own verbs are inside its content, not attributions of their own.
    assert not any(a.cue.text in ("expect", "told") for a in transcript.attributions)
    later = _covering(transcript, "try again in the spring")
    assert later.speaker == answer.speaker


def test_labels_and_topics_before_a_colon_name_no_speaker(transcript):
    for words in ("The talks resumed on Tuesday", "Insurers have raised premiums"):
        assert not any(a.cue.text == ":" and any(words in c.text for c in a.content) for a in transcript.attributions)


QUOTED_TRANSCRIPT = """Debate host presses running mate on guest list

A partial transcript follows.

"HOST: Let us start with the news about the debate. Will the guest be there tomorrow?

"GOVERNOR: Well, look, the campaign thinks this is a great event.

"HOST: If I may, sir, we have limited time. I want to ask you again.

"GOVERNOR: The guest will not be attending the debate tomorrow night."
"""


def test_transcript_quoted_paragraph_by_paragraph_keeps_its_speakers(pipeline):
    # Each paragraph opens a quotation mark that only the last one closes: one quotation
    # running over the transcript, inside which every "NAME:" line is its own attribution.
    record = _extract(pipeline, "quoted-transcript", QUOTED_TRANSCRIPT)
    lines = {"Will the guest be there": "HOST", "the campaign thinks": "GOVERNOR",
             "I want to ask you again": "HOST", "will not be attending": "GOVERNOR"}
    for words, speaker in lines.items():
        att = _covering(record, words)
        assert (att.cue.text, att.source.text, att.kind) == (":", speaker, "direct")
        assert not any(part.text.startswith(("HOST", "GOVERNOR", '"')) for part in att.content)
    # No other cue claims the lines ("follows", "thinks" inside an answer).
    for words in lines:
        assert [a.cue.text for a in record.attributions if any(words in c.text for c in a.content)] == [":"]
    assert not any(a.cue.text == "thinks" for a in record.attributions)


def test_phrase_cues_sharing_words_are_one_attribution(pipeline):
    record = _extract(pipeline, "phrase-cues", (
        "Dock talks stall\n\nUnion secretary Ines Marr continued criticizing the authority's negotiators after "
        "the meeting.\n\nThe transport minister voiced concern about the cost of the strike to exporters.\n"))
    cues = sorted(a.cue.text for a in record.attributions)
    assert cues == ["continued criticizing", "voiced concern about"]
    assert _covering(record, "the cost of the strike").cue.text == "voiced concern about"


def test_a_confident_cue_inside_a_weak_ones_content_stays(pipeline):
    # "chose to file" holds the relative clause; its "say" is the attribution PolNeAR marks.
    record = _extract(pipeline, "nested-cue", (
        "Shipping firm files for protection\n\nThe shipping firm chose to file in Rotterdam, where "
        "restructuring lawyers say judges move unusually quickly.\n"))
    say = [a for a in record.attributions if a.cue.text == "say"]
    assert [(a.source.text, a.content[0].text) for a in say] == [("restructuring lawyers", "judges move unusually quickly")]


def test_a_passage_claimed_by_two_cues_is_shared_paragraph_by_paragraph(pipeline):
    record = _extract(pipeline, "two-claimants", (
        'Mayor defends harbour plan\n\nThe mayor said: "There is no magic to the plan. It is a simple promise '
        'to the crews.\n\n"The matter is settled," she said on Tuesday. "We will act before winter."\n'))
    first = _covering(record, "There is no magic")
    assert (first.cue.text, first.source.text) == ("said", "The mayor")
    assert not any("The matter is settled" in part.text for part in first.content)
    second = _covering(record, "The matter is settled")
    assert second is not first and second.source.text == "she"


def test_no_break_spaces_do_not_split_a_quote_from_its_cue(pipeline):
    record = pipeline.process_one(InputDocument(ref="nbsp", text=NO_BREAK), published="2025-03-03")
    earlier = _covering(record, "The rules will apply from March")
    later = _covering(record, "Not before")
    assert later is not earlier and later.cue.text == "said"
    assert any("Not this winter" in c.text for c in later.content)
    assert _names(record)[later.speaker] == "Sigrid Nyland"
    # Offsets and texts are the article's own, no-break spaces included.
    text = record.article.text
    spans = [m for e in record.entities for m in e.mentions]
    spans += [s for a in record.attributions for s in (a.source, a.cue, *a.content) if s is not None]
    assert any("\u00a0" in s.text for s in spans)
    for span in spans:
        assert text[span.start:span.end] == span.text


FERRY = """Council Delays Vote on Ferry Fares

BERGEN — The ferry operators' association issued a statement on Tuesday saying the new fares would cut sailings.

Transport councillor Hanne Moe expressed concern about the winter timetable. She has continued to criticise the operators since the summer.

Opposition leader Jonas Lunde accused her of "stalling the whole process."

Moe tells the council: "We will not vote on a plan nobody has costed."

"The operators have had two years," Lunde said, adding of the association, "They knew this was coming."
"""


@pytest.fixture(scope="module")
def ferry(pipeline):
    return pipeline.process_one(InputDocument(ref="ferry", text=FERRY), published="2025-03-03")


def test_light_verb_and_aspectual_phrases_are_the_cue(ferry):
    # PolNeAR marks the whole phrase: the object of "express", "issue", "make" and the
    # infinitive after "continue", "try", "go on"; the content is what they govern.
    concern = _covering(ferry, "the winter timetable")
    assert concern.cue.text == "expressed concern about"
    assert [c.text for c in concern.content] == ["the winter timetable"]
    criticise = _covering(ferry, "the operators")
    assert criticise.cue.text.endswith("continued to criticise")
    # ... but not the object standing between a verb and its preposition.
    accused = _covering(ferry, "stalling the whole process")
    assert accused.cue.text == "accused"


def test_quote_after_the_verbs_object_is_the_content(ferry):
    names = _names(ferry)
    told = _covering(ferry, "We will not vote on a plan nobody has costed.")
    assert told.cue.text == "tells" and names[told.speaker] == "Hanne Moe"
    assert all("the council" not in c.text for c in told.content)
    added = _covering(ferry, "They knew this was coming.")
    assert added.cue.text.startswith("adding") and names[added.speaker] == "Jonas Lunde"


def test_quotation_marks_glued_to_words_still_open_and_close_quotes(pipeline):
    # Scraped copy often loses the spaces around a quotation mark.
    text = ("Committee Hears Treasury Figures\n\n"
            "The committee chair pressed the minister on the figures. Former finance minister Ingrid Dahl:"
            "\"We took those numbers from the treasury and its own analysis.\"The chair moved on.\n")
    record = _extract(pipeline, "glued", text)
    quote = _covering(record, "We took those numbers")
    assert _names(record)[quote.speaker] == "Ingrid Dahl"
    assert all("The chair" not in c.text for c in quote.content)


def test_a_poll_is_the_source_of_what_it_shows(pipeline):
    text = ("Governor Widens Lead\n\n"
            "In a new poll released on Tuesday, Governor Ana Ruiz leads her challenger by six points. "
            "In the same survey, 40 percent of voters said they had not decided.\n")
    record = _extract(pipeline, "poll", text)
    lead = _covering(record, "leads her challenger by six points")
    assert lead.cue.text == "In" and lead.source.text.startswith("a new poll")
    # A clause with a speaker of its own keeps it.
    undecided = _covering(record, "they had not decided")
    assert undecided.cue.text == "said" and undecided.source.text == "40 percent of voters"


READERS = ("Readers Respond\n\n"
           "We asked readers what they thought of the debate.\n"
           "“He talks like a boss who never listened to anyone.”― Ana Ruiz\n"
           "“The mayor must stop calling workers lazy. We built this city.”― Carla Mendez\n")


@pytest.mark.parametrize("text, words, cue, source, speaker", [
    # A source keeps the closing bracket of its party and state.
    ("Senate Bill Stalls\n\nSenator Tom Reyes (R-TX) said the bill would fail in committee.\n",
     "the bill would fail", None, "Senator Tom Reyes (R-TX)", None),
    # Fact checks quote a claim in a paragraph of its own and sign it on the next line.
    ("Checking the Budget Claims\n\n"
     "The senator repeated a claim about school funding on Tuesday.\n\n"
     "\"Every school in this state has lost money since the cuts.\"\n\n"
     "- Maria Santos.\n\n"
     "That figure is not accurate: 40 schools gained money.\n",
     "Every school in this state", None, "Maria Santos", "Maria Santos"),
    # A dash opens a "Name: “…”" tag inside a line (newsletters).
    ("Pollsters Look Back\n\n"
     "TURNOUT WAS HIGHER THAN EXPECTED - Karen Holt: “The late deciders broke heavily for the "
     "challenger in the final week.”\n",
     "The late deciders broke heavily", ":", "Karen Holt", None),
    # A headline names its speaker without a verb.
    ("Okafor: No Outside Influence on Port Inquiry\n\n"
     "Harbour commissioner Grace Okafor told the council on Monday that the inquiry was independent.\n",
     "No Outside Influence on Port Inquiry", ":", "Okafor", None),
    # Signatures glued to their quotes by a dash.
    (READERS, "We built this city", None, "Carla Mendez", None),
    (READERS, "never listened to anyone", None, "Ana Ruiz", None),
    # A quote after a colon that closes its paragraph.
    ("Council Evidence Questioned\n\n"
     "As the regional newspaper reported after the hearing:\n\n"
     "\"For example, the council has done almost nothing with the evidence it collected.\"\n",
     "the council has done almost nothing", "reported", "the regional newspaper", None),
    # Inverted tags: the verb, not the colon, is the cue.
    ("Port Stays Open\n\nThe harbour board met on Monday.\n\n"
     "Said Okafor: \"The port stays open, whatever the union decides.\"\n",
     "The port stays open", "Said", "Okafor", None),
    ("Port Stays Open\n\nThe harbour board met on Monday.\n\n"
     "Stated the minister: \"We will not close the harbour.\"\n",
     "We will not close the harbour", "Stated", "the minister", None),
    # A sentence-final "…, the paper reported." whose sentence the parse did not hang on the verb.
    ("Parade Draws Crowds\n\nPresumptive Labour leadership candidate Ana Ruiz marched in the harbour "
     "parade, the Coast Herald reported.\n",
     "Ana Ruiz marched in the harbour parade", "reported", "the Coast Herald", None),
])
def test_speaker_tags_and_sources(pipeline, text, words, cue, source, speaker):
    record = _extract(pipeline, "tags", text)
    found = _covering(record, words)
    assert found.source.text == source
    if cue is not None:
        assert found.cue.text == cue
    if speaker is not None:
        assert _names(record)[found.speaker] == speaker


def test_a_verb_given_two_subjects_has_the_one_next_to_it_as_source():
    # The parse gives "noted" both "which" and "economist Ana Ruiz" as subjects. Tested on
    # the draft: whether the learned filter keeps this misparsed sentence is a borderline
    # call that moves with each retraining (0.36 against a threshold of 0.40 in round 31).
    cue, source, content = draft(
        "Levy Repealed\n\nThe levy, which — as economist Ana Ruiz noted recently in the Coast Herald — "
        "punishes small farms, was repealed.\n", "noted")
    assert (cue, source) == ("noted recently", "economist Ana Ruiz")
    assert content.startswith("The levy")


def test_a_heading_before_a_dash_is_no_speaker(pipeline):
    record = _extract(pipeline, "heading-dash", (
        'Arts Notes\n\nHARBOUR BEAT—"The old ferry terminal will reopen as a gallery in May, the council '
        'said."\n'))
    assert not any(a.source is not None and a.source.text == "HARBOUR BEAT" for a in record.attributions)


def test_a_phrase_cue_never_leaves_only_a_date_as_content(pipeline):
    text = ("Ministry Responds\n\n"
            "The ministry issued a statement on Friday about the closure of the northern border crossing.\n")
    statement = _covering(_extract(pipeline, "statement-date", text), "the closure of the northern border")
    assert statement.cue.text == "issued a statement"
    assert all("Friday" not in c.text for c in statement.content)


def test_two_quoted_phrases_in_one_content_make_one_attribution(pipeline):
    # Both phrases sit in the content of the same cue; each used to be rescued on its own,
    # and the same attribution came out twice.
    text = ("Harbour Dispute\n\n"
            "Okafor has been pounding the minister as a “gambler.” In recent weeks, Okafor has gone "
            "after Lunde as a “human wrecking ball who will sink the port” and a “spoiled child.”\n"
            "In the spin room, aides were also complimentary.\n")
    record = _extract(pipeline, "two-phrases", text)
    cues = [(a.cue.start, a.cue.end) for a in record.attributions]
    assert len(cues) == len(set(cues))
    assert _covering(record, "spoiled child").cue.text == "has gone"


def test_she_takes_a_person_whose_given_name_is_unknown_but_never_a_known_man(pipeline):
    # "Wiebke" and "Oddvar" are in no given-name list; "she" may still only be Wiebke
    # Aasland: the one other person before it is a man by his honorific.
    record = _extract(pipeline, "she-unknown", (
        "Ferry Crews Extend Strike\n\n"
        "Mr. Halvard Rønning, the operator's chief, said the company would not raise its offer.\n\n"
        "\"We will stay out until the offer matches prices,\" said Wiebke Aasland, who leads the crews' union. "
        "She added that members had voted to extend the strike into next week.\n"))
    assert _speaker(record, "members had voted") == "Wiebke Aasland"


def test_she_after_a_speaker_of_unknown_given_name_is_that_speaker_not_a_woman_named_before(pipeline):
    # "Maria" is a known woman's name, "Wiebke" is in no list: "she" follows the speaker
    # just before it, not the woman named a paragraph earlier.
    record = _extract(pipeline, "she-recent", (
        "Minister Quits\n\n"
        "Transport Minister Maria Lindholm resigned on Monday. \"I have done nothing wrong,\" Lindholm said.\n\n"
        "Opposition leader Wiebke Aasland called the affair a scandal and demanded an inquiry. "
        "\"The government knew for weeks and did nothing,\" she told the BBC.\n"))
    assert _speaker(record, "knew for weeks") == "Wiebke Aasland"
    assert _speaker(record, "done nothing wrong") == "Maria Lindholm"


def test_a_date_after_the_cue_is_no_content_and_the_clause_before_the_tag_is(pipeline):
    # The parse makes "airstrikes" the verb's subject and "killed" its modifier; "on Tuesday"
    # is when the ministry spoke, not what it said.
    record = _extract(pipeline, "tail-date", (
        "Strikes\n\n"
        "Israeli airstrikes killed at least 40 Palestinians across the Gaza Strip overnight, the territory's "
        "health ministry said on Tuesday, hours after Hamas accused Israel of stalling talks.\n"))
    said = next(a for a in record.attributions if a.cue.text == "said")
    assert said.source.text == "the territory's health ministry"
    assert [part.text for part in said.content] == [
        "Israeli airstrikes killed at least 40 Palestinians across the Gaza Strip overnight"]


def test_a_title_naming_a_chamber_does_not_take_the_speaker_from_the_person(pipeline):
    record = _extract(pipeline, "chamber-title", (
        "Bill blocked\n\n"
        "Senate Majority Leader Chuck Schumer, D-N.Y., accused Republicans of caving to pressure from donors.\n"))
    accused = next(a for a in record.attributions if a.cue.text == "accused")
    assert _names(record)[accused.speaker] == "Chuck Schumer"


def test_a_definite_description_picks_up_the_source_it_repeats(pipeline):
    text = ("Border talks\n\n"
            "A senior Ukrainian official, speaking on condition of anonymity, said the talks had stalled.\n\n"
            "\u201cWe are not giving up,\u201d the official said.\n\n"
            "The wife of a man detained in Kherson said she had not heard from him. \u201cI am waiting,\u201d "
            "the woman said.")
    rec = pipeline.process_one(InputDocument(ref="repeat", text=text), published="2025-03-17")
    names = {e.id: e.name for e in rec.entities}
    by_source = {a.source.text: names.get(a.speaker) for a in rec.attributions if a.source}
    assert by_source["A senior Ukrainian official"] == by_source["the official"] == "Ukraine"
    assert by_source.get("the woman") is None


def test_a_relative_clause_between_dashes_is_not_the_chanters(pipeline):
    text = ("Protest\n\nSmall groups of protesters marched around the stadium - where the Lions played the Bears - "
            "while chanting, \u201cNo justice, no peace.\u201d")
    rec = pipeline.process_one(InputDocument(ref="chant", text=text), published="2025-03-17")
    chanted = next(a for a in rec.attributions if a.cue.text == "chanting")
    assert chanted.source.text == "Small groups of protesters"


def test_a_backer_or_a_town_in_a_description_is_not_the_speaker(pipeline):
    text = ("Border clash\n\n"
            "The Northern Liberation Front fired mortars at an army post on Sunday, the army said. "
            "The Kenyan-backed group said it had acted in self-defence.\n\n"
            "A hospital official in Kismayo said four soldiers were wounded. "
            "Officials in Nairobi said the post would be reinforced.")
    rec = _extract(pipeline, "backer", text)
    assert _speaker(rec, "acted in self-defence") == "Northern Liberation Front"
    assert _speaker(rec, "four soldiers were wounded") is None
    assert _speaker(rec, "would be reinforced") in ("Kenya", "Nairobi")  # a capital still speaks


def test_a_content_does_not_end_inside_a_hyphenated_word(pipeline):
    rec = _extract(pipeline, "hyphen", "Truce\n\nThe African Union and the United Nations urged Ethiopia to de-escalate.")
    assert _covering(rec, "de-").content[-1].text.endswith("de-escalate")


def test_an_asked_clause_is_neither_the_quotes_cue_nor_spoken_by_the_one_asked(pipeline):
    text = ("Verdict\n\nThe court spokeswoman Mai Linh rejected the criticism. Asked about the case at a weekly "
            "briefing, she said: \u201cNobody stands above the law.\u201d\n\n"
            "Asked whether the talks would resume, the minister said they would.")
    rec = _extract(pipeline, "asked", text)
    quoted = [a for a in rec.attributions if any("above the law" in c.text for c in a.content)]
    assert [a.cue.text for a in quoted] == ["said"]
    assert _names(rec).get(quoted[0].speaker) == "Mai Linh"
    assert all(a.source is None for a in rec.attributions if a.cue.text.startswith("Asked"))


def test_according_to_closing_a_sentence_covers_every_conjunct(pipeline):
    rec = _extract(pipeline, "according", "Floods\n\nThe floods have destroyed 4,000 homes and displaced more than "
                                          "90,000 people, according to Red Cross figures.")
    att = next(a for a in rec.attributions if a.cue.text.startswith("according"))
    assert att.content[0].text.startswith("The floods have destroyed")


def test_a_verb_the_parse_hung_on_a_reported_clause_is_the_reporters(pipeline):
    rec = _extract(pipeline, "conj", "Talks\n\nThe ministry said the talks were useful and accused Kyiv of stalling.\n\n"
                                     "The party said the result would stand and warned rivals against protests.")
    sources = {a.cue.text: a.source.text for a in rec.attributions if a.source}
    assert "the result" not in sources.values() and "the talks" not in sources.values()
    # Whether the learned filter keeps the conjoined accusation is a close call (0.37 against
    # 0.37 after stop 30's retraining); its source, which this test is about, is the rules'.
    from attributions_helpers import draft

    assert draft("Talks\n\nThe ministry said the talks were useful and accused Kyiv of stalling.\n", "accused")[1] == "The ministry"


def test_the_group_is_not_the_owner_named_beside_it_and_it_is_the_subject_just_before(pipeline):
    text = ("Ambush\n\nSanaag Liberation Front (SLF), al-Shabab's ally in the north, claimed the attack on Monday. "
            "The group said its fighters had killed 12 soldiers.\n\n"
            "The Somali army confirmed the attack but gave no toll. It said troops had killed 30 assailants.")
    rec = _extract(pipeline, "group", text)
    assert _speaker(rec, "its fighters had killed") == "Sanaag Liberation Front"
    assert _speaker(rec, "troops had killed 30") == "Somali military"


def test_the_rebels_are_the_armed_group_named_before(pipeline):
    text = ("Border town\n\nFighters of the Chin National Front overran an army post on Sunday, the group said.\n\n"
            "The junta's air force bombed the town on Monday, residents said.\n\n"
            "The rebels said they would attack again if the army resumed shelling villages.")
    rec = _extract(pipeline, "rebels", text)
    assert _speaker(rec, "would attack again") == "Chin National Front"
    names = _names(rec)
    attack = next(ev for ev in rec.events if ev.trigger.text == "attack")
    assert [names[a] for a in attack.actors] == ["Chin National Front"]


def test_a_relative_adverb_before_the_source_is_no_content(pipeline):
    # The parse hangs "where" on the infinitive here, inside the content of "had hoped".
    text = ("Front line\n\nMilitia fighters have reportedly gained ground in the north, including Chad's Tibesti "
            "region, where N'Djamena had hoped to maintain control over the gold mines as leverage for future "
            "negotiations. The ceasefire broke down in 2021, when army officers believed the war was over.")
    rec = _extract(pipeline, "where", text)
    hoped = _covering(rec, "the gold mines")
    assert hoped.cue.text.endswith("hoped")
    assert [c.text for c in hoped.content] == ["to maintain control over the gold mines as leverage for future negotiations"]
    # The filter's call on "believed" is borderline (0.35 against 0.40 in round 31): the
    # content is tested on the draft.
    assert not draft(text, "believed")[2].startswith("when")


def test_a_free_relative_naming_cue_outranks_a_plain_verb_over_it(pipeline):
    text = ("Strikes\n\nArtillery then shelled what the rebels described as a field hospital near the river. "
            "The union rejected what the owners called a generous offer.")
    rec = _extract(pipeline, "freerel", text)
    att = _covering(rec, "a field hospital")
    assert att.cue.text == "described" and att.source.text == "the rebels"
    assert "shelled" not in [a.cue.text for a in rec.attributions]
    # An attribution verb over the free relative stays the attribution (PolNeAR's outer one).
    assert _covering(rec, "a generous offer").cue.text == "rejected"


def test_a_quoted_charge_in_a_headline_is_not_the_sentenced_persons_quote(pipeline):
    text = ("Blogger sentenced to eight years for 'insulting the nation'\n\n"
            "A court in Baku sentenced the blogger Farid Aliyev on Wednesday, his lawyer said.")
    rec = _extract(pipeline, "charge", text)
    for att in rec.attributions:
        if any("insulting the nation" in c.text for c in att.content):
            assert att.source is None and att.speaker is None


def test_a_person_owning_the_source_noun_is_not_the_speaker(pipeline):
    text = ("Trial\n\nThe poet Ali Rezaei was arrested in Tabriz in May. His lawyer said the charges were invented. "
            "Rezaei's brother told reporters that the family had not seen him.")
    rec = _extract(pipeline, "owner", text)
    assert _speaker(rec, "the charges were invented") != "Ali Rezaei"
    assert _speaker(rec, "had not seen him") != "Ali Rezaei"


def test_a_quote_on_a_passive_conjunct_is_no_ones_words(pipeline):
    text = ("Verdict\n\nOmid Farhadi said last year that he would never stop writing. Farhadi was arrested in May "
            "and sentenced to six years for \u201cpropaganda against the state\u201d.")
    rec = _extract(pipeline, "passive", text)
    for att in rec.attributions:
        if any("propaganda against the state" in c.text for c in att.content):
            assert att.source is None and att.speaker is None


def test_a_that_clause_hung_on_said_in_a_statement_is_the_content(pipeline):
    text = ("Budget\n\nAfter the vote, the treasury said in a statement that the new levy would apply from July. "
            "The union told members in a letter that it would fight the levy in court.")
    rec = _extract(pipeline, "statement", text)
    att = _covering(rec, "would apply from July")
    # PolNeAR keeps "in a statement" right after the verb in the cue (cue_idioms.tsv).
    assert att.cue.text == "said in a statement" and att.source.text == "the treasury"
    assert not any("After the vote" in c.text for a in rec.attributions for c in a.content)
    assert _covering(rec, "fight the levy in court").source.text == "The union"


def test_french_guillemets_with_inner_spaces_quote_the_inverted_subject(pipeline):
    text = ("Strike\n\nThe unions rejected the plan on Monday. \u00ab Nous ne c\u00e9derons pas \u00bb, said a "
            "spokesman for the Belgian interior ministry, Luc Peeters.")
    rec = _extract(pipeline, "guillemets", text)
    att = _covering(rec, "Nous ne c\u00e9derons pas")
    assert [c.text for c in att.content] == ["Nous ne c\u00e9derons pas"]
    assert att.kind == "direct" and att.source.text.startswith("a spokesman for the Belgian interior ministry")
    assert _names(rec)[att.speaker] == "Luc Peeters"


def test_interview_answers_under_a_surname_label_are_that_persons(pipeline):
    text = ("Q&A: the port chief on the strike\n\n"
            "The head of the port authority, Tomas Kiprono, spoke to reporters on Tuesday.\n\n"
            "Q: When will the cranes move again?\n\n"
            "Kiprono: We expect the first ships to be unloaded on Friday. Nobody wants this to last.\n\n"
            "Q: Will the port compensate the shipping lines?\n\n"
            "Kiprono: That is a question for the courts, not for me.")
    rec = _extract(pipeline, "interview", text)
    assert _speaker(rec, "first ships to be unloaded") == "Tomas Kiprono"
    assert _speaker(rec, "a question for the courts") == "Tomas Kiprono"
    assert not any(a.source and a.source.text == "Q&A" for a in rec.attributions)  # a format label


def test_a_pronoun_continues_the_speaker_not_a_woman_inside_her_reported_clause(pipeline):
    text = ("Resignation\n\nThe mayor, Anna Lindqvist, stepped down on Friday. Her deputy, Karin Holm, told the council "
            "that Lindqvist had wanted to leave for months. She said the party would choose a successor in June.")
    rec = _extract(pipeline, "pronoun", text)
    assert _speaker(rec, "choose a successor in June") == "Karin Holm"


def test_a_participle_between_commas_does_not_hide_the_source(pipeline):
    text = ("Inquiry\n\nInterior ministry spokesman Henrik Dahl, asked about the leak at a weekly briefing, said the "
            "police had opened an inquiry.")
    rec = _extract(pipeline, "interposed", text)
    att = _covering(rec, "opened an inquiry")
    assert att.source is not None and att.source.text.endswith("Henrik Dahl")
    assert not any("asked about the leak" in c.text for c in att.content)


def test_a_date_between_the_subject_and_the_verb_is_not_in_the_source(pipeline):
    text = ("Election\n\nMalawi's main opposition leader on Tuesday said the count had been manipulated. "
            "A panel of African Union election observers late Wednesday urged calm. "
            "A survey on Monday found most voters wanted a recount.")
    rec = _extract(pipeline, "date-source", text)
    assert _covering(rec, "had been manipulated").source.text == "Malawi's main opposition leader"
    assert _covering(rec, "had been manipulated").speaker is None  # not Malawi: the opposition
    assert _covering(rec, "calm").source.text == "A panel of African Union election observers"


def test_people_in_a_city_are_not_the_city_and_only_a_states_organs_speak_for_its_capital(pipeline):
    text = ("Summit\n\nDiplomats in Vienna said the talks would resume in March. Analysts in Paris said the deal "
            "was fragile. Officials in Nairobi said the border would stay open.")
    rec = _extract(pipeline, "in-city", text)
    assert _speaker(rec, "would resume in March") is None
    assert _speaker(rec, "the deal was fragile") is None
    assert _speaker(rec, "would stay open") in ("Kenya", "Nairobi")


def test_called_on_someone_to_act_is_one_attribution_with_both_in_the_content(pipeline):
    # The parse of the first sentence hangs "called" on the subject and makes the infinitive
    # the sentence's root; "release … journalists" was read as a light-verb cue phrase.
    text = ("Detained reporters\n\nA panel of Council of Europe press freedom experts on Tuesday called on "
            "Belarus's government to immediately release at least 30 journalists held in jails across the country, "
            "saying the arrests breached international law.\n\n"
            "The union called on the ministry to reopen the talks.")
    rec = _extract(pipeline, "called-on", text)
    att = _covering(rec, "30 journalists")
    assert att.cue.text == "called on"
    assert [c.text for c in att.content] == [
        "Belarus's government to immediately release at least 30 journalists held in jails across the country"]
    assert not any(a.cue.text.startswith("to ") or "journalists" in a.cue.text for a in rec.attributions)
    assert [c.text for c in _covering(rec, "reopen the talks").content] == ["the ministry to reopen the talks"]


def test_a_conjunct_of_the_reported_clause_stays_in_the_content(pipeline):
    text = ("Trial\n\nThe defence lawyer said the students had been charged under broadly worded laws and denied "
            "access to lawyers. A court spokeswoman said the trial was fair and the court did not comment on "
            "pending appeals.")
    rec = _extract(pipeline, "conjunct", text)
    assert _covering(rec, "broadly worded laws").content[-1].text.endswith("denied access to lawyers")
    assert _covering(rec, "the trial was fair").content[-1].text.endswith("did not comment on pending appeals")
    assert len([a for a in rec.attributions if a.cue.text == "said"]) == 2


def test_a_subject_the_parse_hung_inside_a_fronted_phrase_is_the_source(pipeline):
    text = ("Detentions\n\nIn a joint letter published in Vienna, the rapporteurs, including the OSCE media "
            "representative, Jan Braathu, said reporters had been detained without trial.")
    rec = _extract(pipeline, "apposition", text)
    att = _covering(rec, "detained without trial")
    assert att.source is not None and att.source.text.startswith("the rapporteurs")
    assert _names(rec).get(att.speaker) != "Jan Braathu"  # a member named, not the group


def test_the_one_urged_to_act_is_in_the_content(pipeline):
    rec = _extract(pipeline, "urged", "Strike\n\nThe minister urged both unions to return to the negotiating table.")
    assert [c.text for c in _covering(rec, "negotiating table").content] == [
        "both unions to return to the negotiating table"]
