"""Actor faults the lead found on stop 34 (2026-11-28). Every sentence is our own."""

from newsgraph.ingest.document import InputDocument


def test_a_one_letter_platform_closing_a_sentence_is_named_without_the_full_stop(pipeline):
    rec = pipeline.process_one(InputDocument(ref="t", title="", text=(
        "Police arrested two protesters on Tuesday.\n\nThe opposition leader wrote on X. \"We will not stop,\" she "
        "added.")), clean=False)
    names = [e.name for e in rec.entities]
    assert "X" in names and "X." not in names, names
