"""Coreference on the parse: pronouns and descriptions → the people they refer to.

No coreference model can be loaded here, so this is a salience rule in the spirit of
Lappin & Leass: a third-person pronoun refers to the most salient compatible person in its
sentence (before it) or the few sentences before — subjects over objects, near over far,
often-mentioned over once-mentioned — never to a person of the other gender (given names,
honorifics and gendered titles say which), and a non-reflexive object pronoun never to the
subject of its own clause. Resolved pronouns count as mentions for the next pronoun, so a
chain "Trump said … He added … his" stays on Trump.

A definite description ("the envoy", "the Ukrainian leader", "Russia's foreign minister")
refers to the nearest earlier person whose role it fits (``lexicons/title_descriptions.tsv``),
with a matching state when the description names one.

:func:`newsgraph.extract.entities.extract_entities` runs both before numbering entities;
:func:`resolve_references` and :func:`resolve_pronoun` read the result.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.entity_index import PRONOUNS, EntityBuilder, EntityIndex
from newsgraph.extract.titles import describes, person_noun, title_entries, title_words
from newsgraph.record import Role
from newsgraph.nlp.geo import gazetteer
from newsgraph.nlp.lexicon import table

# A definite group noun ("the group", "the Iran-backed militia") takes up the last
# organisation named within GROUP_WINDOW tokens that is no organ of a state.
GROUP_NOUNS = frozenset({"group", "militia", "movement", "organisation", "organization", "faction"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
GROUP_WINDOW = 250  # tokens: about three short paragraphs


# "The rebels said …": plural members of an armed group take up the last armed group named.
ARMED_MEMBER_NOUNS = frozenset({"rebels", "militants", "insurgents", "jihadists", "separatists", "guerrillas"})
_ARMED_NAME_WORDS = {"army", "front", "forces", "brigade", "brigades", "militia", "liberation"}
ARMED_WINDOW = 1000  # tokens: a story about one armed group calls it "the rebels" throughout


def is_armed_group(name: str, sector: str | None) -> bool:
    """A non-state armed group: listed as rebels, or unlisted and named like one ("Karen
    National Liberation Army")."""
    return sector == "REB" or sector is None and any(w in _ARMED_NAME_WORDS for w in name.casefold().split())


def is_possessor(tok: Token) -> bool:
    """A word of a name that owns something ("al Qaeda's affiliate"): what the text is about
    is the thing owned, so "the group" after it takes up that, not the owner."""
    while (tok.dep_ in ("compound", "flat") or tok.dep_ == "punct" and not tok.whitespace_) and tok.head.i > tok.i:
        tok = tok.head  # to the head of the name ("al" - "Shabab" 's)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "poss" or (nxt is not None and nxt.tag_ == "POS")

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_LOOKBACK_SENTENCES = 4
_MALE = {"he", "him", "his", "himself"}
_REFLEXIVE = {"himself", "herself"}
_OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}


def _gender(pronoun: Token) -> str:
    return "m" if pronoun.lower_ in _MALE else "f"


def _clause_verb(token: Token) -> Token:
    """The verb whose clause a token belongs to."""
    tok = token
    for _ in range(40):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _is_subject(tok: Token) -> bool:
    if tok.dep_ in _SUBJECT_DEPS:
        return True
    # A name inside a subject phrase ("U.S. President Donald Trump said"): compound/appos chain.
    head = tok
    for _ in range(4):
        if head.dep_ in ("compound", "appos", "flat", "poss", "amod") and head.head.i != head.i:
            if head.dep_ == "poss" and any(c.dep_ == "appos" for c in head.head.children):
                return False  # "Nabirye's lawyer, Otieno Kiprop, said": the lawyer speaks
            head = head.head
            if head.dep_ in _SUBJECT_DEPS:
                return True
        else:
            break
    return False


class _Mentions:
    """Person mention positions in text order, for a backwards walk from a pronoun."""

    def __init__(self, index: EntityIndex):
        pairs = sorted((i, e) for e in index.people() for i in e.mention_tokens)
        self.positions = [i for i, _ in pairs]
        self.entities = [e for _, e in pairs]
        # The gender the pronouns already resolved to a person of unknown gender gave it.
        self.pronoun_gender: dict[int, str] = {}
        for i in sorted(index._pronouns):
            ent = index._pronouns[i]
            if ent.gender is None:
                self.pronoun_gender.setdefault(id(ent), _gender(index.doc[i]))

    def before(self, position: int, window_start: int):
        k = bisect_left(self.positions, position) - 1
        while k >= 0 and self.positions[k] >= window_start:
            yield self.positions[k], self.entities[k]
            k -= 1

    def add(self, position: int, ent: EntityBuilder) -> None:
        k = bisect_left(self.positions, position)
        self.positions.insert(k, position)
        self.entities.insert(k, ent)


def _window_start(token: Token, sentences: int) -> int:
    doc = token.doc
    start = token.sent.start
    for _ in range(sentences - 1):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _sentence_numbers(doc) -> dict[int, int]:
    """Sentence start token → sentence ordinal."""
    return {sent.start: n for n, sent in enumerate(doc.sents)}


def _best_antecedent(token: Token, index: EntityIndex, mentions: _Mentions,
                     sent_no: dict[int, int], only: set[int] | None = None) -> EntityBuilder | None:
    doc = token.doc
    gender = _gender(token)
    sent = token.sent
    here = sent_no.get(sent.start, 0)
    verb = _clause_verb(token)
    reflexive = token.lower_ in _REFLEXIVE
    is_object = token.dep_ in _OBJECT_DEPS and token.tag_ == "PRP"
    best_score: float | None = None
    best_ent = None
    # "Lunde accused her": an object pronoun is never its own clause's subject, wherever
    # else that person was named.
    own_subject = None
    # "Ruto sacked Kiprono and replaced him": a verb joined to another shares its subject.
    subject_verb = verb
    while subject_verb.dep_ == "conj" and subject_verb.head.i != subject_verb.i \
            and not any(c.dep_ in _SUBJECT_DEPS for c in subject_verb.children):
        subject_verb = subject_verb.head
    if is_object and not reflexive:
        subj = next((c for c in subject_verb.children if c.dep_ in _SUBJECT_DEPS), None)
        own_subject = index.builder_at(subj) if subj is not None else None  # ids come later
    requester = None
    if is_object and not reflexive and own_subject is None and verb.dep_ in ("xcomp", "advcl", "ccomp") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.i < verb.i:
        # "Salim called on the soldiers to release him", "urged the army to free him": the one
        # asking others to act on "him" is not the one the act is for.
        asker = verb.head
        controller = next((c for c in asker.children if c.dep_ == "dobj"), None) or next(
            (g for c in asker.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
             if g.dep_ == "pobj"), None)
        subjects = [c for c in asker.children if c.dep_ in _SUBJECT_DEPS]
        if not subjects and asker.dep_ == "acl":
            # ("The AU's chairman, Ahmed Salim, called on …" parsed as a phrase about the chairman)
            subjects = [asker.head] + [c for c in asker.head.children if c.dep_ == "appos"]
        if controller is not None and controller.i < verb.i:
            requester = next((index.builder_at(t) for t in subjects if index.builder_at(t) is not None), None)
    appointee = None
    if token.tag_ == "PRP$" and token.head.lemma_ in ("place", "stead") and token.head.head.lower_ == "in" \
            and verb.lemma_ in _APPOINTING:
        # "dismissed A and appointed B in his place": his is the one who left, neither the
        # one who appoints nor the one appointed.
        subj = next((c for c in subject_verb.children if c.dep_ in _SUBJECT_DEPS), None)
        own_subject = index.builder_at(subj) if subj is not None else None
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        appointee = index.builder_at(obj) if obj is not None else None
        removed = next((c for c in subject_verb.children if c.dep_ == "dobj"), None) \
            if subject_verb.i != verb.i and subject_verb.lemma_ in _REMOVING else None
        removed = index.builder_at(removed) if removed is not None else None
        if removed is not None and removed.type == "PERSON" and removed.gender in (None, gender):
            return removed  # "dismissed A and appointed B in his place"
    # "Finance Minister A, who was succeeded by his deputy": the relative pronoun's person is
    # the subject of the clause the pronoun is in (not for the clause's own object: "A, who
    # praised him").
    relative_subject = None
    if not is_object or reflexive:
        node = token
        for _ in range(8):
            if node.head.i == node.i:
                break
            node = node.head
            if node.dep_ == "relcl":
                if any(c.dep_ in _SUBJECT_DEPS and c.lower_ in ("who", "that") for c in node.children):
                    relative_subject = index.builder_at(node.head)
                break
    for i, ent in mentions.before(token.i, _window_start(token, _LOOKBACK_SENTENCES)):
        if ent.gender is not None and ent.gender != gender:
            continue
        if ent.gender is None and mentions.pronoun_gender.get(id(ent), gender) != gender:
            continue  # "He said …" made Wen Tsung-han a man: "distrusted her" is someone else
        if own_subject is not None and ent is own_subject or appointee is not None and ent is appointee \
                or requester is not None and ent is requester:
            continue
        if only is not None and i not in only:
            continue
        tok = doc[i]
        if tok.head.i == token.i:
            continue  # "his" cannot be the person of its own noun phrase
        distance = here - sent_no.get(tok.sent.start, here)
        subject = _is_subject(tok)
        if distance == 0 and is_object and not reflexive and _clause_verb(tok).i in (verb.i, subject_verb.i) \
                and subject:
            continue  # "Trump praised him": him is not Trump
        if reflexive and not (distance == 0 and subject):
            continue
        score = 3.0 - 1.5 * distance
        score += 2.0 if subject else 0.0
        if relative_subject is not None and ent is relative_subject:
            score += 2.5
        if tok.tag_ in ("PRP", "PRP$") and subject:
            score += 0.5  # a pronoun subject continues the chain
        score += min(len(ent.mention_tokens), 6) * 0.1
        score -= (token.i - i) / 1000.0
        if best_score is None or score > best_score:
            best_score, best_ent = score, ent
    return best_ent


def resolve_pronouns(parsed: Parsed, index: EntityIndex, only: set[int] | None = None) -> None:
    """Resolve he/him/his/she/her… to people; record them as mentions of their entity.
    ``only``: the mention positions a pronoun may take (a second pass after descriptions)."""
    people = index.people()
    if not people:
        return
    mentions = _Mentions(index)
    sent_no = _sentence_numbers(parsed.doc)
    for token in parsed.doc:
        if token.lower_ in PRONOUNS and token.tag_ in ("PRP", "PRP$") and token.i not in index._tok:
            ent = _best_antecedent(token, index, mentions, sent_no, only)
            if ent is not None:
                index.add_pronoun(token, ent)
                mentions.add(token.i, ent)
                if ent.gender is None:
                    mentions.pronoun_gender.setdefault(id(ent), _gender(token))
                if only is not None:
                    only.add(token.i)  # a chain: "The minister … She said … her aide"


def _description_nouns() -> frozenset[str]:
    """Nouns that can head a description of a person: each title's holder noun ("chief" of
    "Chief of General Staff", not "staff") and the extra nouns of title_descriptions.tsv."""
    extra = {row[0].casefold() for row in table("title_descriptions.tsv")}
    holders = {person_noun(e.canonical)[0] for entries in title_entries().values() for e in entries}
    return frozenset((holders | extra) - {""})


_NOUNS: frozenset[str] | None = None


def _owner_words(head: Token, index: EntityIndex) -> tuple[str | None, bool]:
    """(state the description names, whether it is definite or possessed)."""
    g = gazetteer()
    owner = None
    definite = False
    for child in head.lefts:
        if child.dep_ == "det" and child.lower_ in ("the", "this", "that"):
            definite = True
        elif child.tag_ == "PRP$":
            definite = True
        elif child.dep_ in ("amod", "compound", "poss", "nmod"):
            iso = index.country_at(child) or g.demonym(child.text) or (g.country(child.text) if child.pos_ == "PROPN" else None)
            if iso:
                owner = iso
                definite = definite or child.dep_ == "poss"
            elif child.dep_ == "poss" and any(d.lower_ == "the" for d in child.children):
                definite = True  # "the bloc's foreign policy chief"
    return owner, definite


# Styles that are no office: a person with only these is still unplaced.
_STYLES = {"sheikh", "sheikha", "prince", "princess", "emir"}


def _a_bodys_office(tok: Token) -> bool:
    """"the bloc's foreign policy chief", "the agency's director": an office a body's
    possessive names (no state's)."""
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" and any(d.lower_ == "the" for d in c.children)
               for c in tok.children)


def _named_next(tok: Token, noun: str, owner: str | None, modifiers: tuple[str, ...],
                index: EntityIndex) -> EntityBuilder | None:
    """A lead's "Qatar's prime minister said …" whose holder the next sentence names: the one
    person first named there, holding no other office (a style such as Sheikh aside) and
    of no other state. Only for a state's office told as the subject of the lead's clause."""
    if tok.dep_ != "nsubj" or owner is None and not _a_bodys_office(tok):
        return None
    doc = tok.doc
    sent = tok.sent
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    if following.start < len(doc) and all(t.is_space for t in following):
        following = doc[following.end].sent if following.end < len(doc) else following
    found = []
    for ent in index.people():
        first = min(ent.name_mentions, default=None)
        if first is None or not following.start <= first[0] < following.end:
            continue
        if any(s < following.start for s, _ in ent.name_mentions):
            continue
        span = doc[first[0]:first[1]]
        if any(c.dep_ == "appos" for c in span.root.children) or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "Oleh Ivanov, a farmer near Kharkiv, said": someone else, described
        offices = [r for r in ent.roles if r.title.casefold() not in _STYLES]
        if any(not describes(noun, r.title, modifiers) for r in offices) or ent.country not in (None, owner):
            continue
        found.append(ent)
    return found[0] if len(found) == 1 else None


def _described_person(noun: str, owner: str | None, modifiers: tuple[str, ...], earlier) -> EntityBuilder | None:
    """The nearest earlier person with a role the description fits: first one whose state
    matches, else (when the description names a state) one whose state is unknown."""
    unknown = None
    for _i, ent in earlier:
        if ent.type != "PERSON" or not ent.roles:
            continue
        for role in ent.roles:
            if not describes(noun, role.title, modifiers):
                continue
            state = role.of if role.of is not None else ent.country
            if owner is None or state == owner or ent.country == owner:
                return ent
            if state is None and unknown is None:
                unknown = ent
    return unknown


# Verbs whose object is given a post ("appointed X", "named X").
_APPOINTING = {"appoint", "name", "nominate", "install", "promote", "designate", "tap", "choose", "pick"}


_REMOVING = {"dismiss", "fire", "sack", "oust", "remove", "replace", "relieve", "suspend"}


def _unnamed_since(tok: Token, chosen: EntityBuilder, mentions: _Mentions) -> bool:
    """"A Saudi diplomat familiar with the talks said … 'Words are easy,' the diplomat said":
    an indefinite "a diplomat" after the person's last mention brings in someone the article
    does not name, whom the definite one takes up."""
    last = next((i for i, e in mentions.before(tok.i, 0) if e is chosen), -1)
    return any(t.lower_ == tok.lower_ and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
               for t in tok.doc[last + 1:tok.i])


def resolve_descriptions(parsed: Parsed, index: EntityIndex) -> set[int]:
    """"the envoy", "the Ukrainian leader", "Russia's foreign minister" → the nearest earlier
    person whose role fits (and whose state matches, when the description names one).
    Returns the head tokens of the descriptions resolved."""
    global _NOUNS
    if not index.people():
        return set()
    if _NOUNS is None:
        _NOUNS = _description_nouns()
    doc = parsed.doc
    mentions = _Mentions(index)
    described: set[int] = set()
    appointees = {i: index.builder_at(t) for t in doc if t.dep_ in ("dobj", "oprd") and t.head.lemma_ in _APPOINTING
                  for i in [t.i] if index.builder_at(t) is not None and index.builder_at(t).type == "PERSON"}

    def appointed_before(i: int) -> list:
        return [e for k, e in appointees.items() if k <= i]
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS") or tok.lower_ not in _NOUNS:
            continue
        if tok.i in index._tok or tok.dep_ in ("compound", "appos") and tok.head.i in index._tok:
            continue
        if any(c.dep_ == "appos" for c in tok.children) or any(index.builder_at(c) is not None and index.builder_at(c).type == "PERSON" for c in tok.children if c.dep_ in ("compound", "flat")):
            continue
        if tok.i + 1 < len(doc) and index.builder_at(tok.i + 1) is not None and index.builder_at(tok.i + 1).type == "PERSON":
            continue  # a title before a name, not a description
        if tok.dep_ in ("attr", "oprd") or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "X is the president", "the head of the agency": no reference
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            continue  # "elected X as its new president": the post X takes, no one named before
        owner, definite = _owner_words(tok, index)
        if not definite:
            continue
        noun = tok.lower_
        modifiers = tuple(c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and c.lower_ in title_words()
                          and index.country_at(c) is None)
        chosen = None
        if any(c.lower_ in ("new", "newly") for c in tok.lefts):
            # "the new minister" after "appointed X in his place": the one just appointed, who
            # holds no such title yet when the text calls him so.
            chosen = next((e for i, e in mentions.before(tok.i, 0) if e in appointed_before(i)), None)
        chosen = chosen or _described_person(noun, owner, modifiers, mentions.before(tok.i, 0))
        named_next = None
        if chosen is None:
            named_next = _named_next(tok, noun, owner, modifiers, index)
            chosen = named_next
        if chosen is None or named_next is None and _unnamed_since(tok, chosen, mentions):
            continue
        if named_next is not None:
            # "Qatar's prime minister said … Sheikh Mohammed … told a forum": the office the
            # lead describes is the one of the person the next sentence names.
            # ("the bloc's foreign policy chief": "foreign" modifies "policy")
            words = [t.text for c in tok.lefts if c.dep_ in ("amod", "compound") for t in c.subtree
                     if t.dep_ in ("amod", "compound") and t.is_alpha and (t.lower_ in title_words() or t.is_lower)
                     and index.country_at(t) is None]
            title = " ".join(w.capitalize() if w.islower() else w for w in [*words, tok.text])
            named_next.add_role(Role(title=title, of=owner))
            if named_next.country is None:
                named_next.country = owner
        start = min((c.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod") or c.tag_ in ("PRP$", "POS")), default=tok.i)
        start = min([start] + [t.i for c in tok.lefts if c.dep_ == "poss" for t in c.subtree])
        index.add_mention(chosen, start, tok.i + 1, head=tok.i)
        mentions.add(tok.i, chosen)
        described.add(tok.i)
        if owner is not None:
            # "Russia's foreign minister" tells whose minister a "Foreign Minister" is.
            for role in chosen.roles:
                if role.of is None and describes(noun, role.title, modifiers):
                    role.of = owner
            if chosen.country is None:
                chosen.country = owner
    return described


def resolve_pronoun(token: Token, index: EntityIndex, people: set[str] | None = None) -> str | None:
    """The PERSON entity id ``token`` (he/his/she/her…) refers to, or None."""
    if token.lower_ not in PRONOUNS:
        return None
    eid = index.pronoun_entity.get(token.i)
    if eid is not None or index.finalised:
        return eid
    ent = _best_antecedent(token, index, _Mentions(index), _sentence_numbers(token.doc))
    return ent.id if ent is not None and ent.id else None


def resolve_references(parsed: Parsed, index: EntityIndex) -> dict[int, str]:
    """Token index → entity id of every resolved pronoun (already recorded as mentions when
    the index was built by :func:`extract_entities`)."""
    if not index.finalised:
        resolve_pronouns(parsed, index)
        index.finalise()
    return dict(index.pronoun_entity)
