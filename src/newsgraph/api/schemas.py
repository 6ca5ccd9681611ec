"""Request and response models of the HTTP API (they make the OpenAPI document)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from newsgraph.record import AttributionKind, EventStatus, EventType

T = TypeVar("T")


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(Out, Generic[T]):
    items: list[T]
    total: int = Field(description="Items matching the filters, over all pages.")
    limit: int
    offset: int


class Problem(Out):
    detail: str


class Health(Out):
    status: Literal["ok"]
    version: str
    articles: int
    jobs: dict[str, int]


class ArticleSummary(Out):
    id: str
    title: str | None
    published: str | None = Field(description="YYYY-MM-DD")
    source: str | None
    url: str | None
    ref: str
    entities: int
    attributions: int
    events: int


class ArticleDetail(Out):
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    ref: str
    language: str | None
    text: str
    ingested_at: str | None


class RoleOut(Out):
    title: str
    of: str | None


class ActorOut(Out):
    id: int
    name: str
    type: str
    country: str | None
    articles: int = Field(description="Articles that mention the actor.")
    mentions: int
    roles: list[RoleOut]


class ActorDetail(ActorOut):
    quotes: int = Field(description="Attributions whose speaker is the actor.")
    events: int = Field(description="Events the actor takes part in, as actor or recipient.")


class ActorRef(Out):
    id: int | None = Field(description="Actor id; null for a participant that is not a named entity.")
    name: str


class QuoteOut(Out):
    article_id: str
    id: str = Field(description="The attribution's id within its record (A1, A2, …).")
    actor_id: int | None
    speaker: str | None
    source: str | None = Field(description="The source span's text as written ('he', 'the envoy').")
    cue: str | None
    kind: AttributionKind
    content: str
    start: int | None
    end: int | None
    confidence: float
    title: str | None
    published: str | None
    article_source: str | None


class EventOut(Out):
    article_id: str
    id: str = Field(description="The event's id within its record (V1, V2, …).")
    type: EventType
    mode: str | None
    status: EventStatus
    actors: list[ActorRef]
    recipients: list[ActorRef]
    trigger: str
    start: int
    date: str | None
    date_resolution: str | None
    location: str | None
    location_country: str | None
    score: float | None
    title: str | None
    published: str | None
    article_source: str | None


class ArticleHit(Out):
    id: str
    title: str | None
    published: str | None
    source: str | None
    score: float | None = Field(description="Relevance, higher is better; comparable within one result list only.")
    snippet: str = Field(description="Plain text around the matches.")
    highlights: list[list[int]] = Field(description="[start, end) offsets of matched words within the snippet.")


class QuoteHit(Out):
    article_id: str
    id: str
    actor_id: int | None
    speaker: str | None
    cue: str | None
    kind: str
    start: int | None
    end: int | None
    title: str | None
    published: str | None
    score: float | None
    snippet: str
    highlights: list[list[int]]


class NetworkNode(Out):
    id: int
    name: str
    type: str
    country: str | None
    articles: int


class NetworkEdge(Out):
    source: int
    target: int
    type: EventType
    relation: str = Field(description="Reading of the edge: 'meets', 'supports', 'accuses', 'attacks', …")
    events: int
    articles: int
    score: float | None
    first: str | None
    last: str | None


class Network(Out):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class StorySummary(Out):
    id: int
    title: str | None = Field(description="The title of the story's first article.")
    first: str | None = Field(description="Earliest publication date of its articles (YYYY-MM-DD).")
    last: str | None = Field(description="Latest publication date of its articles (YYYY-MM-DD).")
    articles: int = Field(description="Articles placed in the story, near-duplicate copies included.")
    distinct_articles: int = Field(description="Articles counting each group of near-duplicate copies once.")
    sources: int = Field(description="Distinct sources (the article's source, else its URL's host).")
    events: int = Field(description="Events of the story, each counted once however many articles report it.")


class StoryArticle(Out):
    article_id: str = Field(description="The first article of a group of near-duplicate copies (GET /api/articles/{id}).")
    title: str | None
    published: str | None = Field(description="YYYY-MM-DD")
    url: str | None
    sources: list[str] = Field(description="The sources of every copy.")
    copies: int = Field(description="Near-duplicate copies in the group, this article included.")


class StoryEventMention(Out):
    article_id: str
    event: str = Field(description="The event's id within that article's record (V1, V2, …).")


class StoryEvent(Out):
    id: int
    type: EventType
    status: EventStatus | None
    date: str | None = Field(description="The event's date from the text, at its resolution (YYYY-MM-DD, YYYY-MM, "
                                         "YYYY); null when the text gives none.")
    actors: str = Field(description="Actors' names, separated by '; '.")
    recipients: str = Field(description="Recipients' names, separated by '; '.")
    first_reported: str | None = Field(description="Publication date of the earliest article reporting it.")
    mentions: list[StoryEventMention]
    num_mentions: int = Field(description="Reports of the event (GDELT NumMentions).")
    num_articles: int = Field(description="Articles reporting it (GDELT NumArticles).")
    num_sources: int = Field(description="Sources reporting it (GDELT NumSources).")


class StoryDetail(Out):
    id: int
    title: str | None
    first: str | None
    last: str | None
    articles: list[StoryArticle] = Field(description="In time order, near-duplicate copies folded into one entry.")
    events: list[StoryEvent] = Field(description="By date (or first report when undated).")


class JobError(Out):
    kind: str
    message: str


class JobOut(Out):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    kind: Literal["text", "html", "url"]
    ref: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    attempts: int
    article_id: str | None = Field(description="Set when done: the stored article (GET /api/records/{article_id}).")
    added: bool | None = Field(description="False when the article was already in the store.")
    error: JobError | None


_DATE = r"^\d{4}-\d{2}-\d{2}$"


def _clean(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if "\x00" in value:
        raise ValueError(f"{name} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{name} is not valid Unicode (lone surrogate)") from None
    return value


class ArticleSubmission(BaseModel):
    """An article to process: ``text`` or ``html`` (with ``url`` as its address, not fetched), or
    ``url`` alone (a page the worker fetches)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="Plain text; the first non-empty line is the title unless `title` is given.")
    html: str | None = Field(default=None, description="An HTML page.")
    url: str | None = Field(default=None, max_length=2048, pattern=r"^https?://\S+$",
                            description="Alone: a page to fetch (http or https). With text or html: the article's address, not fetched.")
    title: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(default=None, pattern=_DATE, description="YYYY-MM-DD")
    source: str | None = Field(default=None, max_length=500)
    ref: str | None = Field(default=None, max_length=500, description="Your reference for the article; echoed in the record.")
    replace: bool = Field(default=False, description=(
        "Replace what is stored for this article — the same text, or another version at the same `url` — "
        "as `newsgraph ingest --replace` does: the old version's id then redirects to the new one. "
        "Without it, the same text already stored is left as it is (`added` is false) and a changed page "
        "is stored beside its old version."))

    @field_validator("text", "html", "url", "title", "source", "ref")
    @classmethod
    def _no_nul(cls, value, info):
        return _clean(value, info.field_name)

    @field_validator("published")
    @classmethod
    def _real_date(cls, value):
        if value is not None:
            from datetime import date

            date.fromisoformat(value)  # 2025-02-30 fails here
        return value

    @model_validator(mode="after")
    def _exactly_one(self):
        # ``url`` beside ``text`` or ``html`` is the article's address, kept in the record and
        # not fetched (docs/api.md shows {"html": …, "url": …}; the worker reads it so, but this
        # check refused it); alone, it is a page for the worker to fetch.
        given = [k for k in ("text", "html") if getattr(self, k) is not None] or (["url"] if self.url is not None else [])
        if len(given) != 1:
            raise ValueError("give 'text' or 'html' (with 'url' as the article's address, not fetched), "
                             "or 'url' alone for a page to fetch")
        body = self.text if self.text is not None else self.html
        if body is not None and not body.strip():
            raise ValueError(f"'{given[0]}' is empty")
        if self.url is not None and re.match(r"^https?://[^/\s]*@", self.url):
            raise ValueError("URLs with credentials are not accepted")
        return self

    @property
    def kind(self) -> str:
        return "text" if self.text is not None else "html" if self.html is not None else "url"
