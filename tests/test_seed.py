"""The seed article (../shared/seed/article.txt): what the Foundation promises on it."""

import pytest

from conftest import records_from, shared_path


@pytest.fixture(scope="module")
def seed_record(pipeline):
    from newsgraph.ingest.paths import read_file

    doc = read_file(shared_path("seed", "article.txt"), 2_000_000)
    return pipeline.process_one(doc, published="2025-03-17")


def test_text_stops_before_sidebar(seed_record):
    text = seed_record.article.text
    assert text.rstrip().endswith(".")
    assert not any("Comments" == line.strip() for line in text.splitlines())
    assert {r.kind for r in seed_record.article.removed} >= {"related-headlines"}


def test_people_have_full_names(seed_record):
    people = [e for e in seed_record.entities if e.type == "PERSON"]
    assert people
    names = {e.name for e in people}
    for e in people:
        # No person is known only by a surname that another person's full name ends with.
        assert not any(other != e.name and other.endswith(" " + e.name) for other in names)
    assert sum(1 for e in people if len(e.name.split()) >= 2) >= 9


def test_quotes_carry_speakers(seed_record):
    direct = [a for a in seed_record.attributions if a.kind == "direct"]
    assert len(direct) >= 4
    assert all(a.speaker for a in direct)
