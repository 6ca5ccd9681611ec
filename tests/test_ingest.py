"""Readers: decoding, JSON Lines, article assembly and offsets."""

import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.ingest.article import find_dateline, prepare_article
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.document import InputDocument
from newsgraph.ingest.jsonl import iter_jsonl_documents


def test_windows_1252_is_decoded():
    raw = "Minister\u2019s \u201cfinal\u201d offer \u2013 caf\u00e9".encode("cp1252")
    text, warning = decode_bytes(raw)
    assert text == "Minister\u2019s \u201cfinal\u201d offer \u2013 caf\u00e9"
    assert "Windows-1252" in warning


def test_utf8_bom_and_utf16():
    assert decode_bytes("\ufeffHello".encode("utf-8"))[0] == "Hello"
    assert decode_bytes("Hello world".encode("utf-16"))[0] == "Hello world"


@pytest.mark.parametrize("raw,kind", [(b"", "empty"), (b"  \n\t", "empty"), (b"\x00\x01\x02PK\x03\x04" * 50, "binary")])
def test_bad_bytes(raw, kind):
    with pytest.raises(InputError) as info:
        decode_bytes(raw)
    assert info.value.kind == kind


def test_jsonl_lines_good_and_bad():
    lines = "\n".join([
        '{"ref": "a", "text": "Title\\n\\nBody.", "published": "2025-01-02"}',
        "not json",
        '{"ref": "b", "text": "x", "html": "<p>x</p>"}',
        '{"ref": "c", "text": "x", "published": "yesterday"}',
        '[1, 2]',
        '{"ref": "d", "html": "<p>x</p>", "title": null, "url": null, "published": null}',
    ])
    docs = list(iter_jsonl_documents(io.StringIO(lines), max_bytes=10_000))
    assert [d.ref for d in docs] == ["a", "line 2", "b", "c", "line 5", "d"]
    assert [d.error.kind if d.error else None for d in docs] == [None, "bad-json", "bad-field", "bad-field", "bad-json", None]
    assert docs[0].published == "2025-01-02"


def test_text_article_offsets_and_title():
    raw = "\n\n  Strike Ends at Port\nWorkers returned on Friday.\n\nRelated\n- Other Story Here Today\n- Another Story Here Too\n"
    prepared = prepare_article(InputDocument(ref="r", text=raw), published="2025-05-01")
    art = prepared.article
    assert art.title == "Strike Ends at Port"
    assert raw[art.input_offset: art.input_offset + len(art.text)] == art.text
    assert art.text.endswith("Friday.")
    assert art.published == "2025-05-01"
    for removed in art.removed:
        assert raw[removed.start:removed.end] == removed.text
    assert art.text[: prepared.title_end] == "Strike Ends at Port"


def test_no_clean_keeps_everything():
    raw = "Title Line\nBody sentence here.\n- Headline One Is Here\n- Headline Two Is Here\nComments"
    art = prepare_article(InputDocument(ref="r", text=raw), clean=False).article
    assert art.text == raw
    assert art.removed == []


def test_dateline_wins_over_caller_date():
    raw = "Title\nPublished: March 4, 2025\nBody."
    assert prepare_article(InputDocument(ref="r", text=raw), published="2020-01-01").article.published == "2025-03-04"
    assert find_dateline("Title\nThe talks of March 4, 2025 failed.") is None


@pytest.mark.parametrize("lead, published", [
    ("LUSAKA, June 3, 2026 (Wire) — A court jailed a former minister.", "2026-06-03"),
    ("NEW DELHI, 14 Feb. 2026 - Talks resumed.", "2026-02-14"),
    ("Kathmandu, Nepal, March 12, 2025 — Floods closed the highway.", "2025-03-12"),
    # No year: no date (a wrong year would misdate every relative date).
    ("LUSAKA, June 3 (Wire) — A court jailed a former minister.", None),
    # A date in the lead's sentence is no dateline.
    ("The court ruled on June 3, 2026 — a Wednesday — that he must pay.", None),
])
def test_a_wire_dateline_with_its_year_dates_the_story(lead, published):
    raw = f"Court jails former minister\n\n{lead}\n\nHe will appeal."
    assert prepare_article(InputDocument(ref="r", text=raw)).article.published == published


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_any_text_prepares_or_fails_cleanly(text):
    try:
        prepared = prepare_article(InputDocument(ref="h", text=text))
    except InputError as exc:
        assert exc.kind in {"empty", "binary"}
        return
    art = prepared.article
    assert text[art.input_offset: art.input_offset + len(art.text)] == art.text
    assert art.text.strip()


PAGE = (
    "News » World » Africa\n"
    "Dam Talks Collapse as Egypt Accuses Ethiopia of Stalling\n"
    "By Staff Correspondent\n"
    "Published: June 9, 2025 08:15 AM\n"
    "Share on Facebook Share on X\n\n"
    "Egypt on Sunday accused Ethiopia of stalling talks on the Nile dam and said it would take the dispute "
    "to the United Nations Security Council.\n"
    "Photo: Reuters\n"
    "Also Read: Kenya Expels Two Diplomats Over Election Remarks\n"
    "Ethiopia rejected the accusation and said filling of the reservoir would continue as planned.\n"
)


def test_furniture_above_and_inside_a_page_is_not_read_but_the_text_stays_exact(pipeline):
    record = pipeline.process_one(InputDocument(ref="p", text=PAGE))
    art = record.article
    assert PAGE[art.input_offset: art.input_offset + len(art.text)] == art.text  # the contract
    assert art.title == "Dam Talks Collapse as Egypt Accuses Ethiopia of Stalling"
    assert art.published == "2025-06-09"
    furniture = [(m.start(), m.end()) for m in re.finditer(r"News » World » Africa|By Staff Correspondent|Photo: Reuters"
                                                          r"|Also Read: [^\n]+|Share on [^\n]+", art.text)]
    spans = [(m.start, m.end) for e in record.entities for m in e.mentions] + \
            [(v.trigger.start, v.trigger.end) for v in record.events]
    assert spans and not [s for s in spans if any(a <= s[0] < b for a, b in furniture)]
    assert not [e for e in record.entities if e.name == "Kenya"]  # only the teaser names Kenya
    for e in record.entities:  # span texts are the article's own
        for m in e.mentions:
            assert art.text[m.start:m.end] == m.text


def test_a_sentence_opening_with_by_is_no_byline():
    from newsgraph.ingest.clean import furniture_lines

    assert furniture_lines("Troops withdraw\nBy Monday, the army had withdrawn.\nMore text follows here.") == []
    assert [k for *_, k, _ in furniture_lines("Troops withdraw\nBy Jane Roe and John Doe\nThe army withdrew.")] == ["byline"]
