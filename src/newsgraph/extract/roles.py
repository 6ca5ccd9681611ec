"""Role changes: appointments, dismissals, replacements and resignations.

"Zelensky replaced Chief of General Staff Anatoliy Bargylevych with Andriy Gnatov" gives
post = Chief of General Staff, old = Bargylevych, new = Gnatov, by = Zelensky.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.entities import EntityIndex, match_title
from newsgraph.record import RoleChange

_REPLACE = {"replace", "succeed"}
_APPOINT = {"appoint", "name", "nominate", "install", "promote", "elect"}
_REMOVE = {"dismiss", "fire", "sack", "oust", "remove", "depose", "relieve"}
_RESIGN = {"resign", "quit", "step"}


def _person(tok: Token, index: EntityIndex) -> str | None:
    eid = index.entity_of_phrase(tok)
    ent = index.get(eid) if eid else None
    return eid if ent is not None and ent.type == "PERSON" else None


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.head is not verb:
        return _subject(verb.head)
    return None


def _post_of(person_tok: Token, index: EntityIndex) -> tuple[str | None, str | None]:
    eid = _person(person_tok, index)
    ent = index.get(eid) if eid else None
    if ent is not None and ent.roles:
        role = ent.roles[0]
        return role.title, role.of
    pre = [t for t in person_tok.lefts if t.dep_ in ("compound", "amod", "nmod")]
    title = match_title(pre) if pre else None
    return (title.title if title else None), None


def extract_role_changes(parsed: Parsed, index: EntityIndex) -> list[RoleChange]:
    out: list[RoleChange] = []
    for tok in parsed.doc:
        lemma = tok.lemma_.casefold()
        if tok.pos_ != "VERB" or lemma not in _REPLACE | _APPOINT | _REMOVE | _RESIGN:
            continue
        subj = _subject(tok)
        by = _person(subj, index) if subj is not None else None
        if by is None and subj is not None:
            by = index.entity_of_phrase(subj)
        dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        preps = {c.lower_: next((p for p in c.children if p.dep_ == "pobj"), None) for c in tok.children if c.dep_ == "prep"}
        sent = tok.sent
        post, country, old, new = None, None, None, None
        if lemma in _REPLACE and dobj is not None:
            old = _person(dobj, index)
            post, country = _post_of(dobj, index)
            if preps.get("with") is not None:
                new = _person(preps["with"], index)
            elif subj is not None and lemma == "succeed":
                new, by = by, None
        elif lemma in _APPOINT and dobj is not None:
            new = _person(dobj, index)
            target = preps.get("as") or next((c for c in dobj.children if c.dep_ in ("appos", "oprd")), None)
            if target is not None:
                title = match_title(list(target.subtree))
                post = title.title if title else target.text
        elif lemma in _REMOVE and dobj is not None:
            old = _person(dobj, index)
            post, country = _post_of(dobj, index)
        elif lemma in _RESIGN and subj is not None:
            old, by = by, None
            post, country = _post_of(subj, index)
        if (old or new) and post:
            out.append(RoleChange(post=post, country=country, old=old, new=new, by=by,
                                  start=sent.start_char, end=sent.end_char))
    return out
