"""The newsgraph record, version 1: the contract every stage shares.

The field names, types and vocabularies follow ``shared/spec/record.md``. Anything newsgraph
adds beyond the specification lives in new, optional fields so that readers of the
specified record keep working. Offsets are Python string indices (Unicode code points) into
``article.text``, end exclusive, except ``article.removed``, whose offsets refer to the input.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "newsgraph.record/1"

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

EventStatus = Literal["happened", "ongoing", "planned", "hypothetical", "negated"]
EVENT_STATUSES: tuple[str, ...] = EventStatus.__args__  # type: ignore[attr-defined]

AttributionKind = Literal["direct", "partial", "indirect", "mixed"]
DateResolution = Literal["day", "week", "month", "year"]


class _Model(BaseModel):
    # Unknown fields are rejected so that a typo in a producer fails loudly in tests
    # instead of silently dropping data in the store.
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Removed(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: str
    # Added field: the removed characters, so that a reader can show them without the input.
    text: str | None = None


class ErrorInfo(_Model):
    kind: str
    message: str


class WarningInfo(_Model):
    """Something a reader of the record should know about its content (added field): the
    record is complete, unlike one carrying ``error``, but the input was odd."""

    kind: str
    message: str


class Article(_Model):
    id: str = Field(description="hex sha256 of article.text")
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    language: str | None = "en"
    text: str = ""
    input_offset: int | None = 0
    removed: list[Removed] = Field(default_factory=list)
    # Added fields (optional): author as found in HTML metadata.
    author: str | None = None


class Role(_Model):
    title: str
    of: str | None = None
    start: int | None = None
    end: int | None = None


class Mention(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Entity(_Model):
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Attribution(_Model):
    id: str
    kind: AttributionKind
    source: Span | None = None
    speaker: str | None = None
    cue: Span | None = None
    content: list[Span] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)


class SentenceSpan(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EventDate(_Model):
    text: str
    value: str | None = None
    resolution: DateResolution | None = None


class EventLocation(_Model):
    name: str
    country: str | None = None
    kind: str | None = None


class Quantity(_Model):
    value: float | int
    unit: str | None = None
    text: str


class Event(_Model):
    id: str
    type: EventType
    mode: str | None = None
    contexts: list[str] = Field(default_factory=list)
    status: EventStatus = "happened"
    actors: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    trigger: Span
    sentence: SentenceSpan
    date: EventDate | None = None
    location: EventLocation | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    score: float | None = None


class Amount(_Model):
    value: float | int
    unit: str | None = None
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DateMention(_Model):
    text: str
    value: str | None = None
    resolution: DateResolution | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Location(_Model):
    name: str
    country: str | None = None
    kind: str | None = None
    lat: float | None = None
    lon: float | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class RoleChange(_Model):
    post: str
    country: str | None = None
    old: str | None = None
    new: str | None = None
    by: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Record(_Model):
    schema_: str = Field(default=SCHEMA, alias="schema")
    ref: str
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    role_changes: list[RoleChange] = Field(default_factory=list)
    error: ErrorInfo | None = None
    # Added field: e.g. an article with a title and no body ("title-only").
    warnings: list[WarningInfo] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        """One JSON line, keys in contract order, ``error`` and ``warnings`` only when there are any."""
        return self.model_dump_json(by_alias=True, exclude_none=False, exclude=self._absent() or None)

    def to_dict(self) -> dict:
        data = self.model_dump(mode="json", by_alias=True)
        for name in self._absent():
            data.pop(name, None)
        return data

    def _absent(self) -> set[str]:
        """The optional fields left out of the JSON when empty, so that a record without them
        reads exactly as the specification shows it."""
        absent = set()
        if self.error is None:
            absent.add("error")
        if not self.warnings:
            absent.add("warnings")
        return absent

    @classmethod
    def from_json(cls, line: str) -> "Record":
        return cls.model_validate_json(line)


def article_id(text: str) -> str:
    """The article's identity: sha256 of its text, so re-ingesting the same text is a no-op."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def json_schema() -> dict:
    """JSON Schema of the record, as ``newsgraph schema`` prints it."""
    schema = Record.model_json_schema(by_alias=True)
    schema["$id"] = "https://newsgraph.invalid/schema/record-1.json"
    schema["title"] = "newsgraph record (newsgraph.record/1)"
    return schema
