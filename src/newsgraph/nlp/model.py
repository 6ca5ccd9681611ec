"""Loading the spaCy pipeline once per process and parsing in batches.

Articles are parsed paragraph by paragraph and joined back into one Doc whose text is the
article's text, character for character. The parser then never runs a sentence across a
paragraph break, which it otherwise does after a headline with no final full stop.
"""

from __future__ import annotations

import logging
import re
import threading
import warnings
from collections.abc import Iterable, Iterator
from functools import lru_cache

from newsgraph.errors import NewsgraphError

_lock = threading.Lock()
_PARAGRAPH = re.compile(r"[^\n]*(?:\n\s*|$)")
# Spaces the tokenizer does not split on: each becomes a token of its own, which puts a
# whitespace token between a quote and its cue ("…,”\u00a0Trump said") and misleads the
# tagger and parser. They are read as plain spaces, one character for one, so every offset
# into the Doc is still an offset into the article text.
_SPACE_LIKE = str.maketrans({c: " " for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                               "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})


class ModelError(NewsgraphError):
    kind = "model"


@lru_cache(maxsize=4)
def _load(name: str, exclude: tuple[str, ...]):
    import spacy

    logging.getLogger("spacy").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            nlp = spacy.load(name, exclude=list(exclude))
        except OSError as exc:
            raise ModelError(
                f"spaCy model {name!r} is not installed (set NEWSGRAPH_MODEL or pip install it)"
            ) from exc
    # The input size limit guards memory; this only lifts spaCy's own lower guard.
    nlp.max_length = max(nlp.max_length, 2_500_000)
    _split_glued_quotes(nlp)
    return nlp


# Scraped copy loses the space around a quotation mark: 'Dahl:"We took', 'the deal.”The
# minister', '“…”― Jane Roe'. The tokenizer keeps such a run as one token, so the quote
# opens inside a word and the speaker tag is lost. These infixes part the mark from the words around it.
_GLUED_QUOTE_INFIXES = (
    r"(?<=[^\W\d_])[.,:;!?](?=[\"“”‘’«»][^\W\d_])",
    r"(?<=[.,:;!?])[\"“”‘’«»](?=[^\W\d_])(?!s\b)",
    # '“…”― Jane Roe', '“Yes”—she said—“we will.”': a dash glued to a quotation mark.
    r"(?<=[\"“”‘’«»])[—―–]",
    r"[—―–](?=[\"“”‘’«»])",
    r"[\"“”‘’«»](?=[—―–])",
    r"(?<=[—―–])[\"“”‘’«»]",
)


def _split_glued_quotes(nlp) -> None:
    """Add :data:`_GLUED_QUOTE_INFIXES` to the model's own infix rules."""
    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    if current is None or not hasattr(current, "pattern"):
        return
    nlp.tokenizer.infix_finditer = re.compile("|".join([current.pattern, *_GLUED_QUOTE_INFIXES])).finditer


def load_model(name: str, exclude: Iterable[str] = ()):
    """The spaCy pipeline ``name``, loaded once per process and shared by all callers."""
    with _lock:
        return _load(name, tuple(sorted(exclude)))


def has_unusual_spaces(text: str) -> bool:
    """Whether the parse read some of ``text``'s characters as plain spaces (see _SPACE_LIKE)."""
    return text.translate(_SPACE_LIKE) != text


# "KHARTOUM, Sudan (Wire) — Airstrikes killed…", "THE HAGUE — The government collapsed…":
# parsed with its sentence, a dateline becomes the sentence's root or subject ("collapsed"
# a relative clause of "HAGUE") and NER runs the agency into the place ("HAGUE (Wire").
# An upper-case place, optional ", state or date" and "(agency)", then a dash.
_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.'’\-]+(?:[ /][A-Z][A-Z.'’\-]+){0,3}(?:,[^\n—–()]{1,40}?)?"
                       r"(?: ?\([^()\n]{1,30}\))? ?(?:—|–|--?) ?(?=[\"“‘A-Z])")


# Web copy writes datelines in title case or closes them with a colon: "Islamabad, March 3 —",
# "Kathmandu, March 12:", "NEW DELHI:". In title case a date must follow the place (else
# "Meanwhile, Russia —" would be one), and a colon form must name a known place ("TRUMP:"
# opens a transcript line, which is an attribution).
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?"
_TITLE_DATELINE = re.compile(r"[ \t]*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), " + _MONTH_DAY
                             + r" ?(?:\([^()\n]{1,30}\))? ?(?:—|–|--?|:) ?(?=[\"“‘A-Z])")
_COLON_DATELINE = re.compile(r"[ \t]*(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})"
                             r"(?:, " + _MONTH_DAY + r")?: (?=[\"“‘A-Z][a-z])")


def dateline_length(paragraph: str) -> int:
    """Characters of the dateline opening ``paragraph`` (0 when it has none)."""
    m = _DATELINE.match(paragraph)
    if m is not None and sum(c.isalpha() for c in m.group(0).split(",")[0].split("(")[0]) >= 3:
        return m.end()
    m = _TITLE_DATELINE.match(paragraph)
    if m is not None:
        return m.end()
    m = _COLON_DATELINE.match(paragraph)
    if m is not None and _is_place(m.group("place")):
        return m.end()
    return 0


def _is_place(name: str) -> bool:
    from newsgraph.nlp.geo import gazetteer

    g = gazetteer()
    name = name.title()
    return bool(g.country(name) or g.capital(name) or g.city(name))


def split_paragraphs(text: str) -> list[tuple[str, bool]]:
    """Chunks that concatenate back to ``text``: each line with the whitespace after it, and
    a dateline opening a line after the first (the title) as a chunk of its own, so that
    the parser reads it as its own sentence; each chunk with whether it is that dateline."""
    chunks: list[tuple[str, bool]] = []
    for n, m in enumerate(_PARAGRAPH.finditer(text)):
        chunk = m.group(0)
        if not chunk:
            continue
        cut = dateline_length(chunk) if n else 0
        chunks.extend([(chunk[:cut], True), (chunk[cut:], False)] if cut else [(chunk, False)])
    return chunks or [(text, False)]


def parse_texts(nlp, texts: Iterable[str], batch_size: int = 16, n_process: int = 1) -> Iterator:
    """One Doc per text, in order, batched with ``nlp.pipe`` over paragraphs."""
    from spacy.tokens import Doc

    def paragraphs():
        for n, text in enumerate(texts):
            chunks = split_paragraphs(text)
            for k, (chunk, dateline) in enumerate(chunks):
                chunk = chunk.translate(_SPACE_LIKE)
                # The title in Title Case is read in sentence case (see sentence_case_title).
                recased = sentence_case_title(chunk, text[len(chunk):]) if k == 0 and len(chunks) > 1 else None
                read = straight_apostrophes(recased or chunk)
                yield read, (n, k == len(chunks) - 1, dateline, chunk if read != chunk else None)

    # Paragraphs are short: batch more of them than whole documents for the same memory.
    pieces: list = []
    for doc, (n, last, dateline, original) in nlp.pipe(paragraphs(), as_tuples=True, batch_size=batch_size * 8,
                                                        n_process=n_process):
        if original is not None:
            doc = _with_text(doc, original)
        if dateline:
            _mend_dateline_entities(doc)
        _mend_verbs_read_as_modifiers(doc)
        pieces.append(doc)
        if last:
            yield pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)
            pieces = []


# A typographic apostrophe inside a word ("don’t", "Trump’s", "they’re"). The small pipeline
# learnt its contractions with the straight one: "He’s said" is read with "’s" as a noun and
# "they’re" keeps the lemma "’re", so copulas and auxiliaries go unseen. The text is read with
# straight apostrophes (one character for one, so offsets hold) and the Doc gets its own
# characters back (:func:`_with_text`).
_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])")


def straight_apostrophes(text: str) -> str:
    """``text`` with the typographic apostrophes inside words made straight."""
    return _WORD_APOSTROPHE.sub("'", text) if "’" in text else text


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;\"“”‘’(\n]|--|—|–)\s*$")


def sentence_case_title(title: str, body: str) -> str | None:
    """A headline in Title Case ("Dairy Farmers Slam Ochieng Over Subsidy Cuts") with its
    common words in lower case, letter for letter the same length, or None when the title is
    not in Title Case. The small model reads a capitalised verb as part of a name and the
    headline as one long noun phrase; in sentence case it finds the verb (PolNeAR train:
    attribution F1 +0.13 point out of fold, the parse of 840 headlines alone changing).

    A word keeps its capital when it opens the title or follows a colon, has capitals or
    digits inside ("McAllister", "G7"), is a name by the body (capitalised in mid-sentence,
    or capitalised and never in lower case), or, absent from the body, is a place or a given
    name the lexicons know ("Thousands March in Tbilisi"); a compass word before a kept word
    keeps it too ("Eastern Afghanistan")."""
    words = list(_TITLE_WORD.finditer(title))
    long_words = [m.group(0) for m in words if len(m.group(0)) > 3]
    if len(long_words) < 3 or sum(w[0].isupper() for w in long_words) < 0.8 * len(long_words) \
            or "\n" in title.strip():
        return None
    capitalised, mid_sentence, lower, seen = set(), set(), set(), set()
    for m in _TITLE_WORD.finditer(body):
        word = m.group(0).rstrip(".'’")
        seen.add(word.lower())
        if not word[0].isupper():
            lower.add(word)
        else:
            capitalised.add(word)
            if not _SENTENCE_END_BEFORE.search(body[max(0, m.start() - 4):m.start()]):
                mid_sentence.add(word)
    names = mid_sentence | {w for w in capitalised if w.lower() not in lower}

    def keeps_capital(n: int, word: str) -> bool:
        bare = word.rstrip(".'’")
        return n == 0 or not word[0].isupper() or any(c.isupper() or c.isdigit() for c in word[1:]) \
            or title[:words[n].start()].rstrip().endswith(":") or bare in names \
            or bare.lower() not in seen and _known_name(bare)

    # Words in quotation marks are someone's words or a work's name ("'Squid Game': …").
    quoted = {k for q in _TITLE_QUOTED.finditer(title) for k in range(q.start(), q.end())}
    keep = [m.start() in quoted or keeps_capital(n, m.group(0)) for n, m in enumerate(words)]
    for n in range(len(words) - 2, -1, -1):
        if not keep[n] and keep[n + 1] and words[n].group(0).lower() in _COMPASS:
            keep[n] = True
    out = list(title)
    for m, kept in zip(words, keep):
        if not kept and len(m.group(0)[0].lower()) == 1:
            out[m.start()] = m.group(0)[0].lower()
    recased = "".join(out)
    return recased if recased != title else None


_TITLE_QUOTED = re.compile(r"(?<!\w)['‘\"“][^'’\"”\n]+['’\"”](?!\w)")
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
            "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
            "southeastern", "southwestern", "upper", "lower", "greater"}


def _known_name(word: str) -> bool:
    """A place the gazetteer holds as a country, capital or city, a people, or a given name."""
    from newsgraph.nlp.geo import gazetteer
    from newsgraph.nlp.names import first_name_gender

    return len(word) > 3 and (_is_place(word) or gazetteer().demonym(word) is not None) \
        or first_name_gender(word) is not None


def _with_text(doc, text: str):
    """``doc``'s annotations on a Doc of ``text`` (the same length, different case)."""
    from spacy.tokens import Doc

    words = [text[t.idx:t.idx + len(t.text)] for t in doc]
    lemmas = [w if t.pos_ == "PROPN" and w != t.text else t.lemma_ for t, w in zip(doc, words)]
    recased = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], tags=[t.tag_ for t in doc],
               pos=[t.pos_ for t in doc], morphs=[str(t.morph) for t in doc], lemmas=lemmas,
               heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])
    recased.tensor = doc.tensor  # Doc.from_docs joins the paragraphs' tensors
    return recased


def _mend_verbs_read_as_modifiers(doc) -> None:
    """"Governor Otieno accused county officials of …", "Biden rubbished Trump's claim":
    the small parser reads the past tense as a participle modifying the noun after it
    ("accused officials") and leaves the sentence with no verb at all. In a sentence whose
    root is a noun, a past form modifying a later noun, right after the name or pronoun it
    hangs on, is the sentence's verb: that name its subject, the noun its object, the old
    root under it."""
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ in ("VERB", "AUX"):
            continue
        verb = next((t for t in sent if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and t.head.i > t.i
                     and t.head.pos_ in ("NOUN", "PROPN") and t.i > sent.start
                     and doc[t.i - 1].text not in ("-", "–", "—")), None)
        if verb is None:
            continue
        subject = next((c for c in verb.lefts if c.dep_ in ("npadvmod", "nsubj") and c.pos_ in ("PROPN", "PRON")
                        and all(doc[k].dep_ == "advmod" for k in range(c.right_edge.i + 1, verb.i))), None)
        if subject is None:
            continue
        obj = verb.head
        verb.head = verb
        verb.dep_ = "ROOT"
        verb.tag_ = "VBD"
        verb.pos_ = "VERB"
        subject.dep_ = "nsubj"
        obj.head = verb
        obj.dep_ = "dobj"
        if root.i != obj.i:
            root.head = verb
            root.dep_ = "dep"


_DATE_AFTER_COMMA = re.compile(r",\s*" + _MONTH_DAY + r"\s*$")


def _mend_dateline_entities(doc) -> None:
    """NER reads "THE HAGUE, Nov 17" as one place: the place ends at the comma and the
    rest is a date."""
    from spacy.tokens import Span

    # The upper-case place opening the dateline, when the gazetteer knows it ("SAO PAULO",
    # "THE HAGUE"): one place, whatever NER made of its words ("SAO" an organisation).
    k = 0
    while k < len(doc) and doc[k].is_space:
        k += 1
    first = k
    while k < len(doc) and doc[k].is_upper and (doc[k].is_alpha or doc[k].text in ("-", ".", "'", "’")):
        k += 1
    place = None
    if k > first and _is_place(doc[first:k].text):
        place = Span(doc, first, k, label="GPE")
    elif k - first >= 2 and doc[first].lower_ == "the" and _is_place(doc[first + 1:k].text):
        place = Span(doc, first + 1, k, label="GPE")
    ents = []
    for ent in doc.ents:
        bracket = next((t for t in ent if t.text == "("), None)
        if bracket is not None and bracket.i > ent.start:
            ent = Span(doc, ent.start, bracket.i, label=ent.label_)  # "HAGUE (Wire": the agency is no place
        m = _DATE_AFTER_COMMA.search(ent.text)
        comma = next((t for t in ent if t.text == ","), None)
        if m is None or comma is None or comma.i == ent.start:
            ents.append(ent)
            continue
        ents.append(Span(doc, ent.start, comma.i, label=ent.label_))
        if comma.i + 1 < ent.end:
            ents.append(Span(doc, comma.i + 1, ent.end, label="DATE"))
    if place is not None:
        ents = [place] + [e for e in ents if e.start >= place.end or e.end <= place.start]
    doc.ents = sorted(ents, key=lambda e: e.start)
