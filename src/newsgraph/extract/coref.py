"""Pronoun resolution on the parse: "he said" → the person the sentence is about.

No coreference model can be loaded here, so this is a salience rule in the spirit of
Lappin & Leass: the candidate is the most recent person, preferring subjects, in the
pronoun's sentence (before it) or the two sentences before. Resolved pronouns become
mentions of their entity.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.entities import PRONOUNS, EntityIndex

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_LOOKBACK_SENTENCES = 3


def _person_ids(index: EntityIndex) -> set[str]:
    return {e.id for e in index.entities if e.type == "PERSON"}


def resolve_pronoun(token: Token, index: EntityIndex, people: set[str] | None = None) -> str | None:
    """The PERSON entity id ``token`` (he/his/she/her…) most likely refers to, or None."""
    if token.lower_ not in PRONOUNS:
        return None
    people = people if people is not None else _person_ids(index)
    doc = token.doc
    sent = token.sent
    # Candidates run from the start of the lookback window up to the pronoun.
    start = sent.start
    for _ in range(_LOOKBACK_SENTENCES - 1):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    best: tuple[int, int] | None = None  # (score, token index)
    best_id = None
    for i in range(token.i - 1, start - 1, -1):
        eid = index.entity_at(i)
        if eid is None or eid not in people:
            continue
        tok = doc[i]
        # Skip the person a possessive pronoun is attached to ("Putin and his envoy": fine;
        # "his" cannot be the person of its own noun phrase).
        if tok.head.i == token.i:
            continue
        same_sentence = tok.sent.start == sent.start
        subject = tok.dep_ in _SUBJECT_DEPS or (tok.head.dep_ in _SUBJECT_DEPS and tok.dep_ in ("compound", "appos"))
        score = (3 if same_sentence else 0) + (2 if subject else 0) - (token.i - i) / 1000.0
        key = (score, i)
        if best is None or key > best:
            best, best_id = key, eid
    return best_id


def resolve_references(parsed: Parsed, index: EntityIndex) -> dict[int, str]:
    """Resolve third-person pronouns; return token index → entity id and record mentions."""
    resolved: dict[int, str] = {}
    people = _person_ids(index)
    if not people:
        return resolved
    for token in parsed.doc:
        if token.lower_ in PRONOUNS and token.tag_ in ("PRP", "PRP$"):
            eid = resolve_pronoun(token, index, people)
            if eid is not None:
                resolved[token.i] = eid
                ent = index.get(eid)
                if ent is not None:
                    ent.mentions[(token.idx, token.idx + len(token))] = token.text
                    index.token_entity[token.i] = eid
    return resolved
