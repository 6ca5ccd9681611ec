"""Events coded in the PLOVER ontology, each tied to its trigger word and sentence.

``extract_events`` reads every sentence of the parsed article (``coding``), finds triggers
from the lexicons (``lexicon``), actors and recipients (``participants``), status
(``status``) and the date, place and quantities of the event's own clause (``attach``).
``plover`` reduces a coded event to the single category a PLOVER dataset would carry.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from newsgraph.extract.context import Parsed
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.events.attach import _COUNT_WORDS, _COUNTED_SPAN, Attachments
from newsgraph.extract.events.coding import code_sentence, match
from newsgraph.extract.events.lexicon import Condition, Trigger, score_of
from newsgraph.extract.events.participants import Participants
from newsgraph.extract.events.plover import plover_category
from newsgraph.record import Amount, DateMention, Event, EventDate, Location

__all__ = ["extract_events", "plover_category", "score_of"]

log = logging.getLogger(__name__)


def extract_events(parsed: Parsed, index: EntityIndex, dates: list[DateMention],
                   locations: list[Location], amounts: list[Amount]) -> list[Event]:
    """Events of the article, sentence by sentence, main clause first within a sentence."""
    doc = parsed.doc
    parts = Participants(doc, index)
    published = parsed.published.isoformat() if parsed.published else None
    attach = Attachments(doc, dates, locations, amounts, published=published)
    out: list[Event] = []
    for sent in doc.sents:
        try:
            coded = code_sentence(sent, parts, attach)
        except Exception:  # noqa: BLE001
            # A parse this coder does not foresee costs one sentence, never the record.
            log.warning("event coding skipped a sentence at %d", sent.start_char, exc_info=True)
            continue
        for _, _, event in coded:
            if sent.start_char < parsed.title_end < len(doc.text) and not event.actors and not event.recipients:
                # "Overnight Drone Strikes Hit Four Regions": a headline's event with no party
                # named is the body's event told again, without what makes it one.
                continue
            event.id = f"V{len(out) + 1}"
            out.append(event)
    _targets_of_events_referred_to(doc, out, {e.id: e.country for e in index.entities})
    _holders_asked_to_release(doc, out, parts)
    _counted_from_event_referred_to(doc, out)
    return out


def _counted_from_event_referred_to(doc, events: list[Event]) -> None:
    """"Ministers met in Geneva on Monday. The talks came two days after guards detained four
    shepherds": a span of days before "after"/"before" counts from the day of the event the
    governing clause's subject names ("The talks", dated by the meeting told earlier)."""
    for event in events:
        if event.date is None or event.date.value or _COUNTED_SPAN.fullmatch(event.date.text.strip().casefold()) is None:
            continue
        m = _COUNTED_SPAN.fullmatch(event.date.text.strip().casefold())
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None or m.group(1) is None or not m.group(2).startswith(("day", "week")):
            continue
        clause = span.root
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        if mark is None or clause.dep_ != "advcl":
            continue
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        named = match(subj) if subj is not None and subj.pos_ == "NOUN" else None
        if named is None:
            continue
        earlier = [e for e in events if e.trigger.end <= subj.idx and e.type == named.type
                   and e.date is not None and e.date.value and e.date.resolution == "day"]
        if not earlier:
            continue
        word = m.group(1)
        days = (int(word) if word.isdigit() else _COUNT_WORDS[word]) * (7 if m.group(2).startswith("week") else 1)
        try:
            value = date.fromisoformat(earlier[-1].date.value) + timedelta(days=-days if mark.lower_ == "after" else days)
        except ValueError:
            continue
        event.date = EventDate(text=event.date.text, value=value.isoformat(), resolution="day")


_FREEING_NOUNS = {"release", "freedom", "freeing"}


def _holders_asked_to_release(doc, events: list[Event], parts: Participants) -> None:
    """"Police arrested opposition leader X … The United States called for X's release": a call
    for a captive's release with no one named to do it is addressed to those who hold the
    captive, the doers of the last earlier arrest of that person."""
    for event in events:
        if event.type != "REQUEST":
            continue
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        verb = span.root
        nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        nouns += [c for c in verb.children if c.dep_ == "dobj"]
        for noun in nouns:
            if noun.lemma_.casefold() not in _FREEING_NOUNS:
                continue
            held = [e for c in noun.children if c.dep_ == "poss" for e in parts.of_phrase(c)]
            held += [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" for e in parts.of_phrase(p)]
            if event.recipients and not set(event.recipients) <= set(held):
                break  # "urged Kenya to release him": the one asked is named
            # ("demanded his release … Kiprono was detained last week": the arrest may be told later.)
            arrests = [e for e in events if e.type == "COERCE" and e.actors and set(held) & set(e.recipients)]
            before = [e for e in arrests if e.trigger.end <= event.trigger.start]
            if arrests:
                event.recipients = [a for a in (before[-1] if before else arrests[0]).actors if a not in event.actors]
                break


# Events that take another event as their object ("condemned the strike", "denied the attack").
# "welcomed the pact": support for an agreement goes to its parties.
_REFERRING_TYPES = {"ACCUSE", "REJECT", "PROTEST", "SUPPORT"}
# Acts whose doers are supported by welcoming them: "welcomed the pact", "welcomed the release".
_WELCOMED_TYPES = {"AGREE", "RETREAT", "CONCEDE", "AID", "COOPERATE"}
# Nouns for any act, taken up by "criticised the move", "condemned the decision".
_ACT_NOUNS = {"move", "decision", "step", "action"}
_DEFINITE = {"the", "this", "that", "these", "those", "last", "latest"}


def _targets_of_events_referred_to(doc, events: list[Event], countries: dict[str, str | None] | None = None) -> None:
    """"Israeli warplanes struck Beirut … President Aoun condemned the strike": an accusation or
    protest whose object is a definite event noun with no party of its own is aimed at the
    doers of the last earlier event of that kind (other than the accuser); welcoming an
    accord, a release or a withdrawal supports its doers."""
    for event in events:
        if event.type not in _REFERRING_TYPES or event.recipients:
            continue
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        verb = span.root if span is not None else None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
        if obj is None or not any(c.dep_ in ("det", "amod") and c.lower_ in _DEFINITE for c in obj.children) \
                or any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and not _victim_phrase(c, event) for c in obj.children):
            continue
        entry = match(obj)
        if entry is None and _use_of_force(obj):
            # "Police fired tear gas … The U.S. condemned the use of force against protesters".
            entry = _FORCE_USED
        if entry is None and obj.lemma_.casefold() in _ACT_NOUNS and event.type != "SUPPORT":
            # "Japan and South Korea signed a defence accord … China criticised the move": a
            # word for any act takes up the last act told before it, by others than the critic
            # and in the sentence before or the same one. (Welcoming "the decision" names no
            # party: round 24 leaves what is welcomed open.)
            sent_start = doc[span.root.sent.start - 1].sent.start if span.root.sent.start > 0 else 0
            near = [e for e in events if e.trigger.end <= event.trigger.start and e.actors
                    and e.type not in _REFERRING_TYPES - {"SUPPORT"}
                    and doc[sent_start].idx <= e.trigger.start and not set(e.actors) & set(event.actors)]
            if near:
                event.recipients = list(near[-1].actors)
            continue
        # "released 120 prisoners … welcomed the release": a bare noun names an earlier verb event.
        same = [e for e in events if e.trigger.end <= event.trigger.start and _lemma(doc, e) == obj.lemma_.casefold()]
        kind = entry.type if entry is not None else same[-1].type if same else None
        if kind is None:
            continue
        if event.type == "SUPPORT" and kind not in _WELCOMED_TYPES:
            continue  # "praised the attack" is no support for the attackers' side here
        # An accord is made by agreeing or by signing (SUPPORT, with its parties as actors).
        kinds = {"AGREE", "SUPPORT"} if kind == "AGREE" else {kind}
        # The last such act, even one whose doer the text leaves unnamed ("Coalition warplanes
        # struck … Iran condemned the airstrikes": not the missiles fired before them).
        earlier = [e for e in events if e.trigger.end <= event.trigger.start and e.type in kinds
                   and (kind != "AGREE" or len(e.actors) > 1) and not set(e.actors) & set(event.actors)]
        # "Israeli aircraft struck 40 targets … Hezbollah fired rockets … Salam condemned the
        # strikes": an act the noun names by its own word comes before a later act of its kind.
        named = [e for e in earlier if _names_same_act(_lemma(doc, e), obj.lemma_.casefold())]
        # "Militants attacked a base, killing 12 soldiers … The army fought back … Mali condemned
        # the attack": the victims striking back is no attack condemned; the attack is the one
        # they suffered, and with its doer unnamed, no one is accused.
        def sides(ids):
            return {(countries or {}).get(i) or i for i in ids}
        struck_back = [e for e in earlier if e.actors and any(
            f.trigger.end <= e.trigger.start and sides(e.actors) <= sides(f.recipients) for f in earlier)]
        unprovoked = [e for e in earlier if e not in struck_back]
        chosen = named or unprovoked or earlier
        if chosen:
            # "Ministers X and Y signed the deal" after "Japan and the Philippines signed an
            # agreement": the signers' own states receive nothing from them.
            own = {countries.get(a) for a in event.actors} - {None} if countries else set()
            event.recipients = [a for a in chosen[-1].actors
                                if not (event.type == "SUPPORT" and countries and countries.get(a) in own)]


# A condemned act's victims ("the attack on the embassy", "the use of force against
# protesters", "the killing of two journalists") leave its doers to be found.
_VICTIM_PREPS = {"against", "on", "upon", "at", "of"}
_FORCE_WORDS = {"force", "violence", "gas", "cannon", "ammunition", "bullet"}
_FORCE_USED = Trigger("ASSAULT", None, (), Condition())


def _victim_phrase(prep, event: Event) -> bool:
    return event.type == "ACCUSE" and prep.lower_ in _VICTIM_PREPS


def _use_of_force(obj) -> bool:
    return obj.lemma_.casefold() == "use" and any(
        p.lemma_.casefold() in _FORCE_WORDS for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj")


def _lemma(doc, event: Event) -> str:
    """The lemma of an event's trigger word."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root.lemma_.casefold() if span is not None else ""


def _names_same_act(verb: str, noun: str) -> bool:
    """True when a noun names the act of a verb: "strike" (struck), "airstrike", "shelling"."""
    return len(verb) >= 4 and (noun == verb or noun.startswith(verb) or noun.endswith(verb))
