"""Bytes to text: UTF-8 first, then the legacy encodings news sites still serve.

Binary files are refused rather than decoded into noise that would pollute the store.
"""

from __future__ import annotations

from newsgraph.errors import InputError

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) | {127}


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        # UTF-16 text has NULs too; it is recognised by its byte-order mark before this test.
        return True
    control = sum(1 for b in sample if b in _CONTROL)
    return control / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Return ``(text, warning)``. Raises InputError for empty or binary input."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), None
    if not data.strip():
        raise InputError("the document is empty", kind="empty")
    if looks_binary(data):
        raise InputError("the file is binary, not text or HTML", kind="binary")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what most mis-declared Western news pages really are; it decodes every
    # byte but five, which we map to replacement characters rather than failing the document.
    text = data.decode("cp1252", errors="replace")
    return text, "not valid UTF-8; decoded as Windows-1252"
