"""Scoring attribution extraction against PolNeAR (brat standoff, one ``.ann`` per annotator).

A compartment directory holds ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``. Each
gold attribution is a source (optional), a cue and a content; spans may be discontinuous
(brat fragments ``s1 e1;s2 e2``), which is how PolNeAR joins a quote split around its cue or
continued after it.

How the figures are computed (docs/quality.md repeats this for readers of the scores):

* Spans are compared as sets of *word tokens* (runs of letters and digits); punctuation and
  quotation marks are ignored, so "“Yes,”" and "Yes" are the same span. A span with no word
  at all (a colon as cue) is compared by its characters.
* Each role (source, cue, content) is scored on its own: every attribution contributes its
  span of that role (a missing source contributes nothing). Predicted and gold spans are
  paired one-to-one, greedily by overlap.
  - *exact*: a pair counts when both spans have the same word tokens.
  - *token*: proportional overlap: a pair scores |p∩g|/|p| towards precision and |p∩g|/|g|
    towards recall (Johansson & Moschitti's soft measure with one-to-one pairing).
  - *overlap*: a pair counts when the spans share any word (Citron's "overlapping" measure).
* *attribution*: a predicted attribution matches a gold one when their cues share a word,
  their contents overlap with Dice ≥ 0.5, and their sources share a word (or both have none).
* *speaker accuracy on direct quotes*: gold attributions with a source whose every content
  fragment is wholly in quotation marks. Each is correct when the predicted attribution whose
  content overlaps it most has a source span sharing a word with the gold source, or a
  speaker entity with a mention sharing a word with the gold source (a quote continued under
  another cue of the same speaker; a quote whose speaker was taken from the sentences before).
  A quote no prediction covers is wrong.
* Texts with several annotators: every annotator's file is scored against the same
  predictions and the counts of that text are averaged over its annotators, so each text
  weighs the same whatever its number of annotators.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Fragments = tuple[tuple[int, int], ...]

_WORD = re.compile(r"\w+")
_OPENING_QUOTES = "\"“‘'«„‹"
_CLOSING_QUOTES = "\"”’'»“›"
ROLES = ("source", "cue", "content")


@dataclass(frozen=True)
class SpanSet:
    """A possibly discontinuous span: character fragments of one text."""

    fragments: Fragments

    @property
    def start(self) -> int:
        return min(s for s, _ in self.fragments)


@dataclass
class Attribution:
    """One attribution, gold or predicted, in character offsets of the text."""

    cue: SpanSet | None
    content: SpanSet | None
    source: SpanSet | None = None
    # Predictions only: the speaker entity's mention offsets (for quotes with no source span).
    speaker_mentions: tuple[tuple[int, int], ...] = ()

    def role(self, name: str) -> SpanSet | None:
        return getattr(self, name)


@dataclass
class GoldText:
    name: str
    text: str
    annotations: dict[str, list[Attribution]] = field(default_factory=dict)  # annotator -> gold


# ---------------------------------------------------------------------------------------
# Reading brat standoff

def parse_ann(raw: str) -> list[Attribution]:
    """Attributions of one ``.ann`` file. Lines that are not text-bound annotations or
    attribution events (notes, stray text) are ignored."""
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[dict[str, str]] = []
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        kind = parts[0][0]
        if kind == "T":
            head = parts[1].split(" ", 1)
            if len(head) != 2:
                continue
            try:
                frags = tuple(tuple(int(x) for x in frag.split()) for frag in head[1].split(";"))
            except ValueError:
                continue
            if any(len(f) != 2 for f in frags):
                continue
            spans[parts[0]] = (head[0], frags)  # type: ignore[assignment]
        elif kind == "E":
            args = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                args[role] = ref
            events.append(args)
    out = []
    for args in events:
        if not any(k.startswith("Attribution") for k in args):
            continue

        def span_of(*roles: str) -> SpanSet | None:
            frags: list[tuple[int, int]] = []
            for role in roles:
                ref = args.get(role)
                if ref in spans:
                    frags.extend(spans[ref][1])
            return SpanSet(tuple(sorted(set(frags)))) if frags else None

        content = span_of("Content", "Content2")
        cue = span_of("Cue")
        if content is None and cue is None:
            continue
        out.append(Attribution(cue=cue, content=content, source=span_of("Source")))
    return out


def read_compartment(directory: Path, limit: int | None = None) -> list[GoldText]:
    """Texts of a PolNeAR compartment with every annotator's attributions, sorted by name."""
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{directory} has no text/ and attributions/ directories")
    anns: dict[str, dict[str, Path]] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        name, _, annotator = path.stem.rpartition("_")
        anns.setdefault(name, {})[annotator] = path
    texts = []
    for path in sorted(text_dir.glob("*.txt")):
        if path.stem not in anns:
            continue
        text = path.read_text(encoding="utf-8")
        gold = GoldText(path.stem, text)
        for annotator, ann in sorted(anns[path.stem].items()):
            gold.annotations[annotator] = parse_ann(ann.read_text(encoding="utf-8"))
        texts.append(gold)
        if limit is not None and len(texts) >= limit:
            break
    return texts


# ---------------------------------------------------------------------------------------
# Scoring

class WordIndex:
    """Word tokens of a text, to turn character spans into sets of word positions."""

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def words(self, span: SpanSet | None) -> frozenset[int]:
        if span is None:
            return frozenset()
        from bisect import bisect_left, bisect_right

        out: set[int] = set()
        for s, e in span.fragments:
            # Words overlapping [s, e): end > s and start < e.
            lo = bisect_right(self.ends, s)
            hi = bisect_left(self.starts, e)
            out.update(range(lo, hi))
        if not out:
            # A cue of punctuation only ("Name: “…”"): its characters stand in for words,
            # as negative numbers so that they never meet a word.
            out = {-(k + 1) for s, e in span.fragments for k in range(s, e) if not self.text[k].isspace()}
        return frozenset(out)


@dataclass
class Counts:
    """Additive counts; precision/recall/F1 are computed from the totals."""

    pred: float = 0.0
    gold: float = 0.0
    tp_p: float = 0.0  # matched credit on the prediction side
    tp_g: float = 0.0  # matched credit on the gold side

    def add(self, other: "Counts", weight: float = 1.0) -> None:
        self.pred += other.pred * weight
        self.gold += other.gold * weight
        self.tp_p += other.tp_p * weight
        self.tp_g += other.tp_g * weight

    @property
    def precision(self) -> float:
        return self.tp_p / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_g / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    correct: float = 0.0
    total: float = 0.0

    def add(self, other: "Accuracy", weight: float = 1.0) -> None:
        self.correct += other.correct * weight
        self.total += other.total * weight

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


MEASURES = ("exact", "token", "overlap")


@dataclass
class Scores:
    roles: dict[tuple[str, str], Counts] = field(default_factory=dict)  # (role, measure)
    attribution: Counts = field(default_factory=Counts)
    speaker: Accuracy = field(default_factory=Accuracy)
    texts: int = 0
    annotations: int = 0

    def __post_init__(self) -> None:
        for role in ROLES:
            for measure in MEASURES:
                self.roles.setdefault((role, measure), Counts())

    def add(self, other: "Scores", weight: float = 1.0) -> None:
        for key, counts in other.roles.items():
            self.roles[key].add(counts, weight)
        self.attribution.add(other.attribution, weight)
        self.speaker.add(other.speaker, weight)

    def as_dict(self) -> dict:
        out: dict = {"texts": self.texts, "annotations": self.annotations}
        for (role, measure), c in self.roles.items():
            out.setdefault(role, {})[measure] = _prf(c)
        out["attribution"] = _prf(self.attribution)
        out["direct_quote_speaker"] = {"accuracy": round(self.speaker.value, 4),
                                       "correct": round(self.speaker.correct, 2),
                                       "quotes": round(self.speaker.total, 2)}
        return out


def _prf(c: Counts) -> dict:
    return {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
            "predicted": round(c.pred, 2), "gold": round(c.gold, 2)}


def _pair(preds: Sequence[frozenset[int]], golds: Sequence[frozenset[int]]) -> list[tuple[int, int, int]]:
    """One-to-one pairs (pred index, gold index, shared words), greedily by Dice overlap."""
    candidates = []
    for i, p in enumerate(preds):
        if not p:
            continue
        for j, g in enumerate(golds):
            if not g:
                continue
            shared = len(p & g)
            if shared:
                candidates.append((2 * shared / (len(p) + len(g)), shared, i, j))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, shared, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j, shared))
    return pairs


def score_role(preds: Sequence[frozenset[int]], golds: Sequence[frozenset[int]]) -> dict[str, Counts]:
    preds = [p for p in preds if p]
    golds = [g for g in golds if g]
    out = {m: Counts(pred=len(preds), gold=len(golds)) for m in MEASURES}
    # Exact: count identical word sets (a multiset intersection is the best one-to-one pairing).
    remaining = list(golds)
    for p in preds:
        if p in remaining:
            remaining.remove(p)
            out["exact"].tp_p += 1
            out["exact"].tp_g += 1
    for i, j, shared in _pair(preds, golds):
        out["token"].tp_p += shared / len(preds[i])
        out["token"].tp_g += shared / len(golds[j])
        out["overlap"].tp_p += 1
        out["overlap"].tp_g += 1
    return out


def is_direct_quote(text: str, content: SpanSet | None) -> bool:
    """Whether every fragment of ``content`` is a quotation: it opens with a quotation mark
    and closes with one (trailing sentence punctuation aside)."""
    if content is None:
        return False
    for s, e in content.fragments:
        frag = text[s:e].strip().rstrip(".,;:")
        if len(frag) < 3 or frag[0] not in _OPENING_QUOTES or frag[-1] not in _CLOSING_QUOTES:
            return False
    return True


def score_text(text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution],
               words: WordIndex | None = None) -> Scores:
    """Scores of one annotator's gold attributions of ``text`` against the predictions."""
    words = words or WordIndex(text)
    scores = Scores()
    for role in ROLES:
        counts = score_role([words.words(a.role(role)) for a in predicted],
                            [words.words(a.role(role)) for a in gold])
        for measure, c in counts.items():
            scores.roles[(role, measure)] = c

    # Attribution level.
    pred_sets = [(words.words(a.cue), words.words(a.content), words.words(a.source)) for a in predicted]
    gold_sets = [(words.words(a.cue), words.words(a.content), words.words(a.source)) for a in gold]
    candidates = []
    for i, (pc, pn, ps) in enumerate(pred_sets):
        for j, (gc, gn, gs) in enumerate(gold_sets):
            if not (pc & gc) or not pn or not gn:
                continue
            dice = 2 * len(pn & gn) / (len(pn) + len(gn))
            if dice < 0.5:
                continue
            if (ps or gs) and not (ps & gs):
                continue
            candidates.append((dice, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    scores.attribution = Counts(pred=len(predicted), gold=len(gold), tp_p=len(used_p), tp_g=len(used_g))

    # Direct-quote speakers.
    for g in gold:
        if g.source is None or not is_direct_quote(text, g.content):
            continue
        gold_content = words.words(g.content)
        gold_source = words.words(g.source)
        if not gold_content or not gold_source:
            continue
        scores.speaker.total += 1
        best, best_shared = None, 0
        for p, (_, pn, _) in zip(predicted, pred_sets):
            shared = len(pn & gold_content)
            if shared > best_shared:
                best, best_shared = p, shared
        if best is None:
            continue
        ok = (best.source is not None and bool(words.words(best.source) & gold_source)) or any(
            words.words(SpanSet(((s, e),))) & gold_source for s, e in best.speaker_mentions)
        scores.speaker.correct += 1 if ok else 0
    return scores


def score_compartment(texts: Iterable[GoldText], predictions: dict[str, Sequence[Attribution]]) -> Scores:
    """Micro-averaged scores over texts; a text's annotators share its weight equally."""
    total = Scores()
    for gold_text in texts:
        predicted = predictions.get(gold_text.name, [])
        words = WordIndex(gold_text.text)
        annotators = gold_text.annotations
        if not annotators:
            continue
        total.texts += 1
        total.annotations += len(annotators)
        weight = 1.0 / len(annotators)
        for gold in annotators.values():
            total.add(score_text(gold_text.text, predicted, gold, words), weight)
    return total


def agreement(texts: Iterable[GoldText]) -> Scores:
    """Annotators scored against each other on the texts several of them annotated: each
    ordered pair (one as prediction, the other as gold) counts, so precision equals recall.
    The ceiling a system can be expected to reach on the same measures."""
    total = Scores()
    for gold_text in texts:
        annotators = list(gold_text.annotations.values())
        if len(annotators) < 2:
            continue
        total.texts += 1
        total.annotations += len(annotators)
        words = WordIndex(gold_text.text)
        for i, predicted in enumerate(annotators):
            for j, gold in enumerate(annotators):
                if i != j:
                    total.add(score_text(gold_text.text, predicted, gold, words))
    return total


# ---------------------------------------------------------------------------------------
# Predictions from records

def attributions_from_record(record, offset: int = 0) -> list[Attribution]:
    """The record's attributions as scoring objects, offsets shifted by ``offset`` (the
    record's ``article.input_offset``) into the input text."""
    return attributions_for_scoring(record.attributions, record.entities, offset)


def attributions_for_scoring(attributions, entities, offset: int = 0) -> list[Attribution]:
    """Record attributions (and the entities their speakers point to) as scoring objects."""
    mentions = {e.id: tuple((m.start + offset, m.end + offset) for m in e.mentions) for e in entities}

    def spanset(spans) -> SpanSet | None:
        frags = tuple((s.start + offset, s.end + offset) for s in spans if s is not None and s.end > s.start)
        return SpanSet(frags) if frags else None

    out = []
    for a in attributions:
        out.append(Attribution(
            cue=spanset([a.cue]), content=spanset(a.content), source=spanset([a.source]),
            speaker_mentions=mentions.get(a.speaker, ()) if a.speaker else (),
        ))
    return out


def predicted_attributions(parsed, offset: int = 0, cues: str | None = None, model=None) -> list[Attribution]:
    """The attributions extraction finds in one parsed text, as scoring objects: the stages
    attribution depends on (entities, pronouns, attributions), run as ``newsgraph extract``
    runs them. ``cues`` / ``model`` pick the cue decider (see ``extract_attributions``)."""
    from newsgraph.extract.attributions import extract_attributions
    from newsgraph.extract.coref import resolve_references
    from newsgraph.extract.entities import extract_entities

    index = extract_entities(parsed)
    resolve_references(parsed, index)
    found = extract_attributions(parsed, index, cues=cues, model=model)
    return attributions_for_scoring(found, index.records(), offset)


# ---------------------------------------------------------------------------------------
# Running the pipeline on a compartment

@dataclass
class Run:
    scores: Scores
    seconds: float
    words: int


def evaluate(directory: Path, limit: int | None = None, on_done=None, cues: str | None = None) -> Run:
    """Extract the attributions of every text of a PolNeAR compartment and score them.

    Runs the stages attributions depend on, as ``newsgraph extract`` runs them: paragraph-wise
    parse, entities, pronoun resolution, attributions (the other extractors neither feed nor
    change these). The texts are already article text (title line, blank line, body), so they
    go in uncleaned; offsets are shifted by ``input_offset`` back onto the files. A text that
    fails scores as having no attributions, and the run goes on."""
    import logging
    import time
    from datetime import date

    from newsgraph.config import get_settings
    from newsgraph.extract.context import Parsed
    from newsgraph.ingest.article import prepare_article
    from newsgraph.ingest.document import InputDocument
    from newsgraph.nlp.model import load_model, parse_texts

    settings = get_settings()
    texts = read_compartment(directory, limit=limit)
    prepared = [prepare_article(InputDocument(ref=t.name, text=t.text), clean=False) for t in texts]
    nlp = load_model(settings.model)
    predictions: dict[str, list[Attribution]] = {}
    started = time.perf_counter()
    docs = parse_texts(nlp, (p.article.text for p in prepared), batch_size=settings.batch_size)
    for gold, prep, doc in zip(texts, prepared, docs):
        article = prep.article
        try:
            parsed = Parsed(doc=doc, published=date.fromisoformat(article.published) if article.published else None,
                            title_end=prep.title_end)
            predictions[gold.name] = predicted_attributions(parsed, article.input_offset or 0, cues=cues)
        except Exception:  # noqa: BLE001 - one text never stops the evaluation
            logging.getLogger(__name__).warning("attribution extraction failed on %s", gold.name, exc_info=True)
            predictions[gold.name] = []
        if on_done is not None:
            on_done()
    seconds = time.perf_counter() - started
    words = sum(len(_WORD.findall(t.text)) for t in texts)
    return Run(score_compartment(texts, predictions), seconds, words)
