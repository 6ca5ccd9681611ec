"""End-to-end behaviour on the project's own example articles."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.ingest.document import InputDocument


def _spans(record):
    text = record.article.text
    for e in record.entities:
        for m in e.mentions:
            yield "mention", m.start, m.end, m.text
    for a in record.attributions:
        for part in [a.source, a.cue, *a.content]:
            if part is not None:
                yield "attribution", part.start, part.end, part.text
    for v in record.events:
        yield "trigger", v.trigger.start, v.trigger.end, v.trigger.text
        assert 0 <= v.sentence.start <= v.trigger.start < v.trigger.end <= v.sentence.end <= len(text)
    for x in [*record.amounts, *record.dates]:
        yield "amount/date", x.start, x.end, x.text
    for loc in record.locations:
        yield "location", loc.start, loc.end, None


def test_every_offset_points_at_its_words(example_records):
    for name, record in example_records.items():
        text = record.article.text
        for kind, start, end, words in _spans(record):
            assert 0 <= start < end <= len(text), (name, kind, start, end)
            if words is not None:
                assert text[start:end] == words, (name, kind, words)


def test_references_resolve(example_records):
    for record in example_records.values():
        ids = {e.id for e in record.entities}
        assert len(ids) == len(record.entities)
        for a in record.attributions:
            assert a.speaker is None or a.speaker in ids
        for v in record.events:
            assert set(v.actors) <= ids and set(v.recipients) <= ids
        for c in record.role_changes:
            assert {c.old, c.new, c.by} - {None} <= ids


def test_people_are_named_in_full(example_records):
    rec = example_records["01-baltic-talks.txt"]
    people = {e.name: e for e in rec.entities if e.type == "PERSON"}
    assert "Aino Lehtinen" in people and "Lehtinen" not in people
    lehtinen = people["Aino Lehtinen"]
    assert lehtinen.country == "FIN"
    assert any(r.title == "Foreign Minister" for r in lehtinen.roles)
    assert len(lehtinen.mentions) >= 3  # full name, surname, pronoun


def test_quote_split_around_cue_has_one_speaker(example_records):
    rec = example_records["01-baltic-talks.txt"]
    names = {e.id: e.name for e in rec.entities}
    direct = [a for a in rec.attributions if a.kind == "direct"]
    # A quote continued after its cue is one attribution (PolNeAR joins the parts).
    by_text = {part.text[:20]: (a.id, names.get(a.speaker)) for a in direct for part in a.content}
    assert by_text["We have lost three mo"[:20]][1] == "Aino Lehtinen"
    assert by_text["Today we decided to t"[:20]] == by_text["We have lost three mo"[:20]]
    assert by_text["The question is not w"[:20]][1] == "Petra Korhonen"


def test_relative_dates_resolve_against_published(example_records):
    rec = example_records["01-baltic-talks.txt"]  # published Wednesday 2025-04-02
    tuesday = next(d for d in rec.dates if d.text == "Tuesday")
    assert (tuesday.value, tuesday.resolution) == ("2025-04-01", "day")


def test_attack_amounts(example_records):
    rec = example_records["02-border-strikes.txt"]
    amounts = {(a.value, a.unit) for a in rec.amounts}
    assert (45, "drones") in amounts
    assert (4, "regions") in amounts


def test_html_example(example_records):
    rec = example_records["07-aid-pledge.html"]
    art = rec.article
    assert art.title == "Donors Pledge $800 Million for Flood Recovery in Pakistan"
    assert art.text.startswith(art.title + "\n\n")
    assert art.published == "2025-08-14"
    assert "Reader One" not in art.text  # comments excluded
    assert art.input_offset is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300))
def test_arbitrary_text_never_crashes(pipeline, text):
    record = pipeline.process_one(InputDocument(ref="h", text=text))
    if record.error is not None:
        assert record.error.kind in {"empty", "binary"}
    else:
        assert text.find(record.article.text) >= 0


def _event_records(pipeline, example_records):
    """The example articles, the seed article (when ../shared is there) and tests/data."""
    from pathlib import Path

    from newsgraph.ingest import iter_path_documents

    from conftest import SHARED

    records = dict(example_records)
    paths = [Path(__file__).parent / "data"]
    if (SHARED / "seed").exists():
        paths.append(SHARED / "seed")
    for o in pipeline.process(list(iter_path_documents(paths, max_bytes=2_000_000)), published="2025-03-17"):
        records[o.record.ref] = o.record
    return records


def test_events_point_at_their_words(pipeline, example_records):
    """Every event's trigger and sentence offsets point at the words it came from."""
    from newsgraph.extract.events import score_of

    records = _event_records(pipeline, example_records)
    assert sum(len(r.events) for r in records.values()) > 40
    for name, record in records.items():
        text = record.article.text
        assert [v.id for v in record.events] == [f"V{n}" for n in range(1, len(record.events) + 1)]
        for v in record.events:
            sentence = text[v.sentence.start:v.sentence.end]
            assert text[v.trigger.start:v.trigger.end] == v.trigger.text, (name, v)
            assert v.trigger.text.strip() == v.trigger.text and v.trigger.text.isalpha() or "-" in v.trigger.text
            assert v.sentence.start <= v.trigger.start and v.trigger.end <= v.sentence.end, (name, v)
            assert sentence == sentence.strip() and sentence, (name, v)
            assert "\n" not in sentence.strip("\n"), (name, "a sentence never crosses a paragraph")
            for q in v.quantities:
                assert q.text in sentence, (name, q)
            if v.date is not None:
                assert v.date.text in sentence, (name, v.date)
            assert v.score == score_of(v.type, v.mode)
            assert v.actors or v.recipients
