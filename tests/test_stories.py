"""Stories: near-duplicate groups, developing stories over time, events merged across reports."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from scale_corpus import FOLLOW_UP, SECOND_FOLLOW_UP, UNRELATED, WIRE_BODY, republished, text_doc

from newsgraph.ingest.document import InputDocument
from newsgraph.scale.stories import IndexEntry, StoryIndex, event_entries
from newsgraph.scale.writer import index_story, write_record
from newsgraph.store import Store


def corpus() -> list[InputDocument]:
    docs = [InputDocument(ref="wire", text=text_doc("River authority orders evacuations on the Senn", WIRE_BODY),
                          published="2025-03-03", source="Wire Agency")]
    for n in range(4):
        docs.append(InputDocument(ref=f"copy{n}", text=republished(n), published="2025-03-03" if n < 2 else "2025-03-04",
                                  url=f"https://www.site{n}.example/news/{n}"))
    docs.append(InputDocument(ref="follow", text=text_doc("Levee breaks on the Senn", FOLLOW_UP),
                              published="2025-03-04", source="Valley Times"))
    docs.append(InputDocument(ref="follow2", text=text_doc("Villagers return as Senn flood recedes", SECOND_FOLLOW_UP),
                              published="2025-03-06", source="Valley Times"))
    for n, (title, body) in enumerate(UNRELATED):
        docs.append(InputDocument(ref=f"other{n}", text=text_doc(title, body), published="2025-03-04", source="Other Paper"))
    return docs


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("stories") / "s.db"
    store = Store(f"sqlite:///{db}")
    records = {}
    placements = {}
    for outcome in pipeline.process(corpus()):
        record = outcome.record
        assert record.error is None, record.error
        write_record(store, record)
        placements[record.ref] = index_story(store, record)
        records[record.ref] = record
    yield store, records, placements, f"sqlite:///{db}"
    store.close()


def test_republished_copies_form_one_duplicate_group(indexed):
    _, records, placements, _ = indexed
    wire = placements["wire"]
    assert wire.duplicate_of is None and wire.dup_group == records["wire"].article.id
    for n in range(4):
        p = placements[f"copy{n}"]
        assert p.dup_group == wire.dup_group, n
        assert p.story_id == wire.story_id
        assert p.similarity >= 0.6


def test_follow_ups_join_the_story_but_not_the_duplicate_group(indexed):
    _, _, placements, _ = indexed
    wire = placements["wire"]
    for ref in ("follow", "follow2"):
        assert placements[ref].story_id == wire.story_id, ref
        assert placements[ref].dup_group != wire.dup_group
        assert placements[ref].duplicate_of is None


def test_unrelated_articles_are_their_own_stories(indexed):
    _, _, placements, _ = indexed
    stories = {placements["wire"].story_id, placements["other0"].story_id, placements["other1"].story_id}
    assert len(stories) == 3


def test_timeline_folds_copies_and_counts_sources(indexed):
    store, _, placements, _ = indexed
    timeline = StoryIndex(store.engine).timeline(placements["wire"].story_id)
    assert [a["published"] for a in timeline["articles"]] == sorted(a["published"] for a in timeline["articles"])
    assert len(timeline["articles"]) == 3  # the wire story (5 copies) and two follow-ups
    wire = next(a for a in timeline["articles"] if a["copies"] > 1)
    assert wire["copies"] == 5
    assert sorted(wire["sources"]) == sorted(["Wire Agency"] + [f"site{n}.example" for n in range(4)])
    assert timeline["first"] == "2025-03-03" and timeline["last"] == "2025-03-06"


def test_an_event_reported_by_several_articles_is_one_event_with_all_its_mentions(indexed):
    store, records, placements, _ = indexed
    story_id = placements["wire"].story_id
    in_story = [ref for ref, p in placements.items() if p.story_id == story_id]
    # Expected from the records themselves: group every event of the story by its key.
    expected: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for ref in in_story:
        for ev in event_entries(records[ref]):
            expected[ev.key].add((records[ref].article.id, ev.local_id))
    timeline = StoryIndex(store.engine).timeline(story_id)
    got = {frozenset((m["article_id"], m["event"]) for m in e["mentions"]) for e in timeline["events"]}
    assert got == {frozenset(v) for v in expected.values()}
    assert len(timeline["events"]) == len(expected)
    total_mentions = sum(len(records[ref].events) for ref in in_story)
    assert sum(e["num_mentions"] for e in timeline["events"]) == total_mentions
    if records["wire"].events:  # identical copies report the same events: counted once, five reports
        assert max(e["num_articles"] for e in timeline["events"]) >= 4
        assert len(timeline["events"]) < total_mentions


def test_indexing_again_changes_nothing(indexed):
    store, records, placements, _ = indexed
    index = StoryIndex(store.engine)
    before = index.count_indexed(), index.list_stories(limit=100)
    for ref, record in records.items():
        again = index.index_record(record)
        assert again.new is False and again.story_id == placements[ref].story_id
    assert (index.count_indexed(), index.list_stories(limit=100)) == before


def test_stories_and_story_commands(indexed, run_cli):
    _, _, placements, db = indexed
    code, out, _ = run_cli("stories", "--db", db, "--json")
    assert code == 0
    rows = json.loads(out)
    top = next(r for r in rows if r["id"] == placements["wire"].story_id)
    assert top["articles"] == 7 and top["distinct_articles"] == 3 and top["sources"] == 6
    code, out, _ = run_cli("story", str(top["id"]), "--db", db, "--json")
    assert code == 0 and json.loads(out)["id"] == top["id"]
    code, out, _ = run_cli("story", str(top["id"]), "--db", db)
    assert code == 0 and "Senn" in out
    code, _, err = run_cli("story", "9999", "--db", db)
    assert code == 1 and "no story" in err


def _entry(aid: str, published: str, terms: dict[str, float]) -> IndexEntry:
    return IndexEntry(article_id=aid, title=aid, published=published, source=None, signature=None, terms=terms)


def test_a_story_goes_cold_after_its_window(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        index = StoryIndex(store.engine)
        terms = {"e:tomas brenner": 0.6, "w:senn": 0.6, "w:levee": 0.53}
        first = index.index(_entry("a" * 64, "2025-03-03", terms))
        near = index.index(_entry("b" * 64, "2025-03-05", terms))
        late = index.index(_entry("c" * 64, "2025-05-20", terms))
        assert near.story_id == first.story_id
        assert late.story_id != first.story_id


def test_events_with_the_same_key_merge_across_articles_of_a_story(tmp_path):
    from newsgraph.scale.stories import EventEntry

    terms = {"e:valdora": 0.7, "w:evacuation": 0.7}
    evac = dict(key="k-evacuate", type="COERCE", status="happened", date_value="2025-03-03",
                actors="Valdora river authority", recipients="")
    aid = dict(key="k-aid", type="AID", status="happened", date_value="2025-03-03", actors="interior ministry",
               recipients="Valdora")
    with Store(f"sqlite:///{tmp_path / 'e.db'}") as store:
        index = StoryIndex(store.engine)
        a = _entry("a" * 64, "2025-03-03", terms)
        a.source = "Paper A"
        a.events = [EventEntry(local_id="V1", **evac), EventEntry(local_id="V2", **aid)]
        b = _entry("b" * 64, "2025-03-04", terms)
        b.source = "Paper B"
        b.events = [EventEntry(local_id="V3", **evac)]
        c = _entry("c" * 64, "2025-03-04", terms)
        c.source = "Paper B"
        c.events = [EventEntry(local_id="V1", **evac)]
        story = index.index(a).story_id
        assert index.index(b).story_id == story and index.index(c).story_id == story
        events = {e["type"]: e for e in index.timeline(story)["events"]}
        assert set(events) == {"COERCE", "AID"}
        assert events["COERCE"]["num_mentions"] == 3
        assert events["COERCE"]["num_articles"] == 3
        assert events["COERCE"]["num_sources"] == 2
        assert events["COERCE"]["first_reported"] == "2025-03-03"
        assert events["AID"]["num_mentions"] == 1


# -- a replaced article leaves its story's centroid ------------------------------------------

def _record(title: str, body: str, published: str, url: str | None = None):
    """A record with no entities: its story terms are its headline and lead words."""
    from newsgraph.record import Article, Record, article_id

    text = f"{title}\n\n{body}"
    return Record(ref=title, article=Article(id=article_id(text), title=title, text=text, published=published, url=url))


def _story_row(store: Store, story_id: int) -> tuple[dict, dict[str, float], set[str]]:
    """A story's row, its centroid and the terms the inverted index files it under."""
    from sqlalchemy import select

    from newsgraph.scale.tables import stories, story_terms

    with store.engine.connect() as conn:
        row = conn.execute(select(stories).where(stories.c.id == story_id)).one()
        filed = set(conn.execute(select(story_terms.c.term).where(story_terms.c.story_id == story_id)).scalars())
    return dict(row._mapping), json.loads(row.terms), filed


def _indexed_alone(tmp_path, name: str, records) -> tuple[dict, dict[str, float], set[str]]:
    """The story ``records`` make when they are the only articles ever indexed, in this order."""
    with Store(f"sqlite:///{tmp_path / name}") as store:
        story_ids = set()
        for record in records:
            write_record(store, record)
            story_ids.add(index_story(store, record).story_id)
        assert len(story_ids) == 1
        return _story_row(store, story_ids.pop())


DAM_URL = "https://valley.example/news/kessel-dam"
DAM = _record("Kessel dam spillway opened as Senn river floods",
              "Engineers opened the spillway of the Kessel dam on Monday as the Senn river rose above the flood mark. "
              "The reservoir behind the dam reached its highest level since the turbines were installed, and the "
              "hydropower company shut two generators. Engineers said the spillway gates would stay open for days.",
              "2025-03-03", url=DAM_URL)
# The same page later: the dam paragraphs gone, the story now about the evacuation.
DAM_REWRITTEN = _record("Senn river floods force evacuation of villages",
                        "Residents of four villages on the Senn river were evacuated on Monday as the flood "
                        "water rose. Boats carried families to schools in Marlo, and the river authority said "
                        "soldiers would guard the empty villages.", "2025-03-03", url=DAM_URL)
VILLAGES = _record("Senn river floods villages near Brenik",
                   "Flood water from the Senn river covered farmland and villages near Brenik on Tuesday. Soldiers "
                   "filled sandbags along the levee and boats carried residents to schools in Marlo. The river "
                   "authority said the flood would recede by Thursday.", "2025-03-04")
# Another site's telling of the dam report (the old version's news), a day later.
DAM_RETOLD = _record("Spillway of Kessel dam opened, generators shut",
                     "The hydropower company shut two generators at the Kessel dam on Monday and engineers opened its "
                     "spillway as the water rose above the mark. The reservoir had reached its highest level since the "
                     "turbines were installed. The spillway gates will stay open for days, the engineers said.",
                     "2025-03-04")


def test_a_replaced_article_leaves_its_story_centroid(tmp_path):
    from collections import Counter

    from newsgraph.scale.stories import STORY_THRESHOLD, article_terms, cosine
    from newsgraph.scale.writer import unindex_stories

    with Store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        for record in (DAM, VILLAGES):
            write_record(store, record)
        story_id = index_story(store, DAM).story_id
        assert index_story(store, VILLAGES).story_id == story_id

        # The page changes (ingest --replace: store, take out of the index, place again).
        result = store.replace_record(DAM_REWRITTEN)
        assert result.replaced == (DAM.article.id,)
        unindex_stories(store, result.replaced)
        row, centroid, filed = _story_row(store, story_id)
        alone, alone_centroid, alone_filed = _indexed_alone(tmp_path, "villages.db", [VILLAGES])
        assert centroid == alone_centroid and filed == alone_filed
        assert set(centroid) == set(article_terms(VILLAGES))
        assert (row["title"], row["first_published"], row["last_published"], row["article_count"]) == (
            alone["title"], alone["first_published"], alone["last_published"], 1)

        assert index_story(store, DAM_REWRITTEN).story_id == story_id
        _, centroid, filed = _story_row(store, story_id)
        _, expected, expected_filed = _indexed_alone(tmp_path, "rewritten.db", [VILLAGES, DAM_REWRITTEN])
        assert centroid == expected and filed == expected_filed

        # A report of what only the old version said would have joined the story while the
        # old version's terms stayed in its centroid; now it starts a story of its own.
        kept_old_terms = Counter()
        for record in (DAM, VILLAGES, DAM_REWRITTEN):
            kept_old_terms.update(article_terms(record))
        assert cosine(article_terms(DAM_RETOLD), kept_old_terms) >= STORY_THRESHOLD
        write_record(store, DAM_RETOLD)
        assert index_story(store, DAM_RETOLD).story_id != story_id


def _numbered_words(tag: str, n: int) -> str:
    return " ".join(f"{tag}{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(n))


def test_unindex_gives_the_centroid_of_the_rest_even_past_the_term_limit(tmp_path):
    """Three articles of 30 terms each, four shared: the centroid is cut to its 60 heaviest
    terms after the third. Without the first, the other two fit whole, as when indexed alone
    (taking the first's terms away from the cut centroid would lose 22 of the third's)."""
    from newsgraph.scale.stories import STORY_TERMS, article_terms

    records = [_record("Senn flood levee breach", _numbered_words(tag, 26), "2025-03-04")
               for tag in ("kessel", "brenik", "marlo")]
    assert all(len(article_terms(r)) == 30 for r in records)
    with Store(f"sqlite:///{tmp_path / 'cut.db'}") as store:
        for record in records:
            write_record(store, record)
        story_ids = {index_story(store, r).story_id for r in records}
        assert len(story_ids) == 1
        story_id = story_ids.pop()
        assert len(_story_row(store, story_id)[1]) == STORY_TERMS
        StoryIndex(store.engine).unindex([records[0].article.id])
        _, centroid, filed = _story_row(store, story_id)
    _, expected, expected_filed = _indexed_alone(tmp_path, "rest.db", records[1:])
    assert len(expected) == 56
    assert centroid == expected and filed == expected_filed
