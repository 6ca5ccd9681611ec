"""Time of the event-related extractors relative to the spaCy parse.

    .venv/bin/python scripts/bench_events.py [REPEAT]

Parses the example articles (and the seed article and tests/data when present) REPEAT times
(default 8) in one batch, then times each extractor on the parsed documents. Prints each
stage's time as a share of the parse. Timings on a shared machine are noisy: run with `nice`
and compare shares, not seconds.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from newsgraph.extract.amounts import extract_amounts
from newsgraph.extract.context import Parsed
from newsgraph.extract.coref import resolve_references
from newsgraph.extract.dates import extract_dates
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.events import extract_events
from newsgraph.extract.places import extract_places
from newsgraph.ingest import iter_path_documents
from newsgraph.ingest.article import prepare_article
from newsgraph.nlp.model import parse_texts
from newsgraph.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def main(repeat: int = 8) -> None:
    paths = [p for p in (ROOT / "examples", ROOT.parent / "shared" / "seed", ROOT / "tests" / "data") if p.exists()]
    docs = list(iter_path_documents(paths, max_bytes=2_000_000))
    prepared = [prepare_article(d, published="2025-03-17") for d in docs] * repeat
    nlp = Pipeline().nlp
    list(parse_texts(nlp, [p.article.text for p in prepared[:2]]))  # warm up
    start = time.perf_counter()
    parsed = list(parse_texts(nlp, [p.article.text for p in prepared]))
    parse_time = time.perf_counter() - start
    tokens = sum(len(d) for d in parsed)
    times = dict.fromkeys(("entities+coref", "dates", "amounts", "places", "events"), 0.0)
    # The gazetteers are built once per process; build them before timing.
    first = Parsed(doc=parsed[0], published=date(2025, 3, 17))
    extract_places(first, extract_entities(first))
    for prep, doc in zip(prepared, parsed):
        ps = Parsed(doc=doc, published=date(2025, 3, 17), title_end=prep.title_end)
        t = time.perf_counter()
        index = extract_entities(ps)
        resolve_references(ps, index)
        times["entities+coref"] += time.perf_counter() - t
        t = time.perf_counter()
        dates = extract_dates(ps)
        times["dates"] += time.perf_counter() - t
        t = time.perf_counter()
        amounts = extract_amounts(ps)
        times["amounts"] += time.perf_counter() - t
        t = time.perf_counter()
        places = extract_places(ps, index)
        times["places"] += time.perf_counter() - t
        t = time.perf_counter()
        extract_events(ps, index, dates, places, amounts)
        times["events"] += time.perf_counter() - t
    print(f"documents {len(prepared)}  tokens {tokens}  parse {parse_time:.2f}s ({tokens / parse_time:.0f} tokens/s)")
    for name, seconds in times.items():
        print(f"  {name:15s} {seconds:7.3f}s  {100 * seconds / parse_time:5.1f}% of parse")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
