"""The PolNeAR scorer: brat reading, matching, averaging over annotators, the command."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from newsgraph.eval.polnear import (
    Attribution,
    GoldText,
    SpanSet,
    WordIndex,
    is_direct_quote,
    parse_ann,
    read_compartment,
    score_compartment,
    score_text,
)

TEXT = ("Pact Talks Stall\n\n"
        "The minister said the pact was dead. “We will try again,” she added, “but not this year.”\n"
        "According to the agency, exports fell.\n")


def at(words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return start, start + len(words)


def ann_line(tid: str, kind: str, *spans: tuple[int, int]) -> str:
    frags = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{kind} {frags}\t{' '.join(TEXT[s:e] for s, e in spans)}"


GOLD_ANN = "\n".join([
    ann_line("T1", "Source", at("The minister")),
    ann_line("T2", "Cue", at("said")),
    ann_line("T3", "Content", at("the pact was dead")),
    ann_line("T4", "Attribution", at("said")),
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    ann_line("T5", "Source", at("she")),
    ann_line("T6", "Cue", at("added")),
    ann_line("T7", "Content", at("“We will try again,”"), at("“but not this year.”")),
    ann_line("T8", "Attribution", at("added")),
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    ann_line("T9", "Cue", at("According to")),
    ann_line("T10", "Content", at("exports fell")),
    ann_line("T11", "Attribution-no-source", at("According to")),
    "E3\tAttribution-no-source:T11 Content:T10 Cue:T9",
    "#1\tAnnotatorNotes T3\ta note that is not an annotation",
    "a stray line of text",
    "T12\tDiscard 0 4\tPact",
])


def gold() -> list[Attribution]:
    return parse_ann(GOLD_ANN)


def test_parse_ann_reads_attributions_and_skips_the_rest():
    attributions = gold()
    assert len(attributions) == 3
    first, second, third = attributions
    assert TEXT[first.source.fragments[0][0]:first.source.fragments[0][1]] == "The minister"
    assert len(second.content.fragments) == 2  # a quote split around its cue
    assert third.source is None and third.cue is not None


def test_perfect_predictions_score_one():
    scores = score_text(TEXT, gold(), gold())
    data = scores.as_dict()
    for role in ("source", "cue", "content"):
        for measure in ("exact", "token", "overlap"):
            assert data[role][measure]["f1"] == 1.0
    assert data["attribution"]["f1"] == 1.0
    assert data["direct_quote_speaker"] == {"accuracy": 1.0, "correct": 1.0, "quotes": 1.0}


def test_no_predictions_score_zero():
    data = score_text(TEXT, [], gold()).as_dict()
    assert data["content"]["token"]["recall"] == 0.0
    assert data["content"]["token"]["gold"] == 3
    assert data["direct_quote_speaker"]["accuracy"] == 0.0


def test_token_overlap_is_proportional_and_exact_is_strict():
    half = Attribution(cue=SpanSet((at("said"),)), content=SpanSet((at("the pact"),)),
                       source=SpanSet((at("minister"),)))
    data = score_text(TEXT, [half], gold()[:1]).as_dict()
    # "the pact" is 2 of the 4 words of "the pact was dead": all of it is right, half is found.
    assert data["content"]["token"]["precision"] == 1.0
    assert data["content"]["token"]["recall"] == 0.5
    assert data["content"]["exact"]["f1"] == 0.0
    assert data["content"]["overlap"]["f1"] == 1.0
    assert data["source"]["token"]["recall"] == 0.5
    assert data["cue"]["exact"]["f1"] == 1.0
    assert data["attribution"]["f1"] == 1.0  # cue, source and content (Dice 2/3) all match


def test_punctuation_is_ignored_but_a_colon_cue_counts():
    words = WordIndex(TEXT)
    assert words.words(SpanSet((at("“We will try again,”"),))) == words.words(SpanSet((at("We will try again"),)))
    colon = SpanSet((at(".", 0),))
    assert words.words(colon) and not words.words(colon) & words.words(SpanSet((at("dead"),)))


def test_speaker_of_a_quote_without_source_span_is_judged_by_its_entity():
    quote = gold()[1]
    by_entity = Attribution(cue=None, content=quote.content, source=None, speaker_mentions=(at("she"),))
    wrong_entity = Attribution(cue=None, content=quote.content, source=None, speaker_mentions=(at("The minister"),))
    assert score_text(TEXT, [by_entity], [quote]).speaker.value == 1.0
    assert score_text(TEXT, [wrong_entity], [quote]).speaker.value == 0.0
    # Another source span, but the speaker entity is mentioned by the gold source: right.
    other_span = Attribution(cue=None, content=quote.content, source=SpanSet((at("The minister"),)),
                             speaker_mentions=(at("she"),))
    assert score_text(TEXT, [other_span], [quote]).speaker.value == 1.0


def test_direct_quote_detection():
    assert is_direct_quote(TEXT, gold()[1].content)
    assert not is_direct_quote(TEXT, gold()[0].content)
    assert not is_direct_quote(TEXT, None)


def test_annotators_share_the_weight_of_their_text():
    one, two = gold(), gold()[:1]
    text = GoldText("t", TEXT, {"a": one, "b": two})
    predicted = {"t": gold()[:1]}
    scores = score_compartment([text], predicted)
    cue = scores.roles[("cue", "exact")]
    # Annotator a: 1 of 3 found; annotator b: 1 of 1. Averaged counts: gold 2, found 1.
    assert cue.gold == pytest.approx(2.0)
    assert cue.recall == pytest.approx(0.5)
    assert cue.precision == pytest.approx(1.0)
    assert scores.texts == 1 and scores.annotations == 2


def _compartment(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "pact.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "pact_ab12.ann").write_text(GOLD_ANN, encoding="utf-8")
    (tmp_path / "attributions" / "pact_cd34.ann").write_text(GOLD_ANN, encoding="utf-8")
    (tmp_path / "attributions" / "orphan_ab12.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_read_compartment(tmp_path):
    texts = read_compartment(_compartment(tmp_path))
    assert [t.name for t in texts] == ["pact"]
    assert sorted(texts[0].annotations) == ["ab12", "cd34"]
    with pytest.raises(FileNotFoundError):
        read_compartment(tmp_path / "nowhere")


def test_eval_command(run_cli, tmp_path):
    directory = _compartment(tmp_path)
    code, out, _ = run_cli("eval", "polnear", str(directory), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["texts"] == 1 and data["annotations"] == 2
    assert data["cue"]["exact"]["gold"] == 3
    assert 0.0 <= data["content"]["token"]["f1"] <= 1.0
    code, out, _ = run_cli("eval", "polnear", str(directory))
    assert code == 0 and "direct-quote speaker accuracy" in out and "content" in out
    code, _, err = run_cli("eval", "polnear", str(tmp_path / "missing"))
    assert code == 2 and "error" in err


@pytest.mark.shared
def test_polnear_dev_sample():
    directory = shared_path("data", "polnear", "dev")
    texts = read_compartment(directory, limit=4)
    # Gold against itself is perfect on real annotations too (discontinuous spans, notes).
    perfect = score_compartment(texts, {t.name: next(iter(t.annotations.values())) for t in texts})
    single = [t for t in texts if len(t.annotations) == 1]
    if len(single) == len(texts):
        assert perfect.roles[("content", "exact")].f1 == 1.0
        assert perfect.attribution.f1 == 1.0
    from newsgraph.eval.polnear import evaluate

    run = evaluate(directory, limit=4)
    assert run.scores.texts == 4
    for key, counts in run.scores.roles.items():
        assert 0.0 <= counts.f1 <= 1.0, key
    # Far from chance on real news: most content words of the gold are found.
    assert run.scores.roles[("content", "token")].f1 > 0.5
    assert run.scores.roles[("cue", "overlap")].f1 > 0.5


def test_annotator_agreement_is_symmetric():
    from newsgraph.eval.polnear import agreement

    same = GoldText("t", TEXT, {"a": gold(), "b": gold()})
    assert agreement([same]).roles[("content", "exact")].f1 == 1.0
    differ = GoldText("t", TEXT, {"a": gold(), "b": gold()[:1]})
    cue = agreement([differ]).roles[("cue", "exact")]
    assert cue.precision == cue.recall == pytest.approx(2 / 4)  # 1 of 3 one way, 1 of 1 the other
    single = GoldText("u", TEXT, {"a": gold()})
    assert agreement([single]).texts == 0
