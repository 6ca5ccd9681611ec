"""Attributions: who said (or thought) what, as source, cue and content (PolNeAR style).

This first version finds direct quotations and reported speech introduced by a reporting
verb, and names the speaker through the entity index and pronoun resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.coref import resolve_pronoun
from newsgraph.extract.entities import PRONOUNS, EntityIndex
from newsgraph.nlp.lexicon import word_set
from newsgraph.record import Attribution
from newsgraph.record import Span as RSpan

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"'}
_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def find_quotes(text: str) -> list[Quote]:
    """Double-quoted passages (curly, straight, guillemets), outermost only."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        close = _OPEN_CLOSE.get(ch)
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        # A quote never runs past a paragraph unless the next paragraph reopens it.
        para = text.find("\n\n", i + 1)
        if j == -1 or (para != -1 and para < j and text[para:j].count(ch) == 0 and ch != '"'):
            i += 1
            continue
        if j - i > 1:
            quotes.append(Quote(i, j + 1))
        i = j + 1
    return quotes


def _rspan(doc: Doc, start: int, end: int) -> RSpan:
    return RSpan(start=start, end=end, text=doc.text[start:end])


def _tokens_in(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return child
    # Participles and coordinated verbs share the subject of their head ("..., stating").
    if verb.dep_ in ("advcl", "conj", "xcomp", "ccomp") and verb.head is not verb:
        return _subject_of(verb.head) if verb.head.i != verb.i else None
    return None


def _source_span(subject: Token) -> Span:
    doc = subject.doc
    toks = [t for t in subject.subtree if t.dep_ not in ("relcl", "punct") and not any(a.dep_ == "relcl" for a in t.ancestors if a.i != subject.i and a in subject.subtree)]
    left = min(t.i for t in toks)
    right = subject.i
    # Keep appositions and compounds up to the head, plus the name inside "his envoy, X,".
    for t in toks:
        if t.i > right and t.dep_ in ("appos", "compound", "flat") and t.head.i in range(left, right + 1):
            right = max(right, max(s.i for s in t.subtree if s.dep_ != "punct"))
    return doc[left:right + 1]


def speaker_of(subject: Token | Span, index: EntityIndex) -> str | None:
    head = subject.root if isinstance(subject, Span) else subject
    if head.lower_ in PRONOUNS:
        return index.entity_at(head) or resolve_pronoun(head, index)
    return index.entity_of_phrase(head) or (index.entity_of_span(subject) if isinstance(subject, Span) else None)


def _cue_for(sentence: Span, inner: tuple[int, int]) -> Token | None:
    """The reporting verb of a quote: outside the quote, in its sentence, nearest to it."""
    verbs = word_set("reporting_verbs.txt")
    best, best_dist = None, None
    for tok in sentence:
        if inner[0] - 1 <= tok.idx < inner[1] + 1:
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.casefold() not in verbs:
            continue
        dist = inner[0] - tok.idx if tok.idx < inner[0] else tok.idx - inner[1]
        if best_dist is None or dist < best_dist:
            best, best_dist = tok, dist
    return best


def extract_attributions(parsed: Parsed, index: EntityIndex) -> list[Attribution]:
    doc = parsed.doc
    out: list[Attribution] = []
    quoted_chars: list[tuple[int, int]] = []
    last_speaker: tuple[str | None, int] | None = None  # (speaker, paragraph end offset)
    verbs = word_set("reporting_verbs.txt")

    for quote in find_quotes(doc.text):
        s, e = quote.inner
        toks = _tokens_in(doc, quote.start, quote.end)
        if toks is None or len(toks) == 0:
            continue
        sentence = toks[0].sent if toks[0].sent.end >= toks[-1].i + 1 else doc[toks[0].sent.start:toks[-1].sent.end]
        cue = _cue_for(sentence, (quote.start, quote.end))
        quoted_chars.append((quote.start, quote.end))
        content = [_rspan(doc, s, e)]
        if cue is None:
            para_start = doc.text.rfind("\n", 0, quote.start)
            if last_speaker is not None and last_speaker[1] >= para_start - 1 and _standalone(doc, sentence, quote):
                out.append(Attribution(id="", kind="direct", source=None, speaker=last_speaker[0], cue=None,
                                       content=content, confidence=0.6))
            continue
        subject = _subject_of(cue)
        source = _source_span(subject) if subject is not None else None
        speaker = speaker_of(source, index) if source is not None else None
        # A quoted fragment inside reported speech is a partial quote; its content is the clause.
        kind = "direct" if _standalone(doc, sentence, quote) else "partial"
        if kind == "partial":
            clause = next((c for c in cue.children if c.dep_ in ("ccomp", "xcomp", "dobj", "prep", "attr") and c.idx <= s and c.right_edge.idx + len(c.right_edge) >= e), None)
            if clause is not None:
                content = [_rspan(doc, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))]
        out.append(Attribution(
            id="", kind=kind,
            source=_rspan(doc, source.start_char, source.end_char) if source is not None else None,
            speaker=speaker, cue=_rspan(doc, cue.idx, cue.idx + len(cue)), content=content,
            confidence=0.9 if speaker else 0.6,
        ))
        para_end = doc.text.find("\n", e)
        last_speaker = (speaker, len(doc.text) if para_end == -1 else para_end)

    # Reported speech: reporting verb + clausal complement, outside any quote.
    for tok in doc:
        if tok.pos_ not in ("VERB",) or tok.lemma_.casefold() not in verbs:
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is None:
            continue
        start, end = comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge)
        if any(qs <= start < qe or qs < end <= qe or (start <= qs and qe <= end) for qs, qe in quoted_chars):
            continue
        subject = _subject_of(tok)
        if subject is None:
            continue
        source = _source_span(subject)
        out.append(Attribution(
            id="", kind="indirect", source=_rspan(doc, source.start_char, source.end_char),
            speaker=speaker_of(source, index), cue=_rspan(doc, tok.idx, tok.idx + len(tok)),
            content=[_rspan(doc, start, end)], confidence=0.7,
        ))

    out.sort(key=lambda a: a.content[0].start if a.content else 0)
    for n, att in enumerate(out, start=1):
        att.id = f"A{n}"
    return out


def _standalone(doc: Doc, sentence: Span, quote: Quote) -> bool:
    """Whether a quote is a full utterance (direct speech) rather than a fragment in a clause:
    it starts with a capital letter or follows a colon/comma introducing it."""
    inner = doc.text[quote.start + 1:quote.end - 1].lstrip()
    before = doc.text[max(0, quote.start - 2):quote.start].strip()
    return bool(inner) and (inner[0].isupper() or inner[0] in "'‘" or before.endswith((":", ",")) or quote.start <= sentence.start_char + 1)
