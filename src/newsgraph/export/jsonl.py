"""JSON Lines of records, out of the store and back in.

The export writes each stored record exactly as it was extracted (the ``newsgraph.record/1``
contract), so ``import`` of that file into an empty store rebuilds the same store: the
queryable tables are a projection of the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from pydantic import ValidationError

from newsgraph.record import Record
from newsgraph.store import Store, StoreError


def write_jsonl(records: Iterable[Record], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(record.to_json() + "\n")
        n += 1
    return n


@dataclass
class ImportReport:
    added: int = 0
    skipped: int = 0  # already stored
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # one line each


def read_records(stream: IO[str], report: ImportReport, max_line_bytes: int) -> Iterator[Record]:
    """Records of a JSONL stream; a bad line is reported and skipped, never fatal."""
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        if len(line) > max_line_bytes:
            report.failed += 1
            report.errors.append(f"line {lineno}: over the {max_line_bytes:,}-character limit")
            continue
        try:
            yield Record.model_validate_json(line)
        except ValidationError as exc:
            report.failed += 1
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "record"
            report.errors.append(f"line {lineno}: not a newsgraph record ({where}: {first.get('msg')})")


def import_records(store: Store, stream: IO[str], max_line_bytes: int = 50_000_000,
                   on_record=None) -> ImportReport:
    """Store every record of a JSONL stream, one transaction each; re-importing is a no-op."""
    report = ImportReport()
    for record in read_records(stream, report, max_line_bytes):
        if record.error is not None and not record.article.text:
            report.failed += 1
            report.errors.append(f"{record.ref}: carries an error and no article ({record.error.message})")
            continue
        try:
            result = store.add_record(record)
        except StoreError as exc:
            report.failed += 1
            report.errors.append(f"{record.ref}: {exc.message}")
            continue
        report.added += result.added
        report.skipped += not result.added
        if on_record is not None:
            on_record(record)
    return report
