"""Titles of people, read from the words around a name.

A title phrase is what stands before a name ("U.S. Secretary of State", "Ukraine's President",
"Canada's new Prime Minister") or beside it in apposition ("his envoy for the conflict",
"his Russian counterpart", "the opposition leader"). :func:`read_title_phrase` splits such a
phrase into the title's head form (from ``lexicons/titles.tsv``), the state or organisation it
belongs to, a possessor ("his", "Trump's") and modifiers such as "former".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.nlp.lexicon import table

# Words between an owner and a title that do not change the title ("Canada's new Prime Minister").
_SOFT_MODIFIERS = {"new", "newly", "current", "top", "senior", "veteran", "longtime", "long-time", "incoming",
                   "powerful", "influential", "embattled", "elected", "appointed", "sitting", "then", "-"}
# Words that make an office a part of the state's ("regional president", "provincial governor").
_SUBNATIONAL_WORDS = {"regional", "provincial", "county", "municipal", "district"}
# Modifiers that change what the title says about the person now.
_KEPT_MODIFIERS = {"former": "former", "ex": "former", "outgoing": "outgoing", "acting": "acting",
                   "interim": "interim", "deputy": "deputy", "vice": "vice", "late": "late"}
# Bodies of an organisation named between it and a title ("ECOWAS Commission President").
_BODY_WORDS = {"commission", "council", "parliament", "assembly", "committee", "secretariat", "board"}
# Offices a capitalised portfolio before them completes ("Security Minister", "Foreign Affairs
# Secretary", "Roads Minister"): the lexicon cannot list every state's portfolios.
_PORTFOLIO_HEADS = {"minister", "deputy minister", "secretary", "cabinet secretary", "commissioner"}
# Modifiers that make a title a state's office without saying which state.
STATE_MODIFIERS = {"government", "presidential", "state", "cabinet"}
# Private bodies whose head is no state's office ("union president X", "club chairman X").
PRIVATE_BODY_NOUNS = {"union", "club", "federation", "association", "league", "company", "firm", "party", "team",
                      "foundation", "university", "college", "school", "church", "chamber", "syndicate", "cooperative",
                      "guild", "charity", "hospital", "network", "studio", "airline", "carmaker", "bank"}
# A state's arms, capitalised by opening a sentence before a title ("Military spokesman X").
ARM_MODIFIERS = {"military", "army", "police", "navy"}
# Military ranks: held beside a post, never the post itself.
RANKS = {"general", "lieutenant general", "major general", "brigadier general", "brigadier", "admiral",
         "vice admiral", "rear admiral", "colonel", "lieutenant colonel", "major", "captain",
         "lieutenant", "marshal", "field marshal", "air marshal", "commodore", "sergeant"}
_OWNER_PREPOSITIONS = {"of"}
_COMPLEMENT_PREPOSITIONS = {"for", "to", "on"}
# Titles of those who serve a person ("adviser to X").
_AIDES = {"adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson"}


@dataclass(frozen=True)
class TitleEntry:
    canonical: str
    words: tuple[str, ...]  # lower-case match words, full stops dropped
    gender: str | None


@dataclass
class TitleMatch:
    """A title found in a token sequence (token indices into the Doc, end exclusive)."""
    title: str
    start: int
    end: int
    gender: str | None = None


@dataclass
class TitlePhrase:
    title: str                    # head form, complements included ("envoy for the conflict")
    start: int                    # char offsets of the title words in the text
    end: int
    owner: str | None = None      # ISO3 or organisation name
    owner_token: int | None = None
    possessor: Token | None = None  # "his", "Trump" in "Trump's envoy"
    gender: str | None = None
    counterpart: bool = False
    modifiers: list[str] = field(default_factory=list)
    served: str | None = None     # "to Aliyev" of "adviser to Aliyev" (the owner is Aliyev's state)


def _match_words(text: str) -> tuple[str, ...]:
    words = re.findall(r"[^\s.\-]+|-", text.casefold().replace("’", "'"))
    return tuple(words)


@lru_cache(maxsize=1)
def title_entries() -> dict[str, list[TitleEntry]]:
    """Titles keyed by their last match word, longest first."""
    by_last: dict[str, list[TitleEntry]] = {}
    for row in table("titles.tsv"):
        canonical = row[0]
        variants = [canonical] + ([v for v in row[1].split("|") if v] if len(row) > 1 else [])
        gender = row[2] if len(row) > 2 and row[2] in ("m", "f") else None
        for variant in variants:
            words = _match_words(variant)
            if words:
                by_last.setdefault(words[-1], []).append(TitleEntry(canonical, words, gender))
    for entries in by_last.values():
        entries.sort(key=lambda e: -len(e.words))
    return by_last


@lru_cache(maxsize=1)
def title_head_words() -> frozenset[str]:
    """Every word that can end a title ("president", "minister", "envoy", …)."""
    return frozenset(title_entries())


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(w for entries in title_entries().values() for e in entries for w in e.words)


def _word(token: Token) -> str | None:
    """The match word of a token, or None for a bare full stop (skipped in "Lt. Gen.")."""
    text = token.lower_.replace("’", "'")
    if text == ".":
        return None
    return text.rstrip(".") or None


def match_title_ending(tokens: Sequence[Token], end: int) -> TitleMatch | None:
    """The longest title whose last word is ``tokens[end - 1]`` (positions in ``tokens``)."""
    if end <= 0:
        return None
    last = _word(tokens[end - 1])
    entries = title_entries().get(last or "")
    if not entries:
        return None
    # Walk back over the tokens, skipping bare full stops, collecting match words.
    words: list[tuple[str, int]] = []
    k = end - 1
    longest = len(entries[0].words)
    while k >= 0 and len(words) < longest:
        w = _word(tokens[k])
        if w is not None:
            words.append((w, k))
        k -= 1
    words.reverse()
    last_tok = tokens[end - 1]
    # "a deputy head of state oil company", "chief of state media": the word after "of" modifies
    # a noun that follows, so "of …" is not the end of a title ("Secretary of State Rubio" is).
    modifier = last_tok.dep_ in ("compound", "amod") and last_tok.head.i > last_tok.i and last_tok.head.pos_ == "NOUN"
    for entry in entries:
        if modifier and "of" in entry.words:
            continue
        n = len(entry.words)
        if n <= len(words) and tuple(w for w, _ in words[-n:]) == entry.words:
            first = words[-n][1]
            if n == 1 and _given_name_not_rank(tokens, first, entry):
                return None
            return TitleMatch(entry.canonical, tokens[first].i, tokens[end - 1].i + 1, entry.gender)
    return None


def _given_name_not_rank(tokens: Sequence[Token], k: int, entry: TitleEntry) -> bool:
    """"Defence Minister Gen Nakatani": a clipped rank word ("Gen", "Col") written without its full
    stop, right after an office title and before a lone capitalised surname, is the holder's given
    name, not a second title ("Army chief Gen Asim Munir", "Minister Gen. Nakatani" keep the rank)."""
    tok = tokens[k]
    if entry.canonical.casefold() not in RANKS or tok.lower_ == entry.canonical.casefold() \
            or not tok.is_title or not tok.is_alpha or len(tok) > 4:
        return False
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i - 1].lower_ not in title_head_words():
        return False
    nxt = doc[tok.i + 1]
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    return nxt.is_title and nxt.is_alpha and (after is None or not (after.is_title and after.is_alpha))


def match_title(tokens: Sequence[Token]) -> TitleMatch | None:
    """The longest title ending a run of pre-modifier tokens, allowing a trailing "'s" or
    punctuation ("U.S. Secretary of State" → Secretary of State)."""
    end = len(tokens)
    while end > 0 and (tokens[end - 1].tag_ == "POS" or tokens[end - 1].is_punct and tokens[end - 1].text != "."):
        end -= 1
    for stop in range(end, 0, -1):
        found = match_title_ending(tokens, stop)
        if found is not None:
            return found
    return None


def title_matches(doc) -> list[TitleMatch]:
    """Every title in the document, longest match at each end position, left to right."""
    heads = title_entries()
    out: list[TitleMatch] = []
    tokens = list(doc)
    for tok in tokens:
        w = _word(tok)
        if w in heads and (tok.is_title or tok.is_upper or tok.is_lower):
            found = match_title_ending(tokens, tok.i + 1)
            if found is not None:
                out.append(found)
    return out


def head_form(title: str) -> str:
    """A title as the lexicon writes it; unknown titles keep their words in lower case."""
    words = _match_words(title)
    for entries in title_entries().values():
        for e in entries:
            if e.words == words:
                return e.canonical
    return title.strip()


OwnerOf = Callable[[Token], "str | None"]


# Parties' words that stand before a party function ("Senate Democratic leader", "Labour leader").
# Functions a party itself gives ("the Republican nominee", "Labour Leader X"); other offices a
# party's member holds are the state's.
_PARTY_FUNCTIONS = {"leader", "nominee", "candidate", "chairman", "chairwoman", "chair", "whip", "spokesman",
                    "spokeswoman", "spokesperson", "secretary-general", "president", "chief", "strategist"}
_PARTY_WORDS = {"democratic", "republican", "labour", "labor", "conservative", "liberal", "socialist", "green",
                "communist", "tory", "nationalist"}


def _opens_sentence(tok: Token) -> bool:
    """First word of a sentence or paragraph (the parse may not split at a paragraph break)."""
    return tok.is_sent_start or tok.i > 0 and "\n" in tok.doc[tok.i - 1].text + tok.doc[tok.i - 1].whitespace_


def read_title_phrase(tokens: Sequence[Token], owner_of: OwnerOf, head: Token | None = None) -> TitlePhrase | None:
    """Read a title phrase: [det|possessor|owner|modifiers]* TITLE [of OWNER | for …].

    ``tokens`` are the phrase's tokens in order; ``head`` (optional) is the noun the phrase is
    about, which must be the title's last word. ``owner_of(token)`` gives the ISO3 code or
    organisation a token names, if any.
    """
    toks = [t for t in tokens if not (t.is_punct and t.text not in ("-", ".")) and t.dep_ != "punct" or t.text in ("-", ".")]
    if not toks:
        return None
    # The title ends at the head when one is given, else at the last title word.
    positions = [k for k, t in enumerate(toks) if head is not None and t.i == head.i] if head is not None else []
    match = None
    if positions:
        match = match_title_ending(toks, positions[0] + 1)
        # A title that runs past the head noun: "chief of staff", "head of state".
        for stop in range(min(len(toks), positions[0] + 5), positions[0] + 1, -1):
            longer = match_title_ending(toks, stop)
            if longer is not None and longer.start <= head.i and (match is None or longer.end > match.end):
                match = longer
                break
    else:
        for stop in range(len(toks), 0, -1):
            match = match_title_ending(toks, stop)
            if match is not None:
                break
    if match is None:
        return None
    doc = toks[0].doc
    title_first = next(k for k, t in enumerate(toks) if t.i == match.start)
    title_last = next(k for k, t in enumerate(toks) if t.i == match.end - 1)
    phrase = TitlePhrase(title=match.title, start=doc[match.start].idx,
                         end=doc[match.end - 1].idx + len(doc[match.end - 1]), gender=match.gender)
    # Left of the title: owner, possessor, modifiers. Lower-case words between an owner and
    # the title belong to the title ("EU foreign policy chief" → "foreign policy chief").
    k = title_first - 1
    pending: list[Token] = []
    while k >= 0:
        tok = toks[k]
        low = tok.lower_.rstrip(".")
        owner = owner_of(tok)
        if owner is not None and low in _PARTY_WORDS and tok.is_title and not match.title[:1].isupper() \
                and k > 0 and owner_of(toks[k - 1]) is not None:
            owner = None  # "Senate Democratic leader X": the party's word between a body and the title is the title's
        if owner is not None and low in _PARTY_WORDS and tok.is_title and match.title[:1].isupper() \
                and match.title.casefold().split()[-1] not in _PARTY_FUNCTIONS:
            break  # "Democratic Sen. Claire McCaskill": a member of the party holds the state's office
        if owner is not None:
            if phrase.owner is None:
                phrase.owner, phrase.owner_token = owner, tok.i
            elif _state_code(owner) and not _state_code(phrase.owner) and phrase.owner_token is not None \
                    and phrase.owner_token == k_next_token(toks, k) and _international_body(phrase.owner):
                # "Yemen's UN envoy", "the Chinese UN ambassador": the state's envoy to the body
                body = doc[phrase.owner_token].text
                phrase.title = f"{body} {phrase.title}"
                phrase.start = doc[phrase.owner_token].idx
                phrase.owner, phrase.owner_token = owner, tok.i
            _take_words(phrase, pending)
        elif tok.tag_ == "POS" and phrase.owner is None and _owned_title_before(toks, k, owner_of):
            # "UN Secretary-General's personal envoy": the office of another title's holder
            # is its owner's
            inner = match_title_ending(toks, k)
            k = next(j for j, t in enumerate(toks) if t.i == inner.start) - 1
            continue
        elif tok.tag_ == "POS" or tok.text in (".", "-"):
            pass
        elif tok.tag_ in ("PRP$", "WP$"):  # (and "whose": "Acme, whose chief executive X")
            phrase.possessor = tok
            _take_words(phrase, pending)
        elif low in _KEPT_MODIFIERS:
            phrase.modifiers.insert(0, _KEPT_MODIFIERS[low])
        elif low in _SOFT_MODIFIERS or tok.dep_ == "det" or tok.like_num:
            pass
        elif tok.pos_ == "PROPN" and k + 1 < len(toks) and toks[k + 1].tag_ == "POS":
            phrase.possessor = tok  # "Trump's envoy"
            _take_words(phrase, pending)
        elif _portfolio_word(tok, match, pending, toks, k):
            pending.insert(0, tok)
        elif low == "and" and pending and pending[0].is_title and k > 0 and "and" not in {t.lower_ for t in pending} \
                and all(_portfolio_word(t, match, [], toks, -1) for t in pending) \
                and _portfolio_word(toks[k - 1], match, [], toks, -1) and owner_of(toks[k - 1]) is None:
            pending.insert(0, tok)  # "Energy and Mineral Resources Minister": two portfolios joined
        elif tok.is_title and tok.ent_type_ == "LOC" and len(pending) < 3 and not phrase.modifiers \
                and k > 0 and (toks[k - 1].ent_type_ == "LOC" or toks[k - 1].tag_ == "POS"):
            # "The IMF's Western Hemisphere director": the region a body's official covers
            pending.insert(0, tok)
        elif (tok.is_lower and tok.is_alpha and (tok.pos_ in ("NOUN", "ADJ") or tok.tag_ == "NNP")
              or tok.is_title and tok.lower_ in _BODY_WORDS
              or tok.is_title and tok.is_sent_start and tok.lower_ in ARM_MODIFIERS and not match.title[:1].isupper()
              or tok.is_title and tok.is_sent_start and tok.lower_ in PRIVATE_BODY_NOUNS
              or tok.is_title and _opens_sentence(tok) and tok.lower_ in _SUBNATIONAL_WORDS
              # ("Central bank governor X": a lower-case title's first word capitalised by the sentence)
              # ("Senate Democratic leader X": a party's word between the body and the title)
              or tok.is_title and (tok.ent_type_ == "NORP" or tok.lower_ in _PARTY_WORDS) and owner is None
              and not match.title[:1].isupper()
              or tok.is_title and _opens_sentence(tok) and tok.pos_ in ("ADJ", "NOUN", "PROPN")
              and not tok.ent_type_ and owner_of(tok) is None and pending and pending[0].is_lower) \
                and len(pending) < 3 and not phrase.modifiers:
            # ("Military spokesman X": a common word capitalised by opening the sentence)
            # ("ECOWAS Commission President": a body of the owner, part of the title)
            # (a lower-case word tagged as a name is the tagger's slip: "foreign ministry spokeswoman")
            pending.insert(0, tok)
        else:
            break
        k -= 1
    if phrase.owner is None and pending and pending[-1].lower_ in PRIVATE_BODY_NOUNS and match.title[:1].isupper() \
            and not any(t.lower_ in STATE_MODIFIERS or t.lower_ in ARM_MODIFIERS or t.lower_ == "central" for t in pending):
        # "union president Rosa Valdivia", "Club president X": the head of a body no state
        # owns — a function, not the state's office the capitalised title would make it.
        phrase.title = " ".join([t.lower_ for t in pending] + [phrase.title.lower()])
        phrase.start = pending[0].idx
        pending.clear()
    if phrase.owner is None and pending and match.title[:1].isupper() \
            and " ".join(t.lower_ for t in pending) in _state_part_nouns():
        _take_words(phrase, pending)  # "former central bank governor X": the body is part of the office
    if phrase.owner is None and pending and pending[0].lower_ in _SUBNATIONAL_WORDS:
        _take_words(phrase, pending)  # "regional president X": a region's office, not the state's President
    if phrase.owner is None and pending and pending[0].lower_ != "and" \
            and all(t.lower_ == "and" or _portfolio_word(t, match, [], toks, -1) for t in pending):
        _take_words(phrase, pending)  # "Fisheries Minister X": the portfolio is the office's
    if phrase.owner is None and pending and match.title.casefold() in _PORTFOLIO_HEADS and len(pending) <= 2 \
            and all(t.is_lower and t.pos_ == "NOUN" and t.dep_ == "compound" and t.lower_ not in STATE_MODIFIERS
                    and t.lower_ not in ARM_MODIFIERS for t in pending) \
            and pending[-1].i + 1 == match.start:
        _take_words(phrase, pending)  # "was named reconciliation minister": a portfolio in lower case is the office's too
    if phrase.owner is None and pending and (pending[0].lower_ in STATE_MODIFIERS
                                             or (pending[0].is_sent_start or pending[0].is_lower and phrase.modifiers)
                                             and pending[0].lower_ in ARM_MODIFIERS):
        # ("former army chief X", "a former police chief": the force is part of the office)
        _take_words(phrase, pending)  # "government spokesman Patrick Muyaya": the state's, the story's to say
    # Right of the title: "of Ukraine" gives the owner, "for the conflict" completes the title.
    if head is not None or positions:
        title_head = toks[title_last] if toks[title_last].i == (head.i if head is not None else -1) else toks[title_first]
        if head is not None and match.end - 1 > head.i:
            title_head = None  # the title took the complement in: nothing more to read
        for prep in (title_head.rights if title_head is not None else ()):
            if prep.dep_ != "prep" or prep.i <= title_head.i:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            subtree = [t for t in prep.subtree if any(t.i == x.i for x in toks)]
            if not subtree:
                continue
            owner = owner_of(obj) or next((owner_of(t) for t in obj.subtree if owner_of(t)), None)
            speaks_for = prep.lower_ == "for" and phrase.title.casefold().split()[-1].startswith("spokes")
            if (prep.lower_ in _OWNER_PREPOSITIONS | {"at", "with"} or speaks_for) and owner is not None:
                # ("a spokeswoman for the foreign ministry": the body she speaks for is the owner)
                if phrase.owner is None:
                    phrase.owner, phrase.owner_token = owner, obj.i
            elif prep.lower_ in ("to", "for") and (obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN" and owner is None) \
                    and phrase.owner is None \
                    and phrase.possessor is None and phrase.title.casefold().split()[-1] in _AIDES:
                # "adviser to Aliyev", "an aide to the president, X": the office of the one
                # served, as "Aliyev's adviser" is
                phrase.possessor = obj
                phrase.served = doc[prep.i:obj.i + 1].text
            elif prep.lower_ in _COMPLEMENT_PREPOSITIONS | _OWNER_PREPOSITIONS:
                # "envoy for the conflict", "ambassador to the United Nations": a short
                # complement belongs to the title; a long one is a description, not a title.
                words: list[Token] = []
                for t in subtree:
                    if t.dep_ in ("cc", "conj", "punct", "relcl", "acl", "appos") or t.is_punct or t.text in ("(", ")"):
                        break
                    words.append(t)
                if 0 < len(words) <= 6 and len(words) == len(subtree):
                    last = words[-1]
                    phrase.title = f"{phrase.title} {doc[prep.i:last.i + 1].text}"
                    phrase.end = last.idx + len(last)
            break
    if match.title.casefold() == "counterpart":
        phrase.counterpart = True
    if phrase.modifiers:
        lead = [m for m in phrase.modifiers if m not in ("deputy", "vice") or not phrase.title.lower().startswith(m)]
        # "deputy", "vice" are part of the office ("Deputy Commissioner", "Vice Foreign
        # Minister"); "former", "acting" qualify it.
        lead = [m.capitalize() if m in ("deputy", "vice") and phrase.title[:1].isupper() else m for m in lead]
        if lead:
            phrase.title = " ".join(lead + [phrase.title])
    return phrase


def _international_body(name: str) -> bool:
    """A body of states ("United Nations", "NATO", "the African Union")."""
    from newsgraph.nlp.geo import gazetteer

    org = gazetteer().organisation(name)
    return org is not None and org.sector == "IGO"


def _state_code(owner: str | None) -> bool:
    from newsgraph.nlp.geo import gazetteer

    return owner is not None and owner in gazetteer().country_names


def k_next_token(toks: Sequence[Token], k: int) -> int | None:
    """The token right after ``toks[k]`` past a possessive mark: "Yemen | 's | UN"."""
    j = k + 1
    if j < len(toks) and toks[j].tag_ == "POS":
        j += 1
    return toks[j].i if j < len(toks) else None


@lru_cache(maxsize=1)
def _state_part_nouns() -> frozenset[str]:
    """A state's bodies by their common names ("central bank", "electoral commission")."""
    return frozenset(row[0].casefold() for row in table("sectors.tsv") if " " in row[0])


def _owned_title_before(toks: Sequence[Token], k: int, owner_of: OwnerOf) -> bool:
    """Whether a capitalised title with its owner right before it ends at ``toks[k - 1]``, the
    possessive mark at ``toks[k]`` ("UN Secretary-General's", "the Russian President's")."""
    inner = match_title_ending(toks, k)
    if inner is None or not toks[k - 1].text[:1].isupper():
        return False
    first = next(j for j, t in enumerate(toks) if t.i == inner.start)
    return first > 0 and owner_of(toks[first - 1]) is not None


def _portfolio_word(tok: Token, match: TitleMatch, pending: list[Token], toks: Sequence[Token], k: int) -> bool:
    """A capitalised common word of a portfolio right before a bare "Minister" or "Secretary"
    (or before another such word): "Security Minister", "Foreign Affairs Secretary"."""
    if match.title.casefold() not in _PORTFOLIO_HEADS or not tok.is_title or not tok.is_alpha \
            or len([t for t in pending if t.lower_ != "and"]) >= (3 if any(t.lower_ == "and" for t in pending) else 2):
        return False
    if k >= 0 and (k + 1 >= len(toks) or toks[k + 1].i != (pending[0].i if pending else match.start)):
        return False  # only the words right before the office
    if match.title.casefold() == "commissioner":
        # Only a union's commissioner carries a portfolio ("EU Trade Commissioner"); "Police
        # Commissioner" stays the office it always was.
        from newsgraph.nlp.geo import gazetteer

        before = toks[k - 1] if k > 0 else None
        if before is None or not before.is_upper or gazetteer().organisation(before.text) is None:
            return False
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.ent_type_ in ("", "ORG")


def _take_words(phrase: TitlePhrase, words: list[Token]) -> None:
    """Words found between an owner and the title join the title's front."""
    if words:
        # "EU foreign policy chief" → "foreign policy chief"; "Chile's central bank governor" →
        # "Central Bank Governor" (the case of the title's own canonical form).
        lead = [t.lower_ if t.lower_ == "and" else t.text.capitalize() if phrase.title[:1].isupper()
                else t.lower_ if t.is_sent_start else t.text for t in words]
        phrase.title = " ".join(lead) + " " + phrase.title
        phrase.start = words[0].idx
        words.clear()


@lru_cache(maxsize=1)
def counterparts() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in table("counterparts.tsv") if len(row) > 1}


def counterpart_title(title: str) -> str | None:
    """The office answering to ``title`` in another state ("Secretary of State" → Foreign Minister)."""
    base = re.sub(r"^(former|outgoing|acting|interim)\s+", "", title, flags=re.I)
    return counterparts().get(base.casefold())


@lru_cache(maxsize=1)
def description_titles() -> dict[str, frozenset[str]]:
    return {row[0].casefold(): frozenset(t.casefold() for t in row[1].split("|")) for row in table("title_descriptions.tsv") if len(row) > 1}


def person_noun(title: str) -> tuple[str, tuple[str, ...]]:
    """The noun a title calls its holder, and the words before it: "Chief of General Staff" →
    (chief, ()), "Foreign Minister" → (minister, (foreign,)), "envoy for the conflict" → (envoy, ())."""
    words = [w for w in _match_words(title) if w not in ("former", "acting", "interim", "outgoing")]
    for k, w in enumerate(words):
        if w in ("of", "for", "to", "on", "-", "at") and k > 0:
            words = words[:k]
            break
    if not words:
        return "", ()
    return words[-1], tuple(words[:-1])


def compatible_titles(a: str, b: str) -> bool:
    """Whether two titles can be one person's in one text: "General" / "Major General",
    "President" / "former President"; not "President" / "presidential nominee"."""
    a, b = a.casefold(), b.casefold()
    if a == b or a.endswith(" " + b) or b.endswith(" " + a):
        return True
    return person_noun(a)[0] == person_noun(b)[0] != ""


def describes(noun: str, title: str, modifiers: Sequence[str] = ()) -> bool:
    """Whether a description headed by ``noun`` ("leader", "envoy", "minister"), with title
    words ``modifiers`` before it ("foreign"), fits ``title``."""
    noun = noun.casefold()
    base = title.casefold()
    table_ = description_titles()
    if noun in table_ and any(base == t[1:] if t.startswith("=") else base == t or base.endswith(" " + t) or base.startswith(t + " ")
                              for t in table_[noun]):
        return not modifiers or all(m in _match_words(base) for m in modifiers)
    head, before = person_noun(base)
    return head == noun and all(m in before for m in modifiers)
