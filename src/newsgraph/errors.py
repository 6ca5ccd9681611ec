"""Errors that end up in a record's ``error`` field instead of a traceback."""

from __future__ import annotations


class NewsgraphError(Exception):
    """A failure with a short machine-readable ``kind`` and a one-line human message."""

    kind = "error"

    def __init__(self, message: str, kind: str | None = None):
        super().__init__(message)
        if kind is not None:
            self.kind = kind

    @property
    def message(self) -> str:
        return str(self)


class InputError(NewsgraphError):
    """The input document could not be read or holds no article."""

    kind = "input"
