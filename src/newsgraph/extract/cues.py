"""Attribution cues: the words that signal that something is attributed (said, warned,
according to, believes, plans, her view …).

Every verb, and every noun or adjective of a known cue lemma, is a candidate. A candidate is
described by features of the dependency parse around it (its lemma, its dependents, its
subject, nearby quotation marks, whether it sits inside another attribution's content) and
scored by one of two deciders with the same interface:

* :class:`LearnedCues`: a logistic regression over those features, trained on PolNeAR train
  by ``scripts/train_attribution_cues.py``; its weights are the data file
  ``nlp/lexicons/attribution_cue_model.tsv``. This is the default.
* :class:`RuleCues`: the hand-written baseline: a lemma of ``reporting_verbs.txt`` with a
  clause, object or quotation attached.

Both return a probability-like score per candidate. The learned decider also carries a
:class:`DraftFilter` (``nlp/lexicons/attribution_draft_model.tsv``, same training script):
every candidate from the filter's floor up is assembled into a draft attribution, and the
filter, seeing which content rule fired and what source was found, keeps or drops it.
Without the filter file, drafts are kept when the cue score reaches the threshold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.attrs import POS
from spacy.symbols import ADJ, ADP, NOUN, PROPN, VERB

from newsgraph.nlp.lexicon import word_list, word_set

MODEL_FILE = "attribution_cue_model.tsv"
FILTER_FILE = "attribution_draft_model.tsv"
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "parataxis"}
# Walking up from a candidate, these dependencies lead out of a clause that could be
# another attribution's content.
_EMBEDDING_DEPS = {"ccomp", "xcomp", "advcl", "conj", "pcomp", "pobj", "prep", "dobj", "relcl", "acl", "parataxis"}


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end token of each token's sentence, in one pass (``token.sent`` walks the
    sentences from the start of the document on every call)."""
    starts = [0] * len(doc)
    ends = [len(doc)] * len(doc)
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            starts[i] = sent.start
            ends[i] = sent.end
    return starts, ends


@dataclass
class DocFeatures:
    """What the features need from the document, computed once per document."""

    doc: Doc
    token_quote: list[int]  # quote index per token, -1 outside quotes
    title_end: int
    entity_type: dict[int, str]  # token index -> entity type, for subjects
    sent_start: list[int] = None  # type: ignore[assignment]
    sent_end: list[int] = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.sent_start is None:
            self.sent_start, self.sent_end = sentence_bounds(self.doc)

    def subject_kind(self, tok: Token) -> str:
        if tok.lower_ in ("who", "which", "that"):
            return "REL"
        if tok.pos_ == "PRON":
            return "PRON"
        t = self.entity_type.get(tok.i)
        if t:
            return t
        return tok.pos_


_OTHER_CANDIDATE_POS = frozenset((NOUN, ADJ, ADP, PROPN))


def candidates(doc: Doc, cue_lemmas: frozenset[str]) -> list[Token]:
    """Tokens that could head a cue: verbs (and words the tagger took for nouns that have
    a reporting verb's lemma: "Trump predicts that …" tagged NOUN), adjectives complementing
    "be" ("is confident that", "was critical of"), and nouns/adjectives of cue lemmas."""
    out = []
    reporting = word_set("reporting_verbs.txt")
    # Parts of speech read as an array: a Token object for every word cost a third of this.
    for i, pos_id in enumerate(doc.to_array(POS).tolist()):
        if pos_id == VERB:
            out.append(doc[i])
        elif pos_id in _OTHER_CANDIDATE_POS:
            tok = doc[i]
            pos = tok.pos_
            lemma = tok.lemma_.lower()
            if lemma in cue_lemmas or (pos == "ADJ" and tok.dep_ == "acomp") or (
                    lemma in reporting and any(c.dep_ == "ccomp" for c in tok.children)):
                out.append(tok)
    return out


def _quote_near(ctx: DocFeatures, tok: Token) -> tuple[bool, bool]:
    """Whether a quotation ends just before the candidate's clause (“…,” he said) or starts
    just after it (said: “…”), within the sentence."""
    tq = ctx.token_quote
    sent_start, sent_end = ctx.sent_start[tok.i], ctx.sent_end[tok.i]
    left = right = False
    # Left: skip back over the subject and punctuation to a closing mark.
    i = tok.i - 1
    steps = 0
    while i >= sent_start and steps < 8:
        if tq[i] >= 0:
            left = True
            break
        i -= 1
        steps += 1
    i = tok.i + 1
    steps = 0
    while i < sent_end and steps < 4:
        if tq[i] >= 0:
            right = True
            break
        i += 1
        steps += 1
    return left, right


def cue_features(tok: Token, ctx: DocFeatures, reporting: frozenset[str]) -> list[str]:
    lemma = tok.lemma_.lower()
    pos, dep = tok.pos_, tok.dep_
    feats = ["bias", "l:" + lemma, "p:" + pos, "t:" + tok.tag_, "d:" + dep, "ld:" + lemma + ":" + dep,
             "lt:" + lemma + ":" + tok.tag_]
    if lemma in reporting:
        feats.append("lex")
        feats.append("lexd:" + dep)
    subject = None
    for c in tok.children:
        cdep = c.dep_
        if cdep == "punct":
            continue
        feats.append("c:" + cdep)
        feats.append("lc:" + lemma + ":" + cdep)
        if cdep in ("prep", "agent", "prt", "dative"):
            feats.append("lw:" + lemma + ":" + c.lower_)
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                # "complained to reporters" / "complained to the agency" / "spoke of resigning"
                feats.append("pp:" + c.lower_ + ":" + (ctx.entity_type.get(obj.i) or obj.pos_))
        if cdep == "ccomp":
            # How the clause opens: "warned that …" reports, "wondered whether …" asks,
            # "said it will …" (no mark) still reports.
            mark = next((g.lower_ for g in c.children if g.dep_ == "mark"), "-")
            feats += ["ccm:" + mark, "lccm:" + lemma + ":" + mark, "ccf:" + tok.doc[c.left_edge.i].lower_]
        elif cdep == "xcomp":
            feats.append("xl:" + c.lemma_.lower())
        elif cdep in ("dobj", "xcomp", "acomp", "attr", "oprd"):
            feats.append("lo:" + lemma + ":" + cdep + ":" + c.lemma_.lower())
        elif cdep == "aux":
            feats.append("aux:" + c.lower_)
        elif cdep == "mark":
            feats.append("mark:" + c.lower_)
        if cdep in _SUBJECTS and subject is None:
            subject = c
    if subject is not None:
        kind = ctx.subject_kind(subject)
        feats.append("s:" + kind)
        feats.append("ls:" + lemma + ":" + kind)
        feats.append("sl:" + subject.lemma_.lower())
    else:
        feats.append("nos:" + dep)
    # The words either side ("to urge", "urged that", "’s claim"): held-out candidate F1 on
    # two tenths of train 0.7915 / 0.7824 without these, the clause and head features
    # beside them; 0.7956 / 0.7894 with them.
    doc = tok.doc
    if tok.i > 0:
        feats.append("p1:" + doc[tok.i - 1].lower_)
    if tok.i + 1 < len(doc):
        feats.append("n1:" + doc[tok.i + 1].lower_)
    head = tok.head
    if head.i != tok.i:
        feats.append("lh:" + lemma + ":" + head.lemma_.lower())
        feats.append("h:" + dep + ":" + head.lemma_.lower())
        feats.append("hp:" + dep + ":" + head.pos_)
        feats.append("hd:" + dep + ":" + head.dep_)
        if dep == "conj" and head.lemma_.lower() in reporting:
            feats.append("conjlex")

    if ctx.token_quote[tok.i] >= 0:
        feats.append("inq")
    else:
        left, right = _quote_near(ctx, tok)
        if left:
            feats.append("qL")
            feats.append("qLl:" + lemma)
        if right:
            feats.append("qR")
            feats.append("qRl:" + lemma)
    # Inside another possible attribution's content (PolNeAR annotates only the outermost).
    node, steps = tok, 0
    while node.head.i != node.i and steps < 6:
        if node.dep_ not in _EMBEDDING_DEPS:
            break
        parent = node.head
        if parent.lemma_.lower() in reporting and parent.pos_ == "VERB":
            feats.append("nest:" + node.dep_)
            feats.append("nestl:" + lemma)
            break
        node, steps = parent, steps + 1
    if tok.idx < ctx.title_end:
        feats.append("title")
    first = ctx.sent_start[tok.i]
    if tok.i == first or (tok.i == first + 1 and tok.nbor(-1).is_punct):
        feats.append("first")
    return feats


def draft_features(cue: Token, score: float, kind: str, source_kind: str, quote_side: str,
                   quoted: bool, content_len: int, cue_len: int, content_first: Token | None = None,
                   source_last: Token | None = None) -> list[str]:
    """Features of an assembled attribution for the second, draft-level decision: what the
    cue score could not see — which rule found the content, what the source is, quotes."""
    lemma = cue.lemma_.lower()
    bucket = min(9, int(score * 10))
    size = "1" if content_len <= 1 else "2-3" if content_len <= 3 else "4-7" if content_len <= 7 else "8-15" if content_len <= 15 else "16+"
    feats = ["bias", f"s1:{bucket}", "k:" + kind, "lk:" + lemma + ":" + kind, "src:" + source_kind,
             "lsrc:" + lemma + ":" + source_kind, "ksrc:" + kind + ":" + source_kind, "len:" + size,
             "klen:" + kind + ":" + size, f"cuelen:{min(cue_len, 5)}", "p:" + cue.pos_, "d:" + cue.dep_,
             "l:" + lemma, f"ls1:{lemma}:{bucket // 3}"]
    if quote_side:
        feats.append("qs:" + quote_side)
    if quoted:
        feats.append("quoted")
        feats.append("lq:" + lemma)
    if content_first is not None:
        # How the content opens ("that", "to", a quote, a noun) and on which side of the cue.
        side = "R" if content_first.i > cue.i else "L"
        feats += ["cf:" + content_first.lower_, "cfd:" + content_first.dep_,
                  "lcf:" + lemma + ":" + content_first.dep_, "cside:" + side, "lcside:" + lemma + ":" + side]
    feats.append("sl:" + (source_last.lemma_.lower() if source_last is not None else "-"))
    return feats


def joint_features(cue_feats: list[str], draft_feats: list[str]) -> list[str]:
    """What a joint draft filter sees: the draft's features (less the cue-score buckets)
    and the cue candidate's own features, marked with a ``C``."""
    return [f for f in draft_feats if not f.startswith(("s1:", "ls1:"))] + ["C" + f for f in cue_feats]


class DraftFilter:
    """Logistic regression over :func:`draft_features`; ``floor`` is the cue score from
    which candidates are assembled and judged, ``threshold`` the draft score kept. A joint
    filter (``@cue_features`` in its file) also sees the cue's features
    (:func:`joint_features`), so it decides on everything the two models know at once."""

    def __init__(self, weights: dict[str, float], threshold: float, floor: float, cue_features: bool = False):
        self.weights = weights
        self.threshold = threshold
        self.floor = floor
        self.cue_features = cue_features

    def score(self, features: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_rows(cls, rows) -> "DraftFilter":
        weights: dict[str, float] = {}
        threshold, floor = 0.5, 0.5
        joint = False
        for row in rows:
            key, _, value = row.rpartition("\t")
            if key == "@threshold":
                threshold = float(value)
            elif key == "@floor":
                floor = float(value)
            elif key == "@cue_features":
                joint = value == "1"
            else:
                weights[key] = float(value)
        return cls(weights, threshold, floor, joint)


class RuleCues:
    """Hand-written baseline: a reporting lemma governing a clause, an object or a quote."""

    threshold = 0.5
    filter = None

    def __init__(self) -> None:
        self.reporting = word_set("reporting_verbs.txt")
        self.cue_lemmas = word_set("attribution_nouns.txt")

    def score(self, tok: Token, ctx: DocFeatures) -> float:
        lemma = tok.lemma_.lower()
        if ctx.token_quote[tok.i] >= 0:
            return 0.0
        if tok.pos_ == "VERB":
            if lemma == "accord":
                return 1.0
            if lemma not in self.reporting:
                return 0.0
            if any(c.dep_ in _CONTENT_DEPS for c in tok.children):
                return 0.9
            left, right = _quote_near(ctx, tok)
            return 0.8 if left or right else 0.0
        if lemma in self.cue_lemmas:
            return 0.6 if any(c.dep_ in ("acl", "ccomp", "prep", "poss") for c in tok.children) else 0.0
        return 0.0


class LearnedCues:
    """Logistic regression over :func:`cue_features`, weights read from the lexicon file."""

    def __init__(self, weights: dict[str, float], threshold: float, cue_lemmas: frozenset[str],
                 draft_filter: DraftFilter | None = None):
        self.weights = weights
        self.threshold = threshold
        self.cue_lemmas = cue_lemmas
        self.reporting = word_set("reporting_verbs.txt")
        self.filter = draft_filter

    def features(self, tok: Token, ctx: DocFeatures) -> list[str]:
        return cue_features(tok, ctx, self.reporting)

    def score_features(self, features: list[str]) -> float:
        w = self.weights
        z = sum(w.get(f, 0.0) for f in features)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def score(self, tok: Token, ctx: DocFeatures) -> float:
        return self.score_features(self.features(tok, ctx))

    @classmethod
    def from_lexicon(cls) -> "LearnedCues | None":
        try:
            rows = word_list(MODEL_FILE)
        except FileNotFoundError:
            return None
        model = cls.from_rows(rows)
        try:
            model.filter = DraftFilter.from_rows(word_list(FILTER_FILE))
        except FileNotFoundError:
            model.filter = None
        return model

    @classmethod
    def from_file(cls, path) -> "LearnedCues":
        with open(path, encoding="utf-8") as fh:
            rows = [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]
        return cls.from_rows(rows)

    @classmethod
    def from_rows(cls, rows) -> "LearnedCues":
        weights: dict[str, float] = {}
        threshold = 0.5
        lemmas: set[str] = set()
        for row in rows:
            key, _, value = row.rpartition("\t")
            if key == "@threshold":
                threshold = float(value)
            elif key.startswith("@lemma\t"):
                lemmas.add(key.split("\t", 1)[1])
            else:
                weights[key] = float(value)
        return cls(weights, threshold, frozenset(lemmas))


@lru_cache(maxsize=2)
def decider(kind: str = "learned") -> RuleCues | LearnedCues:
    """The cue decider: ``learned`` (falls back to rules when no model file ships) or ``rules``."""
    if kind == "learned":
        model = LearnedCues.from_lexicon()
        if model is not None:
            return model
    return RuleCues()
