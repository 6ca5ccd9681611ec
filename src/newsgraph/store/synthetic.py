"""Synthetic corpora for load tests and fault tests: many distinct records from a few real ones.

``vary_record`` rewrites a record without re-running the pipeline: people get other (invented)
names, the article another date and source, and a closing line of words drawn from the
corpus' own vocabulary, so that article ids, actors and search selectivity all vary. Every
offset of the record is moved to match the new text and every span's text re-read from it,
so a variant is as consistent as an extracted record.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from newsgraph.record import Record, article_id

FIRST_NAMES = (
    "Adela Bruno Carmen Dario Elin Farid Greta Hamid Ines Jonas Kaia Lior Mira Nadim Olga Pavel Quinn Rosa "
    "Soren Talia Umar Vera Wendel Xenia Yusuf Zora Anouk Bastien Cosima Dmitar Emre Filippa Goran Halima Ivo "
    "Jasna Kofi Lucia Milos Nora Oskar Petra Rafael Selma Tomas Ulla Viktor Wanda Yara Zeno"
).split()
LAST_NAMES = (
    "Aranda Berglund Castell Dragan Eskola Ferreira Galvan Holt Ivanic Jansen Kovac Lindqvist Moreau Novak "
    "Okafor Pereira Quist Rahimi Salonen Tanaka Ulrich Varga Wolanski Yilmaz Zeller Abbasi Brandt Cerny "
    "Dufour Engel Fonseca Grahn Haddad Iqbal Juhasz Kaplan Laine Marsh Nyberg Orsini Petrov Ruiz Strand "
    "Toivonen Urban Vidal Weiss Yoon Zamora"
).split()
SOURCES = tuple(f"{town} {kind}" for town in ("Northfield", "Harbor City", "Lakeside", "Eastgate", "Riverton")
                for kind in ("Courier", "Ledger", "Tribune", "Wire"))


def _edits_for(record: Record, rng: random.Random) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    """Replacements of people's names at their mentions, and the entities' new names."""
    edits: list[tuple[int, int, str]] = []
    names: dict[str, str] = {}
    for ent in record.entities:
        parts = ent.name.split()
        if ent.type != "PERSON" or len(parts) < 2:
            continue
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        names[ent.id] = f"{first} {last}"
        swap = {ent.name: f"{first} {last}", parts[-1]: last, parts[0]: first}
        for m in ent.mentions:
            if m.text in swap:
                edits.append((m.start, m.end, swap[m.text]))
    edits.sort()
    kept: list[tuple[int, int, str]] = []
    for e in edits:  # mentions never overlap, but be safe
        if not kept or e[0] >= kept[-1][1]:
            kept.append(e)
    return kept, names


class _OffsetMap:
    def __init__(self, edits: Sequence[tuple[int, int, str]]):
        self.edits = list(edits)
        self.ends = [e[1] for e in self.edits]
        self.shifts = []
        total = 0
        for start, end, new in self.edits:
            total += len(new) - (end - start)
            self.shifts.append(total)

    def __call__(self, pos: int, side: str) -> int:
        k = bisect_right(self.ends, pos)  # edits wholly before (or ending at) pos
        shift = self.shifts[k - 1] if k else 0
        if k < len(self.edits):
            start, end, new = self.edits[k]
            if start < pos < end:  # inside a replaced span: snap to its new bounds
                before = self.shifts[k - 1] if k else 0
                return start + before + (0 if side == "start" else len(new))
        return pos + shift


def _apply(text: str, edits: Sequence[tuple[int, int, str]]) -> str:
    out, last = [], 0
    for start, end, new in edits:
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return "".join(out)


def _remap(node, old: str, new: str, move: _OffsetMap) -> None:
    if isinstance(node, list):
        for item in node:
            _remap(item, old, new, move)
        return
    if not isinstance(node, dict):
        return
    start, end = node.get("start"), node.get("end")
    if isinstance(start, int) and isinstance(end, int):
        new_start, new_end = move(start, "start"), move(end, "end")
        if isinstance(node.get("text"), str) and node["text"] == old[start:end]:
            node["text"] = new[new_start:new_end]
        node["start"], node["end"] = new_start, new_end
    for value in node.values():
        if isinstance(value, (list, dict)):
            _remap(value, old, new, move)


def vocabulary(records: Sequence[Record]) -> list[str]:
    words = {w.lower() for r in records for w in re.findall(r"[A-Za-z]{5,}", r.article.text)}
    return sorted(words)


def vary_record(record: Record, n: int, vocab: Sequence[str], start: date = date(2024, 1, 1),
                days: int = 730) -> Record:
    """The ``n``-th variant of ``record`` (deterministic in ``n``)."""
    rng = random.Random(f"{record.article.id}:{n}")
    edits, names = _edits_for(record, rng)
    old = record.article.text
    closing = f"\n\nNote {n}: " + " ".join(rng.choice(vocab) for _ in range(12)) + "."
    new = _apply(old, edits) + closing
    data = record.to_dict()
    move = _OffsetMap(edits)
    for key in ("entities", "attributions", "events", "amounts", "dates", "locations", "role_changes"):
        _remap(data[key], old, new, move)
    for ent in data["entities"]:
        if ent["id"] in names:
            ent["name"] = names[ent["id"]]
    art = data["article"]
    art.update(text=new, id=article_id(new), removed=[], input_offset=None,
               published=(start + timedelta(days=rng.randrange(days))).isoformat(),
               source=rng.choice(SOURCES), url=None)
    data["ref"] = f"synthetic/{n}/{record.ref}"
    return Record.model_validate(data)


def variants(records: Sequence[Record], count: int, offset: int = 0) -> Iterator[Record]:
    """``count`` variants cycling through ``records``."""
    vocab = vocabulary(records)
    for n in range(offset, offset + count):
        yield vary_record(records[n % len(records)], n, vocab)
