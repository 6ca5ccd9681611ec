#!/usr/bin/env python
"""How much attribution extraction adds to the spaCy parse, on PolNeAR dev.

    nice python scripts/bench_attribution.py [../shared/data/polnear/dev] [--repeat 3]

Parses every text once (paragraph-wise nlp.pipe, as the pipeline does), then times the
stages that attribution needs on the parsed documents: entities + pronoun resolution (which
other extractors share) and extract_attributions itself. Each stage is timed --repeat times
and the fastest run is reported, since the machine is shared and timings are noisy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.config import get_settings  # noqa: E402
from newsgraph.eval.polnear import read_compartment  # noqa: E402
from newsgraph.extract.attributions import extract_attributions  # noqa: E402
from newsgraph.extract.context import Parsed  # noqa: E402
from newsgraph.extract.coref import resolve_references  # noqa: E402
from newsgraph.extract.entities import extract_entities  # noqa: E402
from newsgraph.ingest.article import prepare_article  # noqa: E402
from newsgraph.ingest.document import InputDocument  # noqa: E402
from newsgraph.nlp.model import load_model, parse_texts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("compartment", nargs="?", default=str(ROOT.parent / "shared" / "data" / "polnear" / "dev"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cues", default="learned", choices=["learned", "rules"])
    args = ap.parse_args()

    texts = read_compartment(Path(args.compartment))
    prepared = [prepare_article(InputDocument(ref=t.name, text=t.text), clean=False) for t in texts]
    nlp = load_model(get_settings().model)
    list(parse_texts(nlp, ["Warm-up sentence, he said."]))
    words = sum(len(t.text.split()) for t in texts)

    parse_times = []
    docs = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        docs = list(parse_texts(nlp, (p.article.text for p in prepared)))
        parse_times.append(time.perf_counter() - started)

    parsed = [Parsed(doc=d, published=None, title_end=p.title_end) for d, p in zip(docs, prepared)]
    entity_times, indexes = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        indexes = []
        for item in parsed:
            index = extract_entities(item)
            resolve_references(item, index)
            indexes.append(index)
        entity_times.append(time.perf_counter() - started)

    extract_attributions(parsed[0], indexes[0], cues=args.cues)  # loads the model file once
    attribution_times = []
    count = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        count = sum(len(extract_attributions(item, index, cues=args.cues)) for item, index in zip(parsed, indexes))
        attribution_times.append(time.perf_counter() - started)

    parse, entities, attributions = min(parse_times), min(entity_times), min(attribution_times)
    print(f"PolNeAR {Path(args.compartment).name}: {len(texts)} texts, {words} words, {count} attributions ({args.cues} cues)")
    print(f"spaCy parse           {parse:7.2f} s  ({words / parse:,.0f} words/s)")
    print(f"entities + pronouns   {entities:7.2f} s  ({100 * entities / parse:.1f}% of the parse)")
    print(f"attributions          {attributions:7.2f} s  ({100 * attributions / parse:.1f}% of the parse)")
    print(f"(fastest of {args.repeat} runs each; the machine is shared, so timings are noisy)")


if __name__ == "__main__":
    main()
