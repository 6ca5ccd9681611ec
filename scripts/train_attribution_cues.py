#!/usr/bin/env python
"""Train the attribution cue model on PolNeAR train and write its weights file.

    python scripts/train_attribution_cues.py [../shared/data/polnear/train] [--cache DIR]

Writes src/newsgraph/nlp/lexicons/attribution_cue_model.tsv: logistic-regression weights over
the features of newsgraph.extract.cues.cue_features, the decision threshold, and the lemmas
of non-verb cues worth considering. No PolNeAR text goes into the file: only feature names
(lemmas, dependency labels) and numbers.

Deterministic and single-threaded (pure Python AdaGrad): a couple of minutes for the parse,
about a minute for training on one core. The threshold is chosen on a held-out tenth of
train (never on dev), then the model is refitted on all of train.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.config import get_settings  # noqa: E402
from newsgraph.eval.polnear import read_compartment  # noqa: E402
from newsgraph.extract.context import Parsed  # noqa: E402
from newsgraph.extract.cues import MODEL_FILE, DocFeatures, candidates, cue_features  # noqa: E402
from newsgraph.extract.entities import extract_entities  # noqa: E402
from newsgraph.extract.quotes import find_quotes, token_quotes  # noqa: E402
from newsgraph.ingest.article import prepare_article  # noqa: E402
from newsgraph.ingest.document import InputDocument  # noqa: E402
from newsgraph.nlp.lexicon import word_set  # noqa: E402
from newsgraph.nlp.model import load_model, parse_texts  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "nlp" / "lexicons" / MODEL_FILE
NON_VERB_POS = ("NOUN", "ADJ", "ADP")


def parsed_compartment(directory: Path, cache: Path | None):
    """(gold text, Parsed) pairs, parsing once and caching DocBins when asked."""
    from spacy.tokens import DocBin

    texts = read_compartment(directory)
    nlp = load_model(get_settings().model)
    prepared = [prepare_article(InputDocument(ref=t.name, text=t.text), clean=False) for t in texts]
    cache_file = cache / f"{directory.name}.spacy" if cache else None
    if cache_file is not None and cache_file.exists():
        docs = list(DocBin().from_disk(cache_file).get_docs(nlp.vocab))
    else:
        t0 = time.time()
        docs = list(parse_texts(nlp, (p.article.text for p in prepared)))
        print(f"parsed {len(docs)} texts in {time.time() - t0:.0f}s", file=sys.stderr)
        if cache_file is not None:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            bin_ = DocBin(store_user_data=True)
            for doc in docs:
                bin_.add(doc)
            bin_.to_disk(cache_file)
    out = []
    for gold, prep, doc in zip(texts, prepared, docs):
        assert prep.article.input_offset == 0, "PolNeAR texts start with their title"
        out.append((gold, Parsed(doc=doc, published=None, title_end=prep.title_end)))
    return out


def cue_heads(doc, gold, is_candidate) -> set[int]:
    """Token indices heading a gold cue (any annotator): the shallowest candidate in the span."""
    heads = set()
    for attributions in gold.annotations.values():
        for a in attributions:
            if a.cue is None:
                continue
            toks = []
            for s, e in a.cue.fragments:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    toks.extend(span)
            cands = [t for t in toks if is_candidate(t)]
            if not cands:
                continue
            ids = {t.i for t in cands}

            def depth(t):
                n = 0
                while t.head.i != t.i and n < 50:
                    t, n = t.head, n + 1
                return n

            heads.add(min(cands, key=lambda t: (depth(t), t.i)).i)
    return heads


def non_verb_lemmas(data) -> frozenset[str]:
    """Lemmas of non-verb words heading gold cues often enough to be worth scoring."""
    hits: Counter = Counter()
    totals: Counter = Counter()
    for gold, parsed in data:
        doc = parsed.doc
        heads = cue_heads(doc, gold, lambda t: t.pos_ in NON_VERB_POS)
        for tok in doc:
            if tok.pos_ in NON_VERB_POS:
                lemma = tok.lemma_.lower()
                totals[lemma] += 1
                if tok.i in heads:
                    hits[lemma] += 1
    learned = {l for l, n in hits.items() if n >= 3 and n / totals[l] >= 0.03 and l.isalpha()}
    return frozenset(learned | set(word_set("attribution_nouns.txt")))


def examples(data, lemmas: frozenset[str]):
    reporting = word_set("reporting_verbs.txt")
    out = []
    for gold, parsed in data:
        doc = parsed.doc
        index = extract_entities(parsed)
        types = {e.id: e.type for e in index.entities}
        quotes = find_quotes(doc.text)
        ctx = DocFeatures(doc, token_quotes([t.idx for t in doc], quotes), parsed.title_end,
                          {i: types[e] for i, e in index.token_entity.items() if e in types})
        cands = candidates(doc, lemmas)
        cand_ids = {t.i for t in cands}
        heads = cue_heads(doc, gold, lambda t: t.i in cand_ids)
        group = int(hashlib.sha1(gold.name.encode()).hexdigest(), 16) % 10
        for tok in cands:
            feats = [f for f in cue_features(tok, ctx, reporting) if not any(ch.isspace() for ch in f)]
            out.append((feats, 1 if tok.i in heads else 0, group))
    return out


def train(rows, epochs: int = 20, rate: float = 0.1, l2: float = 1e-6, seed: int = 13) -> dict[str, float]:
    """Logistic regression by AdaGrad SGD, deterministic for a given seed."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, y, _ = rows[k]
            z = sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - y
            for f in feats:
                wf = w.get(f, 0.0)
                g = grad + l2 * wf
                acc = g2.get(f, 1e-8) + g * g
                g2[f] = acc
                w[f] = wf - rate * g / math.sqrt(acc)
    return w


def predict(w, feats) -> float:
    z = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def best_threshold(w, rows) -> tuple[float, float]:
    scored = sorted(((predict(w, f), y) for f, y, _ in rows), reverse=True)
    positives = sum(y for _, y in scored)
    best = (0.0, 0.5)
    tp = 0
    for n, (p, y) in enumerate(scored, start=1):
        tp += y
        f1 = 2 * tp / (n + positives) if positives else 0.0
        if f1 > best[0]:
            best = (f1, p)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", nargs="?", default=str(ROOT.parent / "shared" / "data" / "polnear" / "train"))
    ap.add_argument("--cache", default=None, help="directory to keep the parsed texts (DocBin) between runs")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--exclude-heldout", action="store_true",
                    help="leave the held-out tenth out of the final fit too (to study decoding on it)")
    args = ap.parse_args()
    data = parsed_compartment(Path(args.train), Path(args.cache) if args.cache else None)
    lemmas = non_verb_lemmas(data)
    rows = examples(data, lemmas)
    print(f"{len(rows)} candidates, {sum(y for _, y, _ in rows)} cues, {len(lemmas)} non-verb lemmas", file=sys.stderr)
    held = [r for r in rows if r[2] == 0]
    rest = [r for r in rows if r[2] != 0]
    t0 = time.time()
    w = train(rest)
    f1, threshold = best_threshold(w, held)
    print(f"held-out candidate F1 {f1:.3f} at threshold {threshold:.3f} ({time.time() - t0:.0f}s)", file=sys.stderr)
    w = train(rest if args.exclude_heldout else rows)
    kept = sorted((f, v) for f, v in w.items() if abs(v) >= 1e-3)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# Attribution cue model: logistic-regression weights over newsgraph.extract.cues features.\n")
        fh.write("# Generated by scripts/train_attribution_cues.py from PolNeAR train; do not edit by hand.\n")
        fh.write(f"@threshold\t{threshold:.4f}\n")
        for lemma in sorted(lemmas):
            fh.write(f"@lemma\t{lemma}\t1\n")
        for f, v in kept:
            fh.write(f"{f}\t{v:.4f}\n")
    print(f"wrote {len(kept)} weights to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
