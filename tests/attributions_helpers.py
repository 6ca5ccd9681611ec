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


def draft(text: str, cue_word: str):
    """The draft attribution the rules build on the cue candidate ``cue_word`` (its first
    occurrence) before the learned draft filter keeps or drops it, with its cue, source and
    content as text: for tests of how a cue's source and content are found, whatever the
    filter decides of a borderline case."""
    from newsgraph.config import get_settings
    from newsgraph.extract import attributions as A
    from newsgraph.extract.context import Parsed
    from newsgraph.extract.coref import resolve_references
    from newsgraph.extract.cues import candidates, decider
    from newsgraph.extract.entities import extract_entities
    from newsgraph.ingest.article import prepare_article
    from newsgraph.nlp.model import load_model, parse_texts

    prep = prepare_article(InputDocument(ref="draft", text=text), clean=False)
    doc = next(iter(parse_texts(load_model(get_settings().model), [prep.article.text])))
    parsed = Parsed(doc=doc, published=None, title_end=prep.title_end)
    index = extract_entities(parsed)
    resolve_references(parsed, index)
    d = A._Doc(parsed, index)
    model = decider("learned")
    scores = {t.i: model.score(t, d.features) for t in candidates(doc, model.cue_lemmas)}
    d.accepted = A.accepted_cues(doc, scores, model.threshold, d.reporting)
    tok = next(t for t in doc if t.text == cue_word)
    found = A._draft(tok, scores.get(tok.i, 0.0), d)
    assert found is not None, f"no draft on {cue_word!r}"

    def text_of(tokens) -> str:
        return doc[min(tokens):max(tokens) + 1].text if tokens else ""

    return text_of(found.cue), text_of(found.source), text_of(found.content)
