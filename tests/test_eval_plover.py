"""The PLOVER scoring (newsgraph eval plover) on a small gold file of our own, and on dev."""

import json

import pytest

from conftest import shared_path
from newsgraph.eval.plover import LEGACY, GoldActor, Score, found, load_gold, split_of
from newsgraph.extract.events import plover_category
from newsgraph.record import Event, SentenceSpan, Span

GOLD = [
    {"id": "T-1", "event": "DOCUMENT", "eventText": "header"},
    {"id": "T-2", "event": "FIGHT", "text": "Sudanese troops shelled rebel positions near Kadugli on Sunday.",
     "source": [{"actorText": "Sudanese troops", "code": "SDN", "sector": "MIL"}], "target": ""},
    {"id": "T-3", "event": "DEMAND", "text": "Peru demanded that Chile return the fishing boats.",
     "source": [{"actorText": "Peru", "code": "PER"}], "target": [{"actorText": "Chile", "code": "CHL"}]},
    {"id": "T-4", "event": "AGREE", "text": "Kenya's president will meet Uganda's leader in Kampala on Friday.",
     "source": [{"actorText": "Kenya's president", "code": "KEN", "sector": "GOV"}],
     "target": [{"actorText": "Uganda's leader", "code": "UGA"}]},
]


def _event(type_, status="happened"):
    return Event(id="V1", type=type_, status=status, trigger=Span(start=0, end=1, text="x"),
                 sentence=SentenceSpan(start=0, end=1))


def test_load_gold_maps_legacy_labels_and_skips_documents(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD))
    gold = load_gold(path)
    assert [g.type for g in gold] == ["ASSAULT", "REQUEST", "AGREE"]
    assert gold[0].recipients == []  # a malformed target counts as none
    assert LEGACY["DISAPPROVE"] == "ACCUSE" and LEGACY["INVESTIGATE"] == "ACCUSE"
    assert {split_of(g.id) for g in gold} <= {"tune", "check"}
    assert split_of("T-2") == split_of("T-2")


@pytest.mark.parametrize("type_, status, category", [
    ("CONSULT", "planned", "AGREE"), ("AID", "hypothetical", "AGREE"), ("RETREAT", "planned", "CONCEDE"),
    ("ASSAULT", "planned", "THREATEN"), ("AGREE", "negated", "REJECT"), ("ASSAULT", "negated", None),
    ("ACCUSE", "happened", "ACCUSE"), ("CONSULT", "happened", "CONSULT"),
])
def test_plover_category(type_, status, category):
    assert plover_category(_event(type_, status)) == category


def test_scoring_on_our_gold(tmp_path, pipeline):
    from newsgraph.eval.plover import evaluate

    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD))
    result = evaluate(path, pipeline)
    assert result.all.sentences == 3
    assert result.tune.sentences + result.check.sentences == 3
    # A future meeting is AGREE in PLOVER (manual 3.2.1): coded CONSULT + planned.
    assert result.all.correct == 3, result.all.confusions
    assert result.all.actor_recall == 1.0


def test_found_by_code_or_by_overlap(pipeline):
    from newsgraph.ingest.document import InputDocument

    rec = pipeline.process_one(InputDocument(ref="x", text="Serbia's parliament rejected the plan.", title=""), clean=False)
    serbia = next(e.id for e in rec.entities if e.country == "SRB")
    assert found(GoldActor("Serbian parliament", "SRB"), [serbia], rec)
    assert found(GoldActor("Serbia", "IGO"), [serbia], rec)  # by the words
    assert not found(GoldActor("Croatian parliament", "HRV"), [serbia], rec)
    s = Score()
    s.add(load_gold_item(), rec)
    assert s.sentences == 1


def load_gold_item():
    from newsgraph.eval.plover import GoldSentence

    return GoldSentence(id="x", text="", type="REJECT", actors=[GoldActor("Serbia", "SRB")], recipients=[])


@pytest.mark.slow
def test_dev_scores(run_cli):
    path = shared_path("data", "plover_gsr", "dev.json")
    code, out, _ = run_cli("eval", "plover", str(path))
    assert code == 0
    row = next(line.split() for line in out.splitlines() if line.startswith("all "))
    accuracy, actors, recipients = map(float, row[2:5])
    assert accuracy >= 0.70 and actors >= 0.70 and recipients >= 0.55
    assert "most frequent confusions" in out
