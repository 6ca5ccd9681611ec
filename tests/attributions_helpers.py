"""Helpers for the attribution review tests: a record of a text, its names, and the attribution
whose content holds some words."""

from newsgraph.ingest.document import InputDocument


def extract(pipeline, ref: str, text: str, published: str):
    return pipeline.process_one(InputDocument(ref=ref, text=text), published=published)


def names(record) -> dict[str, str]:
    return {e.id: e.name for e in record.entities}


def covering(record, words: str):
    """The attribution whose content contains ``words``."""
    found = [a for a in record.attributions if any(words in part.text for part in a.content)]
    assert found, f"no attribution has {words!r} in its content: {[[c.text for c in a.content] for a in record.attributions]}"
    return found[0]


def speaker(record, words: str) -> str | None:
    att = covering(record, words)
    return names(record).get(att.speaker) if att.speaker else None


def by_cue(record, cue: str, prefix: bool = False):
    """The first attribution whose cue is ``cue`` (or starts with it)."""
    found = [a for a in record.attributions if (a.cue.text.startswith(cue) if prefix else a.cue.text == cue)]
    assert found, f"no attribution with cue {cue!r}: {[(a.cue.text, [c.text for c in a.content]) for a in record.attributions]}"
    return found[0]
