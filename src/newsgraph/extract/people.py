"""People: name variants grouped into one person, and the titles and roles read around them.

Full names first, then single words (a surname, or a given name of exactly one person named
in full), then surnames NER left untagged. Titles come from pre-modifiers ("U.S. President
Donald Trump"), appositions ("his envoy for the conflict, Steve Witkoff"), copulas
("X, who is also Finland's deputy prime minister") and possessives ("Ukraine's President");
a possessor's role ("his Russian counterpart") waits until pronouns are resolved.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract.coref import STATE_SECTORS
from newsgraph.extract.entity_index import EntityBuilder, EntityIndex
from newsgraph.extract.entity_spans import DocFacts, kin_gender, person_before_alias, plausible_person, strip_person_prefix
from newsgraph.extract.titles import (RANKS, TitlePhrase, compatible_titles, match_title_ending, read_title_phrase,
                                      title_head_words)
from newsgraph.nlp.geo import gazetteer
from newsgraph.nlp.names import (NameParts, first_name_gender, honorific_gender, is_honorific, same_person_name, short_name_keys, split_name,
                                  surname_key, word_key)
from newsgraph.record import Role


def _name_text(span: Span) -> str:
    return re.sub(r"\s+", " ", span.text.replace("’", "'")).strip()


class _People:
    """Grouping of person mentions by name: full names first, then single words."""

    def __init__(self, index: EntityIndex, titles_before: dict[int, str] | None = None):
        self.index = index
        # Token index of a name's first word -> the title right before it ("President").
        self.titles_before = titles_before or {}
        self.by_surname: dict[str, list[EntityBuilder]] = {}
        self.by_first: dict[str, list[EntityBuilder]] = {}
        # A first surname, or a family name written first: "Salazar", "Park" (below surnames).
        self.by_short: dict[str, list[EntityBuilder]] = {}
        # Middle names: "Lula" of "Luiz Inacio Lula da Silva", a name the press calls him by.
        self.by_middle: dict[str, list[EntityBuilder]] = {}

    def _register(self, ent: EntityBuilder, parts: NameParts) -> None:
        surname_words = set(parts.last.split())
        for word in parts.words[1:]:
            if word not in surname_words and word[:1].isupper() and len(word.rstrip(".")) > 2:
                lst = self.by_middle.setdefault(word_key(word), [])
                if ent not in lst:
                    lst.append(ent)
        lst = self.by_surname.setdefault(surname_key(parts.last), [])
        if ent not in lst:
            lst.append(ent)
        if parts.first and not parts.initials_only:
            lst = self.by_first.setdefault(word_key(parts.first), [])
            if ent not in lst:
                lst.append(ent)
        for key in short_name_keys(parts):
            lst = self.by_short.setdefault(key, [])
            if ent not in lst:
                lst.append(ent)

    def add_full(self, span: Span, parts: NameParts, gender: str | None) -> EntityBuilder:
        for ent in self.by_surname.get(surname_key(parts.last), []):
            if ent.parts is not None and ent.parts.first is not None and (
                    same_person_name(ent.parts, parts) or _double_surname_of(parts, ent.parts)):
                break
        else:
            ent = self.index.get_or_create(("PERSON", parts.key, len(self.index.entities)), _name_text(span), "PERSON")
        self._name(ent, span, parts, gender)
        return ent

    def add_single(self, span: Span, parts: NameParts, gender: str | None, plausible: bool,
                   titled: bool = False) -> EntityBuilder | None:
        ent = self.match_single(parts.last, span.start, gender)
        if ent is not None and titled and ent.parts is not None and ent.parts.first is not None and (
                all(s > span.start for s, e in ent.name_mentions if e - s > 1)
                or self._other_title(ent, span)):
            # "President Obama" before "Michelle Obama" is introduced, or "President Clinton"
            # in a text that calls Hillary Clinton the nominee: a titled surname that needs no
            # introduction, or whose title is not the one of the person named in full, is
            # someone else.
            ent = None
            key = ("PERSON", word_key(parts.last), "titled")
            found = self.index.find(key)
            ent = found or self.index.get_or_create(key, _name_text(span), "PERSON")
            self._name(ent, span, parts, gender)
            return ent
        if ent is None:
            if not plausible:
                return None
            key = ("PERSON", word_key(parts.last))
            ent = self.index.find(key) or self.index.get_or_create(key, _name_text(span), "PERSON")
            self._register(ent, parts)
        self._name(ent, span, parts, gender)
        return ent

    def _other_title(self, ent: EntityBuilder, span: Span) -> bool:
        """Whether the title before ``span`` differs from every title before ``ent``'s full
        name (False when the full name carries no title: nothing to compare)."""
        mine = self.titles_before.get(span.start)
        theirs = {self.titles_before[s] for s, e in ent.name_mentions if e - s > 1 and s in self.titles_before}
        return mine is not None and bool(theirs) and not any(compatible_titles(mine, t) for t in theirs)

    def match_single(self, word: str, position: int, gender: str | None = None) -> EntityBuilder | None:
        """The person a single name word refers to: a surname of someone named in full,
        else a given name of exactly one such person. An honorific's gender ("Mrs. Santos")
        picks among people sharing the surname."""
        key = surname_key(word) if " " in word.strip() else word_key(word)  # "Van Weel", "Von der Leyen"
        candidates = [e for e in self.by_surname.get(key, []) if e.parts is not None]
        if gender is not None and len(candidates) > 1:
            candidates = [e for e in candidates if e.gender == gender] \
                or [e for e in candidates if e.gender is None] or candidates
        if not candidates:
            candidates = [e for e in self.by_short.get(key, []) if e.parts is not None]
        if not candidates:
            firsts = [e for e in self.by_first.get(key, []) if e.parts is not None and e.parts.first]
            candidates = firsts if len(firsts) == 1 else []
        if not candidates:
            middles = self.by_middle.get(key, [])
            candidates = middles if len(middles) == 1 else []
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        # Several people share the surname ("Hillary Clinton", "Bill Clinton"): the one
        # mentioned most, ties to the one mentioned last before this word.
        def salience(e: EntityBuilder) -> tuple[int, int]:
            before = [t for t in e.mention_tokens if t < position]
            return (len(e.mention_tokens), max(before) if before else -1)
        return max(candidates, key=salience)

    def _name(self, ent: EntityBuilder, span: Span, parts: NameParts, gender: str | None) -> None:
        if ent.parts is None or len(parts.words) > len(ent.parts.words):
            ent.parts = parts
            ent.name = " ".join(parts.words)
        if parts.first:
            self._register(ent, parts)
        ent.gender = ent.gender or gender or (first_name_gender(parts.first) if parts.first else None)
        self.index.add_mention(ent, span.start, span.end)
        ent.name_mentions.append((span.start, span.end))


def _double_surname_of(short: NameParts, full: NameParts) -> bool:
    """"Wasserman Schultz" after "Debbie Wasserman Schultz": the shorter name is the longer
    one's last words (a double surname), not another person's given name and surname."""
    a = [word_key(w) for w in short.words]
    b = [word_key(w) for w in full.words]
    return 2 <= len(a) < len(b) and b[-len(a):] == a


def add_people(index: EntityIndex, spans: list[Span], facts: DocFacts) -> None:
    people = _People(index, {m.end: m.title.casefold() for m in facts.titles})
    persons: list[tuple[Span, NameParts, str | None]] = []
    for span in spans:
        if span.label_ != "PERSON" or any(i in index._tok for i in range(span.start, span.end)):
            continue
        span, gender = strip_person_prefix(span, facts)
        parts = split_name(_name_text(span))
        if parts is not None:
            persons.append((span, parts, gender))
    # Full names first, longest first, so that surnames and short forms attach to them.
    for span, parts, gender in sorted((p for p in persons if p[1].first), key=lambda p: (-len(p[1].words), p[0].start)):
        if plausible_person(span, facts):
            people.add_full(span, parts, gender)
    for span, parts, gender in (p for p in persons if not p[1].first):
        k = person_before_alias(span)
        named = index.builder_at(k) if k is not None else None
        if named is not None and named.type == "PERSON" and named.parts is not None:
            # "Mohamed Hamdan Dagalo, known as Hemedti": another name of the person, here and after
            index.add_mention(named, span.start, span.end)
            named.name_mentions.append((span.start, span.end))
            lst = people.by_short.setdefault(word_key(parts.last), [])
            if named not in lst:
                lst.append(named)
            continue
        if gender is None and span.start > 0 and is_honorific(index.doc[span.start - 1].text):
            gender = honorific_gender(index.doc[span.start - 1].text)  # "Mrs. | Santos"
        if gender is None:
            gender = kin_gender(span)  # "his wife, Victoria,"
        titled = span.start > 0 and span.start - 1 in facts.title_tokens and span.start not in facts.headline_tokens
        people.add_single(span, parts, gender, plausible_person(span, facts), titled)
    _scan_surnames(index, people, facts)


def _scan_surnames(index: EntityIndex, people: _People, facts: DocFacts) -> None:
    """Surnames of people named in the article that NER left untagged ("Carney is set to")."""
    if not people.by_surname:
        return
    doc = index.doc
    for tok in doc:
        if tok.i in index._tok or tok.pos_ != "PROPN" or not (tok.is_title or tok.is_upper) or len(tok) < 3:
            continue
        cands = people.by_surname.get(word_key(tok.text)) or people.by_short.get(word_key(tok.text))
        if not cands:
            _given_name_alone(index, tok)
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (prev is not None and prev.pos_ == "PROPN" and prev.i not in index._tok and not is_honorific(prev.text)) \
                or (nxt is not None and nxt.pos_ == "PROPN" and nxt.i not in index._tok):
            continue  # part of another, longer name
        gender = honorific_gender(prev.text) if prev is not None and is_honorific(prev.text) else None
        ent = people.match_single(tok.text, tok.i, gender)  # "Mrs. Santos" beside Ramon Santos
        if ent is not None:
            index.add_mention(ent, tok.i, tok.i + 1)
            ent.name_mentions.append((tok.i, tok.i + 1))



def _given_name_alone(index: EntityIndex, tok: Token) -> None:
    """"Prabowo Subianto … Prabowo also met": a first name alone, the
    subject of its clause, stands for the one person named in full with it (a habit of
    Indonesian and other names that NER leaves untagged alone)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.is_sent_start is False \
            and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN":
        return
    key = word_key(tok.text)
    owners = [e for e in index.people() if e.parts is not None and e.parts.first is not None
              and word_key(e.parts.first) == key and any(s < tok.i for s, _ in e.name_mentions)]
    if len(owners) == 1 and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].pos_ != "PROPN") \
            and gazetteer().lookup(tok.text) is None and not gazetteer().organisation(tok.text):
        index.add_mention(owners[0], tok.i, tok.i + 1)
        owners[0].name_mentions.append((tok.i, tok.i + 1))


def owner_lookup(index: EntityIndex):
    g = gazetteer()

    def owner(tok: Token) -> str | None:
        ent = index.builder_at(tok)
        if ent is not None:
            if ent.type == "PERSON":
                return None
            if ent.key and ent.key[0] in ("COUNTRY", "PART") and ent.country:
                return ent.country
            if ent.type in ("ORG",) and ent.key and ent.key[0] == "ORG":
                return ent.name
            if ent.type == "GPE" and ent.country and ent.key and ent.key[0] == "PLACE":
                return None
            return None
        if tok.text[:1].isupper():
            return g.demonym(tok.text) or (g.country(tok.text) if tok.pos_ == "PROPN" else None)
        if tok.lower_ in FIRM_DESCRIPTIONS and tok.dep_ == "poss" and any(c.lower_ == "the" for c in tok.children):
            # "The company's chief financial officer, X": the company named last before
            return last_firm_named(index, tok)
        if tok.lower_ == "party" and tok.dep_ == "poss" and any(c.lower_ == "the" for c in tok.children):
            # "Jordan Bardella, the party's president": the party named last before
            return last_firm_named(index, tok, sectors=(None, "PTY"), words=_PARTY_WORDS)
        if tok.lower_ in _BODY_DESCRIPTIONS and tok.dep_ in ("compound", "nmod", "poss"):
            # "ministry spokesman X" after "Indonesia's health ministry said …": the body of that
            # kind named last before.
            return _last_body_named(index, tok)
        return None

    return owner


# Lower-case nouns that stand for a body the article named before when they modify a title.
_BODY_DESCRIPTIONS = {"ministry", "department", "agency", "commission"}


# Nouns for a company ("the company's chief financial officer").
FIRM_DESCRIPTIONS = {"company", "firm", "carmaker", "automaker", "airline", "group", "lender", "chipmaker", "miner",
                      "retailer", "insurer", "conglomerate"}
_FIRM_WINDOW = 300  # tokens


# Words of a party's name ("National Rally", "Civic Front").
_PARTY_WORDS = frozenset({"party", "front", "rally", "alliance", "movement", "league", "congress", "coalition"})


def last_firm_named(index: EntityIndex, tok: Token, sectors: tuple = (None, "BUS"),
                     words: frozenset[str] | None = None) -> str | None:
    """The organisation named last before ``tok`` that may be a company (or a party, by
    ``sectors`` and a party's name ``words`` unless listed as one): no state's body, no body
    of states (within a few paragraphs)."""
    named = [(max(i for i in e.mention_tokens if i < tok.i), e.name) for e in index.entities
             if e.type == "ORG" and e.key and e.key[0] == "ORG" and e.sector in sectors
             and (words is None or e.sector == "PTY" or words & set(e.name.casefold().split()))
             and any(tok.i - _FIRM_WINDOW < i < tok.i for i in e.mention_tokens)]
    return max(named)[1] if named else None


def _last_body_named(index: EntityIndex, tok: Token) -> str | None:
    named = [(max(s for s, _ in e.mentions if s < tok.idx), e.name) for e in index.entities
             if e.type == "ORG" and e.key and e.key[0] in ("ORG", "PART") and e.name.split()[-1].casefold() == tok.lower_
             and any(s < tok.idx for s, _ in e.mentions)]
    return max(named)[1] if named else None


def _phrase_tokens(head: Token, exclude: range) -> list[Token]:
    """Tokens of a title phrase headed by ``head``: its subtree without clauses, the name in
    apposition, or another apposition."""
    drop: set[int] = set(exclude)
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "appos", "advcl", "punct", "cc", "conj") or child.i in exclude:
            drop.update(t.i for t in child.subtree)
        elif len(exclude) and head.i < exclude.start and child.i >= exclude.stop and child.dep_ == "prep":
            # "regional president Juanma Moreno, of the People's Party": a phrase after the
            # name tells the person's party, not whose the title before the name is.
            drop.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in drop]


def read_roles(index: EntityIndex, facts: DocFacts) -> None:
    """Titles before a name ("U.S. President Donald Trump"), in apposition ("his envoy for the
    conflict, Steve Witkoff"; "Mark Carney, Canada's new prime minister") and after a copula
    ("Lehtinen, who is also Finland's deputy prime minister")."""
    doc = index.doc
    owner_of = owner_lookup(index)
    for ent in index.people():
        for start, end in ent.name_mentions:
            span = doc[start:end]
            for phrase in _title_phrases(span, index, owner_of):
                if phrase.owner is None and phrase.possessor is None and phrase.title.casefold() in _FIRM_TITLES:
                    phrase.owner = _firm_of_bare_title(index, phrase)
                _apply_phrase(index, ent, phrase)
            if ent.country is None:
                ent.country = _nationality(span, index) or _nationality_before(span, index)
            led = _group_led(span, index)
            if led is not None and not any(r.of == led.name for r in ent.roles):
                ent.add_role(Role(title="leader", of=led.name))


# Titles of a company's officers.
_FIRM_TITLES = {"chairman", "chairwoman", "chair", "chief executive", "ceo", "chief financial officer", "cfo",
                "chief operating officer", "managing director", "founder", "co-founder"}


def _firm_of_bare_title(index: EntityIndex, phrase: TitlePhrase) -> str | None:
    """"Samsung Electronics said … Lee Jae-yong, the chairman, said": a company officer's
    title with "the" and no owner is of the company named last, in its sentence or the one before."""
    doc = index.doc
    tok = next((t for t in doc if t.idx == phrase.start), None)
    if tok is None or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
        return None
    sent = tok.sent
    prev_start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    named = [(max(i for i in e.mention_tokens if i < tok.i), e.name) for e in index.entities
             if e.type == "ORG" and e.key and e.key[0] == "ORG" and (e.sector == "BUS" or e.sector is None and e.country is None)
             and any(prev_start <= i < tok.i for i in e.mention_tokens)]
    return max(named)[1] if named else None


# People described by what they do, no office: "Kenyan sprinter X", "Jamaica's former sprinter X".
_DOERS = {"sprinter", "runner", "athlete", "swimmer", "footballer", "striker", "goalkeeper", "cyclist", "boxer",
          "coach", "player", "skier", "golfer", "cricketer", "marathoner", "wrestler", "weightlifter", "jockey",
          "driver", "singer", "actor", "actress", "writer", "novelist", "artist", "filmmaker", "director", "model"}


def _nationality_before(span: Span, index: EntityIndex) -> str | None:
    """A state's demonym or possessive before such a description of the person named."""
    doc = span.doc
    k = span.start - 1
    if k < 1 or doc[k].lower_ not in _DOERS or not doc[k].is_lower:
        return None
    k -= 1
    while k >= 0 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") and span.start - k <= 3:
        k -= 1  # "former", "veteran", "100m"
    if k >= 0 and doc[k].tag_ == "POS":
        k -= 1
    state = index.builder_at(k) if k >= 0 else None
    if state is not None and state.type in ("GPE", "NORP") and state.key[:1] == ("COUNTRY",) and state.country:
        return state.country
    return None


def _group_led(span: Span, index: EntityIndex) -> EntityBuilder | None:
    """"the Rapid Support Forces, led by X", "a coalition headed by X": the organisation X leads."""
    by = span.root.head
    verb = by.head
    if span.root.dep_ != "pobj" or by.lower_ != "by" or verb.lemma_ not in ("lead", "head") \
            or verb.dep_ not in ("acl", "relcl") or verb.head.i == verb.i:
        return None
    body = index.builder_at(verb.head) or next(
        (index.builder_at(c) for c in verb.head.children if c.dep_ in ("compound", "amod") and index.builder_at(c)
         is not None), None)  # "the Republican party, led by X": the party's name without its noun
    if (body is None or body.type != "ORG") and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
        body = index.builder_at(verb.i - 2)  # the parse hung "led by" on a noun before the group
    return body if body is not None and body.type == "ORG" and body.key[:1] == ("ORG",) else None


def _nationality(span: Span, index: EntityIndex) -> str | None:
    """A nationality said in an indefinite apposition: "X, a Kuwaiti, …", "X, a Zimbabwean
    former swimmer, …" (the state whose demonym describes the person)."""
    for head in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            continue
        for tok in [head, *(c for c in head.children if c.dep_ in ("amod", "nmod", "compound") and c.i < head.i)]:
            state = index.builder_at(tok)
            if state is not None and state.type in ("GPE", "NORP") and state.key[:1] == ("COUNTRY",) \
                    and state.country and tok.text[:1].isupper() and tok.text.casefold() != state.name.casefold():
                return state.country
    return None


def _state_after_name(span: Span, owner_of) -> str | None:
    """"President Emmanuel Macron of France", "Prime Minister Mark Carney of Canada": the
    state an of-phrase right after the name gives the title before it."""
    doc = span.doc
    k = span.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 1
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    owner = owner_of(doc[k])
    return owner if owner is not None and owner in gazetteer().country_names else None


# Styles of royalty and nobility a post may precede, as it precedes a rank.
_STYLES = {"prince", "princess", "sheikh", "sheikha"}


def _title_phrases(span: Span, index: EntityIndex, owner_of) -> list[TitlePhrase]:
    doc = span.doc
    out: list[TitlePhrase] = []
    sent_start = span.sent.start
    # Pre-modifier: a title ending right before the name.
    left = [doc[k] for k in range(max(sent_start, span.start - 12), span.start)]
    cut = 0
    for k, tok in enumerate(left):
        if tok.lower_ == "and" and 0 < k < len(left) - 2 and left[k - 1].is_title and left[-1].lower_ in ("minister", "secretary") \
                and all(t.is_title and t.is_alpha and t.i not in index._tok for t in left[k + 1:]):
            continue  # "Energy and Mineral Resources Minister X": two portfolios of one office
        if tok.i in index._tok and index._tok[tok.i].type == "PERSON" \
                or (tok.is_punct and tok.text not in (".", "-") and tok.i not in index._tok) \
                or tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or tok.lower_ in ("and", "with", "by", "that"):
            cut = k + 1
    left = left[cut:]
    rank = match_title_ending(left, len(left)) if left else None
    if rank is not None and rank.title.casefold() in RANKS | _STYLES and rank.start > left[0].i \
            and doc[rank.start - 1].lower_ in title_head_words():
        # "Military spokesman Major General X": a post before a rank is a title of its own;
        # so is one before a style ("Saudi Foreign Minister Prince X", "Qatar's Emir Sheikh X").
        before = [t for t in left if t.i < rank.start]
        post = read_title_phrase(before, owner_of, head=before[-1])
        if post is not None and post.title.casefold() not in RANKS:
            out.append(post)
            left = [t for t in left if t.i >= rank.start]
            phrase = read_title_phrase(left, owner_of, head=left[-1])
            if phrase is not None:
                phrase.owner = phrase.owner or post.owner
                out.append(phrase)
            left = []
    if left:
        phrase = read_title_phrase(left, owner_of, head=left[-1])
        if phrase is None:
            phrase = _title_for_place(left, index, owner_of)
        if phrase is not None:
            if phrase.owner is None and phrase.possessor is None:
                phrase.owner = _state_after_name(span, owner_of)
            out.append(phrase)
    root = span.root
    # Apposition: the name is in apposition to a title noun, or a title noun to the name.
    heads: list[Token] = []
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        if head.i in index._tok and head.dep_ == "pobj" and head.head.head.i < head.i \
                and head.head.head.pos_ in ("NOUN", "PROPN") and head.head.head.i not in index._tok:
            head = head.head.head  # "China's ambassador to Sri Lanka, Qi Zhenhong": the parse hung the name on the place
        elif head.dep_ == "conj" and head.head.i < head.i and head.head.lower_ in title_head_words() \
                and any(c.dep_ == "prep" for c in head.head.children):
            head = head.head  # "Minister for International Development and the Pacific, X": the last conjunct took the name
        heads.append(head)
    heads.extend(c for c in root.children if c.dep_ == "appos" and c.i >= span.end)
    # Copula: "X is Ukraine's president", "X, who is also Finland's deputy prime minister";
    # not "X will be president" or "X is not the leader".
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and _factual(root.head):
        heads.extend(c for c in root.head.children if c.dep_ == "attr")
    for rel in (c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be" and _factual(c)):
        if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
            heads.extend(c for c in rel.children if c.dep_ == "attr")
    # "X, the SPD co-leader,": the parser may split a hyphenated title into appositions
    # "co", "-", "leader"; the pieces joined without spaces are one phrase headed by the last.
    groups: list[list[Token]] = []
    for head in heads:
        if groups and head.i == groups[-1][-1].i + 1 and not groups[-1][-1].whitespace_ \
                and "-" in (head.text, groups[-1][-1].text) and head.dep_ == groups[-1][-1].dep_ == "appos":
            groups[-1].append(head)
        else:
            groups.append([head])
    for group in groups:
        head = group[-1]
        if head.i in index._tok or head.pos_ not in ("NOUN", "PROPN") and head.lower_ not in title_head_words():
            continue
        tokens = sorted({t for piece in group for t in _phrase_tokens(piece, range(span.start, span.end))},
                        key=lambda t: t.i)
        phrase = read_title_phrase(tokens, owner_of, head=head)
        if phrase is not None:
            out.append(phrase)
    return out


def _title_for_place(left: list[Token], index: EntityIndex, owner_of) -> TitlePhrase | None:
    """"UN envoy for Sudan Ramtane Lamamra": a title completed by "for" or "to" and a place
    right before the name."""
    place = index.builder_at(left[-1]) if left else None
    if place is None or place.type not in ("GPE", "LOC"):
        return None
    k = len(left) - 1
    while k > 0 and index.builder_at(left[k - 1]) is place:
        k -= 1
    if k < 2 or left[k - 1].lower_ not in ("for", "to") or left[k - 2].lower_ not in title_head_words():
        return None
    phrase = read_title_phrase(left[:k - 1], owner_of, head=left[k - 2])
    if phrase is None:
        return None
    last = left[-1]
    phrase.title = f"{phrase.title} {left[k - 1].doc[left[k - 1].i:last.i + 1].text}"
    phrase.end = last.idx + len(last)
    return phrase


_MODALS = {"will", "would", "could", "might", "may", "should", "must", "can", "'ll", "wo", "ca"}


def _factual(verb: Token) -> bool:
    """A copula that states what someone is, not what they may become or are not."""
    return not any(c.dep_ in ("aux", "neg") and (c.lower_ in _MODALS or c.dep_ == "neg") for c in verb.children)


# Styles: "Sheikh" is how a Gulf notable (royal or not) or a cleric is addressed, no function
# or rank of any state; "Prince" is a royal rank only where the text says whose.
_STYLES_NO_OFFICE = {"sheikh", "sheikha"}
_ROYAL_RANKS = {"prince", "princess"}


def _apply_phrase(index: EntityIndex, ent: EntityBuilder, phrase: TitlePhrase) -> None:
    if phrase.gender and ent.gender is None:
        ent.gender = phrase.gender
    low = phrase.title.casefold()
    if low in _STYLES_NO_OFFICE or low in _ROYAL_RANKS and phrase.owner is None and phrase.possessor is None:
        return  # "Sheikh Khalid Al Mansouri, a businessman": a style, no role ("Saudi Prince X" keeps his)
    if phrase.counterpart or (phrase.possessor is not None and phrase.owner is None):
        index._pending_roles.append((ent, phrase))  # needs the possessor resolved (coref)
        return
    ent.add_role(Role(title=phrase.title, of=phrase.owner, start=phrase.start, end=phrase.end))


# Functions a person holds for another person privately, never as the other's state's man.
_PRIVATE_FUNCTIONS = {"lawyer", "journalist", "activist", "businessman", "businesswoman", "analyst", "economist"}


def complete_possessed_roles(index: EntityIndex) -> None:
    """Roles whose owner is their possessor's: "His envoy" (his → Trump → USA), "his Russian
    counterpart" (his → a Secretary of State → a Foreign Minister of Russia)."""
    from newsgraph.extract.titles import counterpart_title

    for ent, phrase in index._pending_roles:
        possessor = None
        if phrase.possessor is not None:
            possessor = index._pronouns.get(phrase.possessor.i) or index.builder_at(phrase.possessor)
            if possessor is not None and possessor.type in ("GPE", "LOC") and possessor.key[:1] == ("PLACE",) \
                    and possessor.country and ent.country is None and ent is not possessor:
                # "Catalonia's regional president X": a region's office is no office of the state
                # (the role keeps no owner), but its holder is of the state the region is part of.
                ent.country = possessor.country
            if possessor is not None and possessor.type != "PERSON":
                possessor = None if possessor.key[0] not in ("COUNTRY", "PART", "ORG") else possessor
            if possessor is None and phrase.possessor.lower_ in ("their", "its"):
                possessor = _group_before(index, phrase.possessor)
            if possessor is None and phrase.possessor.lower_ == "whose":
                possessor = _relative_antecedent(index, phrase.possessor)
        title, owner = phrase.title, phrase.owner
        if phrase.counterpart:
            base = next((r.title for r in (possessor.roles if possessor is not None and possessor is not ent else [])
                         if counterpart_title(r.title)), None)
            title = counterpart_title(base) if base else "counterpart"
            if title != "counterpart" and any(r.title.casefold() == title.casefold() for r in ent.roles):
                continue
        elif owner is None and possessor is not None and possessor is not ent \
                and not (possessor.type == "PERSON" and title.casefold() in _PRIVATE_FUNCTIONS):
            # A state's or a state body's man is the state's; a party's or a company's its own;
            # a person's lawyer is no office of the person's state ("Chanda's lawyer, X").
            owner = possessor.country if possessor.type == "PERSON" or possessor.key[0] != "ORG" \
                or possessor.sector in STATE_SECTORS else (possessor.name or possessor.country)
            if owner is None and possessor.type == "PERSON":
                # "Secretary-General X … His spokesman, Y": a stateless official's man serves
                # the body the official heads.
                bodies = {r.of for r in possessor.roles if r.of}
                owner = next(iter(bodies)) if len(bodies) == 1 else None
        if phrase.served:
            title = f"{title} {phrase.served}"  # "adviser to Aliyev": the one served stays in the title
        role = Role(title=title, of=owner, start=phrase.start, end=phrase.end)
        ent.add_role(role)
        if (owner is None and possessor is None and not phrase.counterpart and phrase.possessor is not None
                and phrase.possessor.lower_ in ("his", "her")):
            index._unowned_roles.append((ent, phrase, role))
    index._pending_roles.clear()


def complete_unowned_roles(index: EntityIndex) -> None:
    """Second chance for "her spokesman, X" whose "her" found a person only through a
    description ("The Finnish minister …, her spokesman … said"): the role is the state's of
    the person the pronoun now resolves to."""
    for ent, phrase, role in index._unowned_roles:
        possessor = index._pronouns.get(phrase.possessor.i)
        if role.of is None and possessor is not None and possessor is not ent and possessor.country:
            role.of = possessor.country
    index._unowned_roles.clear()


def _relative_antecedent(index: EntityIndex, tok: Token) -> EntityBuilder | None:
    """What "whose" stands for: the name right before it ("Base Titanium, whose chief executive
    X said"), when that is a state, a state's part or an organisation."""
    k = tok.i - 1
    if k >= 0 and tok.doc[k].text == ",":
        k -= 1
    ent = index.builder_at(k) if k >= 0 else None
    return ent if ent is not None and ent.type != "PERSON" and ent.key and ent.key[0] in ("COUNTRY", "PART", "ORG") \
        else None


def _group_before(index: EntityIndex, tok: Token) -> EntityBuilder | None:
    """What "their" or "its" stands for in "Their spokesman, X": the subject of the sentence
    before (or of this one, before the word) when it is a state, a state's part or an
    organisation; "the rebels" is the last armed group named."""
    from newsgraph.extract.coref import ARMED_MEMBER_NOUNS, ARMED_WINDOW, is_armed_group

    doc = index.doc
    sents = [tok.sent]
    if tok.sent.start > 0:
        sents.append(doc[tok.sent.start - 1].sent)
    for sent in sents:
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and t.head.dep_ == "ROOT"), None)
        if subj is None:
            continue
        if subj.lower_ in ARMED_MEMBER_NOUNS:
            groups = [(max(i for i in e.mention_tokens if i < subj.i), e) for e in index.entities
                      if e.type == "ORG" and is_armed_group(e.name, e.sector)
                      and any(subj.i - ARMED_WINDOW < i < subj.i for i in e.mention_tokens)]
            return max(groups, key=lambda g: g[0])[1] if groups else None
        ent = index.builder_at(subj)
        if ent is None and subj.lower_ in _GROUP_NOUNS:
            # "The opposition Congress party called for …. Its leader": the name on the noun.
            ent = next((index.builder_at(c) for c in subj.children if c.dep_ == "compound" and index.builder_at(c)), None)
        if ent is not None and ent.type != "PERSON" and ent.key[0] in ("COUNTRY", "PART", "ORG"):
            return ent
        return None
    return None


_GROUP_NOUNS = {"party", "group", "movement", "alliance", "coalition", "union", "company", "firm", "bank", "agency"}


def fill_countries(index: EntityIndex) -> None:
    """A person's country: the state their first role belongs to (directly or through an
    organisation of that state)."""
    g = gazetteer()
    orgs = {e.name: e.country for e in index.entities if e.type != "PERSON" and e.country}
    for ent in index.people():
        if ent.country is not None:
            continue
        for role in ent.roles:
            if role.of and role.of in g.country_names:
                ent.country = role.of
                break
            if role.of and orgs.get(role.of):
                ent.country = orgs[role.of]
                break
