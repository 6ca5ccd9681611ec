"""Status of an event from tense, modality, negation and the words that frame it.

- negated: a negation on the trigger or the verb carrying it ("did not attack", "made no
  mention of talks"), or a refusing/failing frame ("refused to withdraw", "has yet to meet");
- planned: future tense ("will meet"), a committing or planning frame ("agreed to restore",
  "announced plans to speak", "is set to meet"), "upcoming"/"planned"/"next" on a noun;
- hypothetical: a modal ("could", "might", "must"), "would" with an if/unless clause or outside
  reported speech, a requesting or threatening frame ("called for a ceasefire", "threatened to
  cut ties"), "proposed"/"possible" on a noun;
- ongoing: present progressive ("are fighting");
- happened otherwise.

Reported speech keeps the status of the reported clause: "said it would boycott" is planned
(the future of the past), "said it had expelled" happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.lexicon import frames, lemma_keys

_HYPOTHETICAL_MODALS = {"could", "might", "may", "should", "must", "can", "ought"}
_FUTURE = {"will", "shall", "'ll", "wo"}
_PLANNED_ADJ = {"upcoming", "planned", "scheduled", "forthcoming", "next", "future", "expected",
                "impending", "coming", "prospective"}
_HYPOTHETICAL_ADJ = {"proposed", "possible", "potential", "hypothetical", "eventual", "mooted"}
_CONDITIONAL_MARKS = {"if", "unless", "provided"}
# Prepositions placing what they govern before or around the framing act.
_BEFORE_NOW = {"after", "following", "since", "amid", "during"}
_FRAME_STATUS = {"commit": "planned", "offer": "hypothetical", "plan": "planned", "defer": "planned", "request": "hypothetical",
                 "threat": "hypothetical", "refuse": "negated", "fail": "negated"}
_CLAUSE_LINKS = {"xcomp", "ccomp", "acl", "advcl", "pcomp", "pobj", "prep", "dobj", "relcl", "conj", "nsubj", "nsubjpass", "attr", "oprd", "acomp", "compound"}


# Nouns that restate a clause before them ("…, a charge Israel denied", "…, a demand the prime
# minister rejected").
_RESTATING_NOUNS = {"charge", "claim", "accusation", "allegation", "demand", "proposal", "request", "offer", "report",
                    "assertion", "suggestion", "idea", "plan", "account", "version", "call", "ultimatum"}

def gerund_read_as_modifier(tok: Token) -> bool:
    """"India denied shelling villages": a gerund right after a verb, read by the parser as a
    modifier of the verb's bare object, is the verb's complement and the noun its own object
    ("the ruling party", "denied the ruling party's claim" keep their reading)."""
    noun = tok.head
    # ("denied bombing markets", parsed as a compound noun, is read the same way.)
    gerund = tok.tag_ == "VBG" and tok.dep_ == "amod" or tok.tag_ == "NN" and tok.dep_ == "compound" and tok.lower_.endswith("ing")
    return gerund and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.tag_ == "NNS" \
        and tok.i == noun.head.i + 1 and tok.i < noun.i \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


# Verbs whose "of" names the act charged: "accused the army of bombing markets".
_CHARGING_OF = {"accuse", "suspect", "convict", "acquit"}


def gerund_after_charge(tok: Token) -> Token | None:
    """"The RSF accused the army of bombing markets": the parser reads the gerund as a compound
    (or adjective) of the bare plural after "of", with "of" hung on the accused. The gerund is the
    act charged; returns the one charged (the verb's object, or its passive subject)."""
    noun = tok.head
    gerund = tok.tag_ == "VBG" and tok.dep_ == "amod" or tok.tag_ == "NN" and tok.dep_ == "compound" and tok.lower_.endswith("ing")
    if not gerund or noun.dep_ != "pobj" or noun.tag_ != "NNS" or tok.i >= noun.i:
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None
    of = noun.head
    if of.lower_ != "of" or tok.i != of.i + 1:
        return None
    verb = of.head
    if verb.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.casefold() not in _CHARGING_OF:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


# Marks of a clause an announced, refused or conditional act waits for.
_SUBORDINATE_MARKS = {"after", "before", "since", "when", "while", "as", "until", "because", "although", "though"}
_PENDING_MARKS = {"until", "till", "once", "before"}


def clause_verb(tok: Token) -> Token:
    """The verb (or predicate adjective) that carries a noun trigger's clause."""
    head = tok
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            return head
        if head.head.i == head.i:
            return head
        head = head.head
    return head


def negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if any(c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod") for c in tok.children):
        return True
    return False


# Light verbs that weigh an act without doing it (frame "plan"): "is weighing new sanctions".
WEIGHING_VERBS = {"consider", "weigh", "mull", "contemplate"}
# Frames of a verb's object noun whose infinitive the parser may hang on the verb.
_OBJECT_FRAMES = {"commit", "plan", "offer", "request", "threat"}
_PLANNING_PARTICIPLES = {"plan", "schedule", "set", "slate", "arrange", "expect"}


def planned_by(noun: Token) -> Token | None:
    """The participle that schedules an event noun: "a meeting planned for June 20", "talks
    are scheduled for May", also when the parser hangs it on the noun's of-object ("a meeting
    of ministers planned for …")."""
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.casefold() in _PLANNING_PARTICIPLES and not negated(noun.head):
        return noun.head  # "A summit between the two leaders is planned for early next year"
    holders = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for h in holders:
        for c in h.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.casefold() in _PLANNING_PARTICIPLES and c.i > noun.i:
                return c
    return None


_TIME_NOUNS = {"hour", "day", "week", "month", "minute", "deadline", "time", "ultimatum"}


def deadline_clause(verb: Token) -> Token | None:
    """The act a deadline is set for: "gave police 48 hours to free the detainees" → "free"
    (the parser hangs the infinitive on the verb or on the time noun)."""
    if verb.lemma_.casefold() not in ("give", "grant"):
        return None
    # "gave Hamas until Sunday to free …": the party given time is the object, the time an
    # until-phrase.
    until = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("until", "till")]
    if not any(c.dep_ == "dative" and c.pos_ != "ADP" or until and c.dep_ == "dobj" for c in verb.children):
        return None
    times = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.casefold() in _TIME_NOUNS] + until
    if not times:
        return None
    for holder in (verb, *times):
        for c in holder.children:
            if c.dep_ in ("advcl", "relcl", "acl", "xcomp") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return c
    return None


def deadline_of(verb: Token) -> Token | None:
    """Who must act by a deadline another party set (the dative of "gave police 48 hours to
    …"), when ``verb`` is that act, or one conjoined to it ("… to free them or bring them
    before a court")."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    giver = node.head if node.dep_ in ("advcl", "xcomp") else node.head.head if node.dep_ in ("relcl", "acl") else None
    if giver is None or node.head.i == node.i or deadline_clause(giver) is None or deadline_clause(giver).i != node.i:
        return None
    return next((c for c in giver.children if c.dep_ == "dative" and c.pos_ != "ADP"), None) \
        or next((c for c in giver.children if c.dep_ == "dobj" and c.lemma_.casefold() not in _TIME_NOUNS), None)


_NEGATIVE_SUBJECTS = {"nobody", "none", "nothing", "neither", "no-one"}


def _negative_subject(verb: Token) -> bool:
    """"no soldiers had surrendered", "nobody was hurt", "no one was arrested": the subject
    denies the act."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in _NEGATIVE_SUBJECTS:
            return True
        if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
        if any(d.dep_ == "preconj" and d.lower_ == "neither" for d in c.children):
            return True  # "Neither Israel nor Hamas has accepted the proposal"
    return False


# Verbs of ending: their negation ("never stopped", "did not cease") says the act goes on.
_CESSATION_VERBS = frozenset({"stop", "cease", "quit", "halt", "end"})


def _own_status(verb: Token) -> str | None:
    """Status from the verb's own auxiliaries and negation."""
    if negated(verb) or _negative_subject(verb):
        return "negated"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without" and verb.tag_ == "VBG":
        return "negated"  # "entered the village without firing a shot"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE:
        return "planned"
    if "would" in words or "'d" in words:
        if _conditional(verb):
            return "hypothetical"
        return "planned" if _reported(verb) else "hypothetical"
    if words & _HYPOTHETICAL_MODALS:
        return "hypothetical"
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return "ongoing"
    if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP", "VBD") and any(
            c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children):
        return "planned"  # "Hamas is to release 10 hostages on Wednesday": arranged, not done
    if verb.lower_ in ("due", "poised", "likely") or verb.lemma_ in ("set",) and words & {"is", "are", "was", "were", "be", "'s", "'re"} and any(c.dep_ == "xcomp" for c in verb.children):
        return "planned"
    return None


def _conditional(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONAL_MARKS for m in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("unless",):
            return True
    return False


# Words that open a condition the parser does not mark as one ("provided both sides agreed",
# "as long as both sides agree", "on condition that Kabul accepted").
_CONDITION_LEADS = (("provided",), ("providing",), ("as", "long", "as"), ("so", "long", "as"), ("on", "condition"),
                    ("on", "the", "condition"), ("only", "if"))


def _condition_lead(verb: Token) -> bool:
    """Whether the clause of ``verb`` is opened by a conditional lead: the words right before
    its subject (a "that" skipped), or a "providing" the parser made the verb's subject."""
    if any(c.dep_ == "csubj" and c.lower_ in ("providing", "provided") for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > verb.i:
        return False
    first = subj.left_edge.i
    words = [t.lower_ for t in verb.doc[max(first - 4, verb.sent.start):first]]
    if words and words[-1] == "that":
        words = words[:-1]
    return any(tuple(words[-len(lead):]) == lead for lead in _CONDITION_LEADS)


def _inverted_condition(verb: Token) -> bool:
    """"Had Israel attacked Iran, …", "Should Russia attack Moldova, …", "Were the talks to fail,
    …": an auxiliary before the subject of an adverbial clause opens a condition."""
    if verb.dep_ != "advcl":
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "should", "were") and c.i < subj.i and c.i == verb.left_edge.i
        for c in verb.children)


def _in_condition(verb: Token) -> bool:
    node = verb
    for _ in range(3):
        if node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONAL_MARKS for m in node.children):
            return True
        if node.pos_ in ("VERB", "AUX") and _inverted_condition(node):
            return True
        if node.pos_ in ("VERB", "AUX") and _condition_lead(node):
            return True
        if node.dep_ != "conj":
            return False
        node = node.head
    return False


def _reports(verb: Token) -> bool:
    return frames().get(verb.lemma_.casefold()) == "report"


def stranded_governor(verb: Token) -> Token | None:
    """The verb the parser hung as a participle on the subject of a bare infinitive it made
    the root: "A group of experts on Wednesday called on the junta to release 45 journalists"
    is parsed "A group … called on the junta" (a reduced relative) + "to release" (root). The
    participle governs the infinitive, as "called" governs "release" in the usual parse."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    found = [t for t in subj.subtree if t.dep_ == "acl" and t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") and t.i < verb.i
             and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in t.children)]
    return found[-1] if found else None


def stranded_infinitive(verb: Token) -> Token | None:
    """The root infinitive whose ``stranded_governor`` is ``verb``."""
    if verb.dep_ != "acl":
        return None
    root = verb.sent.root
    governor = stranded_governor(root)
    return root if governor is not None and governor.i == verb.i else None


_FINITE = ("VBD", "VBZ", "VBP")


def finite_above(tok: Token) -> Token:
    """The finite verb a past verb conjoined to the non-finite ``tok`` belongs with: "would
    stay vigilant and accused …" joins the verb above "stay". When the way up passes a noun
    the infinitive completes ("denied that the government had a mandate to sign the deal and
    threatened to …"), the finite clause holding that noun is a complement, and the past verb
    is coordinated with the verb that takes it ("denied … and threatened"), not with "had"."""
    upper, via_noun = tok, False
    while upper.head.i != upper.i and upper.tag_ not in _FINITE:
        via_noun = via_noun or upper.pos_ == "NOUN"
        upper = upper.head
    if via_noun and upper.dep_ == "ccomp" and upper.head.tag_ in _FINITE:
        upper = upper.head
    return upper


def _reported(verb: Token) -> bool:
    # "said it would not negotiate … but would meet religious leaders": a conjunct of the
    # reported clause is reported too.
    if verb.dep_ == "conj" and verb.head.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.head.children):
        # "said it planned to establish relations … and would open its border": a "would" clause
        # shares no "to" with the infinitive; it is a conjunct of the finite verb above it.
        upper = finite_above(verb.head)
        if upper.tag_ in _FINITE:
            verb = upper
    while verb.dep_ == "conj" and verb.head.dep_ in ("ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("ccomp", "conj") and frames().get(verb.head.lemma_.casefold()) == "report"


def frame_of(tok: Token) -> str | None:
    word = tok.lemma_.casefold()
    table = frames()
    frame = next((table[k] for k in lemma_keys(tok.lower_, tok.lemma_) if k in table), None)
    # "call" frames only as "call for"/"call on"; "set" only as "be set to".
    if word == "call" and not any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in tok.children) and tok.pos_ == "VERB":
        return None
    if rules_out(tok):
        return "exclude"
    if stops_short(tok):
        return "fail"  # "stopped short of imposing sanctions": as "refrained from imposing"
    return frame


def stops_short(tok: Token) -> bool:
    """"stopped short of", "fell short of": the act of the of-clause was not done."""
    return tok.lemma_.casefold() in ("stop", "fall") and tok.pos_ == "VERB" \
        and any(c.dep_ == "advmod" and c.lower_ == "short" for c in tok.children)


def rules_out(tok: Token) -> bool:
    """"ruled out a strike", "has not ruled out military action": an act excluded (negated),
    or, when the exclusion is denied, kept open (hypothetical)."""
    return tok.lemma_.casefold() == "rule" and tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


_BARE_INFINITIVE_GOVERNORS = {"help", "let", "make"}


_SPEECH_ACT_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE"}


def reporter_conjunct(verb: Token) -> Token | None:
    """"The ministry denied that its troops had fired first and accused Thailand of …": the
    parser joins the speech act to the perfect verb of the reported clause; a past speech act
    without a subject or auxiliary of its own is the reporter's second act. Returns the
    reporting verb it belongs with, else None."""
    from newsgraph.extract.events.lexicon import triggers  # (lazy, as dates does)

    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.tag_ != "VBD":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in head.children):
        return None
    if not any(t.type in _SPEECH_ACT_TYPES for key in lemma_keys(verb.lower_, verb.lemma_)
               for t in triggers().get((key, "VERB"), ())):
        return None
    return head.head


def _headline_infinitive(verb: Token) -> bool:
    """"Israel to hold talks with Hamas", "Israeli team to travel to Doha for talks": a
    headline's subject with a bare infinitive and no finite verb tells what is to come."""
    # (The parser may make the subject the root and the infinitive its clause.)
    subject_root = verb.head.i == verb.i and any(c.dep_ == "nsubj" for c in verb.children) \
        or verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
    return subject_root and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)


def status_of(trigger: Token, carrier: Token | None = None) -> str:
    """Status of the event whose trigger is ``trigger``; ``carrier`` is the light verb that
    carries a noun trigger ("held talks"). Frames above the trigger decide when the trigger's
    own clause does not."""
    if trigger.pos_ == "NOUN":
        if negated(trigger):
            return "negated"
        mods = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")}
        if mods & _HYPOTHETICAL_ADJ:
            return "hypothetical"
        if mods & _PLANNED_ADJ or planned_by(trigger) is not None:
            return "planned"
    verb = carrier or (trigger if trigger.pos_ in ("VERB", "AUX") else None)
    if carrier is not None and rules_out(carrier):
        return "hypothetical" if negated(carrier) else "negated"  # "has not ruled out a strike on Iran"
    if carrier is not None and frame_of(carrier) == "defer" and not negated(carrier):
        return "planned"  # "Sudan postponed talks with the RSF"
    if carrier is not None and carrier.lemma_.casefold() in WEIGHING_VERBS and not negated(carrier):
        return "planned"  # "was considering sanctions against Russia": named, not yet done
    if verb is not None and _headline_infinitive(verb):
        return "planned"  # "Israel to hold talks with Hamas in Doha": headline "to" is the future
    if verb is not None:
        own = _own_status(verb)
        if own is not None:
            return own
        if _in_condition(verb):
            return "hypothetical"  # "if Finnish authorities dropped their demands"
        if stranded_infinitive(verb) is not None:
            return "happened"  # the main verb of its sentence, misparsed as a participle
        if carrier is not None and frame_of(carrier) == "offer":
            return "hypothetical"  # "Norway offered talks to Colombia": not taken up yet
    # Walk up through frames: "announced plans to speak", "agreed to restore".
    node = verb if verb is not None else trigger
    steps = 0
    venue = False
    while (node.head.i != node.i or stranded_governor(node) is not None) and steps < 6:
        if steps and node.pos_ in ("VERB", "AUX") and _in_condition(node):
            return "hypothetical"  # "if Israel resumed bombing Gaza" (through a transparent verb)
        dep = node.dep_
        parent = node.head
        if dep == "advmod" and node.lower_ == "short" and stops_short(parent):
            dep = "prep"  # "stopped short of imposing": "short of" links the act to "stopped"
        if gerund_read_as_modifier(node):
            dep, parent = "xcomp", node.head.head  # "denied shelling villages": what is denied
        elif gerund_after_charge(node) is not None:
            dep, parent = "pcomp", node.head.head  # "accused the army of bombing markets": as "of shelling Kharkiv"
        if node.head.i == node.i:
            # "A group … on Wednesday called on the junta to release …": the infinitive the
            # parser made the root completes the participle.
            dep, parent = "xcomp", stranded_governor(node)
        steps += 1
        if deadline_of(node) is not None:
            return "hypothetical"  # "gave police 48 hours to free the detainees": demanded, not done
        if dep == "dep" and node.tag_ == "VB" and parent.pos_ == "VERB" and parent.tag_ == "VB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in node.children):
            # "agreed to open transport links, withdraw troops … and establish relations": the
            # parser leaves a middle item of a list of infinitives as "dep"; it shares the list's frame.
            node = parent
            continue
        if dep not in _CLAUSE_LINKS or dep == "relcl":
            break  # a relative clause has its own tense: "the vessels it detained"
        if dep == "ccomp" and node.i < parent.i and any(
                c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS and c.i < parent.i for c in parent.children):
            # "Rebels fired two missiles …, the agency said, the day after the group vowed to
            # resume attacks": the parser makes the after-clause the root; the main clause
            # before it is no content of that vow.
            break
        if dep == "ccomp" and node.i < parent.i and any(t.text == ";" for t in node.doc[node.right_edge.i + 1:parent.i]):
            break  # "X has blamed Y; Z has rejected any role": a clause of its own, not what Z rejects
        if dep == "ccomp" and node.i < parent.i and any(
                c.dep_ in ("dobj", "nsubj") and node.right_edge.i < c.i < parent.i and c.doc[c.left_edge.i - 1].text == ","
                and c.lemma_.casefold() in _RESTATING_NOUNS for c in parent.children):
            # "X accused Israel of targeting its positions, a charge Israel denied": the parser
            # makes the clause the content of the denial; the denial has its own object (the
            # noun restating the clause), and the clause keeps its own tense.
            break
        if dep == "ccomp" and node.i < parent.i and parent.tag_ != "VBG" and any(
                c.dep_ in ("xcomp", "ccomp") and c.i > parent.i for c in parent.children):
            # "Unions threaten new strike, government refuses to budge": a verb after the
            # clause has its own complement; the clause before it is no content of it.
            break
        if dep == "pobj" and parent.lower_ in _BEFORE_NOW:
            break  # "agreed to a ceasefire after five days of fighting": the fighting took place
        if dep == "conj":
            upper = reporter_conjunct(node)
            if upper is not None:
                node = upper  # "denied that its troops had fired and accused Thailand": the denier's act
                continue
            if node.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass", "neg") for c in node.children) \
                    and negated(parent) and any(c.dep_ in ("aux", "auxpass") for c in parent.children) \
                    and not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS | _FUTURE | {"would", "'d", "do", "did", "does"}
                                for c in parent.children):
                # "said his client had not been charged and denied any role": a past verb of its
                # own does not share the "had not been" of the verb before it (unlike "did not
                # attack and kill", where the bare verb shares "did not").
                break
            if node.tag_ == "VBD" and (parent.tag_ == "VB" or any(
                    c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS | _FUTURE | {"would", "'d"} for c in parent.children)):
                # "told reporters that members would stay vigilant and accused the government":
                # a past verb cannot share the modal of a bare one; it joins the finite verb above.
                upper = finite_above(parent)
                if upper.tag_ in ("VBD", "VBZ", "VBP"):
                    node = upper
                    continue
            if node.tag_ in ("VBD", "VBZ", "VBP") and parent.tag_ == "VBG" and parent.dep_ in ("xcomp", "pcomp", "ccomp") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                # "has denied targeting civilians and blamed 'terrorist groups'": a finite verb
                # is no second gerund of the denial; it is the subject's act next to the
                # finite verb above the gerund, and shares none of that verb's frame.
                upper = parent.head
                while upper.head.i != upper.i and upper.tag_ not in ("VBD", "VBZ", "VBP") \
                        and not any(c.dep_ == "aux" for c in upper.children):
                    upper = upper.head
                node = upper
                continue
            node = parent
            continue
        if parent.pos_ == "NOUN" and negated(parent):
            return "negated"  # "made no mention of talks"
        frame = frame_of(parent) if parent.pos_ in ("VERB", "NOUN", "ADJ", "AUX") else None
        if frame == "defer" and (dep in ("dobj", "nsubjpass")
                                 or dep == "nsubj" and not any(c.dep_ == "dobj" for c in parent.children)):
            return "planned"  # "postponed the talks", "the meeting was delayed", "Talks Postponed"
        if parent.lower_ == "yet" or any(c.lower_ == "yet" and c.dep_ in ("advmod", "dep") for c in parent.children) and parent.lemma_ == "have":
            return "negated"  # "has yet to meet"
        if dep == "prep" and node.lower_ in ("at", "during"):
            venue = True  # "Leaders pledge cooperation at Jakarta summit": where, not what is pledged
        if frame in _FRAME_STATUS and venue:
            frame = None
        if frame == "exclude" and dep in ("xcomp", "ccomp", "dobj", "pcomp"):
            return "hypothetical" if negated(parent) else "negated"  # "has not ruled out striking"
        if frame in _FRAME_STATUS and dep in ("xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj", "advcl"):
            if frame == "fail" and negated(parent):
                return "happened"
            if frame in ("plan", "commit") and negated(parent) and dep in ("xcomp", "ccomp"):
                return "negated"  # "did not plan to resume talks", "has not agreed to withdraw", as "had no plans to"
            if frame == "plan" and parent.pos_ == "NOUN" and parent.dep_ in ("dobj", "nsubjpass") \
                    and frame_of(parent.head) in ("refuse", "fail") and not negated(parent.head):
                return "negated"  # "rejected a proposal to release 30 prisoners": it will not be done
            if dep == "advcl" and frame != "plan" and not any(a.lower_ == "to" for a in node.children):
                break
            return _FRAME_STATUS[frame]
        if frame == "report" and dep in ("ccomp", "xcomp"):
            # Reported speech: the reported clause speaks for itself.
            own = _own_status(node) if node.pos_ in ("VERB", "AUX") else None
            if own is not None:
                return own
            if negated(parent) and dep == "xcomp":
                return "negated"
            node = parent
            continue
        if parent.pos_ == "ADJ" and dep == "xcomp" and _own_status(parent) is not None:
            return _own_status(parent)  # "is due to visit Yerevan next month to sign the treaty"
        if dep == "advcl" and parent.lemma_ == "be" and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
            due = next((c for c in parent.children if c.dep_ == "acomp" and _own_status(c) is not None), None)
            if due is not None:
                return _own_status(due)  # "is due in Addis Ababa on Monday to sign a trade deal"
        if parent.pos_ in ("VERB", "AUX"):
            if dep not in ("ccomp", "relcl") and _in_condition(parent):
                return "hypothetical"  # "if the army resumed shelling villages"
            own = _own_status(parent)
            if dep == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
                # "signed an agreement in 2016 to carry out joint patrols": the parser hangs the
                # infinitive of the object's deal, plan or call on the verb; it is what the noun frames.
                framed = next((_FRAME_STATUS[f] for o in parent.children if o.dep_ == "dobj" and o.i < node.i
                               for f in [frame_of(o)] if f in _OBJECT_FRAMES), None)
                if framed is not None:
                    return framed
                # A purpose clause shares the status of the act it serves: "would meet religious
                # leaders to seek their help", "urged Mali to do everything possible to free them".
                if own is not None:
                    return own
                node = parent
                continue
            if dep == "advcl" and own is not None and own != "ongoing" and any(
                    m.dep_ == "mark" and m.lower_ in _PENDING_MARKS for m in node.children):
                # "would not lift sanctions until the group pulled back": what the promise
                # waits for has not happened.
                return "hypothetical"
            if own in ("negated", "planned", "hypothetical") and dep == "ccomp" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in node.children) and not _reports(parent):
                # "would not allow its territory to be attacked": an infinitive clause shares
                # the status of the verb it completes.
                return own
            if own in ("negated", "planned", "hypothetical") and dep in ("ccomp", "xcomp") and node.tag_ == "VB" \
                    and parent.lemma_.casefold() in _BARE_INFINITIVE_GOVERNORS \
                    and not any(a.dep_ in ("aux", "auxpass") for a in node.children):
                # "would help Denmark investigate the attack", "will not let Kyiv join": a bare
                # infinitive shares the status of the verb that helps or lets it happen.
                return own
            if own == "negated" and dep in ("xcomp", "dobj"):
                if parent.lemma_.casefold() in _CESSATION_VERBS and node.tag_ == "VBG":
                    return "happened"  # "have not stopped shelling": the shelling goes on
                return "negated"
            if own in ("planned", "hypothetical") and dep in ("xcomp", "dobj", "pobj", "prep", "acl"):
                return own
            if dep in ("ccomp", "advcl", "relcl", "nsubj", "nsubjpass"):
                break
        node = parent
    return "happened"
