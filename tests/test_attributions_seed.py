"""Every quoted passage of the seed article has the right speaker.

The extractor knows nothing of these names: the rules are general (see
src/newsgraph/extract/attributions.py); this test only reads their result on the seed.
"""

import pytest

from conftest import shared_path

# Words inside each quotation of the seed → the speaker's entity name (or a part of it).
EXPECTED = [
    ("dividing up certain assets” between", "Donald Trump"),
    ("I think we’ll be talking about land", "Donald Trump"),  # "… ,” he said.
    ("We have already discussed a lot", "Donald Trump"),  # continues without a cue
    ("really good and positive discussion", "Steve Witkoff"),  # "His envoy …, Steve Witkoff"
    ("Moscow wants to first improve", "Volodymyr Zelensky"),
    ("concrete aspects of the implementation", "Marco Rubio"),
    ("next steps", "State Department"),
    ("from Russia is not good enough", "Keir Starmer"),  # nested single quotes inside
    ("barbaric attacks on Ukraine", "Keir Starmer"),  # "He called for … what he described as"
    ("We must impose all-out sanctions", "Volodymyr Zelensky"),
]


@pytest.fixture(scope="module")
def seed(pipeline):
    from newsgraph.ingest.paths import read_file

    return pipeline.process_one(read_file(shared_path("seed", "article.txt"), 2_000_000), published="2025-03-17")


@pytest.mark.parametrize("words, speaker", EXPECTED)
def test_seed_quote_speakers(seed, words, speaker):
    names = {e.id: e.name for e in seed.entities}
    covering = [a for a in seed.attributions if any(words in part.text for part in a.content)]
    assert covering, f"no attribution covers {words!r}"
    assert speaker in (names.get(covering[0].speaker) or "")


def test_every_seed_quotation_is_attributed(seed):
    from newsgraph.extract.quotes import find_quotes

    text = seed.article.text
    for quote in find_quotes(text):
        inner = text[quote.inner_start:quote.inner_end]
        assert any(a.speaker and part.start <= quote.inner_start and quote.inner_end <= part.end + 1
                   for a in seed.attributions for part in a.content), inner
