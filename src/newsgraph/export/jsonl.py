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

from newsgraph.record import SCHEMA, Record, article_id
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
    replaced: int = 0  # with replace: records that replaced a stored article
    errors: list[str] = field(default_factory=list)  # one line each


def record_problem(record: Record) -> str | None:
    """Why ``record`` cannot be stored as it is, or None: another contract version, an id that
    is not its text's, a span outside the text, a reference to an entity it does not have.
    Such a record (edited by hand, truncated, from elsewhere) would put facts at wrong places."""
    if record.schema_ != SCHEMA:
        return f"schema {record.schema_!r} is not {SCHEMA!r}"
    text = record.article.text
    if record.article.id != article_id(text):
        return "article.id is not the sha256 of article.text (was the text edited?)"
    n = len(text)
    spans: list[tuple[str, int, int]] = []
    for e in record.entities:
        spans += [(f"entity {e.id} mention", m.start, m.end) for m in e.mentions]
    for a in record.attributions:
        spans += [(f"attribution {a.id} {part}", x.start, x.end)
                  for part, x in (("source", a.source), ("cue", a.cue), *(("content", c) for c in a.content)) if x is not None]
    for v in record.events:
        spans += [(f"event {v.id} trigger", v.trigger.start, v.trigger.end), (f"event {v.id} sentence", v.sentence.start, v.sentence.end)]
    spans += [("amount", x.start, x.end) for x in record.amounts] + [("date", x.start, x.end) for x in record.dates]
    spans += [("location", x.start, x.end) for x in record.locations] + [("role change", x.start, x.end) for x in record.role_changes]
    for what, start, end in spans:
        if not start <= end <= n:
            return f"{what} [{start}, {end}) is outside the text ({n} characters)"
    ids = {e.id for e in record.entities}
    refs = [(f"attribution {a.id} speaker", a.speaker) for a in record.attributions]
    refs += [(f"event {v.id} actor", x) for v in record.events for x in (*v.actors, *v.recipients)]
    refs += [(f"role change {part}", x) for c in record.role_changes for part, x in (("old", c.old), ("new", c.new), ("by", c.by))]
    for what, ref in refs:
        if ref is not None and ref not in ids:
            return f"{what} {ref!r} is no entity of the record"
    return None


def read_records(stream: IO[str], report: ImportReport, max_line_bytes: int) -> Iterator[Record]:
    """Records of a JSONL stream; a bad line is reported and skipped, never fatal."""
    for lineno, line in enumerate(stream, start=1):
        if lineno == 1:
            line = line.removeprefix("\ufeff")  # a byte-order mark from a Windows editor
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
                   on_record=None, replace: bool = False) -> ImportReport:
    """Store every record of a JSONL stream, one transaction each; re-importing is a no-op, or
    with ``replace`` each record replaces what is stored for it (``Store.replace_record``).
    ``on_record(record, replaced_ids)`` is called for each record stored or already there."""
    report = ImportReport()
    for record in read_records(stream, report, max_line_bytes):
        if record.error is not None and not record.article.text:
            report.failed += 1
            report.errors.append(f"{record.ref}: carries an error and no article ({record.error.message})")
            continue
        problem = record_problem(record)
        if problem is not None:
            report.failed += 1
            report.errors.append(f"{record.ref}: not stored: {problem}")
            continue
        try:
            result = store.replace_record(record) if replace else store.add_record(record)
            if on_record is not None:
                on_record(record, result.replaced)
        except StoreError as exc:
            report.failed += 1
            report.errors.append(f"{record.ref}: {exc.message}")
            continue
        report.added += result.added and not result.replaced
        report.replaced += bool(result.replaced)
        report.skipped += not result.added and not result.replaced
    return report
