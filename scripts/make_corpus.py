#!/usr/bin/env python3
"""Build a synthetic store of many articles from the example articles, for load tests.

The examples are extracted once (spaCy runs 7 times, not 10,000); every other article is a
variant of one of them (see newsgraph.store.synthetic): other people's names, dates, sources
and a closing line of words, so article ids, actors and search hits all differ. Each article
is written in its own transaction, as ingest does.

    .venv/bin/python scripts/make_corpus.py --db sqlite:///bench.db --count 10000
    .venv/bin/python scripts/make_corpus.py --jsonl corpus.jsonl --count 10000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="store to fill (SQLAlchemy URL)")
    parser.add_argument("--jsonl", help="write records here instead of (or as well as) a store")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--examples", default=str(ROOT / "examples"))
    args = parser.parse_args()
    if not args.db and not args.jsonl:
        parser.error("give --db, --jsonl or both")

    from newsgraph.ingest import iter_path_documents
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import Store
    from newsgraph.store.synthetic import variants

    started = time.perf_counter()
    base = [o.record for o in Pipeline().process(iter_path_documents([args.examples], 2_000_000))
            if o.record.error is None]
    print(f"extracted {len(base)} example articles in {time.perf_counter() - started:.1f}s", file=sys.stderr)

    store = Store(args.db) if args.db else None
    out = open(args.jsonl, "w", encoding="utf-8") if args.jsonl else None
    started = time.perf_counter()
    added = 0
    try:
        for n, record in enumerate(variants(base, args.count), start=1):
            if out is not None:
                out.write(record.to_json() + "\n")
            if store is not None:
                added += store.add_record(record).added
            if n % 1000 == 0:
                rate = n / (time.perf_counter() - started)
                print(f"{n:,} articles ({rate:,.0f}/s)", file=sys.stderr)
    finally:
        if out is not None:
            out.close()
        if store is not None:
            store.optimize()
            print(f"store now holds {store.count_articles():,} articles ({added:,} added)", file=sys.stderr)
            store.close()
    print(f"done in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
