"""Role changes: appointments, dismissals, replacements and resignations.

"Zelensky … replacing Chief of General Staff Anatoliy Bargylevych with Andriy Gnatov" gives
post = Chief of General Staff, old = Bargylevych, new = Gnatov, by = Zelensky, country = UKR
(the post's own state when the text names one, else the state of whoever made the change).
The people involved get the post among their roles and, when they have none, its country.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.coref import STATE_SECTORS
from newsgraph.extract.entities import EntityBuilder, EntityIndex
from newsgraph.extract.people import owner_lookup
from newsgraph.extract.titles import RANKS, TitlePhrase, compatible_titles, match_title, read_title_phrase, title_head_words
from newsgraph.nlp.geo import gazetteer
from newsgraph.record import Role, RoleChange

__all__ = ["extract_role_changes", "match_title"]

_REPLACE = {"replace", "succeed", "supersede"}
_APPOINT = {"appoint", "name", "nominate", "install", "promote", "elect", "designate", "tap", "choose", "pick", "confirm", "reappoint"}
_REMOVE = {"dismiss", "fire", "sack", "oust", "remove", "depose", "relieve", "suspend", "expel", "unseat", "topple"}
_RESIGN = {"resign", "quit", "step", "retire", "stand"}
_ALL = _REPLACE | _APPOINT | _REMOVE | _RESIGN
# Verbs that put a person in another post; only with a replacing verb do they tell the change
# ("moved Defence Minister B to the foreign ministry, replacing A": B replaces A).
_MOVE = {"move", "transfer", "shift", "reassign", "switch"}
_RANKS = RANKS
_RANK_WORDS = {w for r in _RANKS for w in r.split()} | {"gen", "adm", "col", "lt", "maj", "brig", "capt"}


def _person(tok: Token | None, index: EntityIndex) -> EntityBuilder | None:
    """The person a noun phrase names: its head, a name in apposition ("Chief … Anatoliy
    Bargylevych"), a name inside a title phrase ("Commander-in-Chief Oleh Marchenko"), or a
    name the parser left just after the phrase ("his chief of staff, Tomas Novak,")."""
    if tok is None:
        return None
    eid = index.entity_of_phrase(tok)
    ent = index.get(eid) if eid else None
    if ent is not None and ent.type == "PERSON":
        return ent
    if tok.lower_ not in title_head_words() and tok.lower_ not in ("chief", "head"):
        return None
    clause = {"relcl", "acl", "advcl", "ccomp", "conj"}
    for t in tok.subtree:
        if t.dep_ in clause:
            break
        if t.pos_ != "PROPN":
            continue  # "his chief of staff": the possessor is not the holder
        b = index.builder_at(t)
        if b is not None and b.type == "PERSON" and t.i > tok.i - 6:
            return b
    doc = tok.doc
    after = max(t.i for t in tok.subtree) + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    for _ in range(3):  # "the army's chief of staff, General X": past the rank
        if after < len(doc) - 1 and index.builder_at(after) is None and doc[after].lower_.rstrip(".") in _RANK_WORDS:
            after += 1
    b = index.builder_at(after) if after < len(doc) else None
    return b if b is not None and b.type == "PERSON" else None


def _actor(tok: Token | None, index: EntityIndex) -> EntityBuilder | None:
    """Whoever made a change: a person, or a state or organisation."""
    if tok is None:
        return None
    eid = index.entity_of_phrase(tok)
    return index.get(eid) if eid else None


def _body_acting(subj: Token | None, index: EntityIndex) -> EntityBuilder | None:
    """The organisation that "it" or "its board" stands for: the organisation subject of the
    clause governing it ("Acme said on Monday that its board had appointed B …")."""
    if subj is None or not (subj.lower_ == "it" or any(c.lower_ == "its" for c in subj.children)):
        return None
    tok = subj.head
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        s = _child(tok, "nsubj")
        body = _actor(s, index) if s is not None else None
        if body is not None:
            return body if body.type == "ORG" else None
    return None


def _child(verb: Token, *deps: str) -> Token | None:
    return next((c for c in verb.children if c.dep_ in deps), None)


def _prep_object(verb: Token, *words: str) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in words:
            obj = _child(c, "pobj")
            if obj is not None:
                return obj
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing to the governing clause for participles and
    infinitives ("Zelensky announced changes …, replacing X with Y")."""
    tok = verb
    for _ in range(5):
        # A governing passive clause's subject is the one who acts: "B was sworn in to replace
        # A", "A was forced to resign".
        subj = _child(tok, "nsubj") if tok.i == verb.i else _child(tok, "nsubj", "nsubjpass")
        if subj is not None:
            # A relative pronoun stands for its noun only as the verb's own subject: in "Reid,
            # who called on Grayson to quit", the one to quit is not Reid.
            return _antecedent(subj) if tok.i == verb.i else subj
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return None
        root = tok.sent.root
        if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ", "VBP") and root.pos_ in ("PROPN", "NOUN") \
                and root.i < tok.i:
            # A finite verb hung on a noun as "acl" is a misparse that read the whole sentence
            # as one noun phrase ("Minister X, who also leads the Y Movement, a former rebel
            # group, stepped down"): its subject is that phrase's head, not the noun it hangs on.
            return root
        tok = tok.head
    return None


def _appointed_by(verb: Token) -> tuple[Token, Token] | None:
    """For a replacing participle or infinitive with no subject of its own that hangs on an
    active appointment ("named B …, replacing A", "appointed B to replace A"): the appointing
    verb and its object."""
    tok = verb
    for _ in range(2):  # "nominated B to lead the bank, replacing A": through the infinitive
        if tok.dep_ not in ("advcl", "xcomp", "acl") or _child(tok, "nsubj", "nsubjpass") is not None:
            return None
        head = tok.head
        if head.i == tok.i:
            return None
        if head.lemma_.casefold() in _APPOINT | _MOVE and head.pos_ == "VERB":
            obj = None if _is_passive(head) else _child(head, "dobj", "oprd")
            return (head, obj) if obj is not None else None
        given_to = _portfolio_goes_to(head)
        if given_to is not None:
            return head, given_to  # "The defence portfolio went to B, replacing A"
        tok = head
    return None


def _appointed_before(verb: Token, index: EntityIndex) -> tuple[Token, Token] | None:
    """The person an appointing verb before ``verb`` in its sentence names ("named B")."""
    for head in reversed(list(verb.sent[:verb.i - verb.sent.start])):
        if head.lemma_.casefold() in _APPOINT and head.pos_ == "VERB" and not _is_passive(head):
            obj = _child(head, "dobj", "oprd")
            if obj is not None and _person(obj, index) is not None:
                return head, obj
    return None


# Verbs whose "from" + gerund keeps a change from happening ("barred officials from removing her").
_BARRING = {"bar", "block", "prevent", "stop", "prohibit", "forbid", "ban", "restrain", "enjoin"}
# Verbs that, governing a change, say it does not happen ("refused to step down").
_DENYING = {"refuse", "reject", "deny", "decline", "resist"}


def _denied(verb: Token) -> bool:
    """A change negated ("would not resign") or refused ("refused to step down", "ruled out
    resigning")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.casefold() in _BARRING:
        return True  # "barred officials from removing her": kept from happening
    if verb.dep_ not in ("xcomp", "pcomp", "dobj") or head.i == verb.i:
        return False
    lemma = head.lemma_.casefold()
    return lemma in _DENYING or lemma == "rule" and any(c.lower_ == "out" for c in head.children)


def _in_someones_place(verb: Token) -> bool:
    """"appointed B in his place", "named B in her stead": B takes over someone's post; so
    does "dismissed A and appointed B to the post" (the post just named, no "of" after it)."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_ in ("place", "stead")
                                                             and _child(o, "poss") is not None for o in c.children)
               or c.dep_ == "prep" and c.lower_ == "to" and verb.dep_ == "conj"
               and any(o.dep_ == "pobj" and o.lower_ in _BARE_POSTS and not any(p.dep_ == "prep" for p in o.children)
                       and any(d.lower_ == "the" for d in o.children) for o in c.children)
               for c in verb.children)


# A post named by a bare noun after "to the": the one the sentence just named.
_BARE_POSTS = {"post", "job", "position", "role", "office"}


def _left_before(verb: Token) -> Token | None:
    """Who left the post the appointment fills, told by the verb it is conjoined to: "dismissed
    A and appointed B in his place", "A resigned and B was appointed in his place"."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    head = verb.head
    lemma = head.lemma_.casefold()
    if lemma in _REMOVE:
        return _child(head, "nsubjpass") if _is_passive(head) else _child(head, "dobj")
    if lemma in _RESIGN:
        return _child(head, "nsubj")
    return None


def _antecedent(tok: Token) -> Token:
    """A relative pronoun's noun: "Jansen, who replaced Bos …" → Jansen."""
    if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        return tok.head.head
    return tok


def _is_passive(verb: Token) -> bool:
    """A passive verb: with its passive subject or auxiliary, with a "by" agent ("replaced by
    her deputy"), or a bare participle conjoined to a passive verb ("was fired … and replaced")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.head.i != verb.i and _child(verb, "nsubj") is None \
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def _named_inside_post(verb: Token, index: EntityIndex) -> Token | None:
    """"named Petra Novak reconciliation minister": the parser hung the name on the post as a
    modifier (no object); the person named first among the post's modifiers is the one appointed."""
    post = _child(verb, "oprd", "attr", "xcomp")
    if post is None or post.pos_ != "NOUN":
        return None
    for tok in post.lefts:
        # (a name of unknown words the parser may hang as "nmod": "appointed Sihasak
        # Phuangketkeow foreign minister")
        if tok.dep_ not in ("compound", "nmod") and not any(t.dep_ in ("compound", "nmod") for t in tok.subtree):
            continue
        for t in tok.subtree:
            ent = index.entity_at(t)
            if ent is not None and index.get(ent).type == "PERSON":
                return t
    return None


def _further_named_posts(verb: Token, index: EntityIndex):
    """(person, title phrase) for each post conjoined to the one a name was hung on."""
    post = _child(verb, "oprd", "attr", "xcomp")
    if post is None:
        post = _child(verb, "dobj")  # (or the parser made the post the object)
        if post is not None and post.lower_ not in title_head_words():
            return
    if post is None or post.pos_ != "NOUN":
        return
    for conj in post.conjuncts:
        if conj.i < post.i or conj.pos_ != "NOUN":
            continue
        named = [t for left in conj.lefts if left.dep_ in ("compound", "nmod") for t in left.subtree
                 if index.entity_at(t) is not None and index.get(index.entity_at(t)).type == "PERSON"]
        if not named:
            continue
        tokens = [t for t in conj.subtree if t.i > named[-1].i]
        phrase = read_title_phrase(tokens, owner_lookup(index), head=conj)
        if phrase is not None:
            yield index.get(index.entity_at(named[-1])), phrase


def _post_phrase(verb: Token, index: EntityIndex, *heads: Token | None):
    """An explicit post: "as Foreign Minister" (on the verb or on the person), "to the post
    of …", an object predicate ("was named Estonia's defence minister")."""
    owner_of = owner_lookup(index)
    candidates: list[Token] = []
    # A subordinate clause's verb does not own a phrase before its conjunction: in "appointed B
    # as prime minister, two months after soldiers ousted A", "as …" tells B's post, not A's.
    mark = next((c.i for c in verb.children if c.dep_ == "mark"), None)
    obj = _child(verb, "dobj")
    if obj is not None:
        after = max(t.i for t in obj.subtree) + 1
        doc = verb.doc
        while after < len(doc) and doc[after].text == ",":
            after += 1
        if after < len(doc) and doc[after].lower_ == "as" and doc[after].head.i != verb.i \
                and _child(doc[after], "pobj") is not None:
            candidates.append(_child(doc[after], "pobj"))  # the parser hung "as …" elsewhere
    for holder in (verb, *[h for h in heads if h is not None]):
        for c in holder.children:
            if holder is verb and mark is not None and c.i < mark:
                continue
            if c.dep_ == "prep" and c.lower_ in ("as", "to") and (holder is verb or c.lower_ == "as"):
                obj = _child(c, "pobj")
                if obj is not None:
                    candidates.append(obj)
            elif holder is verb and c.dep_ in ("oprd", "attr", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN"):
                candidates.append(c)
            elif holder is verb and c.dep_ == "advcl" and c.pos_ in ("NOUN", "PROPN") \
                    and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children):
                candidates.append(c)  # "named B as armed forces chief", the parse reading "as" as a clause's mark
    for head in candidates:
        if index.entity_at(head) is not None and index.get(index.entity_at(head)).type == "PERSON":
            continue
        tokens = [t for t in head.subtree if not (t.dep_ == "mark" and t.head.i == head.i)]
        named = [k for k, t in enumerate(tokens) if t.i < head.i and index.entity_at(t) is not None
                 and index.get(index.entity_at(t)).type == "PERSON"]
        if named:
            tokens = tokens[named[-1] + 1:]  # "named Petra Novak reconciliation minister": the post after the name
        phrase = read_title_phrase(tokens, owner_of, head=head)
        if phrase is not None:
            return phrase
    return None


def _ministry_where(verb: Token, index: EntityIndex | None = None):
    """"was moved to the foreign ministry, where he succeeds X", "At the finance ministry, X
    takes over from Y": the ministry's minister."""
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        place = verb.head
    else:
        place = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
                      and c.i < verb.i and _child(c, "pobj") is not None), None)
    if place is None or place.lower_ != "ministry":
        return None
    words = [t.text for t in place.lefts if t.dep_ in ("amod", "compound") and t.is_alpha]
    of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        title = "Minister of " + " ".join(t.text for t in of.subtree if t.i != of.i and t.is_alpha)
    elif words:
        title = " ".join(w.capitalize() for w in words) + " Minister"
    else:
        return None
    owner = index.builder_at(place) if index is not None else None
    return TitlePhrase(title=title, start=place.idx, end=place.idx + len(place),
                       owner=owner.country if owner is not None and owner.key[:1] == ("PART",) else None)


def _portfolio_post(noun: Token | None) -> str | None:
    """"the agriculture ministry", "the defence portfolio", "the Ministry of Health": the
    minister's post."""
    if noun is None or noun.lower_ not in ("ministry", "portfolio"):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        words = [t.text for t in of.subtree if t.i != of.i and t.is_alpha and t.dep_ != "det"]
        return "Minister of " + " ".join(words) if words else None
    words = [t.text for t in noun.lefts if t.dep_ in ("amod", "compound") and t.is_alpha]
    return " ".join(w.capitalize() for w in words) + " Minister" if words else None


def _portfolio_to(verb: Token):
    """"named Arriola to the interior ministry", "appointed her to the defence portfolio": the
    minister's post the appointment gives."""
    to = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    post = _portfolio_post(to)
    return TitlePhrase(title=post, start=to.idx, end=to.idx + len(to)) if post is not None else None


def _portfolio_goes_to(verb: Token) -> Token | None:
    """"The defence portfolio went to B", "the interior ministry goes to B": B's token."""
    if verb.lemma_.casefold() != "go" or _portfolio_post(_child(verb, "nsubj")) is None:
        return None
    return next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)


def _portfolio_going(verb: Token):
    """The post of "The defence portfolio went to B" (None for other verbs)."""
    subject = _child(verb, "nsubj")
    post = _portfolio_post(subject) if _portfolio_goes_to(verb) is not None else None
    return TitlePhrase(title=post, start=subject.idx, end=subject.idx + len(subject)) if post is not None else None


def _own_unnamed_post(tok: Token | None, index: EntityIndex) -> bool:
    """"his interior minister", "her two deputies": a post of the subject's own, its holder not named."""
    return tok is not None and tok.lower_ in title_head_words() | {"ministers", "deputies", "chiefs"} \
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in tok.children) \
        and _person(tok, index) is None


def _appointment_in(verb: Token, index: EntityIndex) -> tuple[Token, Token] | None:
    """An appointing participle or conjunct on ``verb`` and the person it names ("…, naming
    B to the post", "… and appointed B")."""
    for c in verb.children:
        if c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.casefold() in _APPOINT and c.pos_ == "VERB":
            obj = _child(c, "dobj", "oprd")
            if obj is not None and _person(obj, index) is not None:
                return c, obj
    return None


def _moves(verb: Token, lemma: str, index: EntityIndex, out: list[RoleChange]) -> None:
    """"Defence Minister A was moved to the agriculture ministry": A leaves his post for that
    one; "B took over the defence portfolio": B holds the post (after whoever left it)."""
    if lemma in _MOVE and verb.pos_ == "VERB":
        who = _person(_child(verb, "nsubjpass") if _is_passive(verb) else _child(verb, "dobj"), index)
        to = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        post = _portfolio_post(to)
        if who is None or post is None:
            return
        left, of = _held_post(who, current_only=True)
        country = who.country
        if left is not None and left.casefold() not in _RANKS and left.casefold() != post.casefold():
            _add_change(out, index, left, of if of in gazetteer().country_names else country, who, None, None,
                        verb.sent)
        _add_change(out, index, post, country, None, who, None, verb.sent)
    elif (given_to := _portfolio_goes_to(verb)) is not None:
        who = _person(given_to, index)
        post = _portfolio_post(_child(verb, "nsubj"))
        if who is not None and post is not None and not any(
                c.dep_ == "advcl" and c.lemma_.casefold() in _REPLACE for c in verb.children):
            _add_change(out, index, post, who.country, None, who, None, verb.sent)
    elif lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        post = _portfolio_post(_child(verb, "dobj"))
        who = _person(_subject(verb), index)
        if who is not None and post is not None:
            _add_change(out, index, post, who.country, None, who, None, verb.sent)


def _title_of_phrase(tok: Token | None, index: EntityIndex):
    """The title a phrase is headed by ("his chief of staff, Tomas Novak")."""
    if tok is None or tok.lower_ not in title_head_words() and tok.lower_ != "staff":
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None  # "appointed a civilian economist, B": how B is described, not the post
    head = tok
    return read_title_phrase([t for t in head.subtree if index.builder_at(t) is None or index.builder_at(t).type != "PERSON"],
                             owner_lookup(index), head=head)


def _held_post(person: EntityBuilder | None, current_only: bool = False) -> tuple[str | None, str | None]:
    # A successor's post held before ("a former U.N. official") is not the one that changes
    # hands; a predecessor's former post is ("Former Foreign Minister X … his successor").
    current = [r for r in person.roles
               if not (current_only and r.title.lower().startswith(("former ", "ex-")))] if person else []
    if not current:
        return None, None
    # A rank is held beside a post, not in its place: "General X, the army's chief of staff".
    role = next((r for r in current if r.title.casefold() not in _RANKS), current[0])
    return role.title, role.of


def extract_role_changes(parsed: Parsed, index: EntityIndex) -> list[RoleChange]:
    out: list[RoleChange] = []
    for verb in parsed.doc:
        lemma = verb.lemma_.casefold()
        _moves(verb, lemma, index, out)
        if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) \
                and _prep_object(verb, "from") is not None:
            lemma = "succeed"  # "Galípolo, who took over from Campos Neto in January"
        elif lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) \
                and _prep_object(verb, "as") is not None:
            lemma = "install"  # "his deputy Y took over as acting chair": Y now holds the post
        elif lemma == "swear" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
            lemma = "install"  # "his deputy, Y, was sworn in": Y now holds the post
        if lemma not in _ALL or verb.pos_ not in ("VERB",):
            continue
        if lemma == "step" and not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "aside") for c in verb.children):
            continue
        if lemma in _RESIGN and verb.dep_ in ("amod", "compound"):
            continue  # "Retired Lt. Gen. Michael Flynn said": a description, not the news of a change
        if lemma == "stand" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
            continue
        if _denied(verb):
            continue  # "he would not step down", "refused to resign": no change
        if lemma in ("remove", "expel") and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(
                    o.dep_ == "pobj" and (o.lemma_.casefold() in ("country", "territory") or o.ent_type_ in ("GPE", "LOC"))
                    for o in c.children) for c in verb.children):
            continue  # "removing her from the country", "expelled from Kenya": out of a place, not a post
        if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children):
            continue  # "said the minister should resign": a demand, no change
        passive = _is_passive(verb)
        subj_tok = _child(verb, "nsubjpass") if passive else _subject(verb)
        if passive and subj_tok is None and verb.dep_ == "conj" and lemma in _REPLACE:
            # "X stepped down and was succeeded by his deputy, Y": the conjunct shares X.
            subj_tok = _child(verb.head, "nsubj") or _child(verb.head, "nsubjpass") or _subject(verb.head)
        if passive and subj_tok is not None:
            subj_tok = _antecedent(subj_tok)
        obj_tok = _child(verb, "dobj")
        agent_tok = _prep_object(verb, "by") if passive else None
        old = new = by = None
        old_tok = new_tok = None
        appointment = None
        if lemma in _REPLACE:
            if passive:  # "A was replaced by B"
                old_tok, new_tok = subj_tok, agent_tok or _prep_object(verb, "with")
            elif _prep_object(verb, "with") is not None or obj_tok is not None and _prep_object(obj_tok, "with") is not None:
                # "X replaced A with B" ("with" hangs on the verb or on A)
                old_tok, new_tok = obj_tok, _prep_object(verb, "with") or _prep_object(obj_tok, "with")
                by = _actor(subj_tok, index)
            elif _own_unnamed_post(obj_tok, index):
                # "Jerí replaced his interior minister, naming Arriola to the post": the one
                # who replaces his own minister makes the change; who comes in, an appointment
                # in the sentence names (or no one).
                by = _actor(subj_tok, index)
                old_tok = obj_tok
                named = _appointment_in(verb, index)
                new_tok = named[1] if named is not None else None
                appointment = named[0] if named is not None else None
            else:  # "B replaced A", "B succeeds A", "B took over from A"
                old_tok, new_tok = obj_tok or _prep_object(verb, "from"), subj_tok
                appointed = _appointed_by(verb)
                if appointed is None and _child(verb, "nsubj", "nsubjpass") is None \
                        and _person(old_tok, index) is not None \
                        and _person(new_tok, index) in (None, _person(old_tok, index)):
                    # "A resigned, and the company named B to succeed him", parsed so that the
                    # subject "succeed" climbs to is A (or no one)
                    appointed = _appointed_before(verb, index)
                if appointed is not None:
                    # "X appointed B as minister, replacing A", "X named B to replace A": the
                    # one appointed replaces A, and X made the change.
                    head, new_tok = appointed
                    by = _actor(_subject(head), index) or _body_acting(_subject(head), index)
                    appointment = head
        elif lemma in _APPOINT and verb.lemma_.casefold() == "take":
            new_tok = subj_tok
        elif lemma in _APPOINT and any(c.dep_ in ("advcl", "xcomp") and c.lemma_.casefold() in _REPLACE
                                       and _child(c, "nsubj", "nsubjpass") is None for c in verb.children):
            continue  # "named the deputy minister, B, to replace him": the replacing verb tells the change
        elif lemma in _APPOINT:
            new_tok = subj_tok if passive else obj_tok
            if new_tok is None and not passive:
                new_tok = _named_inside_post(verb, index)
            by = _actor(agent_tok if passive else subj_tok, index) or (None if passive else _body_acting(subj_tok, index))
            if _in_someones_place(verb):
                old_tok = _left_before(verb)
                if old_tok is None:
                    # "X dismissed A on Monday. He appointed B in his place.": the change told before
                    left = next((c for c in reversed(out) if c.new is None and c.old is not None
                                 and c.end >= verb.sent.start_char - 400), None)
                    if left is not None and _person(new_tok, index) is not None:
                        _add_change(out, index, left.post, left.country, index.get(left.old),
                                    _person(new_tok, index), by, verb.sent)
                        continue
        elif lemma in _REMOVE:
            old_tok = subj_tok if passive else obj_tok
            by = _actor(agent_tok if passive else subj_tok, index)
        else:  # resign, quit, step down
            old_tok = subj_tok
        old, new = _person(old_tok, index), _person(new_tok, index)
        if old is None and new is None:
            continue
        if old is None and new is not None and passive and lemma in _REPLACE:
            # "A resigned, the palace said, and was replaced by B's deputy, C": the one replaced
            # is whoever this sentence told leaving, not the post C held ("deputy").
            left = next((c for c in reversed(out) if c.new is None and c.old not in (None, new.id)
                         and c.start == verb.sent.start_char), None)
            if left is not None:
                _add_change(out, index, left.post, left.country, index.get(left.old), new, by, verb.sent)
                continue
        if old is not None and (appointment is not None and old is by or old is new) and old_tok is not None \
                and old_tok.tag_ == "PRP":
            # "A resigned … The president named B to replace him": "him" is the one who left,
            # told just before, not the president (who may name a successor to himself) nor B.
            left = next((c for c in reversed(out) if c.new is None and c.old not in (None, old.id, by.id if by else None)
                         and c.end >= verb.sent.start_char - 300), None)
            if left is not None:
                _add_change(out, index, left.post, left.country, index.get(left.old), new, by, verb.sent)
                continue
        if by is not None and by in (old, new):
            by = None
        phrase = _post_phrase(verb, index, old_tok, new_tok) or _ministry_where(verb, index) \
            or (_portfolio_to(verb) if lemma in _APPOINT else None)
        if phrase is None and appointment is not None:
            phrase = _post_phrase(appointment, index, new_tok) or _portfolio_to(appointment) or _portfolio_going(appointment)
        if phrase is None and appointment is None and lemma in _REPLACE and verb.dep_ in ("advcl", "xcomp") \
                and verb.head.lemma_.casefold() in _APPOINT and _is_passive(verb.head):
            # "General B was named reconciliation minister, replacing Colonel A": the post the
            # passive appointment names, not A's rank
            phrase = _post_phrase(verb.head, index)
        if phrase is None and lemma in _REMOVE:
            # "dismissed the army's chief of staff, General X": the post the object names
            # comes before the rank the person carries.
            phrase = _title_of_phrase(old_tok, index)
        if phrase is not None:
            post, country = phrase.title, phrase.owner
            if country is None and by is not None and by.type == "ORG" and by.key[:1] == ("ORG",) and by.name \
                    and (phrase.possessor is not None and phrase.possessor.lower_ == "its"
                         or post[:1].islower() and by.sector not in STATE_SECTORS):
                # "Congress elected X as its new president", "Acme appointed X as chief executive":
                # the body's post
                country = by.name
        else:
            post, country = _held_post(old) if old is not None else (None, None)
            if post is None and lemma in _REPLACE and old is not None and new is not None:
                # "Economy Minister Pieter Jansen, who replaced Karin Bos": when the
                # predecessor has no title, the successor's is the post (second, because a
                # successor's rank is no post: "replaced Chief X with Colonel Y").
                post, country = _held_post(new, current_only=True)
                if (post or "").casefold() in _RANKS:
                    post = None  # "General X takes over from Y": a rank is no post that changes hands
                if any(c.old == new.id and c.post.casefold() == (post or "").casefold() for c in out):
                    post = None  # the successor left that post earlier in the text: it moves to another
            if post is None:
                phrase = _title_of_phrase(old_tok, index) or _title_of_phrase(new_tok, index)
                if phrase is not None:
                    post, country = phrase.title, phrase.owner
        if post is None:
            continue
        held = next((r for r in (old.roles if old is not None else []) if r.title.casefold().startswith(
            post.casefold() + " of ")), None)
        if held is not None:
            # "X, the president of Republika Srpska … to replace him as president": the post he holds
            post, country = held.title, held.of or country
        _add_change(out, index, post, country, old, new, by, verb.sent)
        if lemma in _APPOINT and not passive and new is not None \
                and (obj_tok is None or obj_tok.lower_ in title_head_words()):
            # "appointed A foreign minister and B finance minister": each post conjoined to the
            # first names its own holder inside it.
            for other, other_phrase in _further_named_posts(verb, index):
                if other is not new:
                    _add_change(out, index, other_phrase.title, other_phrase.owner or country, None, other, by,
                                verb.sent)
        if lemma in _REMOVE and not passive and old is not None:
            for other in _listed_people(verb, old, index):
                # "sacked Interior Minister A, Health Minister B and Culture Minister C": each
                # named leaves the post the text gives him.
                other_post, other_country = _held_post(other, current_only=True)
                if other_post is not None and other_post.casefold() not in _RANKS:
                    _add_change(out, index, other_post, other_country, other, None, by, verb.sent)
    for tok in parsed.doc:
        if tok.lower_ in ("predecessor", "successor") and tok.pos_ == "NOUN":
            _kin_change(tok, index, out)
    _name_bodies_of_posts(out, index)
    return out


def _name_bodies_of_posts(changes: list[RoleChange], index: EntityIndex) -> None:
    """A post of an organisation names it ("chief executive of Northwind Energy", "President
    of National Electoral Council"): a bare "President" with the body's state reads as the
    head of state. The body is the one the holders' role of that title is of."""
    states = gazetteer().country_names
    for change in changes:
        key = change.post.casefold()
        bodies = {r.of for eid in (change.old, change.new) if eid for e in [index.get(eid)] if e is not None
                  for r in e.roles if r.of and r.of not in states and r.title.casefold() == key}
        if len(bodies) == 1:
            body = next(iter(bodies))
            if body.casefold() not in key:
                change.post = f"{change.post} of {body}"


def _listed_people(verb: Token, first: EntityBuilder, index: EntityIndex) -> list[EntityBuilder]:
    """The other people the objects of ``verb`` list ("A, B and C"), however the parser chained
    them (conjuncts, appositions, nominal modifiers, a second object), but not through a
    preposition or a possessive ("A, an ally of B", "A, B's deputy")."""
    found: list[EntityBuilder] = []
    stack = [c for c in verb.children if c.dep_ == "dobj"]
    for c in stack:
        b = index.builder_at(c)
        if b is not None and b.type == "PERSON" and b is not first and b not in found:
            found.append(b)
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ not in ("conj", "appos", "nmod", "compound"):
                continue
            b = index.builder_at(c)
            if b is not None and b.type == "PERSON" and b is not first and b not in found:
                found.append(b)
            stack.append(c)
    return found


def _kin_change(tok: Token, index: EntityIndex, out: list[RoleChange]) -> None:
    """"after his predecessor Joana Pires resigned", "Lindqvist's successor, Anders Holm":
    the possessor and the person named in apposition held the same post one after the other."""
    poss = _child(tok, "poss")
    owner = index.builder_at(poss) if poss is not None else None
    eid = index.entity_of_phrase(tok)
    named = index.get(eid) if eid else None
    if owner is None or named is None or owner is named or owner.type != "PERSON" or named.type != "PERSON":
        return
    old, new = (named, owner) if tok.lower_ == "predecessor" else (owner, named)
    post, country = _held_post(old)
    if post is None:
        post, country = _held_post(new)
    if post is not None:
        _add_change(out, index, post, country, old, new, None, tok.sent)


def _post_key(title: str) -> str:
    """The last word of a post without its gender: "Chairman", "chairwoman", "Chair" → "chair"."""
    words = title.casefold().split()
    return re.sub(r"(?:wo)?man$|person$", "", words[-1]) if words else ""


def _add_change(out: list[RoleChange], index: EntityIndex, post: str, country: str | None,
                old: EntityBuilder | None, new: EntityBuilder | None, by: EntityBuilder | None, sent) -> None:
    """Record a change once; the people involved get the post and, if they have none, its country."""
    g = gazetteer()
    # The post, not how the text qualifies its holder: "former Secretary of State", "late Mayor".
    post = re.sub(r"^(?:former|late|then|ex-|outgoing|incoming)\s*", "", post, flags=re.IGNORECASE).strip() or post
    body = None
    if country is not None and country not in g.country_names:
        body = next((e for e in index.entities if e.name == country and e.type != "PERSON"), None)
        country = body.country if body is not None else None
    if country is None and body is None:
        # (A post of a body without a state, "Chair of the African Union Commission", takes
        # no state from the people who hold it.)
        for who in (by, old, new):
            if who is not None and who.country:
                country = who.country
                break
    for c in out:
        if old is not None and c.old == old.id and c.post.casefold() == post.casefold() \
                and (new is None or c.new in (None, new.id)):
            # The same change told again ("… and said he would retire"), perhaps now with
            # the successor ("X resigned in July; her successor, Y, …").
            if new is not None and c.new is None:
                c.new = new.id
                new.add_role(Role(title=post, of=_owner_held(old, post, c.country)))
                if new.country is None and c.country is not None:
                    new.country = c.country
                c.by = c.by or (by.id if by else None)
            return
        if new is not None and c.new == new.id and c.old is None and old is not None \
                and c.post.casefold() == post.casefold():
            # "appointed Idris as prime minister … Idris replaces X": the predecessor told later.
            c.old = old.id
            old.add_role(Role(title=post, of=c.country))
            c.by = c.by or (by.id if by else None)
            return
    if old is None and new is not None:
        # "A was moved to the agriculture ministry, and B took over the defence portfolio":
        # B follows whoever left that post just before.
        left = next((c for c in reversed(out) if c.new is None and c.old not in (None, new.id)
                     and c.post.casefold() == post.casefold() and c.end >= sent.start_char - 1), None)
        if left is not None:
            left.new = new.id
            left.by = left.by or (by.id if by else None)
            new.add_role(Role(title=post, of=_owner_held(index.get(left.old), post, left.country)))
            if new.country is None and left.country is not None:
                new.country = left.country
            return
    if old is None and new is not None and re.match(r"(?i)(acting|interim)\s", post):
        # "X resigned …, and his deputy Y took over as acting chair": Y follows X.
        bare = post.split(None, 1)[1]
        left = next((c for c in reversed(out) if c.new is None and c.old is not None and c.old != new.id
                     and c.end >= sent.start_char - 1 and (compatible_titles(c.post, bare) or _post_key(c.post) == _post_key(bare))),
                    None)
        if left is not None:
            # One change, the post the predecessor left ("dismissed Finance Minister X and
            # appointed his deputy Y as acting minister": Finance Minister, X to Y); the acting
            # post is the successor's alone.
            left.new = new.id
            left.by = left.by or (by.id if by else None)
            acting = f"{post.split(None, 1)[0]} {left.post}"
            new.add_role(Role(title=acting, of=_owner_held(index.get(left.old), left.post, left.country)))
            if new.country is None and (left.country or country) is not None:
                new.country = left.country or country
            return
    out.append(RoleChange(post=post, country=country, old=old.id if old else None, new=new.id if new else None,
                          by=by.id if by else None, start=sent.start_char, end=sent.end_char))
    owner = _owner_held(old, post, body.name if body is not None else country)
    for person in (old, new):
        if person is not None:
            if person is old and new is not None and re.match(r"(?i)(acting|interim)\s", post):
                # "Y takes over from X as acting treasury secretary": only Y is acting.
                person.add_role(Role(title=post.split(None, 1)[1], of=owner))
            else:
                person.add_role(Role(title=post, of=owner))
            if person.country is None and country is not None:
                person.country = country


def _owner_held(old: EntityBuilder | None, post: str, country: str | None) -> str | None:
    """Whose the post is: the owner the predecessor's title gave it ("Kaneda Motors chief
    executive X resigned … named Y to succeed him": Y is chief executive of Kaneda Motors),
    else the state."""
    key = post.casefold()
    held = next((r.of for r in (old.roles if old is not None else []) if r.of and r.title.casefold() == key), None)
    return held or country
