"""Who acted and who was acted upon: noun phrases → entity ids.

The entity index maps tokens to entities; a phrase names an entity through its head
("Russia"), a modifier ("Russian forces", "Russia's foreign ministry", "the U.S.-Russia
summit"), an "of"/"in" complement ("leaders of Romania's government", "security forces in
Guinea"), or a conjunction ("Washington and Moscow"). Pronouns resolve through the entity index
(he/she, from coreference), through the clause that reports them ("Syria says it will…"), and
"both sides" through the last pair of participants the article named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.coref import (
    ARMED_MEMBER_NOUNS, ARMED_WINDOW, GROUP_NOUNS, GROUP_WINDOW, STATE_SECTORS, is_armed_group, is_possessor,
)
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.entity_spans import at_dateline, headline_verbs
from newsgraph.extract.events.lexicon import triggers, word_classes
from newsgraph.nlp.geo import gazetteer

ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "appos", "flat"}
_RELATIVE = {"who", "which", "that", "whom"}
_GROUP_PRONOUNS = {"it", "they", "we", "its", "their", "our", "them", "us"}
_GROUP_NUMBERS = {"three": 3, "four": 4, "five": 5, "3": 3, "4": 4, "5": 5}
# Heads that stand for states: "both countries", "the two presidents" (when no two people hold
# that title), "the three governments".
_STATE_HEADS = {"country", "nation", "state", "government", "president", "leader", "minister", "premier",
                "neighbour", "neighbor", "navy", "army"}
# Words on a title that say when the holder held it ("the former king"), not who he is.
_TIME_TITLE_WORDS = {"former", "late", "then", "ousted", "deposed", "exiled", "current", "incumbent", "outgoing",
                     "erstwhile", "jailed", "detained", "imprisoned", "self-exiled"}
# Officials a story may leave unnamed ("Guinea's foreign minister said he …").
_UNNAMED_OFFICIALS = {"minister", "president", "premier", "spokesman", "spokeswoman", "spokesperson", "ambassador",
                      "envoy", "chief", "commander", "governor", "mayor", "official", "secretary", "leader"}
# Heads of a pair of people ("the two leaders"), who may be named in the sentence itself.
_PERSON_HEADS = {"leader", "president", "minister", "premier", "chancellor", "counterpart", "monarch", "king"}
# "the two men": two people named before, never states.
_PEOPLE_PLURALS = {"men", "women"}
# Participles that name where goods come from ("imported from the EU", "made in China").
_ORIGIN_VERBS = {"import", "originate", "produce", "make", "manufacture"}
_RECIPROCAL_HEADS = {"men", "women", "side", "sides", "country", "countries", "leader", "leaders", "president",
                     "presidents", "party", "parties", "government", "governments", "minister",
                     "ministers", "nation", "nations", "delegation", "delegations", "team", "teams",
                     "neighbours", "neighbors", "navies", "armies"}
# Participles that name who used a weapon ("drones launched by Russia"), not who made it.
_USER_VERBS = {"launch", "fire", "fly", "operate", "use", "deploy", "own", "send"}
# Words for an international organisation already named ("the bloc", "the alliance").
_BLOC_NOUNS = {"bloc", "alliance"}
_INSTITUTION_NOUNS = {"union", "agency", "commission", "committee", "council", "tribunal", "party"}
# Heads that name a person by the body they belong to ("a member of the parliament, X").
_MEMBER_NOUNS = {"member", "members", "leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson",
                 "official", "officials", "representative", "envoy", "delegate", "commander"}
# Hyphenated participles whose first part names the leader or owner ("U.S.-led", "Israeli-owned").
# Who watches over or brings about another's act without doing it ("brokered by Qatar").
THIRD_PARTY_VERBS = {"monitor", "broker", "mediate", "oversee", "supervise", "guarantee", "observe", "facilitate",
                     "sponsor", "verify", "police", "enforce"}
# Parties sent somewhere under a leader ("a delegation led by X").
_LED_GROUPS = {"delegation", "team", "mission", "entourage"}
_HOLDER_PARTICIPLES = {"led", "owned", "flagged", "operated", "run", "controlled", "held", "registered"}
# Post-modifiers naming whom a group serves or where it sits ("loyal to", "linked to", "based
# in"); not its backers: "rebels backed by Rwanda" are the rebels, not Rwanda.
# "the group, known as X", "the faction, called X": verbs that give a name.
_NAMING_VERBS = {"know", "call", "name", "dub"}
_AFFILIATION_WORDS = {"loyal", "linked", "allied", "affiliated", "tied", "connected", "aligned", "based"}
# Nouns for single people whose place modifier says where they are from, not who acts.
_PEOPLE_NOUNS = {"man", "woman", "boy", "girl", "resident", "teenager", "youth", "couple", "father", "mother",
                 "son", "daughter", "student", "driver", "native", "businessman", "businesswoman", "teacher"}
# Kin of someone named: "arrested two of Mulenga's relatives" names no party (the relatives
# are not Mulenga).
_KIN_NOUNS = {"relative", "relation", "wife", "husband", "spouse", "son", "daughter", "child", "brother", "sister",
              "sibling", "mother", "father", "parent", "cousin", "nephew", "niece", "uncle", "aunt", "widow",
              "grandson", "granddaughter", "grandchild", "in-law"}
_DETENTION_NOUNS = {"prison", "jail", "gaol", "penitentiary"}
_WHERE_PREPOSITIONS = {"in", "at", "near", "within", "inside", "outside", "off", "across"}
# Things whose modifiers name an origin, not a participant ("90 Iranian-made drones").
THINGS = {"drone", "missile", "rocket", "shell", "bomb", "weapon", "arm", "aid", "good", "food",
           "medicine", "equipment", "fuel", "money", "supply", "ammunition", "round", "artillery",
           "grain", "gas", "oil", "asset", "sanction", "tariff"}


class Participants:
    """Entity lookups for one document, built once per document."""

    def __init__(self, doc: Doc, index: EntityIndex):
        self.doc = doc
        self.index = index
        # A token may carry several entities ("U.S.-Russia" is one token or span naming two).
        self.by_token: dict[int, list[str]] = {}
        starts = {t.idx: t.i for t in doc}
        for ent in index.entities:
            if ent.type not in ACTOR_TYPES and ent.type not in ("LOC", "FAC"):
                continue
            for mention in ent.to_record().mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    i = starts.get(mention.start)
                    tokens = [i] if i is not None else []
                else:
                    tokens = list(range(span.start, span.end))
                for i in tokens:
                    ids = self.by_token.setdefault(i, [])
                    if ent.id not in ids:
                        ids.append(ent.id)
        self.types = {e.id: e.type for e in index.entities}
        self.countries = {e.id: e.country for e in index.entities}
        self.sectors = {e.id: e.sector for e in index.entities}
        self.names = {e.id: e.name for e in index.entities}
        self.history: list[list[str]] = []  # event participants so far, for "both sides"
        # Those of events between parties that all act (talks, deals, fighting): "the two
        # countries" takes up such a pair before one state acting on another.
        self.between: list[list[str]] = []
        # Heads whose phrase is being read: a phrase that leads back to itself ("Soldiers from
        # the two countries exchanged fire": the two countries are sought apart from the
        # subject, which holds them) names no one the second time, instead of recursing.
        self._reading: set[int] = set()
        g = gazetteer()
        self.country_ids = {e.id for e in index.entities if e.type == "GPE" and e.country and g.country(e.name) == e.country}
        self.mentions_before: dict[str, list[int]] = {}
        for i, ids in sorted(self.by_token.items()):
            for eid in ids:
                self.mentions_before.setdefault(eid, []).append(i)

    def at(self, tok: Token) -> list[str]:
        return [e for e in self.by_token.get(tok.i, []) if self.types.get(e) in ACTOR_TYPES | {"LOC", "FAC"}]

    # -- phrases --------------------------------------------------------------------------
    def of_phrase(self, head: Token, depth: int = 0, allow_things: bool = True) -> list[str]:
        """Entities a noun phrase headed by ``head`` names, conjuncts included. With
        ``allow_things`` False (objects), a weapon or good names no party by its modifiers."""
        out: list[str] = []
        if depth > 4 or head.i in self._reading:
            return out
        self._reading.add(head.i)
        try:
            for tok in [head, *self._conjuncts(head)]:
                for eid in self._one(tok, depth, allow_things):
                    if eid not in out:
                        out.append(eid)
        finally:
            self._reading.discard(head.i)
        return out

    def _unnamed_reporter(self, tok: Token) -> Token | None:
        """"Guinea's foreign minister said he would travel to Dakar": the "he" of a reported
        clause is the official who reports it, also when no name was given and the pronoun was
        linked to another person named before."""
        if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.lower_ not in _UNNAMED_OFFICIALS \
                or any(self.types.get(e) == "PERSON" for t in subj.subtree for e in self.by_token.get(t.i, [])):
            return None
        return subj

    def _conjuncts(self, head: Token) -> list[Token]:
        out = []
        stack = [c for c in head.children if c.dep_ == "conj"]
        while stack:
            c = stack.pop(0)
            out.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj")
        return out

    def _one(self, tok: Token, depth: int, allow_things: bool) -> list[str]:
        if depth > 3:
            return []
        if any(c.dep_ == "punct" and c.text in "—–-" for c in tok.children):
            # "VIENNA — Azerbaijan and Armenia agreed": the dateline is no party.
            named = [e for c in tok.children if c.dep_ == "appos" for e in self.of_phrase(c, depth + 1)]
            if named:
                return named
            if at_dateline(self.doc[tok.i:tok.i + 1]):
                return []  # "GDANSK, May 3 (Wire) - Police detained …"
        reporter = self._unnamed_reporter(tok)
        if reporter is not None:
            return self.of_phrase(reporter, depth + 1)
        direct = self.at(tok)
        size = self._group_size(tok) if direct and self._reciprocal(tok) else None
        if size and len(direct) < size:
            # "the three governments" linked to one of them: the group is meant.
            grouped = self._group(tok)
            if len(grouped) == size:
                return grouped
        if direct:
            if all(self.types.get(e) == "PERSON" for e in direct):
                # "U.N. envoy Geir Pedersen": the organisation in the title acts through
                # its official (PLOVER codes such actors by their organisation).
                for c in tok.children:
                    if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
                        direct += [e for t in c.subtree for e in self.at(t)
                                   if self.types.get(e) == "ORG" and e not in direct]
            return direct
        if tok.lemma_.casefold() in _NAMED_PLACE_NOUNS:
            # "the Black Sea city of Batumi", "the port town of Sittwe": the of-object names
            # the place; the modifiers only say where it lies.
            named = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" for e in self.at(p) if self.place(e)]
            if named:
                return named
        low = tok.lower_
        if low in _RELATIVE and tok.head.dep_ == "relcl":
            return self.of_phrase(_antecedent(tok), depth + 1)
        if low in _GROUP_PRONOUNS:
            return self._pronoun(tok, depth)
        if tok.pos_ == "PRON":
            return []  # "everything", "who" outside a relative clause
        if tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # "The Red Crescent operating in Yemen said": the parser makes the participle the
            # subject and the noun its own subject; the noun names the party.
            inner = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            if inner is not None:
                return self.of_phrase(inner, depth + 1)
        # An apposition names the head: "his Russian counterpart, Sergei Lavrov";
        # "both sides, Ukraine and Russia".
        for c in tok.children:
            # ("arrested opposition leader Tundu Lissu", parsed with the name as a relative
            # clause of "leader": a name right after the title is its apposition.)
            if c.dep_ == "appos" or c.dep_ in ("relcl", "acl") and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1:
                named = self.of_phrase(c, depth + 1)
                if tok.pos_ != "PROPN":  # "British nationals, most of them Asians": keep the head's own
                    named = [e for e in named if self.types.get(e) in ("PERSON", "ORG")]
                if named and tok.lower_ in _MEMBER_NOUNS:
                    # "A member of the Kenyan parliament, John Mbadi": the body too.
                    for g in tok.children:
                        if g.dep_ == "prep" and g.lower_ == "of":
                            named += [e for p in g.children if p.dep_ == "pobj" for e in self.of_phrase(p, depth + 1)
                                      if e not in named and self.types.get(e) in ("ORG", "GPE")]
                if named:
                    return named
        if self._reciprocal(tok):
            return self._group(tok)
        if tok.lemma_.casefold() in THINGS and not allow_things:
            # "Russia's drones" keep their owner, and so do "drones launched by Russia";
            # "Iranian-made drones", "drones supplied by Iran" do not name a party.
            return [e for c in tok.children if c.dep_ == "poss" for e in self.of_phrase(c, depth + 1)] \
                + [e for e in self._owners(tok, depth) if any(
                    c.dep_ == "acl" and c.lemma_.casefold() in _USER_VERBS for c in tok.children)]
        found: list[str] = []
        by_pronoun: list[str] = []
        if tok.lemma_.casefold() in _LED_GROUPS:
            # "A delegation led by Mossad chief David Barnea would travel to Doha": a party sent
            # and led by someone named acts for the one who leads it.
            leaders = [e for c in tok.children if c.dep_ == "acl" and c.lemma_.casefold() in ("lead", "head")
                       for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                       for e in self.of_phrase(p, depth + 1)]
            if leaders:
                return list(dict.fromkeys(leaders))
        if tok.lower_.lstrip("-") in _HOLDER_PARTICIPLES and tok.dep_ == "amod":
            # "Saudi-led forces", "U.S.-led coalition", "an Israeli-owned ship": the leader
            # or owner names the thing (not its backer: "Iranian-backed rebels" are the rebels).
            for c in tok.children:
                if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < tok.i:
                    found += [e for e in self.of_phrase(c, depth + 1) if e not in found]
            if found:
                return found
        event_noun = any(t.condition.empty for key in {tok.lemma_.casefold(), tok.lower_}
                         for t in triggers().get((key, "NOUN"), ()))
        for c in tok.children:
            if c.dep_ == "compound" and headline_verb_between(c, tok):
                continue  # "Moldova Condemns Attack": Moldova condemns, it does not attack
            if c.dep_ == "poss" and tok.lemma_.casefold() in _KIN_NOUNS:
                continue
            if (c.dep_ in _MODIFIER_DEPS or c.dep_ == "amod" and c.lower_.lstrip("-") in _HOLDER_PARTICIPLES) and c.i < tok.i or c.dep_ == "appos":
                target = by_pronoun if c.pos_ == "PRON" else found
                for e in self.of_phrase(c, depth + 1):
                    if event_noun and c.dep_ == "compound" and self.place(e):
                        continue  # "the Jeddah talks": where they are held, not who holds them
                    if tok.lemma_.casefold() in _PEOPLE_NOUNS and c.dep_ == "compound" and self.place(e):
                        continue  # "a New York man": a person from the city, not the city
                    if e not in target:
                        target.append(e)
        if found:
            return found
        if tok.dep_ == "poss" and tok.pos_ == "NOUN":
            # "accused the former king's supporters": a followers' group is coded under its
            # leader, here a title that names one person of the article, even one named later.
            holder = self._title_holder(tok)
            if holder:
                return holder
        # "leaders of Romania's government", "security forces in Guinea", "students at
        # Ankara University"; on the recipient side also "a camp for Congolese refugees".
        preps = ("of", "from", "in", "within", "at") + (() if allow_things and tok.lower_ not in _MEMBER_NOUNS else ("for",))
        # "a meeting of foreign ministers in Luxembourg": the place is the meeting's.
        in_event = tok.dep_ == "pobj" and tok.head.lower_ in ("of", "between", "among") and any(
            t.condition.empty for key in {tok.head.head.lemma_.casefold(), tok.head.head.lower_}
            for t in triggers().get((key, "NOUN"), ()))
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                if (event_noun or in_event) and c.lower_ in ("in", "within", "at"):
                    continue  # "an agreement in Havana", "… at the White House": where, not who
                for p in c.children:
                    if p.dep_ == "pobj":
                        inner = self.of_phrase(p, depth + 1)
                        if inner:
                            # "their disapproval of the government's pay freeze": the
                            # possessor is usually the doer; the complement names the other party.
                            return by_pronoun + [e for e in inner if e not in by_pronoun]
        affiliated = self._affiliation(tok, depth)
        if affiliated:
            return by_pronoun + [e for e in affiliated if e not in by_pronoun]
        # (goods a measure targets name their origin even where a target's owner is not sought)
        owners = self._owners(tok, depth, origins_only=allow_things)
        if owners:
            return by_pronoun + [e for e in owners if e not in by_pronoun]
        if not by_pronoun and tok.lemma_.casefold() in word_classes().get("people_in_need", ()):
            return self._whereabouts(tok)
        if not by_pronoun and tok.lower_ in _INSTITUTION_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("prep", "compound", "amod") for c in tok.children):
            return self._last_institution(tok)  # "the GDL union said … The union rejected the offer"
        if not by_pronoun and self._definite_group(tok):
            return self._name_given(tok, depth) or self._last_group(tok)
        if not by_pronoun and tok.lower_ in ARMED_MEMBER_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._last_group(tok, armed=True)  # "The rebels withdrew"
        if not by_pronoun and tok.lower_ in _BLOC_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("prep", "compound", "amod") for c in tok.children):
            return self._last_bloc(tok)  # "EU chief Kallas said the bloc could impose …"
        return by_pronoun

    def _last_institution(self, tok: Token) -> list[str]:
        """The body a bare "the union", "the agency", "the commission" takes up: the last
        organisation named within a few paragraphs before it that is called so ("the GDL union",
        "the UN refugee agency UNHCR", "the Independent Electoral Commission"). "The union" is no
        international body ("the European Union" is "the bloc")."""
        noun = tok.lemma_.casefold()
        for i in range(tok.i - 1, max(tok.i - GROUP_WINDOW, 0) - 1, -1):
            for eid in self.by_token.get(i, []):
                if self.types.get(eid) != "ORG" or noun == "union" and self.sectors.get(eid) == "IGO":
                    continue
                here = self.doc[i]
                called = (here.head.lemma_.casefold() == noun and here.dep_ in ("compound", "nmod", "appos")
                          or any(c.lemma_.casefold() == noun and c.dep_ in ("compound", "appos") for c in here.children)
                          or noun in self.names.get(eid, "").casefold().split())
                if called:
                    return [eid]
        return []

    def _last_bloc(self, tok: Token) -> list[str]:
        """The international organisation a bare "the bloc" or "the alliance" takes up: the
        last one named within a few paragraphs before it."""
        for i in range(tok.i - 1, max(tok.i - GROUP_WINDOW, 0) - 1, -1):
            for eid in self.by_token.get(i, []):
                if self.types.get(eid) == "ORG" and self.sectors.get(eid) == "IGO":
                    return [eid]
        return []

    @staticmethod
    def _definite_group(tok: Token) -> bool:
        """"the group", "the Iran-backed militia": a definite singular group noun that names
        no one (its backer is not the group; "a group of experts" is no anaphor, and "the
        groups" may be several)."""
        return (tok.lower_ in GROUP_NOUNS and tok.pos_ == "NOUN"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))

    def _name_given(self, tok: Token, depth: int) -> list[str]:
        """The name a group noun is given after it: "the group, known as the Central General
        Staff", "the militia, called X" (the name is often introduced later than the noun)."""
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_.casefold() in _NAMING_VERBS:
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ == "as" or g.dep_ in ("oprd", "attr", "dobj"):
                        named = self.of_phrase(next((p for p in g.children if p.dep_ == "pobj"), g)
                                               if g.dep_ == "prep" else g, depth + 1)
                        if named:
                            return named
        return []

    def _last_group(self, tok: Token, armed: bool = False) -> list[str]:
        """The organisation a definite "the group" takes up: the last one named before it,
        within a few paragraphs, that is no organ of a state (not "the Israeli military");
        with ``armed``, the last armed group ("the rebels")."""
        for i in range(tok.i - 1, max(tok.i - (ARMED_WINDOW if armed else GROUP_WINDOW), 0) - 1, -1):
            for eid in self.by_token.get(i, []):
                if self.types.get(eid) == "ORG" and self.sectors.get(eid) not in STATE_SECTORS \
                        and self.sectors.get(eid) not in ("MED", "IGO", "CVL", "REF") \
                        and not is_possessor(tok.doc[i]) \
                        and (not armed or is_armed_group(self.names.get(eid, ""), self.sectors.get(eid))):
                    return [eid]
        return []

    def nowhere_party(self, eid: str, sent) -> bool:
        """A feature or building no state holds, named in ``sent`` only as where something
        happens ("in the Strait of Hormuz", "at Scarborough Shoal"): never a party."""
        if self.countries.get(eid) or eid in self.country_ids:
            return False
        inside = {t.i for t in sent if eid in self.by_token.get(t.i, [])}
        roots = [self.doc[i] for i in inside if self.doc[i].head.i not in inside or self.doc[i].head.i == i]
        # "freed 200 prisoners from Ofer prison": a prison named by its place noun, left or
        # entered, is where the prisoners were, never a party (whatever the model took the name for).
        prisons = [r.head for r in roots if r.dep_ == "compound" and r.head.lemma_.casefold() in _DETENTION_NOUNS]
        if prisons and len(prisons) == len(roots):
            return all(p.dep_ == "pobj" and p.head.lower_ in _WHERE_PREPOSITIONS | {"from", "to", "into"} for p in prisons)
        if self.types.get(eid) not in ("LOC", "FAC"):
            return False
        return bool(roots) and all(r.dep_ == "pobj" and r.head.lower_ in _WHERE_PREPOSITIONS for r in roots)

    def state_of(self, eid: str) -> str:
        """The state a city or region belongs to, when the article names that state
        ("was arrested in Sao Paulo" in a story that names Brazil); else the place itself."""
        if eid in self.country_ids or not self.countries.get(eid):
            return eid
        return next((c for c in self.country_ids if self.countries.get(c) == self.countries[eid]), eid)

    def place(self, eid: str) -> bool:
        """A place that is no state (a city, a region, a building)."""
        return self.types.get(eid) in ("GPE", "LOC", "FAC") and eid not in self.country_ids

    def state_of_capital(self, eid: str) -> str | None:
        """The article's entity for the state whose capital ``eid`` is ("visit Tokyo": Japan)."""
        if not self.place(eid):
            return None
        iso = gazetteer().capital(self.names.get(eid, ""))
        return next((e for e in self.country_ids if self.countries.get(e) == iso), None) if iso else None

    def _affiliation(self, tok: Token, depth: int) -> list[str]:
        """A group named by whom it serves or where it sits: "militants loyal to al-Qaeda",
        "fighters linked to the Islamic State", "a rebel group based in Chad"."""
        for c in tok.children:
            if c.i < tok.i or c.lower_ not in _AFFILIATION_WORDS and c.lemma_.casefold() not in _AFFILIATION_WORDS:
                continue
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ in ("to", "with", "in", "by"):
                    for p in g.children:
                        if p.dep_ == "pobj":
                            named = self.of_phrase(p, depth + 1)
                            if named:
                                return named
        return []

    def _owners(self, tok: Token, depth: int, origins_only: bool = False) -> list[str]:
        """Whose an object is by its participle: "boats belonging to the rebels", "farms owned by
        X", "hostages held by Boko Haram", "a town captured by the rebels" (objects only: on
        the doer's side "rebels backed by X" are not X)."""
        out: list[str] = []
        for c in tok.children:
            if c.dep_ != "acl" or c.pos_ != "VERB":
                continue
            if origins_only and c.lemma_.casefold() not in _ORIGIN_VERBS:
                continue
            if c.lemma_.casefold() == "belong":
                objs = [p for g in c.children if g.dep_ == "prep" and g.lower_ == "to" for p in g.children if p.dep_ == "pobj"]
            elif c.lemma_.casefold() in _ORIGIN_VERBS:
                # "duties on brandy imported from the European Union", "steel made in China":
                # goods are their maker's or exporter's.
                objs = [p for g in c.children if g.dep_ == "prep" and g.lower_ in ("from", "in") for p in g.children
                        if p.dep_ == "pobj" and not any(t.ent_type_ in ("DATE", "TIME") for t in p.subtree)]
            elif c.tag_ == "VBN" and c.lemma_.casefold() not in THIRD_PARTY_VERBS:
                # (not "a ceasefire monitored by the AU", "a truce brokered by Qatar": a third party)
                objs = [p for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
            else:
                continue
            for o in objs:
                out += [e for e in self.of_phrase(o, depth + 1) if e not in out]
        return out

    def _whereabouts(self, tok: Token) -> list[str]:
        """Unnamed people placed by their participle or relative clause: "refugees fleeing the
        fighting in Sudan", "civilians trapped in Gaza" → the place's state."""
        for c in tok.children:
            if c.dep_ not in ("acl", "relcl"):
                continue
            for t in c.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "from", "inside"):
                    places = [e for e in self.at(t) if self.types.get(e) in ("GPE", "LOC")]
                    if places:
                        return places
        return []

    def _reciprocal(self, tok: Token) -> bool:
        if tok.lower_ not in _RECIPROCAL_HEADS:
            return False
        if tok.lower_ in _PEOPLE_PLURALS and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False  # "Police arrested two men" names new people
        return self._group_size(tok) is not None

    @staticmethod
    def _group_size(tok: Token) -> int | None:
        """"both sides", "the two presidents": 2; "the three governments": 3."""
        words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        if words & {"both", "two"}:
            return 2
        if tok.tag_ in ("NNS", "NNPS"):
            return next((n for w, n in _GROUP_NUMBERS.items() if w in words), None)
        return None

    def _title_holder(self, tok: Token) -> list[str]:
        """"the former king", "the ousted president": the one person of the article whose role
        has that title (none when several do, or when a modifier other than a time word picks
        someone else: "the Ukrainian president")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return []
        if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in _TIME_TITLE_WORDS for c in tok.children):
            return []
        word = tok.lemma_.casefold()
        holders = [e.id for e in self.index.entities if self.types.get(e.id) == "PERSON"
                   and any(r.title.casefold().split()[-1:] == [word] for r in e.roles)]
        return holders if len(holders) == 1 else []

    def _group(self, tok: Token) -> list[str]:
        """The parties "both sides", "the two leaders", "the three countries" stand for."""
        if self._group_size(tok) == 2:
            people = self._sentence_pair(tok) or self._titled_pair(tok) or self._last_person_pair(tok)
            if people or tok.lower_ in _PEOPLE_PLURALS:
                return people
        return self._pair(tok)

    def _last_person_pair(self, tok: Token) -> list[str]:
        """"Zelensky spoke with Macron … The two leaders will discuss", "Rubio called Wang …
        The two men agreed to meet": the two people of the last event between two people (a
        call, a meeting), before the states the article names most."""
        if tok.lemma_.casefold() not in _PERSON_HEADS and tok.lower_ not in _PEOPLE_PLURALS:
            return []
        for ids in reversed(self.history):
            if len(ids) == 2 and all(self.types.get(e) == "PERSON" for e in ids):
                return list(ids)
        return []

    def _sentence_pair(self, tok: Token) -> list[str]:
        """"had met Prime Minister X in Thimphu, where the two leaders signed …": "the two
        leaders" (presidents, ministers) are the last two people named before it in its own
        sentence, not the states the article names most."""
        word = tok.lemma_.casefold()
        if word not in _PERSON_HEADS:
            return []
        # "His envoy, X, who met Putin, believes the two presidents …": a title names its
        # holders; "leaders" and "counterparts" any two people.
        titled = None if word in ("leader", "counterpart") else {
            e.id for e in self.index.entities if any(word in r.title.casefold().split() for r in e.roles)}
        found: list[str] = []
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            for eid in self.by_token.get(i, []):
                if self.types.get(eid) == "PERSON" and eid not in found and (titled is None or eid in titled):
                    found.append(eid)
            if len(found) == 2:
                return found[::-1]
        return []

    def _titled_pair(self, tok: Token) -> list[str]:
        """"the two presidents": the two people with that title named most recently."""
        word = tok.lemma_.casefold()
        titled = {e.id for e in self.index.entities
                  if any(word in r.title.casefold().split() for r in e.roles)}
        if len(titled) < 2:
            return []
        found: list[str] = []
        for i in range(tok.i - 1, -1, -1):
            for eid in self.by_token.get(i, []):
                if eid in titled and eid not in found:
                    found.append(eid)
            if len(found) == 2:
                return found[::-1]
        return []

    def _pronoun(self, tok: Token, depth: int) -> list[str]:
        """it/they/we: the subject of the verb that reports or frames this clause."""
        verb = tok.head
        hops = 0
        while hops < 4 and verb.head.i != verb.i:
            if verb.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl", "acl") or verb.pos_ != "VERB":
                upper = verb.head
                if verb.dep_ == "advcl" and tok.lower_ in ("they", "them") and any(
                        c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") for c in upper.children):
                    # "Police detained 12 protesters after they blocked a road": "they" may
                    # as well be the plural object; the subject is no safe guess.
                    return []
                subj = next((c for c in upper.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
                if subj is not None and tok.lower_ in ("it", "its") and subj.tag_ in ("NNS", "NNPS"):
                    subj = None  # "Armenian forces had shelled its positions": "its" is no plural's
                if subj is not None and subj.lower_ not in _GROUP_PRONOUNS and subj.pos_ != "PRON" \
                        and not (subj.left_edge.i <= tok.i <= subj.right_edge.i):
                    return self.of_phrase(subj, depth + 1)
                verb = upper
                hops += 1
                continue
            break
        return self._previous_subject(tok, verb, depth)

    # Verbs whose "it" is no one ("It is unclear …", "It seems …", "It was reported that …").
    _EXPLETIVE_VERBS = {"be", "seem", "appear", "remain", "become", "look", "sound", "take", "make"}

    def _previous_subject(self, tok: Token, top: Token, depth: int) -> list[str]:
        """"The Hungarian government said … It also said it would close the consulate": an
        "it" or "they" that is (or takes up) the subject of its sentence's main verb stands
        for the state or organisation the main verb of the sentence before names as subject."""
        if depth > 3 or tok.lower_ not in ("it", "its", "they", "their", "them"):
            return []
        subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
        # "The RSF accepted the plan. Its fighters shelled the city": the owner of the subject.
        owner = subj is not None and tok.lower_ in ("its", "their") and tok.dep_ == "poss" and tok.head.i == subj.i
        word = ("it" if tok.lower_ in ("it", "its") else "they") if owner else subj.lower_ if subj is not None else ""
        if top.head.i != top.i or top.pos_ not in ("VERB", "AUX") or word not in ("it", "they") \
                or top.lemma_.casefold() in self._EXPLETIVE_VERBS or any(c.dep_ == "auxpass" for c in top.children) \
                or word != ("it" if tok.lower_ in ("it", "its") else "they"):
            return []
        sent = tok.sent
        if sent.start == 0:
            return []
        prev = self.doc[sent.start - 1].sent
        root = prev.root
        head = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if head is None or head.pos_ == "PRON" and head.lower_ != word:
            return []
        ids = self.of_phrase(head, depth + 1)
        if not ids or any(self.types.get(e) not in ("ORG", "GPE", "NORP") for e in ids):
            return []  # a person is no "it"
        return ids

    def _pair(self, tok: Token) -> list[str]:
        """"both sides": the last two-party event; "both countries": the two states the
        article has named most so far."""
        size = self._group_size(tok) or 2
        if tok.lemma_.casefold() in _STATE_HEADS:
            # Most named first; among as often named, the one named last. The subject of the
            # clause is not one of them ("Russia urged the two neighbours to hold talks").
            speaker: set[str] = set()
            verb = tok
            # "Pashinyan said the two countries would sign a treaty": the subject of a reported
            # clause may well include its reporter's state.
            reported = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp"
            for _ in range(0 if reported else 6):  # up through "said it would provide … to the three navies"
                if verb.head.i == verb.i:
                    break
                verb = verb.head
                speaker |= {e for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i and not self._reciprocal(c)
                            for e in self.of_phrase(c)}
            # "Azerbaijan and Armenia exchanged prisoners … Pashinyan said the two countries
            # would sign": the states of the last event between that many states come first.
            for ids in [*reversed(self.between), *reversed(self.history)]:
                if len(ids) == size and all(e in self.country_ids and e not in speaker for e in ids):
                    return list(ids)
            together = self._named_together(tok, size, speaker) if size > 2 else []
            if together:
                return together
            counts = sorted(((sum(1 for i in self.mentions_before.get(e, []) if i < tok.i),
                              max((i for i in self.mentions_before.get(e, []) if i < tok.i), default=-1), e)
                             for e in self.country_ids if e not in speaker), reverse=True)
            top = [e for n, _, e in counts[:size] if n > 0]
            if len(top) == size:
                return top
        if size != 2:
            return []
        if tok.lemma_.casefold() in ("side", "party"):
            # "host talks between the junta and the civilian government, provided both sides
            # agreed": the two parties named by "between" just before, in the same sentence
            # (events of a sentence are coded main clause first, so the history may not have
            # them yet).
            # "a truce between the two sides": "between" whose object is this very phrase
            # names no one (and asking it again would never end).
            for prep in reversed([t for t in tok.sent if t.i < tok.i and t.lower_ == "between"
                                  and not any(p.i == tok.i for p in t.subtree)]):
                pairs = [self.of_phrase(p) for p in prep.children if p.dep_ == "pobj"]
                if pairs and len(pairs[0]) == 2:
                    return pairs[0]
        # "NATO will send peacekeepers to Kosovo … urged both sides to avoid escalation": an
        # international body sends, mediates or watches; the sides are those it stands between.
        sides = tok.lemma_.casefold() in ("side", "party")
        for ids in reversed(self.history):
            if len(ids) == 2 and not (sides and any(self.sectors.get(e) == "IGO" for e in ids)):
                return self._sides_as_states(ids) if sides else list(ids)
        return list(self.history[-1]) if self.history else []

    def _sides_as_states(self, ids: list[str]) -> list[str]:
        """"Egypt's minister accused Ethiopia … called on both sides": of a person and a state,
        the person stands for their own state (two people stay two people)."""
        if not any(e in self.country_ids for e in ids):
            return list(ids)
        states = [self.state_of(e) if self.types.get(e) == "PERSON" else e for e in ids]
        return states if len(set(states)) == 2 and all(e in self.country_ids for e in states) else list(ids)

    def _named_together(self, tok: Token, size: int, speaker: set[str]) -> list[str]:
        """"Burkina Faso and Niger, which form an alliance with Mali, said … The three countries
        withdrew": the states of the nearest sentence before that names just that many (the
        state the story names most may be another, the one they quarrel with)."""
        sent = tok.sent
        for _ in range(3):
            if sent.start == 0:
                return []
            sent = self.doc[sent.start - 1].sent
            named = list(dict.fromkeys(e for i in range(sent.start, sent.end) for e in self.by_token.get(i, [])
                                       if e in self.country_ids and e not in speaker))
            if len(named) == size:
                return named
        return []

    def remember(self, ids: list[str], all_act: bool = False) -> None:
        if len(ids) >= 2:
            self.history.append(list(dict.fromkeys(ids)))
            if all_act:
                self.between.append(list(dict.fromkeys(ids)))


# Nouns for a place that its of-object names: "the city of Batumi", "the province of Idlib".
_NAMED_PLACE_NOUNS = {"city", "town", "village", "port", "region", "province", "district", "island", "enclave", "county"}


def _antecedent(relative: Token) -> Token:
    """The noun a relative pronoun stands for. The parser hangs the clause on the first noun;
    "that"/"which" right after a participle phrase takes up that phrase's last noun
    ("mayors elected in April polls that local Serbs boycotted": the polls)."""
    head = relative.head.head
    if relative.lower_ in ("that", "which"):
        first = min(t.i for t in relative.head.subtree)
        for c in head.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < first:
                nouns = [t for t in c.subtree if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("pobj", "dobj")]
                if nouns and max(t.i for t in c.subtree) == first - 1:
                    return max(nouns, key=lambda t: t.i)
    return head


def headline_verb_between(modifier: Token, head: Token) -> bool:
    """True when a compound modifier is, or stands before, a capitalised headline verb of its
    head's phrase: title case makes spaCy read "Moldova Condemns Attack" as one noun phrase."""
    verbs = headline_verbs()
    # ("Armenia protests detention of shepherds": a sentence-case headline reads the same, a
    # verb in -s right after the name that opens the headline.)
    return any(t.lower_ in verbs and (t.is_title or t.sent.start == 0 and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN"
                                      and t.lower_.endswith("s") and modifier.i == t.sent.start)
               for t in modifier.doc[modifier.i:head.i])
