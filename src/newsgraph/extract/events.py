"""Events coded in the PLOVER ontology, each tied to its trigger word and sentence.

This first version reads trigger verbs and nouns from a lexicon (``plover_triggers.tsv``),
takes actors from subjects and recipients from objects, and sets status from negation,
modality and future framing.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.entities import EntityIndex
from newsgraph.nlp.lexicon import table
from newsgraph.record import Amount, DateMention, Event, EventDate, EventLocation, Location, Quantity, SentenceSpan
from newsgraph.record import Span as RSpan

_RECIPIENT_PREPS = {"with", "on", "against", "to", "at", "into", "for"}
_HYPOTHETICAL_MODALS = {"could", "would", "might", "may", "should", "must", "can"}
_PLAN_HEADS = {"plan", "set", "expect", "schedule", "intend", "prepare", "aim", "hope", "want", "seek", "due", "agree", "promise", "pledge", "vow", "threaten", "offer"}


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], tuple[str, str | None, list[str]]]:
    out = {}
    for row in table("plover_triggers.tsv"):
        row = tuple(row) + ("",) * (5 - len(row))
        lemma, pos, type_, mode, contexts = row[:5]
        out[(lemma.casefold(), pos)] = (type_, mode or None, [c for c in contexts.split(",") if c])
    return out


@lru_cache(maxsize=1)
def scores() -> dict[tuple[str, str | None], float]:
    out = {}
    for row in table("plover_scores.tsv"):
        if len(row) == 2:
            out[(row[0], None)] = float(row[1])
        else:
            out[(row[0], row[1] or None)] = float(row[2])
    return out


def score_of(type_: str, mode: str | None) -> float | None:
    s = scores()
    return s.get((type_, mode), s.get((type_, None)))


def status_of(trigger: Token) -> str:
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ in ("no", "never") for c in trigger.children):
        return "negated"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _HYPOTHETICAL_MODALS:
        return "hypothetical"
    if auxes & {"will", "shall", "'ll"}:
        return "planned"
    # "announced plans to speak", "is set to meet", "expects a deal"
    head = verb.head
    for _ in range(3):
        if head.lemma_.casefold() in _PLAN_HEADS and head.i != verb.i:
            return "planned"
        if head.lemma_.casefold() in ("call", "urge", "demand", "ask") and head.i != verb.i:
            return "hypothetical"
        if head.head is head:
            break
        head = head.head
    if trigger.pos_ == "NOUN" and any(a.lower_ in ("upcoming", "planned", "proposed", "potential", "future") for a in trigger.children):
        return "planned"
    if verb.tag_ == "VBG" and any(c.lower_ in ("is", "are", "was", "were") for c in verb.children):
        return "ongoing"
    return "happened"


def _entities_of(token: Token, index: EntityIndex) -> list[str]:
    """Entities named by a noun phrase, including conjuncts ("Washington and Moscow")."""
    out = []
    for tok in [token] + [c for c in token.children if c.dep_ == "conj"]:
        eid = index.entity_of_phrase(tok)
        if eid and eid not in out:
            out.append(eid)
    return out


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "agent"):
            return c
    if verb.dep_ in ("xcomp", "conj", "acl", "advcl", "relcl") and verb.head is not verb:
        if verb.dep_ == "relcl":
            return verb.head
        return _subject(verb.head)
    return None


def extract_events(parsed: Parsed, index: EntityIndex, dates: list[DateMention],
                   locations: list[Location], amounts: list[Amount]) -> list[Event]:
    doc = parsed.doc
    lex = triggers()
    out: list[Event] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "NOUN"):
            continue
        entry = lex.get((tok.lemma_.casefold(), tok.pos_)) or lex.get((tok.lower_, tok.pos_))
        if entry is None:
            continue
        type_, mode, contexts = entry
        actors: list[str] = []
        recipients: list[str] = []
        if tok.pos_ == "VERB":
            subj = _subject(tok)
            if subj is not None:
                actors = _entities_of(subj, index)
            for c in tok.children:
                if c.dep_ in ("dobj", "dative"):
                    recipients += _entities_of(c, index)
                elif c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            recipients += _entities_of(p, index)
        else:
            for c in tok.children:
                if c.dep_ in ("compound", "amod", "nmod", "poss"):
                    actors += [e for e in _entities_of(c, index) if e not in actors]
            if not actors and tok.head.pos_ == "VERB":
                subj = _subject(tok.head)
                if subj is not None:
                    actors = _entities_of(subj, index)
        if not actors and not recipients:
            continue
        recipients = [r for r in recipients if r not in actors]
        sent = tok.sent
        date = _date_in(sent.start_char, sent.end_char, tok, dates)
        location = _location_in(sent.start_char, sent.end_char, locations, doc)
        quantities = [Quantity(value=a.value, unit=a.unit, text=a.text) for a in amounts
                      if tok.idx <= a.start and a.end <= max(t.idx + len(t) for t in tok.subtree)]
        out.append(Event(
            id=f"V{len(out) + 1}", type=type_, mode=mode, contexts=contexts, status=status_of(tok),
            actors=actors, recipients=recipients,
            trigger=RSpan(start=tok.idx, end=tok.idx + len(tok), text=tok.text),
            sentence=SentenceSpan(start=sent.start_char, end=sent.end_char),
            date=date, location=location, quantities=quantities, score=score_of(type_, mode),
        ))
    return out


def _date_in(start: int, end: int, trigger: Token, dates: list[DateMention]) -> EventDate | None:
    inside = [d for d in dates if start <= d.start and d.end <= end]
    if not inside:
        return None
    best = min(inside, key=lambda d: abs(d.start - trigger.idx))
    return EventDate(text=best.text, value=best.value, resolution=best.resolution)


def _location_in(start: int, end: int, locations: list[Location], doc) -> EventLocation | None:
    for loc in locations:
        if start <= loc.start and loc.end <= end:
            span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "at", "near"):
                return EventLocation(name=loc.name, country=loc.country, kind=loc.kind)
    return None
