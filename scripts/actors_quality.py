"""Actor quality on PolNeAR dev texts (../shared/data/polnear/dev/text).

Prints, for the PERSON entities found in the texts: how many there are, the share with at
least one role, the share with a country, and every single-word PERSON name that is a common
word. A word is *common* when the PolNeAR texts themselves (train and dev) write it in lower
case, mid-sentence, at least COMMON_MIN times: "Caucus", "Turnout" or "Will" are common words,
"Obama" is not. No PolNeAR text is copied anywhere; only counts are printed.

    .venv/bin/python scripts/actors_quality.py [--shared ../shared] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

COMMON_MIN = 5
_MID_SENTENCE_WORD = re.compile(r"(?<![.!?\"“]\s)(?<![.!?]\s\s)\b([a-z][a-z'-]+)\b")


def common_words(shared: Path) -> set[str]:
    counts: Counter[str] = Counter()
    for path in sorted(shared.glob("data/polnear/*/text/*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            counts.update(_MID_SENTENCE_WORD.findall(line))
    return {w for w, n in counts.items() if n >= COMMON_MIN}


def person_entities(shared: Path):
    """(file name, entity) for every PERSON entity of every dev text, and the CPU seconds of
    parsing and of entities + coreference + role changes."""
    from newsgraph.config import get_settings
    from newsgraph.extract.context import Parsed
    from newsgraph.extract.coref import resolve_references
    from newsgraph.extract.entities import extract_entities
    from newsgraph.extract.roles import extract_role_changes
    from newsgraph.ingest.article import prepare_article
    from newsgraph.ingest.paths import read_file
    from newsgraph.nlp.model import load_model, parse_texts

    files = sorted((shared / "data/polnear/dev/text").glob("*.txt"))
    prepared = [prepare_article(read_file(f, 2_000_000)) for f in files]
    nlp = load_model(get_settings().model)
    # Warm-up: the model, the gazetteer and the lexicons load once per process, not per text.
    warm = next(iter(parse_texts(nlp, ["U.S. President Donald Trump said he would visit Kyiv."])))
    extract_entities(Parsed(doc=warm))
    t0 = time.process_time()
    docs = list(parse_texts(nlp, (p.article.text for p in prepared)))
    parse_s = time.process_time() - t0
    t0 = time.process_time()
    out = []
    for f, p, doc in zip(files, prepared, docs):
        parsed = Parsed(doc=doc, title_end=p.title_end)
        index = extract_entities(parsed)
        resolve_references(parsed, index)
        extract_role_changes(parsed, index)
        out.extend((f.name, e) for e in index.records() if e.type == "PERSON")
    extract_s = time.process_time() - t0
    return out, parse_s, extract_s


def measure(shared: Path) -> dict:
    people, parse_s, extract_s = person_entities(shared)
    common = common_words(shared)
    single_common = sorted({e.name for _, e in people if len(e.name.split()) == 1 and e.name.casefold() in common})
    n = len(people)
    return {
        "texts": len(list((shared / "data/polnear/dev/text").glob("*.txt"))),
        "person_entities": n,
        "with_role": sum(1 for _, e in people if e.roles),
        "with_role_share": round(sum(1 for _, e in people if e.roles) / n, 3) if n else 0.0,
        "with_country_share": round(sum(1 for _, e in people if e.country) / n, 3) if n else 0.0,
        "single_word_names": sum(1 for _, e in people if len(e.name.split()) == 1),
        "single_common_word_names": single_common,
        # CPU seconds in this process (wall clock is noisy on a shared machine).
        "parse_cpu_seconds": round(parse_s, 2),
        "entities_coref_roles_cpu_seconds": round(extract_s, 2),
        "entities_share_of_parse": round(extract_s / parse_s, 3) if parse_s else None,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "data/polnear/dev/text").is_dir():
        print(f"no PolNeAR dev texts under {shared}", file=sys.stderr)
        return 2
    result = measure(shared)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
