"""Event detection and typing on the dependency parse.

Each sentence is read once. A token is an event trigger when the lexicon has its lemma and
part of speech and its conditions hold (``lexicon.Trigger``): verbs ("attacked", "met"), nouns
("a summit in Saudi Arabia", "a phone call") and light-verb constructions, where the verb only
carries the event noun ("held talks", "launched an attack", "imposed a curfew"). Actors come
from the subject (or the agent of a passive), recipients from objects and the prepositions a
type takes; controlled clauses borrow the controller ("urged Iran to release", "plans to
speak"). Reciprocal events — meetings, calls, talks, clashes — put every participant among the
actors, as the PLOVER manual prescribes (section 2.4.2 and 3.2.2); a visit keeps visitor →
host.

Within a sentence, events are ordered main clause first (by depth in the parse), so the first
event of a sentence is the one a single-label coder would give it.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsgraph.extract.clauses import reporter_of_conjunct
from newsgraph.extract.dates import reporter_of
from newsgraph.extract.coref import ARMED_MEMBER_NOUNS, GROUP_NOUNS, STATE_SECTORS
from newsgraph.extract.entity_spans import at_dateline
from newsgraph.extract.states import story_state
from newsgraph.extract.events.attach import Attachments
from newsgraph.extract.events.lexicon import (
    Condition, Trigger, context_words, frames, lemma_keys, light_verbs, reporting_verbs, score_of, triggers, weapons, word_classes,
)
from newsgraph.extract.events.participants import THINGS, THIRD_PARTY_VERBS, Participants, headline_verb_between
from newsgraph.extract.events.status import (
    gerund_after_charge,
    gerund_read_as_modifier,
    WEIGHING_VERBS, deadline_clause, deadline_of, finite_above, negated, planned_by, reporter_conjunct, rules_out, status_of,
    stops_short, stranded_governor, stranded_infinitive,
)
from newsgraph.record import Event, SentenceSpan
from newsgraph.record import Span as RSpan

_RECIPROCAL_TYPES = {"CONSULT"}
# Events of words, whose topic may name places that are not where they happen.
_SPOKEN_TYPES = {"CONSULT", "AGREE", "REJECT", "ACCUSE", "REQUEST", "THREATEN", "SUPPORT"}
_TWO_SIDED = {"clash", "battle", "exchange", "trade", "skirmish"}
_SIDE_PREPS = {"with", "against", "between", "among"}
_PREPS = {
    "default": {"with", "against", "to", "on", "at", "into", "toward", "towards", "upon"},
    "CONSULT": {"with", "to", "between", "among"},
    "SUPPORT": {"with", "to", "for"},
    "AGREE": {"with", "to"},
    "COOPERATE": {"with", "to"},
    "AID": {"to", "for", "into"},
    "REQUEST": {"on", "to", "of", "from"},
    "ACCUSE": {"against", "on", "with"},
    "REJECT": {"from", "to", "by"},
    "THREATEN": {"against", "on", "to", "with"},
    "PROTEST": {"against", "outside", "at", "to"},
    "SANCTION": {"on", "against", "with", "from", "to"},
    "MOBILIZE": {"against", "to", "toward", "towards", "near", "along", "into"},
    "COERCE": {"on", "against", "from", "in", "into"},
    "RETREAT": {"from", "to", "with"},
    "CONCEDE": {"to", "on", "for", "in"},
    "ASSAULT": {"on", "against", "at", "into", "upon", "with"},
}
_NOUN_PATIENT_TYPES = {"ASSAULT", "COERCE", "RETREAT", "REQUEST", "SANCTION", "ACCUSE", "REJECT", "PROTEST"}
# Nouns whose of-object is what moves ("the withdrawal of American troops"): its owner acts.
_NOUN_MOVER_TYPES = {"RETREAT", "MOBILIZE"}
_PHONE_WORDS = {"phone", "telephone", "video", "virtual", "online", "videoconference", "teleconference", "call"}
_OBJECT_CONTROL = {"urge", "ask", "order", "force", "persuade", "press", "call", "invite", "encourage", "tell", "push", "pressure", "compel", "allow",
                   "prompt", "lead", "cause", "spur", "drive", "oblige",
                   # "warned residents to evacuate", "advised citizens to leave": the warned act
                   "warn", "advise", "instruct", "direct", "command", "require", "authorize", "authorise",
                   "permit", "forbid", "beg", "implore", "remind",
                   # "appealed to aid groups to send tents": the ones appealed to act
                   "appeal", "plead"}
_PASSIVE_AGENT_OK = {"ASSAULT", "COERCE"}
# Acts a party weighs doing itself ("is considering sanctions", "mulling a ban"); an offer,
# a demand or an accusation weighed is someone else's.
_WEIGHED_TYPES = {"SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "CONSULT", "AID", "RETREAT", "COOPERATE"}
# Subjects that name the state's power without naming the state ("Authorities imposed a
# curfew in …", "a court in Tbilisi sentenced …").
_UNNAMED_AUTHORITIES = {"authority", "authorities", "police", "official", "officials", "court", "judge", "prosecutor",
                        "prosecutors", "government", "army", "troops", "soldiers", "forces", "regime"}
# Event nouns whose possessor is the one acted on, not the actor.
_PATIENT_NOUNS = {"arrest", "detention", "deportation", "extradition", "abduction", "kidnapping", "execution",
                  "killing", "assassination", "murder", "ouster", "removal", "capture", "imprisonment", "jailing",
                  "expulsion", "torture"}
_MOTION_VERBS = {"return", "arrive", "travel", "fly", "go", "come", "head", "gather", "convene", "sit", "meet", "assemble",
                 "converge", "flock"}
# Verbs by which a third party brings an accord about: its date is the accord's.
_BROKERING_VERBS = {"broker", "mediate", "negotiate", "secure", "arrange", "clinch", "seal"}
# Verbs whose subject stands between the parties of the talks they govern ("hosted talks
# between X and Y", "mediated talks between X and Y").
_MEDIATING_VERBS = {"mediate", "broker", "facilitate"}
_HOSTING_VERBS = {"host"} | _MEDIATING_VERBS
# Intransitive verbs telling the course of an event noun, its subject ("talks collapsed on Monday").
_COURSE_VERBS = {"collapse", "end", "begin", "start", "resume", "stall", "fail", "open", "close", "conclude", "continue",
                 "break", "take", "happen", "occur", "finish", "falter", "founder", "erupt", "break_down", "wrap"}
# Verbs that send someone somewhere "for talks": the sender takes part through its envoy.
_SENDING_VERBS = {"send", "dispatch"}
_CONSULT_OBJECT_VERBS = {"meet", "convene", "visit", "host", "receive", "call", "phone", "telephone", "welcome", "consult", "brief"}


@dataclass
class Candidate:
    trigger: Token
    entry: Trigger
    carrier: Token | None = None  # the light verb carrying a noun trigger


# --------------------------------------------------------------------------------------
# Triggers

# Verbs of going through or in: "allowed the trucks to pass / enter / reach the city".
_PASSING_VERBS = {"pass", "enter", "cross", "reach", "go", "travel", "land", "dock", "visit", "leave", "proceed", "access"}


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd")]
    objs += [c for c in tok.children if c.dep_ == "nsubjpass"]
    if gerund_read_as_modifier(tok) or gerund_after_charge(tok) is not None:
        objs.append(tok.head)  # "denied shelling villages": the villages are shelled
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "agent" for c in tok.children):
        objs.append(tok.head)  # "the accord, signed on Thursday by X and Y": the noun is what was signed
    if any(c.dep_ == "prt" for c in tok.children) and not objs:
        # A particle verb whose object the parser hung on a preposition; with a direct object
        # the prepositions say where ("took over buildings in three towns").
        objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if not objs and tok.lemma_.casefold() in ("allow", "permit", "let"):
        # "allowed the aid trucks to pass": the parser makes the admitted the subject of the
        # infinitive; it is what is allowed in.
        objs += [s for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.casefold() in _PASSING_VERBS
                 for s in c.children if s.dep_ == "nsubj"]
    objs += _described_as(tok)
    # "retake all occupied territory": the parser made "all" the object and "occupied" a clause.
    objs += [o.doc[o.i + 2] for o in list(objs) if o.tag_ in ("DT", "PDT") and o.i + 2 < len(o.doc)
             and _adjectival_participle(o.doc[o.i + 1])]
    out = []
    for o in objs:
        out.append(o)
        out.extend(c for c in o.children if c.dep_ == "conj")
    return out


def _described_as(tok: Token) -> list[Token]:
    """The thing a free relative object names: "struck what the military described as
    weapons depots" (the parser makes "what" the object of "described")."""
    out = []
    for c in tok.children:
        if c.dep_ == "ccomp" and c.i > tok.i and any(w.lower_ == "what" and w.dep_ in ("dobj", "nsubjpass") for w in c.children):
            for d in c.children:
                if d.dep_ == "prep" and d.lower_ == "as":
                    out += [p for p in d.children if p.dep_ == "pobj"]
                elif d.dep_ in ("oprd", "attr"):
                    out.append(d)
    return out


def _words(tokens: list[Token]) -> set[str]:
    """Lemmas of object phrases, with their compounds and the noun a quantity measures
    ("25,000 tons of food aid", "part of a stronghold")."""
    out: set[str] = set()
    # "$20 million in security aid": a sum names what it is in.
    # ("welcomed the removal of Finance Minister X": an act's "of" names whom it befell, not what
    # was welcomed.)
    tokens = list(tokens) + [p for t in tokens if t.lemma_.casefold() not in _PATIENT_NOUNS for c in t.children
                             if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and (t.pos_ == "NUM" or t.ent_type_ == "MONEY"))
                             for p in c.children if p.dep_ == "pobj"]
    for t in tokens:
        out.add(t.lemma_.casefold())
        out.add(t.lower_)
        for c in t.children:
            if c.dep_ == "compound":
                out.add(c.lemma_.casefold())
                out.add(c.lower_)
    return out


def _clause_topic(tok: Token) -> list[Token]:
    """What the clause a participle hangs on is about: the noun of "sanctions targeting X",
    the objects of "approved a package of sanctions, targeting X" (with their of-objects)."""
    head = tok.head
    if tok.dep_ in ("acl", "relcl"):
        nouns = [head]
    elif tok.dep_ in ("advcl", "conj", "xcomp") and head.i != tok.i:
        nouns = list(_objects(head)) + [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        return []
    return nouns + [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]


def _holds(tok: Token, cond: Condition) -> bool:
    if cond.empty:
        return True
    if cond.no_object and any(c.dep_ in ("dobj",) for c in tok.children):
        return False
    if cond.obj is not None and not (_words(_objects(tok)) & cond.obj):
        # "<entity>" in a class: any named party as object ("ordered La Prensa to …").
        if not ("<entity>" in cond.obj and any(
                t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for o in _objects(tok)
                for t in [o, *(c for c in o.children if c.dep_ in ("appos", "compound", "poss"))])):
            return False
    if cond.cargo is not None and not (_words(_cargo(tok)) & cond.cargo):
        return False
    if cond.mod is not None:
        mods = set()
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod"):
                mods |= {c.lower_, c.lemma_.casefold()}
                mods |= {g.lower_ for g in c.children if g.dep_ in ("compound", "amod", "nummod")}
        # "four-day strike": the hyphenated modifier is split into several tokens.
        left = tok.doc[max(tok.i - 4, 0):tok.i].text.casefold()
        if not (mods & cond.mod) and not any(m in left.split() or left.endswith(m) for m in cond.mod if "-" in m):
            return False
    if cond.prep is not None and not any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in cond.prep
                                         and not _names_a_time(c) for c in tok.children):
        return False
    if cond.pobj is not None:
        # "put troops on alert", "ordered the army to its highest level of readiness": the
        # object of the condition's preposition (its compounds and of-object count too).
        # The preposition may hang on the object: "restricted access to social media".
        holders = [tok, *(o for o in _objects(tok) if o.i > tok.i)]
        objs = [p for h in holders for c in h.children if c.dep_ in ("prep", "dative") and (cond.prep is None or c.lower_ in cond.prep)
                for p in c.children if p.dep_ == "pobj"]
        if not (_words(objs) & cond.pobj):
            return False
    if cond.prt is not None and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in cond.prt for c in tok.children):
        return False
    if cond.complement and not _has_complement(tok):
        return False
    if cond.kept_from and not any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
                                  for h in (tok, *_objects(tok)) for c in h.children):
        return False
    if cond.head is not None and not (set(lemma_keys(tok.head.lower_, tok.head.lemma_)) & cond.head):
        return False
    if cond.about is not None and not (_words(_clause_topic(tok)) & cond.about):
        return False
    if cond.of is not None:
        objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not (_words(objs) & cond.of):
            return False
    if cond.by is not None:
        doers = [c for c in tok.children if c.dep_ == "poss"]
        doers += [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj"]
        if tok.pos_ == "VERB":
            # A verb's doer is its subject: "Thousands of protesters gathered …".
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if not subjects and tok.dep_ == "xcomp" and frames().get(tok.head.lemma_.casefold()) in ("threat", "commit", "plan"):
                # "Dockworkers threatened to strike", "pilots plan to strike": who threatens or
                # plans it would do it.
                subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if tok.dep_ == "relcl" and any(c.lower_ in ("who", "that", "which") for c in subjects):
                subjects.append(tok.head)  # "protesters who had gathered outside parliament"
            doers += subjects + [p for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for p in c.children if p.dep_ == "pobj"]
        if not (_words(doers) & cond.by):
            return False
    return True


def _has_complement(tok: Token) -> bool:
    if any(c.dep_ in ("xcomp", "ccomp", "acl") and c.pos_ in ("VERB", "AUX") for c in tok.children):
        return True
    if any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        return True  # "offered to host talks" with "host" tagged as a noun
    if tok.pos_ == "VERB" and stranded_infinitive(tok) is not None:
        return True  # "A group … on Wednesday called on the junta to release …" (misparsed)
    if tok.pos_ == "VERB" and any(c.dep_ == "advcl" and c.i == tok.i + 2 and tok.doc[tok.i + 1].lower_ == "to"
                                  for c in tok.children):
        return True  # "have sworn to fight until …": the parser takes the infinitive for an adverbial
    # "reiterated its demand today that Israel ease…": the parser hangs the that-clause on the verb.
    if tok.pos_ != "VERB" and tok.dep_ == "dobj":
        return any(c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
                   for c in tok.head.children)
    return False


def _pos(tok: Token) -> str | None:
    if tok.pos_ == "VERB":
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP", "DATE"):
        return "NOUN"
    return None


def _boilerplate(tok: Token) -> bool:
    """"a request for comment", "a call for papers": newsroom phrases, not events."""
    stop = word_classes().get("boilerplate", frozenset())
    return any(p.lemma_.casefold() in stop for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")


def match(tok: Token) -> Trigger | None:
    pos = _pos(tok)
    if pos is None:
        return None
    if pos == "VERB" and tok.dep_ == "amod" and not gerund_read_as_modifier(tok):
        return None  # "the defending champion", "the ruling party"
    if pos == "VERB" and _adjectival_participle(tok):
        return None  # "retake all occupied territory" read as a clause "occupied territory"
    if pos == "NOUN" and _boilerplate(tok):
        return None
    if pos == "VERB" and _ends_a_span(tok):
        return None
    lex = triggers()
    keys = lemma_keys(tok.lower_, tok.lemma_) if pos == "VERB" else (tok.lemma_.casefold(), tok.lower_)
    prefix = _hyphen_prefix(tok) if pos == "VERB" else None
    if prefix:  # "test-fired two missiles": the compound verb's own row comes first
        keys = [f"{prefix}-{k}" for k in keys] + list(keys)
    for key in keys:
        for trig in lex.get((key, pos), ()):
            if _holds(tok, trig.condition):
                return None if trig.type == "-" else trig  # "-": a use that is no event ("seized on")
    return None


_CARRYING_VERBS = {"carry", "load", "laden", "transport", "bring", "ferry"}
_SPAN_UNITS = {"hour", "day", "week", "month", "year", "decade"}


def _ends_a_span(verb: Token) -> bool:
    """"agreed to form a coalition, ending five months of talks": what ends is a span of time
    (the talks concluded), not ties cut."""
    return verb.lemma_.casefold() in ("end", "conclude", "cap") and any(
        c.dep_ == "dobj" and c.lemma_.casefold() in _SPAN_UNITS and any(d.dep_ == "prep" and d.lower_ == "of" for d in c.children)
        for c in verb.children)


def _cargo(tok: Token) -> list[Token]:
    """What the objects of ``tok`` carry: "sent two navy ships carrying food and medicine",
    "dispatched three planes loaded with tents"."""
    out = []
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        for acl in (c for c in obj.children if c.dep_ in ("acl", "amod") and c.lemma_.casefold() in _CARRYING_VERBS):
            things = [c for c in acl.children if c.dep_ == "dobj"]
            things += [p for c in acl.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
            out += things + [c for t in things for c in t.conjuncts]
    return out


def _names_a_time(prep: Token) -> bool:
    """A preposition whose object is a date or time ("fired the commander on Wednesday",
    "called up its reserves on Sunday"): it says when, not at or on whom."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ in ("DATE", "TIME") for p in objs)


def _hyphen_prefix(tok: Token) -> str | None:
    """The first part of a hyphenated verb the tokenizer split ("test" in "test-fired")."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return None
    return doc[tok.i - 2].lower_ if doc[tok.i - 2].head.i == tok.i else None


def _adjectival_participle(tok: Token) -> bool:
    """A participle right after a determiner, with no auxiliary or subject, whose "object" is
    the next word: an adjective the parser made a clause ("all occupied territory")."""
    return (tok.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("DT", "PDT", "PRP$")
            and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].head.i == tok.i and tok.doc[tok.i + 1].dep_ == "dobj"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children))


_CURRENCY_UNITS = {"euro", "dollar", "pound", "yen", "yuan", "rupee", "franc", "riyal", "dirham", "ruble", "rouble",
                   "won", "real", "peso", "rand", "shilling", "naira", "lira", "krone", "krona"}


def _event_object(verb: Token) -> Token | None:
    """The event noun a light verb carries ("held talks", "engaged in fighting")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on") and verb.lemma_ in ("engage", "go")
             for p in c.children if p.dep_ == "pobj"]
    if verb.lemma_ in _MOTION_VERBS | _SENDING_VERBS:  # "returned to Geneva for talks", "arrived for a summit"
        objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    # "launched rocket and artillery fire": the event noun may be a later conjunct.
    objs += [c for o in list(objs) for c in o.children if c.dep_ == "conj"]
    # "gave $50 million in aid", "sent 10,000 tons of food aid": an amount measures the event noun.
    # ("announced 30 million euros in humanitarian aid": a currency counted by a number, too)
    objs += [p for o in list(objs) if o.like_num or o.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
             or o.lemma_.casefold() in _CURRENCY_UNITS and any(c.dep_ == "nummod" for c in o.children)
             for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children if p.dep_ == "pobj"]
    # "approved a new package of sanctions", "held a second round of talks": a noun that only
    # bundles or counts events carries its of-object.
    bundles = word_classes().get("bundle", ())
    objs += [p for o in list(objs) if o.lemma_.casefold() in bundles
             for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    kinds = word_classes().get("kind_of", ())
    for obj in objs:
        if match(obj) is not None:
            return obj
        if obj.lemma_.casefold() in kinds:
            continue  # "give five patrol vessels": the compound says what kind of vessel
        for c in obj.children:  # "launched a mediation effort"
            if c.dep_ == "compound" and match(c) is not None:
                return c
    return None


# Verbs of looking again at measures in place ("review its sanctions", "reassess its aid").
_REVIEWING_VERBS = {"review", "reassess", "reconsider", "reexamine", "re-examine", "reevaluate", "re-evaluate",
                    "evaluate", "assess", "examine", "audit"}


# "Dock workers ended a nine-day strike": a protest ended was held, by those who end it.
_ENDING_VERBS = {"end", "suspend"}


def detect(sent: Span) -> list[Candidate]:
    out: list[Candidate] = []
    taken: set[int] = set()
    light = light_verbs()
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        if any(k in light for k in lemma_keys(tok.lower_, tok.lemma_)) or tok.lemma_.casefold() in _MOTION_VERBS | _SENDING_VERBS \
                or tok.lemma_.casefold() in _ENDING_VERBS or rules_out(tok):
            obj = _event_object(tok)
            if obj is not None and obj.i not in taken:
                entry = match(obj)
                if entry is not None and tok.lemma_.casefold() in _ENDING_VERBS and entry.type != "PROTEST":
                    entry = None  # "ended the blockade": who lifts it need not be who imposed it
                if entry is not None and tok.lemma_.casefold() in WEIGHING_VERBS and entry.type not in _WEIGHED_TYPES:
                    entry = None  # "Iran weighed the offer of talks": the offer is another party's
                if entry is not None:
                    out.append(Candidate(obj, entry, carrier=tok))
                    taken.add(obj.i)
                    continue
        if _anonymity(tok) or _no_comment(tok):
            continue
        if _named_right(tok):
            continue  # "respect the right to protest": a right is no act
        entry = (_call_on(tok) or _expulsion(tok) or _deadline_demand(tok) or _name_calling(tok) or _received_aid(tok)
                 or match(tok) or _threat_warning(tok) or _reported_obligation(tok) or _help_to_act(tok))
        if entry is None:
            continue
        if tok.lemma_.casefold() in _MEDIATING_VERBS:
            talks = next((o for o in _objects(tok) if o.i not in taken and match(o) is not None
                          and match(o).type in _RECIPROCAL_TYPES), None)
            if talks is not None:
                # "Qatar mediated talks between Venezuela and the United States": the parties
                # meet, the mediator stands between them (coded as a host is: third-party).
                out.append(Candidate(talks, match(talks), carrier=tok))
                taken |= {tok.i, talks.i}
                continue
        out.append(Candidate(tok, entry))
        taken.add(tok.i)
        for obj in _objects(tok):  # "rejected the offer": the offer is the rejected thing
            # "mediated a truce between Israel and Hamas": the accord brokered is an event of its own.
            if match(obj) is not None and tok.lemma_.casefold() not in _BROKERING_VERBS:
                taken.add(obj.i)
    for tok in sent:
        if tok.i in taken or _pos(tok) != "NOUN":
            continue
        entry = match(tok)
        if entry is None:
            continue
        if tok.dep_ == "compound" and match(tok.head) is not None:
            continue  # "ceasefire deal": one event, named by the head
        if tok.dep_ == "compound" and tok.head.lemma_.casefold() in word_classes().get("kind_of", ()):
            continue  # "riot police", "protest leaders": a kind of people or kit, no event
        if _names_verb_event(tok, entry, out):
            continue  # "An Israeli airstrike killed five people": one event, told by the verb
        if entry.type in _WEIGHED_TYPES and tok.dep_ == "dobj" and tok.head.lemma_.casefold() in _REVIEWING_VERBS:
            continue  # "would review its sanctions on Syria": a review of measures is none of them
        if entry.type in ("SANCTION", "COERCE") and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            continue  # "individuals under EU restrictions", "firms under sanctions": a standing state, no act
        if entry.type == "AGREE" and any(c.i < tok.i and re.fullmatch(r"(1[89]|20)\d\d", c.text) for c in tok.children):
            continue  # "undermining the 1995 Dayton peace agreement": an accord named by its year, made long ago
        out.append(Candidate(tok, entry))
        taken.add(tok.i)
    return out


def _names_verb_event(noun: Token, entry: Trigger, verbs: list[Candidate]) -> bool:
    """Whether an event noun is the doer of a verb event of its own type: the subject of
    the verb, or the noun a participle with an object hangs on (a reduced-relative misparse
    of "airstrikes killed 40 people")."""
    same = {c.trigger.i for c in verbs if c.carrier is None and c.entry.type == entry.type}
    if noun.dep_ == "nsubj" and noun.head.i in same:
        return True
    return any(c.dep_ == "acl" and c.i in same and any(o.dep_ == "dobj" for o in c.children) for c in noun.children)


_RIGHT_NOUNS = {"right", "freedom", "liberty"}


def _named_right(tok: Token) -> bool:
    """"urged Kenya to respect the right to protest", "curbs the freedom to protest": the
    infinitive after a right names what one may do, not an act done or asked for."""
    return tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 1].head.i == tok.i \
        and tok.doc[tok.i - 2].lemma_.casefold() in _RIGHT_NOUNS and tok.doc[tok.i - 2].pos_ == "NOUN"


def _anonymity(tok: Token) -> bool:
    """"an officer, who asked not to be named": a newsroom formula, no request. So is a
    reporter's question told by its answer: "Asked whether Hamas would …, Naim replied"."""
    if tok.lemma_.casefold() == "ask" and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "ccomp", "xcomp") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return True
    return tok.lemma_.casefold() in ("ask", "request", "speak") and any(
        c.dep_ == "xcomp" and c.lemma_.casefold() in ("name", "identify") and any(a.dep_ == "auxpass" for a in c.children)
        for c in tok.children)


_WITHHELD_WORDS = {"comment", "say", "confirm", "elaborate", "disclose", "reveal", "specify", "answer", "speculate"}


def _no_comment(tok: Token) -> bool:
    """"The Kremlin refused to comment on the report": withholding comment is a newsroom
    formula, no rejection of anyone ("refused to release the tanker" is one)."""
    return tok.lemma_.casefold() in ("refuse", "decline") and any(
        c.dep_ == "xcomp" and c.lemma_.casefold() in _WITHHELD_WORDS for c in tok.children)


_RECEIVING_VERBS = {"receive", "get", "obtain", "accept"}


def _givers(tok: Token) -> list[Token]:
    """Who gives what ``tok`` receives: "received F-16 jets from Norway" → Norway."""
    if tok.lemma_.casefold() not in _RECEIVING_VERBS or tok.pos_ != "VERB":
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return []
    things = [_measured(o) for o in objs]
    things += [p for o in objs if o.like_num or any(c.dep_ == "nummod" for c in o.children)
               for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children if p.dep_ == "pobj"]
    aid = word_classes().get("aid", ())
    if not any(t.lemma_.casefold() in aid or any(c.dep_ == "compound" and c.lemma_.casefold() in aid for c in t.children)
               for t in things):
        return []
    holders = [tok, *objs]
    return [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]


def _received_aid(tok: Token) -> Trigger | None:
    """"Ukraine will receive F-16 jets from Norway", "Sudan received food aid from Egypt": aid
    given by the from-party to the subject (the lexicon's "receive" rows code visits and access)."""
    if _givers(tok):
        return Trigger("AID", None, (), Condition())
    return None


_HELP_VERBS = {"help", "assist"}


def _helped_parties(tok: Token) -> list[Token]:
    """Whom "help X do Y" helps: the subject the parser gives the helped act ("would help
    Denmark investigate the attack", "helped Mali fight the jihadists")."""
    if tok.lemma_.casefold() not in _HELP_VERBS or tok.pos_ != "VERB":
        return []
    return [s for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and c.tag_ == "VB"
            for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN") and s.i > tok.i]


def _help_to_act(tok: Token) -> Trigger | None:
    """"NATO will help Denmark investigate": helping a named party do something is aid (the
    lexicon's row needs a person-like object; here the helped party is the clause's subject)."""
    if _helped_parties(tok) and any(c.dep_ == "nsubj" for c in tok.children):
        return Trigger("AID", None, (), Condition())
    return None


def _call_on_hosts(tok: Token) -> list[Token]:
    """Whom "called on" names: the object of "on" (or the object the parser hangs beside it)."""
    if tok.lemma_.casefold() != "call" or tok.i + 1 >= len(tok.doc):
        return []
    on = tok.doc[tok.i + 1]
    if on.lower_ != "on" or on.head.i != tok.i or on.dep_ not in ("prep", "prt"):
        return []
    hosts = [p for p in on.children if p.dep_ == "pobj"]
    hosts += [c for c in tok.children if c.dep_ == "dobj" and c.i > on.i]
    return [h for h in hosts if h.ent_type_ not in ("DATE", "TIME")]


def _call_on(tok: Token) -> Trigger | None:
    """"called on Prime Minister X at his residence" is a courtesy visit (CONSULT visit);
    "called on X to release …" / "called on X for restraint" is a request. The lexicon's
    rows cannot tell the two apart (the parser makes the host either the object of "on" or a
    direct object, which read as a phone call)."""
    hosts = _call_on_hosts(tok)
    if not hosts:
        return None
    if _has_complement(tok) or any(c.dep_ in ("advcl", "xcomp") for c in tok.children) \
            or any(c.dep_ == "prep" and c.lower_ == "for" for t in (tok, *hosts) for c in t.children):
        return Trigger("REQUEST", None, (), Condition())
    if not _words(hosts) & word_classes()["person_like"] and not any(h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for h in hosts):
        return None
    return Trigger("CONSULT", "visit", ("diplomatic",), Condition())


_NAMING_VERBS = {"call", "describe", "brand", "label", "term", "dub"}
_NAME_CALLING = Trigger("ACCUSE", "disapprove", (), Condition())


def _name_calling(tok: Token) -> Trigger | None:
    """"called the decision cruel", "branded the detentions a provocation", "described the
    vote as a sham": naming something with a word of condemnation condemns it (ACCUSE)."""
    if tok.lemma_.casefold() not in _NAMING_VERBS:
        return None
    objects = _named_objects(tok)
    if not objects or objects[0].lower_ in ("what", "which", "that", "whatever"):
        return None  # "an end to what he described as barbaric attacks": the phrase names the attacks
    complements = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")]
    complements += [c for c in tok.children if c.dep_ == "dobj"][1:]  # "called the vote a sham" as two objects
    complements += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    complements += [s for c in tok.children if c.dep_ == "dobj" for s in c.children if s.dep_ in ("amod", "acl", "npadvmod") and s.i > c.i]
    named = {t.i for o in objects for t in o.subtree}
    condemning = word_classes().get("condemnation", frozenset())
    for comp in complements:
        if any((t.lemma_.casefold() in condemning or t.lower_ in condemning) and t.i not in named for t in comp.subtree):
            return _NAME_CALLING
    return None


def _named_objects(verb: Token) -> list[Token]:
    """What a naming verb names: its object, or the subject of the small clause the parse
    made of "called Israel's decision illegal"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"][:1]
    if not objects:
        objects = [s for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"][:1]
    return objects


_LEAVE_VERBS = {"leave", "depart", "quit", "exit"}
_EXPEL = Trigger("SANCTION", "expel", ("diplomatic",), Condition())


def _unwelcome(tok: Token) -> list[Token]:
    """Whom "declared … persona non grata" names (the parser reads "persona" as a verb whose
    subject is the diplomats: "declared three diplomats persona non grata")."""
    if tok.lemma_.casefold() != "declare":
        return []
    words = [t.lower_ for t in tok.subtree]
    if not any(words[i:i + 3] == ["persona", "non", "grata"] for i in range(len(words) - 2)):
        return []
    out = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in ("persona", "grata")]
    out += [s for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd") for s in c.children if s.dep_ in ("nsubj", "dobj")
            and s.lower_ not in ("persona", "grata")]
    return out


def _ordered_out(tok: Token) -> list[Token]:
    """Envoys ordered or told to leave ("ordered three embassy staff to leave the country")."""
    if tok.lemma_.casefold() not in ("order", "tell", "ask", "give") or not any(
            c.dep_ in ("xcomp", "advcl", "relcl", "acl") and c.lemma_.casefold() in _LEAVE_VERBS
            for t in (tok, *tok.children) for c in t.children):
        return []
    envoys = word_classes()["envoy"] | {"diplomat", "embassy"}
    return [o for o in (c for c in tok.children if c.dep_ in ("dobj", "dative")) if _words([o]) & envoys]


def _expulsion(tok: Token) -> Trigger | None:
    """Declaring diplomats persona non grata or ordering embassy staff out is an expulsion
    (SANCTION expel, CAMEO 166)."""
    return _EXPEL if _unwelcome(tok) or _ordered_out(tok) else None


def _deadline_demand(tok: Token) -> Trigger | None:
    """"gave police 48 hours to free the detainees": a deadline set for another party is a
    demand on it (REQUEST), and what it must do is that party's act (see ``deadline_of``)."""
    return Trigger("REQUEST", None, (), Condition()) if deadline_clause(tok) is not None and not _ordered_out(tok) else None


_THREAT_OBJECT_NOUNS = {"retaliation", "consequence", "consequences", "response", "reprisal", "action", "force", "escalation", "war", "strike", "attack"}


def _threat_warning(tok: Token) -> Trigger | None:
    """"warned" is a threat only when the speaker announces its own action ("warned it would
    retaliate", "warned of retaliation"); a warning about a state of affairs is not an event."""
    if tok.lemma_.casefold() != "warn":
        return None
    for c in tok.children:
        if c.dep_ == "ccomp":
            auxes = {a.lower_ for a in c.children if a.dep_ == "aux"}
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if auxes & {"will", "would", "could", "'ll"} and subj is not None and subj.lower_ in ("it", "they", "we", "i", "he", "she"):
                return Trigger("THREATEN", None, (), Condition())
            if auxes & {"will", "would", "'ll"} and c.lemma_.casefold() == "pay" and any(
                    d.lemma_.casefold() == "price" and d.dep_ == "dobj" or d.lower_ == "dearly" for d in c.children):
                return Trigger("THREATEN", None, (), Condition())  # "warned that X would pay a heavy price"
            if auxes & {"will", "would", "'ll"} and (
                    any(d.dep_ == "prep" and d.lower_ == "with" and any(p.dep_ == "pobj" and p.lemma_.casefold() in _THREAT_OBJECT_NOUNS
                                                                         for p in d.children) for d in c.children)
                    or c.lemma_.casefold() == "face" and any(d.dep_ == "dobj" and d.lemma_.casefold() in _THREAT_OBJECT_NOUNS for d in c.children)):
                # "warned that any aggression would be met with force", "… would face consequences"
                return Trigger("THREATEN", None, (), Condition())
            inner = match(c) if auxes & _FUTURE_MODALS else None
            if inner is not None and inner.type in _FORCE - {"PROTEST"}:
                # "Ahn warned that Seoul could retaliate": force announced by the speaker's
                # side (marked so that its subject is not taken for the recipient).
                return Trigger("THREATEN", None, (), Condition(complement=True))
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(p.lemma_.casefold() in _THREAT_OBJECT_NOUNS for p in c.children if p.dep_ == "pobj"):
                return Trigger("THREATEN", None, (), Condition())
    return None


def _reported_obligation(tok: Token) -> Trigger | None:
    """"Britain said that Iran must release the sailors": saying that another party must act
    is a demand on that party (the speaker's own "must" — "said it must respond" — is not)."""
    if tok.lemma_.casefold() not in reporting_verbs():
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or not any(a.dep_ == "aux" and a.lower_ == "must" for a in c.children):
            continue
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        # A named party must act: "said the reforms must continue" demands nothing of anyone.
        if subj is not None and subj.pos_ != "PRON" and any(
                t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in subj.subtree):
            return Trigger("REQUEST", None, (), Condition())
    return None


# --------------------------------------------------------------------------------------
# Participants

def _venue_entities(noun: Token, parts: Participants) -> set[str]:
    """Entities named in an "in"/"at" phrase on ``noun``: the place of a meeting."""
    return {e for q in noun.children if q.dep_ == "prep" and q.lower_ in ("in", "at")
            for t in q.subtree for e in parts.at(t) if parts.types.get(e) in ("GPE", "LOC", "FAC")
            and e not in parts.country_ids}


def _describes_accord(verb: Token) -> bool:
    """"accused Hezbollah of violating the truce agreed last November", "respect the deal
    signed in 2024": a bare participle right after an accord that is another verb's object
    says how the accord came about (the parser may hang it on the main verb); the main
    clause's subject did not agree or sign it."""
    noun = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("acl", "advcl", "conj") and noun is not None
            and noun.dep_ in ("dobj", "pobj") and noun.lemma_.casefold() in word_classes().get("proposal", ())
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children))



_OUTLAW_NOUNS = {noun[:-1] for noun in ARMED_MEMBER_NOUNS} | {  # ("rebels" → "rebel", the lemma)
                 "gang", "gangster", "gunman", "gunmen", "bandit", "kidnapper", "robber", "smuggler", "trafficker",
                 "cartel", "mob", "assailant", "attacker", "pirate",
                 # people who travel to where they act ("negotiators in Cairo", "diplomats in Brussels")
                 "negotiator", "mediator", "diplomat", "envoy", "delegate", "delegation", "observer", "monitor"}


def _doers_not_their_town(noun: Token, parts: Participants) -> list[str]:
    """The parties a doer's phrase names, less the town an outlaw group or travelling envoys
    are placed in: "extortion gangs in Lima", "negotiators in Cairo" are no one named ("a court
    in Oslo" acts for the state the town stands for, "security forces in Guinea" are Guinea's)."""
    found = parts.of_phrase(noun)
    if noun.ent_type_ or noun.lemma_.casefold() not in _OUTLAW_NOUNS:
        return found
    towns = {e for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
             for q in c.children if q.dep_ == "pobj" for e in parts.of_phrase(q) if parts.place(e)}
    return [e for e in found if e not in towns]

def _subject(verb: Token, parts: Participants, hops: int = 0) -> tuple[list[str], Token | None]:
    """Entities of the doer of ``verb`` and the token naming them."""
    if hops > 5:
        return [], None
    governor = stranded_governor(verb)
    if governor is not None and governor.lemma_.casefold() in _OBJECT_CONTROL:
        # "A group … on Wednesday called on the junta to release …", misparsed with the
        # infinitive as root: the party called on releases, as in the usual parse.
        controllers = [c for c in governor.children if c.dep_ == "dobj"]
        controllers += [p for c in governor.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
        if controllers:
            return parts.of_phrase(controllers[0]), controllers[0]
    # "GDANSK, May 3 - Police detained …": the parse makes the dateline a second subject.
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not at_dateline(c.doc[c.i:c.i + 1])] or subjects
        # "Sudan's paramilitary Rapid Support Forces shelled …" parsed with the adjective as a
        # subject of its own (and "Sudan's" its owner): the name is the doer.
        subjects = [c for c in subjects if c.pos_ != "ADJ"] or subjects
    if len(subjects) > 1 and any(c.dep_ == "mark" and subjects[0].i < c.i < subjects[-1].i for c in verb.children):
        # "X named Y as chief …, a week after Bekov resigned", parsed with the main clause's
        # subject on "resigned" too: the subject after "after" is the verb's own.
        subjects = [subjects[-1]]
    if len(subjects) > 1 and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in subjects[0].children):
        # "Ethiopian Prime Minister X and Kenyan President Y signed …": the parse hangs both
        # names on the verb as subjects of their own, the "and" on the first; both are doers.
        ids = [e for c in subjects for e in parts.of_phrase(c)]
        if ids:
            return list(dict.fromkeys(ids)), subjects[-1]
    if subjects and verb.sent.start == 0:
        # A headline "Iran, Saudi Arabia Agree …", "Peru, Chile Hold Talks": the parse makes the
        # state before the comma a second subject or an adverbial; both are the doers.
        listed = [c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and c.i < subjects[-1].i
                  and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "," and c.ent_type_ == "GPE"]
        if listed:
            ids = [e for c in [*listed, subjects[-1]] for e in parts.of_phrase(c)]
            if len(ids) > 1:
                return list(dict.fromkeys(ids)), subjects[-1]
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i == subjects[0].i:
            return _doers_not_their_town(c, parts), c
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return _doers_not_their_town(p, parts), p
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            if hops > 0:  # raising: "Carney is set to meet", "talks are expected to resume"
                return parts.of_phrase(c), c
            if verb.lemma_.casefold() == "engage" and any(p.dep_ == "prep" and p.lower_ == "in" for p in verb.children):
                return parts.of_phrase(c), c  # "forces were engaged in fighting": a state, not a passive
            return [], None
    head = verb.head
    if head.i == verb.i:
        return [], None
    if gerund_read_as_modifier(verb):
        # "India denied shelling villages": the one who denies is the one who shelled.
        return _subject(head.head, parts, hops + 1)
    charged = gerund_after_charge(verb)
    if charged is not None:
        return parts.of_phrase(charged), charged  # "accused the army of bombing markets": the army
    if _describes_accord(verb):
        return [], None
    dep = verb.dep_
    given = deadline_of(verb)
    if given is not None:
        return parts.of_phrase(given), given  # "gave police 48 hours to free the detainees": the police
    if dep == "conj" and (verb.tag_ == "VBN" or verb.lemma_.casefold() in _GIVING_VERBS and not any(c.dep_ == "dative" for c in verb.children)) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children) \
            and any(c.dep_ == "auxpass" for c in head.children) and not any(c.dep_ == "agent" for c in head.children):
        # "The ambassador was summoned … and handed a protest note": the participle shares the
        # passive, and its subject is acted on.
        return [], None
    if dep == "conj" and _passive_conjunct(verb):
        # "He fled to Brazil and was arrested in Sao Paulo": the shared subject is the one
        # acted on (see ``_shared_patients``), not the doer.
        return [], None
    if dep == "advcl" and head.lemma_.casefold() in _OBJECT_CONTROL and frames().get(head.lemma_.casefold()) == "request" \
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.left_edge.i for c in verb.children):
        # "called on Nigeria's army to free the schoolgirls" with the infinitive parsed as an
        # adverbial: right after the party called on, it is that party's act.
        controllers = [c for c in head.children if c.dep_ == "dobj"]
        controllers += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
        controller = next((c for c in controllers if c.right_edge.i + 1 == verb.left_edge.i), None)
        if controller is not None:
            return parts.of_phrase(controller), controller
    if dep == "xcomp" or dep == "ccomp" and head.lemma_.casefold() in ("call", "urge", "press"):
        if head.lemma_.casefold() in _OBJECT_CONTROL:
            for c in head.children:
                if c.dep_ in ("dobj",):
                    if head.lemma_.casefold() == "call":
                        continue  # "called Banda to congratulate her": the caller's purpose ("called on X to" is X's)
                    return parts.of_phrase(c), c
                if c.dep_ == "nsubjpass":
                    return parts.of_phrase(c), c  # "Israel was asked by Egypt to open the crossing"
                if c.dep_ == "prep" and (c.lower_ == "on" or c.lower_ == "to" and head.lemma_.casefold() in ("appeal", "plead")):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return parts.of_phrase(p), p
        return _subject(head, parts, hops + 1)
    if dep == "pcomp" and head.lower_ == "of" and head.head.dep_ == "pobj" and head.head.head.head.pos_ == "VERB" \
            and head.head.head.head.lemma_.casefold() in ("accuse", "suspect", "blame", "charge", "convict") \
            and any(c.dep_ == "dobj" for c in head.head.head.head.children):
        # 'accused "armed groups" among the protesters of shooting at police': the parse hung
        # "of shooting" on the noun after the accused; the accused still did it.
        accused = next(c for c in head.head.head.head.children if c.dep_ == "dobj")
        return parts.of_phrase(accused), accused
    if dep == "pcomp" and (head.lower_ in ("of", "for", "against", "from")
                           or head.lower_ == "with" and head.head.lemma_.casefold() in _CHARGE_VERBS) \
            and head.head.pos_ == "VERB":
        # "accused Armenia of violating the truce": the accused did it; so does the one warned
        # against or kept from doing it ("warned Seoul against holding drills", "barred
        # Ankara from joining").
        # "Russia was accused by Ukraine of shelling Kharkiv": the passive subject is the accused.
        accused = next((c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if accused is not None:
            return parts.of_phrase(accused), accused
    if dep == "conj" and head.lower_ in _AFFILIATION_PARTICIPLES and head.i < verb.i:
        # "Hackers linked to Russian military intelligence attacked …", parsed with "linked" as
        # the main verb: unnamed doers are named by whom they are linked to.
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        named = parts.of_phrase(subj) if subj is not None else []
        if not named:
            named = [e for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                     for p in c.children if p.dep_ == "pobj" for e in parts.of_phrase(p)]
        if named:
            return named, subj
    upper = reporter_conjunct(verb)
    if upper is not None:
        return _subject(upper, parts, hops + 1)  # "denied that its troops had fired and accused Thailand"
    if dep == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ in ("VBG", "VB"):
        # "accused Armenia of violating the truce and called for…": a finite verb
        # conjoined to a gerund belongs with the finite verb above it.
        upper = finite_above(head)
        if upper.i != head.i:
            return _subject(upper, parts, hops + 1)
    if dep == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "ccomp" \
            and any(c.dep_ == "auxpass" for c in head.children) and frames().get(verb.lemma_.casefold()) in ("request", "report", "threat"):
        # "Amnesty said some were being held … and urged Moscow to free them": a demand
        # conjoined to a reported passive is the reporter's own.
        return _subject(head.head, parts, hops + 1)
    reporter = _reporter_of(verb)
    if reporter is not None:
        # "said the violence was unacceptable and called on Tbilisi to …": the reporter's act
        return _subject(reporter, parts, hops + 1)
    if dep in ("conj", "advcl", "pcomp", "prep") or dep == "advmod" and verb.lower_ == "short" and stops_short(head):
        return _subject(head, parts, hops + 1)  # (also "stopped short of imposing sanctions")
    if dep == "relcl":
        if head.dep_ == "dobj" and head.head.lemma_.casefold() == "summon" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "The ministry summoned the Chinese ambassador to protest": the summoner protests.
            return _subject(head.head, parts, hops + 1)
        return parts.of_phrase(head), head
    if dep == "acl":
        stranded = stranded_infinitive(verb)
        if stranded is not None:
            # "A group of experts on Wednesday called on the junta to release …": the subject
            # the parser gave the root infinitive is the participle's.
            subj = next(c for c in stranded.children if c.dep_ == "nsubj")
            return parts.of_phrase(subj), subj
        if head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") and verb.i > head.i and not any(c.dep_ == "agent" for c in verb.children) \
                and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(t.text == "," for t in verb.doc[head.i + 1:verb.i])
                     and (head.pos_ == "PROPN" or any(c.dep_ == "dobj" for c in verb.children))):
            # "Russia, which has bases in both countries, offered to mediate", "A coalition of
            # rights groups on Friday called on Ethiopia to …": with no verb for a root the
            # parser hangs the predicate on the subject as a participle (a past tense it tags
            # as such is finite; so is one with a direct object after an apposition, "The
            # envoy, Christoph Baumann, accused Draganic of …").
            return parts.of_phrase(head), head
        if verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children) and head.pos_ == "NOUN" \
                and (match(head) is not None or head.lemma_.casefold() in weapons()):
            # "Israeli airstrikes killed 40 Palestinians" read as a reduced relative: a
            # participle with an object is active, and the attack noun is its doer.
            return parts.of_phrase(head), head
        if verb.tag_ == "VBN":
            return [], None  # "the agreement signed in March": the noun is the object
        if head.pos_ in ("NOUN", "PROPN"):
            # "plans to speak": the planner; "an offer by X to host": the offerer.
            poss = [c for c in head.children if c.dep_ == "poss"]
            if poss:
                return parts.of_phrase(poss[0]), poss[0]
            if verb.tag_ == "VB" and head.lemma_.casefold() in word_classes().get("proposal", ()) | {"plan", "scheme", "bid"}:
                # "an EU plan to lend Ukraine 50 billion euros", "a German proposal to send
                # tanks": the state or body the plan is named after would act, not whoever
                # approves or blocks it.
                planners = [e for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i
                            for e in parts.of_phrase(c) if not parts.place(e)]
                if planners:
                    return planners, head
            proposers = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                         for p in c.children if p.dep_ == "pobj"]
            if proposers and verb.tag_ == "VB" and head.lemma_.casefold() in word_classes().get("proposal", ()):
                # "a proposal from Washington to deploy troops": the proposer would act.
                named = [e for p in proposers for e in parts.of_phrase(p)]
                if named:
                    return named, proposers[0]
            if verb.tag_ == "VBG" and head.lemma_.casefold() in _DOCUMENT_NOUNS:
                # "a U.N. Security Council resolution demanding a ceasefire", "an EU statement
                # condemning the attack": the document speaks for whoever issues it.
                issuers = [e for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i
                           for e in parts.of_phrase(c)]
                if issuers:
                    return issuers, head
            if head.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
                governor = head.head if head.dep_ != "pobj" else head.head.head
                return _subject(governor, parts, hops + 1)
            if head.dep_ == "nsubj":
                return [], None
        return _subject(head, parts, hops + 1)
    if dep in ("pobj", "acomp", "attr", "oprd", "dep", "npadvmod") or head.pos_ in ("AUX",):
        return _subject(head, parts, hops + 1)
    return [], None


# "charged GRU officers with hacking the grid": the one charged did it.
_CHARGE_VERBS = {"charge", "indict", "credit", "task", "entrust"}


# Verbs of giving whose passive keeps the thing given as object ("was handed a protest note"),
# which the tagger may read as a past tense.
_GIVING_VERBS = {"hand", "give", "serve", "issue", "present", "show"}
_OBJECT_PRONOUNS = {"them": True, "him": False, "her": False}
# Definite nouns that take up a named organisation ("the group", "the militia", "the bloc").
_GROUP_ANAPHORS = GROUP_NOUNS | ARMED_MEMBER_NOUNS | {"bloc", "alliance", "company", "firm"}


def _reporter_of(verb: Token) -> Token | None:
    """The reporting verb whose act a conjunct of the reported clause is: besides
    ``reporter_of_conjunct``, a conjunct whose object pronoun takes up the reported clause's
    subject ("said the diplomats had 72 hours to leave and accused them of spying": the
    diplomats do not accuse themselves)."""
    found = reporter_of_conjunct(verb, _reports)
    if found is not None:
        return found
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.dep_ != "ccomp" or not _reports(head.head) \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    addressed = [c for c in verb.children if c.dep_ == "dobj"]
    addressed += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    if subj is not None and subj.pos_ == "PROPN" and any(
            c.lower_ in _GROUP_ANAPHORS and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
            and not any(d.dep_ in ("prep", "compound", "amod") for d in c.children) for c in addressed):
        # "said the Rapid Support Forces had blocked convoys and urged the group to allow safe
        # passage": "the group" takes up the named subject, which does not urge itself.
        return head.head
    pron = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _OBJECT_PRONOUNS), None)
    if subj is None or pron is None or subj.pos_ == "PRON":
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    return head.head if plural == _OBJECT_PRONOUNS[pron.lower_] else None


def _reports(verb: Token) -> bool:
    return verb.lemma_.casefold() in reporting_verbs() or frames().get(verb.lemma_.casefold()) == "report"


def _passive_conjunct(verb: Token) -> bool:
    """A passive verb conjoined to another that has no subject of its own: "fled … and was
    arrested"."""
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def _shared_patients(verb: Token, parts: Participants) -> list[str]:
    """Whom a passive conjunct acts on: the subject it shares with the verb before it."""
    if not _passive_conjunct(verb):
        return []
    head = verb.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return parts.of_phrase(subj) if subj is not None else []


_BORDER_NOUNS = {"border", "frontier", "boundary"}
_WHERE_ON_BORDER = {"near", "along", "on", "at", "across", "by", "around", "close"}


def _border_with(prep: Token) -> bool:
    """"struck a plant near the border with Belarus": the parser often hangs "with Belarus" on
    the verb, but the with-phrase right after a border noun says which border it is; the
    neighbour is no side of the act."""
    if prep.lower_ != "with" or prep.i == 0:
        return False
    border = prep.doc[prep.i - 1]
    # Only where the act took place ("near/along/on the border with"): a border that is acted
    # on ("closed its border with Syria") or gone to ("troops to the border with") concerns the neighbour.
    return (border.lemma_.casefold() in _BORDER_NOUNS and border.pos_ == "NOUN" and border.dep_ == "pobj"
            and border.head.lower_ in _WHERE_ON_BORDER)


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps and not _border_with(c):
            out.extend(p for p in c.children if p.dep_ == "pobj")
            if c.dep_ == "dative" and c.pos_ != "ADP":
                out.append(c)
    return out


def _participants(cand: Candidate, parts: Participants) -> tuple[list[str], list[str], Token | None]:
    trig, entry, carrier = cand.trigger, cand.entry, cand.carrier
    type_ = entry.type
    preps = _PREPS.get(type_, _PREPS["default"])
    if "territory" in entry.contexts:
        preps = preps | {"from"}  # "recaptured the town from the rebels"
    if entry.mode in ("arrest", "deport", "convict"):
        # "arrested on an Interpol notice", "on charges of …", "convicted of fraud", "sentenced
        # for insulting the president": the grounds, not a party.
        preps = preps - {"on", "of", "for"}
    if trig.lemma_.casefold() in _TWO_SIDED:
        # Two-sided fighting names its other side with "with"/"against"/"between"; "at", "on",
        # "in", "near" say where it was ("exchanged fire at the Torkham border crossing"), and
        # a place is never a side.
        preps = preps & _SIDE_PREPS
    actors: list[str] = []
    recipients: list[str] = []
    subj_tok = None

    def add(target: list[str], ids: list[str]) -> None:
        for e in ids:
            if e not in target:
                target.append(e)

    def others() -> list[str]:
        # Recipients other than the actors ("its strike" names the striker, who is dropped
        # from the recipients later): the fallbacks below look for a real other party.
        return [r for r in recipients if r not in actors]

    givers = _givers(trig) if type_ == "AID" else []
    if givers:
        # "Ukraine will receive F-16 jets from Norway": the giver acts, the receiver receives.
        receivers, subj_tok = _subject(trig, parts)
        for g in givers:
            add(actors, parts.of_phrase(g, allow_things=False))
        add(recipients, [r for r in receivers if r not in actors])
        return actors, recipients, subj_tok
    if trig.pos_ == "VERB":
        actors, subj_tok = _subject(trig, parts)
        topic_object = type_ == "CONSULT" and trig.lemma_.casefold() not in _CONSULT_OBJECT_VERBS
        for c in trig.children:
            if c.dep_ in ("dobj", "nsubjpass") and (_moves_forces(entry) or type_ in _GIVING_TYPES and _names_forces(c)):
                # "ordered troops to the border", "pulled its troops back", "pledged 5,000
                # troops": the forces that move or are given are no target (manual 3.14); where
                # they go may be ("deployed peacekeepers in Iraq").
                add(recipients, [e for e in parts.of_phrase(c, allow_things=False) if parts.sectors.get(e) not in ("MIL", "COP")])
                continue
            if c.dep_ == "dobj" and any(d.dep_ == "dative" and d.pos_ != "ADP" and parts.of_phrase(d) for d in trig.children):
                continue  # "would give Ukraine three Patriot systems": the dative receives, the object is given
            if c.dep_ == "dobj" and type_ in _GIVING_TYPES and c.lemma_.casefold() in word_classes().get("aid", ()) \
                    and any(p.dep_ == "poss" for p in c.children):
                # "offered Moscow's help", "pledged Tokyo's support to Manila": whose help it is
                # gives it; only what hangs on the help (its to-phrase) may receive it.
                givers = {e for p in c.children if p.dep_ == "poss" for e in parts.of_phrase(p)}
                add(recipients, [e for e in parts.of_phrase(c, allow_things=False) if e not in givers])
                continue
            if c.dep_ == "dobj" and type_ == "ACCUSE" and _condemned_act(c, match(c)):
                # "condemned the sanctions against Russia", "the use of force against
                # protesters": the condemned act's victims are not accused; its doers are
                # (found below), and a state word on the act names them ("the Russian strikes").
                victims = [*_prep_objects(c, _VICTIM_PREPS),
                           *(q for o in _prep_objects(c, {"of"}) for q in _prep_objects(o, _VICTIM_PREPS))]
                if c.lemma_.casefold() in _PATIENT_NOUNS:
                    # "condemned the arrest of X", "condemned X's arrest": X suffered it
                    victims += [*_prep_objects(c, {"of"}), *(p for p in c.children if p.dep_ == "poss")]
                suffer = {e for q in victims for e in parts.of_phrase(q)}
                add(recipients, [e for e in parts.of_phrase(c, allow_things=False) if e not in suffer])
                continue
            if c.dep_ == "dobj" and type_ in ("SUPPORT", "ACCUSE") and c.lemma_.casefold() in _PATIENT_NOUNS:
                # "welcomed his removal", "condemned the journalist's arrest": the one removed or
                # arrested is not the one supported or accused; whoever did it may be named.
                patients = {e for p in c.children if p.dep_ == "poss" for e in parts.of_phrase(p)} | {
                    e for q in _prep_objects(c, {"of"}) for e in parts.of_phrase(q)}
                add(recipients, [e for e in _doers_of_noun(c, trig, parts) if e not in patients])
                continue
            if c.dep_ in ("dobj", "dative", "nsubjpass"):
                if topic_object:
                    # "discussed Moscow's concerns with Trump": the object is the topic.
                    for p in _prep_objects(c, {"with"}):
                        add(recipients, parts.of_phrase(p, allow_things=False))
                else:
                    add(recipients, parts.of_phrase(c, allow_things=False))
        add(recipients, _shared_patients(trig, parts))
        for c in trig.children:
            if c.dep_ == "npadvmod" and c.like_num and type_ == "ASSAULT":
                # "shot down 22 of 31 drones launched by Russia": a count the parser leaves as
                # an adverbial holds the object in its of-phrase.
                for p in _prep_objects(c, {"of"}):
                    add(recipients, parts.of_phrase(p, allow_things=False))
        if not others() and subj_tok is not None and _pos(subj_tok) == "NOUN" \
                and (subj_entry := match(subj_tok)) is not None and subj_entry.type == type_:
            # "A missile strike on the city of Dnipro killed 14 people": the attack noun that
            # does the verb's deed names its target when the victims name no one.
            for p in _prep_objects(subj_tok, {"on", "against"}):
                add(recipients, _party_or_doers(p, parts))
        for h in _call_on_hosts(trig):  # "called on the Prime Minister", "called on Iran to …"
            add(recipients, parts.of_phrase(h, allow_things=False))
        for h in _helped_parties(trig):  # "would help Denmark investigate the attack"
            add(recipients, parts.of_phrase(h, allow_things=False))
        for h in _unwelcome(trig):  # "declared three Belarusian diplomats persona non grata"
            add(recipients, parts.of_phrase(h, allow_things=False))
        for o in _described_as(trig):  # "struck what the army called Hezbollah positions"
            add(recipients, parts.of_phrase(o, allow_things=False))
        for p in _prep_objects(trig, preps):
            add(recipients, _party_or_doers(p, parts))
        if not topic_object:
            # "lifted a curfew in Montenegro", "cut ties with Iran", "recalled its ambassador
            # from Paris"; "banned a rally by the opposition", "prevented a march staged by students"
            for c in trig.children:
                if c.dep_ == "dobj" and (type_ in _CONFLICT_TYPES and match(c) is not None or type_ in _DOER_IS_TARGET):
                    # "demanded an apology by Minsk", "rejected a proposal by Pyongyang":
                    # whoever does the demanded, rejected or condemned act is the recipient.
                    add(recipients, _doers_of_noun(c, trig, parts))
                if c.dep_ == "dobj":
                    obj = _measured(c)
                    entry_obj = match(obj)
                    object_preps = preps - {"of"} if entry_obj is not None else (preps & {"from", "to"}) | _COUNTERPART_PREPS
                    if _names_aid(obj):
                        object_preps |= {"for", "to"}  # "suspended a development aid program for Mali"
                    if type_ == "REJECT" and entry_obj is not None and entry_obj.type == "AGREE":
                        object_preps |= _COUNTERPART_PREPS  # "terminated its defence agreement with France"
                    if type_ == "REQUEST" and obj.lemma_.casefold() in word_classes().get("refuge", ()):
                        # "sought asylum in Pakistan" (the parser hangs "in" on either word)
                        object_preps |= {"in"}
                        for p in _prep_objects(trig, {"in"}):
                            add(recipients, parts.of_phrase(p, allow_things=False))
                    if type_ == "ACCUSE" and _condemned_act(obj, entry_obj):
                        # "condemned the use of force against protesters", "condemned the attack
                        # on the embassy": who suffers the condemned act is not the one accused.
                        object_preps = object_preps - _VICTIM_PREPS
                    for p in _prep_objects(obj, object_preps):
                        add(recipients, _party_or_doers(p, parts))
        if type_ == "ACCUSE" and trig.lemma_.casefold() in _NAMING_VERBS and not others():
            # "called Israel's decision illegal": whoever made what is condemned.
            for o in _named_objects(trig):
                add(recipients, _doers_of_noun(o, trig, parts) or parts.of_phrase(o, allow_things=False))
        for p in _up_to_objects(trig):
            add(recipients, parts.of_phrase(p, allow_things=False))
        for p in _prep_objects(trig, _ARGUMENT_PREPS - preps):
            # "reneged on its commitment to ECOWAS": the prepositional object
            # stands for a direct object; its own complement names the other party.
            for q in _prep_objects(p, _COUNTERPART_PREPS | {"to"}):
                add(recipients, parts.of_phrase(q, allow_things=False))
        addressed = type_ == "REQUEST" and any(
            c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN") and any(x.dep_ in ("xcomp", "ccomp") for x in trig.children)
            for c in trig.children)
        if type_ in ("REQUEST", "THREATEN", "AGREE", "REJECT") and not others() and not addressed:
            # ("urged allies to keep up pressure on Moscow": the request is made of the allies,
            # whom the text does not name, not of Moscow.)
            embedded = _embedded_recipients(trig, parts)
            if type_ == "REJECT" and frames().get(trig.lemma_.casefold()) == "fail":
                # "Araghchi denied that Iran had enriched uranium", "denied that its troops had
                # fired": who is cleared is the denier's own side, not the one the denial answers.
                own = {parts.countries.get(a) for a in actors} - {None}
                embedded = [e for e in embedded if parts.countries.get(e) not in own]
            add(recipients, embedded)
        if type_ == "THREATEN":
            add(recipients, _conditional_subjects(trig, parts))
    else:
        noun_actors: list[str] = []
        for c in trig.children:
            if c.dep_ == "poss" and trig.lemma_.casefold() in _PATIENT_NOUNS:
                # "Castillo's detention", "the journalist's killing": the possessor suffers it.
                add(recipients, parts.of_phrase(c))
                continue
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < trig.i \
                    and not (c.dep_ == "compound" and headline_verb_between(c, trig)):
                # "the Jeddah talks", "the Wye River accord": a place that is no state
                # names where, not who; nor does a capital alone ("the Jakarta summit"), though
                # its entity is the state; nor do "the Tbilisi protests" make the state a protester.
                if c.dep_ == "compound" and _seat_of_state(c) and (type_ in _RECIPROCAL_TYPES or type_ == "PROTEST") \
                        and not any(d.dep_ in ("compound", "conj", "punct") for d in c.children):
                    continue
                add(noun_actors, [e for e in parts.of_phrase(c) if c.dep_ == "poss" or not parts.place(e)])
            if c.dep_ == "prep" and c.lower_ == "by":
                add(noun_actors, [e for p in c.children if p.dep_ == "pobj" for e in parts.of_phrase(p)])
            if c.dep_ == "prep" and (c.lower_ == "between" or c.lower_ == "of" and type_ in _RECIPROCAL_TYPES):
                # "talks between X and Y", "a summit of the African Union"; the parser hangs
                # the venue on the last noun ("a meeting of foreign ministers in Brussels"):
                # a place inside the phrase is where they meet, not who.
                for p in c.children:
                    if p.dep_ == "pobj":
                        venue = _venue_entities(p, parts)
                        add(noun_actors, [e for e in parts.of_phrase(p) if e not in venue])
        if type_ in _RECIPROCAL_TYPES and carrier is None and trig.dep_ == "pobj" \
                and trig.head.lower_ in ("at", "during") and trig.head.head.pos_ == "VERB":
            # "The EU is expected to discuss sanctions at a meeting …": who acts at a
            # meeting takes part in it.
            add(noun_actors, _subject(trig.head.head, parts)[0])
        if carrier is not None:
            actors, subj_tok = _subject(carrier, parts)
            if type_ in _RECIPROCAL_TYPES and carrier.lemma_.casefold() in _HOSTING_VERBS and noun_actors \
                    and not set(actors) & set(noun_actors):
                # "Egypt hosted talks between Israel and Hamas": the parties meet, the host
                # receives them (mode third-party).
                return noun_actors, actors, subj_tok
            if type_ in _RECIPROCAL_TYPES:
                add(actors, noun_actors)
            elif not actors:
                actors = noun_actors
        else:
            actors = noun_actors
        if carrier is None and not actors and type_ in _CONFLICT_TYPES and trig.dep_ == "dobj" \
                and trig.head.lemma_.casefold() in _SUFFERING_VERBS:
            # "Turkey could face sanctions from the United States": the one who faces the act
            # receives it; the from- or by-phrase names who would do it.
            givers = [p for h in (trig, trig.head) for c in h.children if c.dep_ in ("prep", "agent")
                      and c.lower_ in ("from", "by") for p in c.children if p.dep_ == "pobj"]
            for p in givers:
                add(actors, parts.of_phrase(p))
            if actors:
                sufferer = next((c for c in trig.head.children if c.dep_ == "nsubj"), None)
                if sufferer is not None:
                    add(recipients, parts.of_phrase(sufferer))
                    subj_tok = sufferer
        if not actors and type_ in _NOUN_MOVER_TYPES:
            for p in _prep_objects(trig, {"of"}):
                add(actors, parts.of_phrase(p))
        noun_preps = set(preps) | ({"of"} if type_ in _NOUN_PATIENT_TYPES else set())
        for p in _prep_objects(trig, noun_preps):
            if p.head.lower_ == "of" and _moves_forces(entry):
                # "the withdrawal of 14,000 troops and police": the forces that leave.
                add(recipients, [e for e in _party_or_doers(p, parts) if parts.sectors.get(e) not in ("MIL", "COP")])
                continue
            add(recipients, _party_or_doers(p, parts))
        for p in _prep_objects(trig, {"of"}):
            # "a suspension of military cooperation with Niger", "the withdrawal of troops from Iraq"
            for q in _prep_objects(p, _COUNTERPART_PREPS | {"to", "from"}):
                add(recipients, parts.of_phrase(q, allow_things=False))
        if trig.dep_ == "compound" and trig.head.pos_ == "NOUN":
            # "a mediation effort between Iran and Saudi Arabia": the head noun
            # carries the compound trigger's arguments.
            for p in _prep_objects(trig.head, noun_preps | {"between"}):
                target = actors if p.head.lower_ == "between" and type_ in _RECIPROCAL_TYPES else recipients
                add(target, parts.of_phrase(p, allow_things=False))
        if type_ in ("REQUEST", "REJECT", "ACCUSE") and not others():
            # "its demand that Ethiopia withdraw its troops", "the charge that Minsk armed the
            # rebels": the party asked to act or accused.
            add(recipients, _that_clause_subjects(trig, carrier, parts))
        if carrier is not None:
            # "returned to Lima for talks", "converged on Tbilisi for a rally": where they went.
            # ("sent its envoy to Dubai for talks": where the envoy goes, as with motion verbs.)
            moved = carrier.lemma_.casefold() in _MOTION_VERBS or carrier.lemma_.casefold() in _SENDING_VERBS \
                and trig.dep_ == "pobj" and trig.head.lower_ == "for"
            carrier_preps = preps - {"to", "on", "into", "toward", "towards", "at"} if moved else preps
            if entry.mode == "visit" and carrier.lemma_.casefold() in _MOTION_VERBS:
                carrier_preps = carrier_preps | {"to", "in", "into", "at"}  # "arrived in Moscow for a visit": the host
            for p in _prep_objects(carrier, carrier_preps):
                add(recipients, parts.of_phrase(p, allow_things=False))
            for c in carrier.children:
                # "handed Kyrgyzstan a protest note": the parser may make the first of two
                # objects a second direct object.
                if c.dep_ == "dative" or c.dep_ == "dobj" and trig.dep_ == "dobj" and trig.head.i == carrier.i and c.i < trig.i:
                    add(recipients, parts.of_phrase(c, allow_things=False))
    if type_ in ("CONCEDE", "AGREE", "RETREAT") and not others():
        # "called off the strike after talks with the government", "released prisoners under
        # a deal with the United States": what is given up or agreed in talks or under a deal
        # goes to the other side of them.
        for holder in {t.i: t for t in (trig, carrier) if t is not None}.values():
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in ("after", "following", "under"):
                    for p in c.children:
                        talk = match(p) if p.dep_ == "pobj" and _pos(p) == "NOUN" else None
                        if talk is not None and talk.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
                            for q in _prep_objects(p, {"with"}):
                                add(recipients, parts.of_phrase(q, allow_things=False))
    if type_ in _CONFLICT_TYPES and not others():
        # "mobilized reservists for a possible war against Iraq", "began a hunger strike to
        # protest against the decision"
        root = carrier or trig
        scope = _clause_tokens(root)
        # Purpose clauses: "blocked roads to protest…", and on a noun "a rally to protest…".
        purposes = [c for h in {root.i: root, trig.i: trig}.values() for c in h.children
                    if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                    and (c.dep_ in ("advcl", "xcomp") or h.pos_ == "NOUN")]
        for c in purposes:
            scope += _clause_tokens(c)
        # "condemned the use of force against protesters": the victims of a condemned act.
        victim_preps = {t.i for c in root.children if type_ == "ACCUSE" and c.dep_ == "dobj" and _condemned_act(c, match(c))
                        for h in (c, *_prep_objects(c, {"of"})) for t in h.children if t.dep_ == "prep"}
        for t in scope:
            if t.dep_ == "prep" and t.lower_ == "against" and t.i not in victim_preps:
                for p in t.children:
                    if p.dep_ == "pobj":
                        add(recipients, _party_or_doers(p, parts))
        for c in purposes:  # "blocked roads to protest Ukrainian grain imports"
            if not others():
                for d in c.children:
                    if d.dep_ == "dobj":
                        add(recipients, parts.of_phrase(d, allow_things=False) or _doers_of_noun(d, c, parts))
    if type_ in ("SANCTION", "ASSAULT", "COERCE") and not others():
        # "the bloc could impose further sanctions if Tehran continued the deliveries": the
        # party whose conduct the measure waits on is its target.
        add(recipients, _conditional_subjects(carrier or trig, parts))
    if type_ == "PROTEST" and not others():
        add(recipients, _protest_demands(carrier or trig, parts))
        if trig.pos_ == "NOUN":
            # "a general strike that shut down Lagos": the place the protest stopped.
            for c in trig.children:
                if c.dep_ == "relcl":
                    for d in c.children:
                        if d.dep_ == "dobj":
                            add(recipients, [e for e in parts.of_phrase(d, allow_things=False) if parts.types.get(e) == "GPE"])
    recipients = [r for r in recipients if not parts.nowhere_party(r, trig.sent)]
    return actors, recipients, subj_tok


# Subjects of "killed", "injured", "destroyed" that are no one's act.
_NATURAL_CAUSES = {"fire", "blaze", "flood", "flooding", "earthquake", "quake", "storm", "cyclone", "hurricane",
                   "typhoon", "tornado", "landslide", "mudslide", "avalanche", "heatwave", "drought", "crash",
                   "accident", "collapse", "disease", "outbreak", "virus", "epidemic", "rain", "rains", "wildfire",
                   "bushfire", "tsunami", "eruption", "lightning", "stampede", "slide", "rockslide", "tremor",
                   "aftershock", "blizzard", "snowstorm", "downpour", "deluge", "mudflow", "monsoon", "sinkhole"}
# Texts that speak for their issuer ("a resolution demanding …", "a statement condemning …").
_DOCUMENT_NOUNS = {"resolution", "statement", "declaration", "communique", "letter", "report", "motion",
                   "bill", "decree", "order", "ruling", "verdict", "proposal", "petition", "memo", "post"}
_DEMAND_VERBS = {"demand", "call", "urge", "seek"}


def _protest_demands(root: Token, parts: Participants) -> list[str]:
    """Whom protesters' demands are aimed at: "a march calling for the removal of the
    president", "protesters demanding the resignation of the governor"."""
    out: list[str] = []
    for t in root.subtree:
        if t.pos_ != "VERB" or t.lemma_.casefold() not in _DEMAND_VERBS or t.dep_ not in ("acl", "advcl", "xcomp", "relcl"):
            continue
        objs = [c for c in t.children if c.dep_ == "dobj"]
        objs += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        for o in objs:
            out += [e for e in parts.of_phrase(o, allow_things=False) if e not in out]
    return out


_COUNTERPART_PREPS = {"with", "against"}
# Prepositions a verb takes its object with ("reneged on", "backed out of", "withdrew from"),
# not those of place, time or reason ("criticised Turkey for its talks with Russia").
_ARGUMENT_PREPS = {"on", "upon", "of", "from", "to", "against", "with", "into", "toward", "towards"}
_DOER_IS_TARGET = {"REQUEST", "REJECT", "ACCUSE"}


def _up_to_objects(verb: Token) -> list[Token]:
    """"kidnapped up to 16 Turkish workers": the parser takes "up" for a particle and the
    counted object for the object of "to"."""
    ups = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"]
    return [p for up in ups for c in [*verb.children, *up.children]
            if c.dep_ == "prep" and c.lower_ == "to" and c.i == up.i + 1
            for p in c.children if p.dep_ == "pobj" and any(n.dep_ == "nummod" for n in p.children)]


def _measured(noun: Token) -> Token:
    """The noun a partitive stands for: "part of a development aid program" → program."""
    if noun.lemma_.casefold() in word_classes().get("partitive", ()):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return noun


def _names_aid(noun: Token) -> bool:
    """An aid noun, or a noun an aid word modifies ("aid program", "relief convoy")."""
    for t in [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]:
        entry = match(t) if _pos(t) == "NOUN" else None
        if entry is not None and entry.type == "AID":
            return True
    return False


_VICTIM_PREPS = {"against", "on", "upon", "at"}
_HARMFUL_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"}
_FORCE_WORDS = {"force", "violence", "weapon", "gas", "cannon", "ammunition", "bullet"}


def _condemned_act(obj: Token, entry: Trigger | None) -> bool:
    """The object names a harmful act ("the attack on X", "the use of force against X")."""
    if entry is not None and entry.type in _HARMFUL_TYPES:
        return True
    return obj.lemma_.casefold() == "use" and bool(_words(_prep_objects(obj, {"of"})) & _FORCE_WORDS)


def _party_or_doers(noun: Token, parts: Participants) -> list[str]:
    """The parties a prepositional object names, or, when it names an act and no party, who
    does the act: "in protest against raids by the police"."""
    # A target's modifiers name its owner ("retaliate against American tariffs", "fired at
    # Russian drones"); an instrument's do not ("attacked with Iranian-made drones").
    target = noun.dep_ == "pobj" and noun.head.lower_ in ("against", "on", "at", "upon")
    named = parts.of_phrase(noun, allow_things=target)
    if named or noun.pos_ != "NOUN":
        return named
    if noun.lemma_.casefold() in weapons() or noun.lemma_.casefold() in THINGS:
        return []  # "attacked with drones supplied by Iran": the supplier is no target
    return _doers_of_noun(noun, noun, parts)


def _that_clause_subjects(noun: Token, carrier: Token | None, parts: Participants) -> list[str]:
    """The subject of a that-clause completing a noun ("a demand that Israel ease…"), also
    when the parser hangs the clause on the verb governing the noun."""
    holders = [noun]
    if noun.dep_ == "dobj":
        holders.append(noun.head)
    if carrier is not None:
        holders.append(carrier)
    for h in holders:
        for c in h.children:
            if c.dep_ in ("ccomp", "acl") and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    return parts.of_phrase(subj)
    return []


def _doers_of_noun(noun: Token, verb: Token, parts: Participants) -> list[str]:
    """Who does what a noun names: its possessor, its "by" phrase (also when the parser hangs
    "by" on the verb) or the agent of a participle ("the march staged by students")."""
    out: list[str] = []
    agents = [g for g in noun.children if g.dep_ == "poss"]
    for holder in (noun, verb):
        agents += [x for g in holder.children if g.dep_ in ("prep", "agent") and g.lower_ == "by"
                   for x in g.children if x.dep_ == "pobj"]
    # "a ceasefire monitored by the African Union", "a deal brokered by Qatar": a third party
    # watches over or brings about the act, it does not do it.
    agents += [x for g in noun.children if g.dep_ == "acl" and g.lemma_.casefold() not in THIRD_PARTY_VERBS
               for a in g.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"]
    for a in agents:
        out += [e for e in parts.of_phrase(a, allow_things=False) if e not in out]
    return out


def _conditional_subjects(verb: Token, parts: Participants) -> list[str]:
    """The party a threat is made to: the subject of its if/unless clause ("threatened to
    stop talks if the United States deploys missiles")."""
    out: list[str] = []
    heads = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
    for h in heads:
        for c in h.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                # "if Bazoum is not reinstated": a passive's subject is no one the threat
                # is made to; its agent, when named, is.
                subj = next((s for s in c.children if s.dep_ == "nsubj"), None) or next(
                    (p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
                if subj is not None:
                    out += [e for e in parts.of_phrase(subj) if e not in out]
    return out


# Types whose object is what is given or promised ("pledged troops", "sent aid").
_GIVING_TYPES = {"AGREE", "AID", "SUPPORT"}


def _moves_forces(entry: Trigger) -> bool:
    """Deployments and withdrawals: their object is the forces that move."""
    return entry.type == "MOBILIZE" or entry.type == "RETREAT" and entry.mode == "withdraw"


def _names_forces(tok: Token) -> bool:
    return bool(_words([tok]) & set(word_classes().get("forces", ())))


def _embedded_recipients(verb: Token, parts: Participants) -> list[str]:
    """"threatened to break relations with Russia" → Russia; "demanded that the US cancel" → US."""
    for c in verb.children:
        if c.dep_ == "ccomp":
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and any(m.dep_ == "mark" for m in c.children):
                # "demanded that Guyana halt oil exploration": the bare verb is misparsed and
                # the clause's subject ends up as the first modifier of a noun.
                subj = next((t for t in c.subtree if t.i > verb.i and t.dep_ in ("compound", "nmod", "amod")
                             and parts.at(t)), None)
            if subj is not None:
                return parts.of_phrase(subj)
        if c.dep_ == "xcomp":
            # The embedded event's own prepositions: "threatened to impose a curfew in Algiers".
            inner = match(c) or next((match(d) for d in c.children if d.dep_ == "dobj" and match(d)), None)
            preps = _PREPS.get(inner.type, _PREPS["default"]) if inner is not None else _PREPS["default"]
            found = []
            for d in c.children:
                if d.dep_ in ("dobj", "dative"):
                    if inner is not None and _moves_forces(inner):
                        # "pledged to deploy 5,000 troops": the troops sent are no target.
                        found += [e for e in parts.of_phrase(d, allow_things=False) if parts.sectors.get(e) not in ("MIL", "COP")]
                    else:
                        found += parts.of_phrase(d, allow_things=False)
                    for p in _prep_objects(d, (preps | {"with", "against", "to", "on", "between"}) - {"of"}):
                        found += parts.of_phrase(p, allow_things=False)
            for p in _prep_objects(c, preps | {"from"}):
                found += parts.of_phrase(p, allow_things=False)
            if found:
                return found
    return []


# --------------------------------------------------------------------------------------
# Modes

# What a "nuclear", "chemical" or "biological" arms: on anything else ("a strike on nuclear sites",
# "a chemical plant") the adjective names the target, not the weapon.
_ARMED_NOUNS = {"weapon", "arm", "attack", "strike", "bomb", "agent", "gas", "munition", "warhead", "device", "missile",
                "shell", "test", "explosion", "blast", "weaponry", "arsenal", "strikes", "attacks", "weapons"}


def _weapon_mode(tokens: list[Token]) -> str | None:
    table = weapons()
    for t in tokens:
        mode = table.get(t.lemma_.casefold()) or table.get(t.lower_)
        if mode and t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.lemma_.casefold() not in _ARMED_NOUNS:
            continue
        if mode:
            return mode
    return None


def _clause_tokens(root: Token) -> list[Token]:
    """The tokens of ``root``'s own clause (its subtree minus embedded clauses)."""
    out = []
    stack = [root]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("ccomp", "relcl", "advcl", "parataxis", "conj") or c.pos_ not in ("VERB", "AUX"))
    return sorted(out, key=lambda t: t.i)


def _mode(cand: Candidate, actors: list[str], location_country: str | None, parts: Participants, subj_tok: Token | None) -> str | None:
    entry = cand.entry
    mode = entry.mode
    trig = cand.trigger
    root = cand.carrier or trig
    if entry.type == "ASSAULT" and mode is None:
        tokens = _clause_tokens(root)
        if any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in root.children) or root.lemma_.casefold() == "intercept":
            # "shot down a helicopter with a missile", "intercepted 40 rockets": what is brought
            # down is the target (also a count the parser leaves as an adverbial: "shot down 22 of 31 drones").
            downed = {t.i for c in root.children if c.dep_ in ("dobj", "npadvmod") for t in c.subtree}
            tokens = [t for t in tokens if t.i not in downed]
        if subj_tok is not None:
            tokens = list(subj_tok.subtree) + tokens
        # "targeted a drone storage facility", "hit a missile factory": a weapon word naming
        # what the target holds or makes is not the means of the attack ("a drone attack" is).
        table = weapons()
        tokens = [t for t in tokens if not (
            t.dep_ == "compound" and t.head.i != trig.i and t.head.pos_ == "NOUN"
            and t.head.dep_ in ("dobj", "pobj", "nsubjpass", "compound")
            and not (table.get(t.head.lemma_.casefold()) or table.get(t.head.lower_)))]
        mode = _weapon_mode(tokens)
    if entry.type == "CONSULT":
        words = {t.lower_ for t in trig.children} | {t.lower_ for t in root.children}
        words |= {g.lower_ for c in root.children if c.dep_ == "prep" for g in c.children}
        if trig.lower_ in _PHONE_WORDS and trig.lemma_ != "call" or words & _PHONE_WORDS:
            return "phone"
        if mode is None and location_country:
            countries = {parts.countries.get(a) for a in actors} - {None}
            if countries and location_country not in countries:
                return "third-party"
        if mode is None and len({parts.countries.get(a) for a in actors} - {None}) >= 3:
            return "multilateral"
    return mode


# --------------------------------------------------------------------------------------
# Events

def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def code_sentence(sent: Span, parts: Participants, attach: Attachments) -> list[tuple[int, int, Event]]:
    """Events of one sentence with their sort keys (depth, position)."""
    out = []
    candidates = detect(sent)
    if not candidates:
        return out
    contexts = _sentence_contexts(sent)
    built: dict[int, Event] = {}
    for cand in candidates:
        event = build(cand, sent, parts, attach)
        if event is not None:
            _verbal_clash(cand, event, parts)
            event.contexts = list(dict.fromkeys([*event.contexts, *contexts]))
            anchor = cand.carrier or cand.trigger
            if _merged_into_its_head_event(cand, event, built) or _merged_into_meeting(cand, event, built) \
                    or _merged_into_the_killing(cand, event, built):
                continue
            built[cand.trigger.i] = event
            if cand.carrier is not None:
                built[cand.carrier.i] = event
            # A participle governing the infinitive the parser made the root is the main verb.
            depth = -1 if anchor.pos_ == "VERB" and stranded_infinitive(anchor) is not None else _depth(anchor)
            out.append((depth, anchor.i, event))
    out.sort(key=lambda x: (x[0], x[1]))
    return out


# Diplomatic missions closed or shut (SANCTION): the state they are in is the one acted on.
_MISSION_NOUNS = {"embassy", "consulate", "mission", "legation"}
# Verbs that count an attack's dead and wounded.
_CASUALTY_VERBS = {"kill", "wound", "injure", "maim"}


def _verbal_clash(cand: Candidate, event: Event, parts: Participants) -> None:
    """"Lula, who has repeatedly clashed with the bank": a person clashes in words (ACCUSE,
    disapprove); forces, police and crowds clash in the street (ASSAULT)."""
    if event.type == "ASSAULT" and cand.trigger.lemma_.casefold() == "clash" \
            and any(parts.types.get(e) == "PERSON" for e in event.actors + event.recipients):
        event.type, event.mode = "ACCUSE", "disapprove"
        event.contexts = [c for c in event.contexts if c != "military"]


def _merged_into_the_killing(cand: Candidate, event: Event, built: dict[int, Event]) -> bool:
    """"Three soldiers were killed in shelling near Uri on Tuesday": the attack a killing
    happened in is that killing, one ASSAULT; the attack's own doer, date and place complete
    it (its victims are the killing's, never the attack's doers)."""
    trig = cand.trigger
    # ("in shelling" is parsed as a gerund complement of "in" as often as a noun.)
    if event.type != "ASSAULT" or (trig.pos_, trig.dep_) != ("NOUN", "pobj") and (trig.tag_, trig.dep_) != ("VBG", "pcomp") \
            or trig.head.lower_ not in ("in", "during") or cand.carrier is not None:
        return False
    head = built.get(trig.head.head.i)
    if head is None or head.type != "ASSAULT" or trig.head.head.pos_ != "VERB":
        return False
    head.actors += [a for a in event.actors if a not in head.actors and a not in head.recipients]
    _completed(head, event)
    built[trig.i] = head
    return True


def _completed(head: Event, event: Event) -> None:
    """The head event takes the counts of the act merged into it, and its date and place
    when it has none of its own."""
    head.quantities += [q for q in event.quantities if q not in head.quantities]
    if head.date is None:
        head.date = event.date
    if head.location is None:
        head.location = event.location


def _merged_into_its_head_event(cand: Candidate, event: Event, built: dict[int, Event]) -> bool:
    """"shelled a camp on Monday, killing nine people": the participle tells what the attack
    did, one ASSAULT (manual 3.16), whose victims and counts join the attack's. Two-sided
    fighting ("exchanged fire, killing two soldiers") keeps every side as actor and takes
    the counts only. With no attack coded ("Gunmen stormed a checkpoint, killing three
    soldiers") the participle stays an event of its own."""
    trig = cand.trigger
    # Also "convicted two men of murder, sentencing each to life": one conviction.
    # And "released four hostages, handing them over to the Red Cross in Khan Younis": one release.
    if not (event.type == "ASSAULT" or (event.type, event.mode) in (("SANCTION", "convict"), ("RETREAT", "release"))) \
            or cand.carrier is not None:
        return False
    if trig.tag_ != "VBG":
        if event.type != "ASSAULT":
            return False
        # "The strike killed 14 people and wounded 40 others on Sunday": the toll of one
        # attack told by two verbs sharing the subject; the date may hang on either.
        if not (trig.dep_ == "conj" and trig.lemma_.casefold() in _CASUALTY_VERBS
                and trig.head.lemma_.casefold() in _CASUALTY_VERBS
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)):
            return False
        head = built.get(trig.head.i)
        if head is None or head.type != "ASSAULT":
            return False
        head.recipients += [r for r in event.recipients if r not in head.recipients and r not in head.actors]
        _completed(head, event)
        built[trig.i] = head
        return True
    if trig.dep_ == "conj" and trig.head.tag_ == "VBG" and trig.head.dep_ in ("advcl", "xcomp"):
        head = built.get(trig.head.i)  # "…, killing two soldiers and wounding four": the same attack
    elif trig.dep_ in ("advcl", "xcomp"):
        head = built.get(trig.head.i)
        if event.type == "ASSAULT" and trig.lemma_.casefold() in _CASUALTY_VERBS and (head is None or head.type != "ASSAULT"):
            # "Manila summoned the envoy after a Chinese ship fired water cannon at a vessel,
            # injuring two crew": the parse hung the toll on the main verb; it is the attack's
            # told in the clause before it, not an attack by the main clause's subject.
            inner = [c for c in trig.head.children if c.dep_ == "advcl" and c.i < trig.i
                     and built.get(c.i) is not None and built[c.i].type == "ASSAULT"]
            if inner:
                head = built[inner[-1].i]
                event.actors = []
    else:
        return False
    same_kind = head is not None and head.type == event.type and (event.type == "ASSAULT" or head.mode == event.mode)
    if not same_kind or (event.actors and head.actors and not set(event.actors) & set(head.actors)):
        return False
    two_sided = len(head.actors) >= 2 and not head.recipients
    if not two_sided and event.mode != "release":  # (whom captives are handed to is no second side)
        head.recipients += [r for r in event.recipients if r not in head.recipients and r not in head.actors]
    head.quantities += [q for q in event.quantities if q not in head.quantities]
    if head.location is None and event.mode == "release":
        head.location = event.location
    built[trig.i] = head
    return True


def _merged_into_meeting(cand: Candidate, event: Event, built: dict[int, Event]) -> bool:
    """"The two delegations met in Cairo to discuss the truce": the purpose clause tells what
    the meeting was about, one CONSULT (the topic's contexts join it)."""
    trig = cand.trigger
    if event.type == "CONSULT" and cand.carrier is None and trig.pos_ != "VERB" and trig.dep_ == "pobj" \
            and trig.head.lower_ in ("at", "during") and trig.head.head.pos_ == "VERB":
        # "agreed to meet at a summit in Bali": the summit is where they meet, one CONSULT.
        head = built.get(trig.head.head.i)
        if head is not None and head.type == "CONSULT" and set(event.actors) <= set(head.actors):
            head.contexts = list(dict.fromkeys([*head.contexts, *event.contexts]))
            built[trig.i] = head
            return True
        return False
    if event.type != "CONSULT" or cand.carrier is not None or trig.pos_ != "VERB" or trig.dep_ not in ("advcl", "xcomp") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
        return False
    head = built.get(trig.head.i)
    if head is None or head.type != "CONSULT":
        return False
    met = [a for a in event.actors if a not in head.actors]
    if met and head.mode != "visit":
        return False
    # "flew to Cairo to meet Sisi": whom the visitor meets is visited too.
    head.recipients += [a for a in met if a not in head.recipients]
    head.contexts = list(dict.fromkeys([*head.contexts, *event.contexts]))
    head.recipients += [r for r in event.recipients if r not in head.recipients and r not in head.actors]
    built[trig.i] = head
    return True


# People who sit for their states in an international body ("ASEAN foreign ministers").
_MEMBER_PEOPLE = {"minister", "leader", "official", "head", "envoy", "delegate", "member", "representative", "diplomat",
                  "chief", "ambassador"}


def _members_of_body(trig: Token, subj: Token | None, actors: list[str], parts: Participants) -> bool:
    """"ASEAN foreign ministers are due to meet", "EU leaders will meet in Brussels": a plural
    of the body's members, who meet one another (CONSULT multilateral), with the body the one
    party named."""
    return (subj is not None and trig.lemma_.casefold() in ("meet", "convene", "confer")
            and subj.tag_ == "NNS" and subj.lemma_.casefold() in _MEMBER_PEOPLE
            and len(actors) == 1 and parts.sectors.get(actors[0]) == "IGO")


def _seat_of_state(tok: Token) -> bool:
    """"Seoul protests", "the Kremlin protested": a capital or seat standing for its state
    (not "Nigerians protested": people of a state are no state)."""
    from newsgraph.nlp.geo import gazetteer

    g = gazetteer()
    return bool(g.capital(tok.text) or g.seat(tok.text))


def _names_state(tok: Token, parts: Participants) -> bool:
    """The subject is a state's own name ("Turkey protested"), not its people ("Turks"); the
    model may tag the name a person ("Mali summoned … to protest")."""
    return tok.ent_type_ in ("GPE", "PERSON", "ORG", "") and tok.pos_ == "PROPN" \
        and any(e in parts.country_ids for e in parts.of_phrase(tok))


# Acts often told with an unnamed doer ("Gunmen abducted …", "A convoy delivered …").
_UNNAMED_DOER_TYPES = {"ASSAULT", "COERCE", "AID", "PROTEST", "RETREAT"}
# Nouns that are counts themselves ("Thousands of dock workers", "dozens of protesters").
_COUNT_NOUNS = {"thousand", "hundred", "dozen", "score", "million", "ten", "tens"}


def _unnamed_doer(trig: Token, parts: Participants) -> bool:
    """The verb's subject is a common noun naming no one ("Gunmen", "The convoy", "Thousands of
    dock workers"), not a pronoun or a name the resolver failed to place."""
    if trig.pos_ != "VERB":
        return False
    subj = _own_or_shared_subject(trig)
    if subj is None:
        # "killed by extortion gangs": a passive's agent is its doer.
        subj = next((p for c in trig.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    # ("Workers at Stellantis plants": the workplace after the noun names no doer.)
    return subj is not None and subj.pos_ == "NOUN" \
        and not any(t.pos_ in ("PROPN", "PRON") for t in trig.doc[subj.left_edge.i:subj.i + 1])


def _own_or_shared_subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("Hundreds of supporters
    gathered outside the court and demanded his release")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" \
            and not any(c.dep_ == "nsubjpass" for c in verb.children):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


def _counted_subject(trig: Token) -> bool:
    """The (shared) subject of the verb is counted: "Hundreds of supporters … demanded"."""
    subj = _own_or_shared_subject(trig)
    return subj is not None and (subj.lemma_.casefold() in _COUNT_NOUNS or any(n.dep_ == "nummod" for n in subj.children))


def _counted_clause(trig: Token) -> bool:
    """The subject or object of the verb is counted: "abducted 25 students", "Thousands of …"."""
    if _counted_subject(trig):
        return True
    for c in trig.children:
        if c.dep_ in ("nsubj", "dobj", "nsubjpass"):  # ("12 drivers have been killed by gangs")
            if c.lemma_.casefold() in _COUNT_NOUNS or any(n.dep_ == "nummod" for n in c.children):
                return True
    return False


_OWN_PRONOUNS = {"its", "their", "his", "her"}


def _reason_doer(trig: Token) -> Token | None:
    """The object of "thanked Oman for its mediation": an event noun in a for-phrase with a
    possessive pronoun, on a verb with a direct object, is the object's act."""
    if _pos(trig) != "NOUN" or trig.dep_ != "pobj" or trig.head.lower_ != "for" or trig.head.head.pos_ != "VERB":
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in trig.children):
        return None
    return next((c for c in trig.head.head.children if c.dep_ == "dobj" and c.i < trig.i), None)


def _natural_cause(trig: Token) -> bool:
    """Whether a force of nature or an accident does the verb: its subject ("A fire … kills"),
    a subject whose apposition is one ("A magnitude 6.4 earthquake struck", parsed with
    "magnitude" as the subject), or, in a headline the parser could not read ("Quake in eastern
    Turkey kills 48; EU pledges aid"), the first noun of the clause before the verb."""
    for c in trig.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.casefold() in _NATURAL_CAUSES or any(
                g.dep_ in ("appos", "compound") and g.lemma_.casefold() in _NATURAL_CAUSES for g in c.children)):
            return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children) or trig.tag_ not in ("VBZ", "VBD", "VBP") \
            or trig.dep_ in ("advcl", "conj", "xcomp", "ccomp", "acl", "relcl", "pcomp"):
        return False  # (a participle or a clause of another verb has that verb's doer)
    start = trig.sent.start
    for k in range(trig.i - 1, trig.sent.start - 1, -1):
        if trig.doc[k].text in (";", ":") or trig.doc[k].pos_ in ("VERB", "AUX"):
            start = k + 1
            break
    first = next((t for t in trig.doc[start:trig.i] if t.pos_ in ("NOUN", "PROPN")), None)
    return first is not None and first.lemma_.casefold() in _NATURAL_CAUSES


def build(cand: Candidate, sent: Span, parts: Participants, attach: Attachments) -> Event | None:
    trig, entry = cand.trigger, cand.entry
    type_ = entry.type
    if type_ == "ASSAULT" and trig.pos_ == "VERB" and _natural_cause(trig):
        return None  # "A fire at a Mumbai hospital kills 10 newborns": no one attacked anyone
    actors, recipients, subj_tok = _participants(cand, parts)
    thanked = _reason_doer(trig) if cand.carrier is None else None
    if thanked is not None and parts.of_phrase(thanked):
        # "Macron thanked Oman for its mediation", "praised Qatar for its efforts": the act
        # given as the reason is the object's, not the one who thanks.
        actors, subj_tok = parts.of_phrase(thanked), thanked
        recipients = [r for r in recipients if r not in actors]
    if not actors and trig.pos_ != "VERB" and cand.carrier is None and gerund_read_as_modifier(trig):
        # "The army denied bombing markets" (the gerund parsed as a compound noun): the denier bombed.
        actors, subj_tok = _subject(trig.head.head, parts)
        recipients = [r for r in recipients if r not in actors]
    if not actors and trig.pos_ != "VERB" and cand.carrier is None and gerund_after_charge(trig) is not None:
        # "accused the army of bombing markets" (the gerund parsed as a compound noun): the army bombed.
        actors, subj_tok = _subject(trig, parts)
        recipients = [r for r in recipients if r not in actors]
    if entry.type == "CONSULT" and entry.mode == "visit":
        # "is expected to visit Tokyo in January": the host is the state whose capital it is.
        recipients = list(dict.fromkeys(parts.state_of_capital(r) or r for r in recipients))
    recipients = [r for r in recipients if r not in actors]
    if type_ == "REQUEST" and not recipients and trig.pos_ == "VERB" and cand.carrier is None:
        act = deadline_clause(trig)
        if act is not None and any(e is not None and e.type in ("AGREE", "CONSULT")
                                   for e in [match(act), *(match(o) for o in _objects(act))]):
            # "giving negotiators until January 15 to reach a deal": time given for talks to
            # end in an accord, to no party named, is a timetable, no demand on anyone.
            return None
    placed_strikers = False
    if type_ == "PROTEST" and subj_tok is not None and subj_tok.pos_ == "NOUN" and actors:
        # "About 3,000 workers at Stellantis plants went on strike": the firm where they work
        # is what they strike against, not the striker.
        workplace = [e for c in subj_tok.children if c.dep_ == "prep" and c.lower_ == "at"
                     for p in c.children if p.dep_ == "pobj" for e in parts.of_phrase(p)
                     if parts.types.get(e) == "ORG"]
        if workplace and all(a in workplace for a in actors):
            actors, recipients = [], list(dict.fromkeys(recipients + workplace))
        # "Dock workers at the port of Rotterdam ended a strike": the place they work at is
        # where they strike, neither striker nor struck ("Teachers in Bucharest" are the city's).
        workplaces = [e for c in subj_tok.children if c.dep_ == "prep" and c.lower_ == "at"
                      for p in c.subtree if p.dep_ == "pobj" for e in parts.of_phrase(p) if parts.place(e)]
        if workplaces and all(a in workplaces for a in actors):
            actors, placed_strikers = [], True
    passive = trig.pos_ == "VERB" and (any(c.dep_ == "nsubjpass" for c in trig.children) or _passive_conjunct(trig))
    if not actors and trig.pos_ == "VERB" and type_ in _PASSIVE_AGENT_OK:
        # "A roadside bombing killed two soldiers": violence by an unnamed actor.
        # "Shelling near Uri killed two soldiers": the parse may make the attack a clausal
        # subject, or a clause opening the sentence, when nothing else is the verb's subject.
        subj = next((c for c in trig.children if c.dep_ == "nsubj"), None) \
            or next((c for c in trig.children if c.tag_ == "VBG" and c.i < trig.i and (
                c.dep_ == "csubj" or c.dep_ == "advcl" and c.i == c.sent.start)), None)
        if subj is None and trig.dep_ in ("advcl", "conj") and trig.tag_ in ("VBG", "VBD"):
            # "overran the site, killing two guards": the participle's doer is the head's.
            subj = next((c for c in trig.head.children if c.dep_ == "nsubj"), None)
        passive = passive or (subj is not None and (match(subj) is not None or subj.lemma_.casefold() in weapons()))
        if type_ == "ASSAULT" and subj is not None and subj.pos_ == "NOUN" and not parts.of_phrase(subj):
            passive = True  # "About 30 attackers … killing two Malian guards": an unnamed doer
    if not actors and passive and type_ == "ASSAULT":
        # "Two soldiers were killed in a PKK attack", "… in an airstrike by Israel": the
        # attack's doer is the killer.
        for p in _prep_objects(trig, {"in", "during"}):
            attack = match(p) if _pos(p) == "NOUN" else None
            if attack is not None and attack.type == "ASSAULT":
                for c in p.children:
                    if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < p.i:
                        actors = actors + [e for e in parts.of_phrase(c) if e not in actors]
                actors = actors + [e for e in _doers_of_noun(p, p, parts) if e not in actors]
        # "Two peacekeepers were wounded when Israeli forces fired on their tower": the doer of
        # the attack the when-clause tells is the one who wounded them.
        for c in trig.children:
            if not actors and c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                    m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as", "after") and m.i < c.i for m in c.children):
                attack = match(c)
                if attack is not None and attack.type == "ASSAULT":
                    for subj in (d for d in c.children if d.dep_ == "nsubj"):
                        actors = actors + [e for e in parts.of_phrase(subj) if e not in actors]
        recipients = [r for r in recipients if r not in actors]
    state_act = type_ == "COERCE" and entry.mode in ("arrest", "deport", "curfew") or type_ == "SANCTION" and entry.mode == "convict"
    # ("Security forces": the lemma "force" is no authority, the plural is.)
    unnamed = subj_tok is not None and (subj_tok.lemma_.casefold() in _UNNAMED_AUTHORITIES or subj_tok.lower_ in _UNNAMED_AUTHORITIES)
    if state_act and unnamed and actors and all(parts.place(a) for a in actors):
        # "A court in Tbilisi sentenced …", "police in Lagos arrested …": the body where it
        # sits is the state's, not the city's.
        actors = list(dict.fromkeys(parts.state_of(a) for a in actors))
        recipients = [r for r in recipients if r not in actors]
    if not actors and state_act and (passive or unnamed and not parts.of_phrase(subj_tok)):
        # Also "Authorities imposed a curfew in the city of Batumi": an unnamed authority acts
        # for the state of the place it acts in.
        # "A missionary was arrested in Lebanon", "was convicted of espionage in Baku":
        # arrests, deportations and convictions with no named agent are the acts of the state
        # where they happen; "convicted of smuggling in Baku" hangs the place on the grounds.
        grounds = [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                   for g in c.children if g.dep_ in ("pcomp", "pobj")]
        hosts = [trig] + ([cand.carrier] if cand.carrier is not None else [])
        for p in [q for h in hosts for q in _prep_objects(h, {"in"})] + [q for g in grounds for q in _prep_objects(g, {"in"})]:
            places = [e for e in parts.of_phrase(p) if parts.types.get(e) == "GPE"]
            states = [parts.state_of(e) for e in places]
            actors = actors + [e for e in states if e not in actors]
            recipients = [r for r in recipients if r not in states and r not in places]
        if not actors and trig.dep_ in ("ccomp", "conj"):
            # "The Interior Ministry said 86 people had been arrested": no place named, the
            # state body that reports its arrests made them (not a rights group reporting them).
            reporter = trig.head
            while reporter.dep_ == "conj" and reporter.head.i != reporter.i:
                reporter = reporter.head
            if reporter.dep_ == "ccomp" and reporter is not trig:
                reporter = reporter.head
            if _reports(reporter):
                actors = [e for e in _subject(reporter, parts)[0]
                          if parts.sectors.get(e) in STATE_SECTORS or e in parts.country_ids]
        if not actors and (passive or unnamed) and entry.mode in ("arrest", "deport"):
            # "Opposition activist X, who was arrested on Wednesday, …" in a story filed from
            # Almaty: with no place and no reporter, the arrest is the home state's, unless the
            # one arrested is another state's ("a Russian dissident who was arrested in 2021").
            home = story_state(parts.index)
            state = next((c for c in parts.country_ids if parts.countries.get(c) == home), None)
            held = [c for c in trig.children if c.dep_ == "nsubjpass"] + ([trig.head] if trig.dep_ == "relcl" else [])
            foreign = any(parts.index.country_at(t) not in (None, home) for h in held for t in trig.doc[h.left_edge.i:h.i + 1])
            # "Eleven were deported to Togo" in a story from Lome: Togo receives them, it does not deport.
            foreign = foreign or any(parts.countries.get(e) == home for p in _prep_objects(trig, {"to", "into"})
                                     for e in parts.of_phrase(p))
            if state is not None and not foreign and all(parts.countries.get(r) in (None, home) for r in recipients):
                actors = [state]
    if type_ == "SANCTION" and trig.pos_ == "VERB":
        missions = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.casefold() in _MISSION_NOUNS]
        if missions:
            # "closed its embassy in Kabul", "would close the consulate in Kosice": relations are
            # cut with the state the mission is in, not with the mission (the closer's own).
            # "closed the Iranian embassy in London": a foreign mission names its state.
            own_states = {parts.countries.get(a) for a in actors} - {None}
            named = parts.of_phrase(missions[0])
            own = {e for e in named if parts.countries.get(e) in own_states or not parts.countries.get(e)}
            if len(own) == len(named):
                hosts = [parts.state_of(e) for m in missions for p in _prep_objects(m, {"in"}) + _prep_objects(trig, {"in"})
                         for e in parts.of_phrase(p) if parts.types.get(e) == "GPE"]
                recipients = [r for r in recipients if r not in own] + [h for h in hosts if h not in actors]
                recipients = list(dict.fromkeys(recipients))
    if type_ == "SANCTION" and entry.mode == "expel":
        # "expelled a Russian embassy employee": the expelling state acts on the state whose
        # mission it is (when the article names that state), not on the mission.
        def state_of_mission(e: str) -> str:
            words = (parts.names.get(e) or "").casefold().split()
            if parts.types.get(e) in ("ORG", "FAC") and words and words[-1] in _MISSION_NOUNS and parts.countries.get(e):
                return next((c for c in parts.country_ids if parts.countries.get(c) == parts.countries[e]), e)
            return e
        recipients = list(dict.fromkeys(state_of_mission(r) for r in recipients if state_of_mission(r) not in actors))
    if type_ == "SUPPORT" and trig.lemma_.casefold() in ("defend", "protect") and recipients and (
            any(parts.sectors.get(a) in ("MIL", "COP") for a in actors)
            or all(parts.place(r) or r in parts.country_ids and parts.countries.get(r) in {parts.countries.get(a) for a in actors}
                   for r in recipients)):
        # "soldiers who had defended Mariupol", "its forces defended Yerevan": troops holding
        # ground (their own) fight; they do not back another party.
        return None
    if not actors and type_ == "MOBILIZE" and trig.pos_ == "VERB":
        actors = _movers(trig, parts)
        recipients = [r for r in recipients if r not in actors]
    # "Gunmen abducted 25 students", "The convoy delivered 600 tonnes of food", "Thousands of
    # dock workers walked out": a clear act by an unnamed doer, with someone acted on or a
    # count, is kept as "Shelling killed three soldiers" is.
    # (An unnamed authority, "The court barred Turkey from …", acts for a state or not at all;
    # "troops killed 12 villagers" is violence all the same.)
    unnamed_doer = not actors and not (unnamed and type_ != "ASSAULT") and type_ in _UNNAMED_DOER_TYPES and _unnamed_doer(cand.carrier or trig, parts) \
        and (bool(recipients) or _counted_clause(cand.carrier or trig)) or placed_strikers
    # "Drone strikes hit a fuel depot in Port Sudan": violence by no one named is kept when
    # it is placed (checked once the place is attached below).
    placed_only = not actors and not unnamed_doer and not recipients and type_ == "ASSAULT" and trig.pos_ == "VERB" \
        and _unnamed_doer(trig, parts) and any(c.dep_ == "dobj" for c in trig.children)
    unnamed_doer = unnamed_doer or placed_only
    # "Hundreds of supporters gathered … and demanded his release": a crowd's demand.
    unnamed_doer = unnamed_doer or not actors and not unnamed and type_ == "REQUEST" and cand.carrier is None \
        and _unnamed_doer(trig, parts) and _counted_subject(trig)
    if not actors and not unnamed_doer and not (passive and recipients and type_ in _PASSIVE_AGENT_OK):
        return None
    if type_ == "PROTEST" and actors and (
            all(parts.sectors.get(a) == "GOV" for a in actors)
            or subj_tok is not None and (_seat_of_state(subj_tok) or entry.mode == "demo" and _names_state(subj_tok, parts))):
        # "Seoul protests 'discrimination'", "the ministry summoned the envoy to protest",
        # "Turkey summoned the envoy to protest": a state's protest is a formal complaint
        # (ACCUSE, manual 3.12.2), not a demonstration.
        entry = replace(entry, type="ACCUSE", mode="disapprove", contexts=("diplomatic",))
        type_, cand = "ACCUSE", replace(cand, entry=entry)
    if type_ == "ASSAULT" and trig.lemma_.casefold() in _RETALIATION_VERBS and _trade_dispute(sent):
        # "Beijing would retaliate if Brussels went ahead" in a paragraph on tariffs and duties:
        # a trade reprisal is a sanction, not an attack.
        entry = replace(entry, type="SANCTION", mode=None, contexts=("economic",))
        type_, cand = "SANCTION", replace(cand, entry=entry)
    if type_ == "ASSAULT" and entry.mode == "abduct" and actors \
            and all(parts.sectors.get(a) in ("COP", "JUD", "GOV", "SPY") for a in actors):
        # "Police seized 12 activists": the state's police detain; gunmen abduct.
        entry = replace(entry, type="COERCE", mode="arrest", contexts=entry.contexts)
        type_, cand = "COERCE", replace(cand, entry=entry)
    if type_ == "MOBILIZE":
        # "deployed 3,000 soldiers and police": a state's own forces are what it mobilises,
        # not whom it acts on.
        own = {parts.countries.get(a) for a in actors} - {None}
        recipients = [r for r in recipients if parts.countries.get(r) not in own]
    if type_ == "THREATEN" and entry.condition.complement:
        # "Ahn warned that Seoul could retaliate": the side that would strike is Ahn's own.
        own = _embedded_recipients(trig, parts) or []
        recipients = [r for r in recipients if r not in own]
    if type_ == "AGREE" and trig.pos_ == "VERB" and _embeds_force(trig):
        type_ = "THREATEN"  # "vowed to retaliate", "swore to fight on"
    mode = entry.mode
    hosted = cand.carrier is not None and cand.carrier.lemma_.casefold() in _HOSTING_VERBS and bool(recipients)
    if type_ in _RECIPROCAL_TYPES and hosted:
        mode = "third-party"
    elif type_ in _RECIPROCAL_TYPES:
        if mode == "visit" and trig.lemma_.casefold() in ("host", "receive", "welcome"):
            # The manual codes the visitor as actor and the host as recipient.
            actors, recipients = recipients, actors
            # "welcomed Lula to New Delhi": the host's own capital or state is where the visit
            # goes, not a second visitor.
            home = {parts.countries.get(r) for r in recipients} - {None}
            guests = [a for a in actors if not ((a in parts.country_ids or parts.place(a)) and parts.countries.get(a) in home)]
            if guests:
                actors = guests
        elif mode != "visit":
            # "met union leaders in Rome": the city the ones met are in is where they meet, no party.
            venues = {e for o in trig.children if o.dep_ == "dobj" for p in _prep_objects(o, {"in", "at"})
                      for e in parts.of_phrase(p) if parts.place(e)}
            recipients = [r for r in recipients if r not in venues]
            actors = actors + [r for r in recipients if r not in actors]
            recipients = []
        if mode == "visit":
            # "Zelensky visited Kharkiv", "said during a visit to the border": a place of the
            # visitor's own country hosts no one, and a visit no one hosts is no consultation.
            own = {parts.countries.get(a) for a in actors} - {None}
            recipients = [r for r in recipients if not (parts.place(r) and parts.countries.get(r) in own)]
            if len(actors) + len(recipients) < 2:
                return None
        if trig.pos_ == "VERB" and len(actors) + len(recipients) < 2 and not _members_of_body(trig, subj_tok, actors, parts):
            return None  # "Trump spoke aboard Air Force One" is no consultation
        if cand.carrier is not None and frames().get(cand.carrier.lemma_.casefold()) == "defer" \
                and len(actors) + len(recipients) < 2 and not parts.of_phrase(trig):
            # "criticised Russia for delaying negotiations": who delays names no party of the
            # talks ("a summit of Gulf leaders … will be delayed" names its own).
            return None
    elif trig.lemma_.casefold() in _TWO_SIDED:
        # Two-sided violence codes every side as actor (manual 3.16.1): "clashed with".
        actors = actors + [r for r in recipients if r not in actors]
        recipients = []
    if not actors:
        if not (passive and type_ in _PASSIVE_AGENT_OK) and not unnamed_doer:
            return None
    # "postponed talks on Monday": Monday is when they were put off, not when they take place.
    deferred = cand.carrier is not None and frames().get(cand.carrier.lemma_.casefold()) == "defer"
    anchors = {trig.i} | ({cand.carrier.i} if cand.carrier is not None and not deferred else set())
    anchors |= {c.i for c in trig.children if c.dep_ == "prep" and reporter_of(c) is None}
    if gerund_read_as_modifier(trig) or gerund_after_charge(trig) is not None:  # "denied shelling villages in Kashmir": where they were shelled
        anchors |= {c.i for c in trig.head.children if c.dep_ == "prep" and reporter_of(c) is None}
    if trig.pos_ == "NOUN" and planned_by(trig) is not None:
        anchors.add(planned_by(trig).i)  # "a meeting … planned for June 20 in Washington"
    if cand.carrier is None and trig.pos_ != "VERB" and trig.dep_ == "pobj" and trig.head.head.pos_ == "VERB" \
            and match(trig.head.head) is None:
        # "reached during a summit last month": the date may hang on the carrying verb.
        anchors.add(trig.head.head.i)
    # "gave Hamas until Sunday to free the hostages": Sunday is the deadline, not when it was set.
    deadline = {c.i for c in trig.children if c.dep_ == "prep" and c.lower_ in ("until", "till")} \
        if trig.pos_ == "VERB" and deadline_clause(trig) is not None else set()
    if entry.mode in ("convict", "arrest") and trig.pos_ == "VERB":
        # "sentenced him to 20 years in prison", "jailed for 12 years": the term, not a date.
        deadline = deadline | {c.i for c in trig.children if c.dep_ == "prep" and c.lower_ in ("to", "for")}
    date = attach.date_for(anchors, sent.start_char, sent.end_char, exclude=deadline)
    stranded = stranded_infinitive(trig) if trig.pos_ == "VERB" else None
    if date is None and stranded is not None:
        # "A group … on Wednesday called on …" (misparsed): the date hangs on the subject.
        date = attach.date_for(anchors | {c.i for c in stranded.children if c.dep_ == "nsubj"}, sent.start_char, sent.end_char)
    if date is None and trig.pos_ == "VERB":
        shared = _date_sharer(trig)
        if shared is not None:
            date = attach.date_for({shared.i} | {c.i for c in shared.children if c.dep_ == "prep" and reporter_of(c) is None},
                                   sent.start_char, sent.end_char)
    if date is None and trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and trig.head.lemma_.casefold() in _COURSE_VERBS \
            and match(trig.head) is None:
        # "Talks between X and Y collapsed earlier this month": the verb that tells how an event
        # went (began, ended, broke down) dates it.
        date = attach.date_for({trig.head.i} | {c.i for c in trig.head.children if c.dep_ == "prep" and reporter_of(c) is None},
                               sent.start_char, sent.end_char)
    if date is None and trig.pos_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.casefold() in _BROKERING_VERBS:
        # "brokered a ceasefire between the two countries in 2020": the accord is made when
        # it is brokered.
        date = attach.date_for({trig.head.i}, sent.start_char, sent.end_char)
    location = attach.location_for(anchors, sent.start_char, sent.end_char, spoken=type_ in _SPOKEN_TYPES,
                                   route=type_ == "PROTEST")
    if location is None and type_ == "MOBILIZE":
        # "ordered 1,200 troops to Cauca": forces moved are placed where they go.
        location = attach.location_for(anchors, sent.start_char, sent.end_char, destinations=True)
    if placed_only and location is None:
        return None
    if unnamed_doer and type_ == "AID" and not actors and not recipients and location is None:
        # "The report said 5 companies supplied weapons": aid from no one named to no one and
        # nowhere is an event about no party at all ("Around 2,000 workers walked out" is the
        # counted strikers' own act; "troops killed 12 villagers" counts those it struck).
        return None
    counted = set(anchors)
    if type_ == "ASSAULT" and trig.pos_ == "VERB":
        # "A missile hit a building in Kharkiv, killing nine people": the participle counts the
        # attack's dead even when it is no event of its own (no one named on either side).
        counted |= {c.i for c in trig.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
                    and c.lemma_.casefold() in _CASUALTY_VERBS}
    quantities = attach.quantities_for(counted, sent.start_char, sent.end_char)
    mode = "third-party" if hosted and type_ in _RECIPROCAL_TYPES else _mode(cand, actors, location.country if location else None, parts, subj_tok)
    if type_ in _RECIPROCAL_TYPES and not recipients and trig.pos_ == "VERB" and _members_of_body(trig, subj_tok, actors, parts):
        mode = "multilateral"  # "ASEAN foreign ministers are due to meet": the bloc's members meet
    status = status_of(trig, cand.carrier)
    if status == "happened" and date is not None and date.value and _after_publication(date.value, attach):
        verb = cand.carrier if cand.carrier is not None else trig
        if verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # "threatened to strike next week after their union rejected an ultimatum": a verb in
            # the simple past is done; a later date in reach belongs to another clause.
            date = None
        else:
            status = "planned"
    if actors:  # "11 soldiers and civilians were killed": victims alone are no two sides, nor is a town shelled
        parties = [e for e in actors + recipients if not parts.place(e)]
        parts.remember(parties, all_act=all(e in actors for e in parties))
    return Event(
        id="", type=type_, mode=mode, contexts=list(entry.contexts), status=status,
        actors=actors, recipients=recipients,
        trigger=RSpan(start=trig.idx, end=trig.idx + len(trig), text=trig.text),
        sentence=_sentence_span(sent),
        date=date, location=location, quantities=quantities, score=score_of(type_, mode),
    )


# Votes that enact what they vote for: "voted on Wednesday to impeach" impeached on Wednesday.
_ENACTING_VOTES = {"vote"}


def _date_sharer(verb: Token) -> Token | None:
    """The verb whose date an undated verb event shares: a past conjunct with the subject of
    its head ("spoke by phone on Wednesday and agreed to …", "Last month, fighters looted 12
    trucks and detained four drivers"); the reporting verb of a reported conjunct that is the
    reporter's own act ("said on Wednesday it was concerned and called on Kenya to …"); a vote
    for what it enacts ("voted on Wednesday to impeach")."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "xcomp" and head.lemma_.casefold() in _ENACTING_VOTES and head.tag_ == "VBD":
        return head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX"):
        return None
    reporter = _reporter_of(verb)
    if reporter is not None:
        return reporter
    if verb.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in head.children) \
            and frames().get(verb.lemma_.casefold()) in ("request", "report", "threat"):
        return head.head  # "said on Monday it was alarmed … and urged Ethiopia to …" (see _subject)
    if verb.tag_ == "VBD" and head.tag_ == "VBD" and head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return head
    return None


def _movers(verb: Token, parts: Participants) -> list[str]:
    """Who mobilises when no one is named as doer: the owner of the forces that move
    ("Russian troops were moved to the border", "NATO-led peacekeepers deployed around the
    buildings", which the parser reads as a reduced relative), else whoever reports the
    passive move ("He said units had been moved closer to the line": his side's units)."""
    forces = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        forces.append(verb.head)
    for f in forces:
        owners = parts.of_phrase(f)
        if owners:
            return owners
    if forces and verb.dep_ == "ccomp" and verb.head.lemma_.casefold() in reporting_verbs():
        return _subject(verb.head, parts)[0]
    return []


_FORCE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN"}
_CONFLICT_TYPES = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


# Verbs that keep up or step up what their subject or object names ("vowed that attacks would
# continue", "vowed to intensify its strikes").
_PACE_VERBS = {"follow", "come", "continue", "resume", "intensify", "escalate", "increase", "persist", "expand", "step", "keep", "go", "carry", "press"}


# Verbs of harm that are no PLOVER event of their own but make a vow a threat.
_HARM_VERBS = {"punish", "avenge", "crush", "eliminate", "annihilate", "obliterate", "exterminate", "hunt"}


def _embeds_force(verb: Token) -> bool:
    """A vow or promise of force: "vowed to retaliate", "vowed that it would strike back",
    "vowed that attacks would continue until …", "vowed to continue its attacks"."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children):
            inner = match(c)
            if inner is not None and inner.type in _FORCE:
                return True
            if inner is None and c.lemma_.casefold() in _HARM_VERBS and not negated(c):
                return True  # "vowed to punish those responsible", "pledged to avenge the dead"
            if c.lemma_.casefold() == "respond" and not negated(c) \
                    and not any(d.dep_ in ("prep", "dobj", "advmod") for d in c.children):
                return True  # "condemned the decision and vowed to respond" ("respond to farmers" is no threat)
            if inner is None and c.lemma_.casefold() in _PACE_VERBS and not negated(c):
                for d in c.children:
                    if d.dep_ in ("nsubj", "nsubjpass", "dobj") and _pos(d) == "NOUN":
                        kept = match(d)
                        if kept is not None and kept.type in _FORCE - {"PROTEST"}:
                            return True
    return False


_FUTURE_MODALS = {"would", "could", "will", "might", "may", "'ll", "wo"}


# Weapons named by words that are also context words ("gas", "water").
_WEAPON_PAIRS = {("tear", "gas"), ("nerve", "gas"), ("mustard", "gas"), ("chlorine", "gas"), ("poison", "gas"),
                 ("water", "cannon"), ("water", "cannons")}


def _sentence_contexts(sent: Span) -> list[str]:
    """The contexts the sentence's words put its events in (after each trigger's own)."""
    single, pairs = context_words()
    out: list[str] = []
    previous = None
    for tok in sent:
        lemma = tok.lemma_.casefold()
        nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < sent.end else None
        if (previous, lemma) in _WEAPON_PAIRS or (tok.lower_, nxt) in _WEAPON_PAIRS:
            previous = tok.lower_
            continue  # "tear gas", "water cannon": weapons, not natural resources
        found = single.get(lemma, ()) + single.get(tok.lower_, ())
        if previous is not None:
            found += pairs.get((previous, lemma), ()) + pairs.get((previous, tok.lower_), ())
        for context in found:
            if context not in out:
                out.append(context)
        previous = tok.lower_
    return out


_RETALIATION_VERBS = {"retaliate"}
_AFFILIATION_PARTICIPLES = {"linked", "tied", "affiliated", "allied", "loyal", "connected", "aligned"}
# Verbs whose subject undergoes the act their object names ("faces sanctions from Washington").
_SUFFERING_VERBS = {"face", "risk", "incur", "suffer"}


def _trade_dispute(sent: Span) -> bool:
    """Whether the paragraph up to ``sent`` speaks of trade (tariffs, duties, exports) and not
    of war: what a bare "retaliate" there means."""
    doc = sent.doc
    start = doc.text.rfind("\n", 0, sent.start_char) + 1
    span = doc.char_span(start, sent.end_char, alignment_mode="expand")
    if span is None:
        return False
    contexts = _sentence_contexts(span)
    words = {t.lemma_.casefold() for t in span}
    return "economic" in contexts and "military" not in contexts and bool(words & {"tariff", "duty", "export", "import", "trade"})


def _sentence_span(sent: Span) -> SentenceSpan:
    """The sentence without the whitespace spaCy keeps around it."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return SentenceSpan(start=start, end=max(end, start))


def _after_publication(value: str, attach: Attachments) -> bool:
    published = attach.published
    if published is None:
        return False
    return value > published[:len(value)]
