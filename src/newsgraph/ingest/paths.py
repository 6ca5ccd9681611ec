"""Files and directories on disk as input documents."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from newsgraph.errors import InputError
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.document import InputDocument

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head


def read_file(path: Path, max_bytes: int) -> InputDocument:
    """Read one file. Never raises: failures become an InputDocument carrying the error."""
    ref = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{size:,} bytes is over the {max_bytes:,}-byte limit (NEWSGRAPH_MAX_INPUT_BYTES)",
                kind="too-large",
            )
        data = path.read_bytes()
    except InputError as exc:
        return InputDocument.failed(ref, exc)
    except OSError as exc:
        return InputDocument.failed(ref, InputError(f"cannot read file: {exc.strerror or exc}", kind="unreadable"))
    return _document(ref, data, path.suffix.lower())


STDIN = "-"


def read_stream(ref: str, stream: BinaryIO, max_bytes: int) -> InputDocument:
    """One document from a byte stream (standard input): text, or HTML when it looks like a
    page. Never raises, and never reads more than the size limit allows."""
    try:
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"the input is over the {max_bytes:,}-byte limit (NEWSGRAPH_MAX_INPUT_BYTES)", kind="too-large")
    except InputError as exc:
        return InputDocument.failed(ref, exc)
    except OSError as exc:
        return InputDocument.failed(ref, InputError(f"cannot read {ref}: {exc.strerror or exc}", kind="unreadable"))
    return _document(ref, data, "")


def _document(ref: str, data: bytes, suffix: str) -> InputDocument:
    """Bytes read as a text or HTML document: HTML by its suffix, else when it looks like a
    page. Undecodable bytes become a failed document."""
    try:
        text, warning = decode_bytes(data)
    except InputError as exc:
        return InputDocument.failed(ref, exc)
    warnings = (warning,) if warning else ()
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        return InputDocument(ref=ref, html=text, warnings=warnings)
    return InputDocument(ref=ref, text=text, warnings=warnings)


def _left_out(path: Path) -> str:
    """What reading directory ``path`` leaves out (subdirectories, files of other kinds), as
    one warning, or ""."""
    subdirs = sorted(p.name for p in path.iterdir() if p.is_dir() and not p.name.startswith("."))
    others = sorted(p.name for p in path.iterdir()
                    if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in DOCUMENT_SUFFIXES)
    parts = []
    if subdirs:
        parts.append(f"{len(subdirs)} subdirector{'y' if len(subdirs) == 1 else 'ies'} not read "
                     f"({', '.join(subdirs[:3])}{', …' if len(subdirs) > 3 else ''}: give {'it as a path' if len(subdirs) == 1 else 'them as paths'})")
    if others:
        parts.append(f"{len(others)} file{'' if len(others) == 1 else 's'} not read, not .txt or .html "
                     f"({', '.join(others[:3])}{', …' if len(others) > 3 else ''})")
    return f"in the directory {path}: " + "; ".join(parts) if parts else ""


def iter_path_documents(paths: Iterable[str | Path], max_bytes: int, stdin: BinaryIO | None = None) -> Iterator[InputDocument]:
    """Expand PATH arguments in order: files as given, directories as their documents sorted
    by name, ``-`` as one document read from standard input. A missing path or a directory
    without documents yields an error document, so the caller reports it and goes on with
    the rest."""
    for raw in paths:
        if str(raw) == STDIN and not Path(STDIN).exists():
            stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
            if stream is None:
                yield InputDocument.failed("-", InputError("standard input cannot be read", kind="unreadable"))
            else:
                yield read_stream("-", stream, max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                (p for p in path.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES),
                key=lambda p: p.name,
            )
            if not files:
                subdirs = sorted(p.name for p in path.iterdir() if p.is_dir() and not p.name.startswith("."))
                hint = (f" (subdirectories are not read: give them as paths, e.g. {path / subdirs[0]})" if subdirs else "")
                yield InputDocument.failed(
                    str(path), InputError("the directory holds no .txt or .html documents" + hint, kind="no-documents")
                )
            left_out = _left_out(path) if files else ""
            for n, file in enumerate(files):
                doc = read_file(file, max_bytes)
                if n == 0 and left_out:
                    # Said once, with the directory's first document: a nested corpus was read
                    # in part without a word (the hint above was given only when nothing was read).
                    doc = replace(doc, warnings=doc.warnings + (left_out,))
                yield doc
        elif path.exists():
            yield read_file(path, max_bytes)
        else:
            yield InputDocument.failed(str(path), InputError("no such file or directory", kind="not-found"))
