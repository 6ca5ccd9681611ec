"""JSON API routes: reading the store (articles, records, actors, quotes, events, search, network,
stories).

Every list takes ``limit``/``offset`` and answers a ``Page`` with the total. Filters mean the
same on every list: ``since``/``until`` bound the article's publication date (inclusive),
``source`` is the article's source, ``actor`` an actor id (from /actors).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Literal

import orjson
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from pydantic import BeforeValidator
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from newsgraph import __version__
from newsgraph.api.auth import require_read
from newsgraph.api.schemas import (
    ActorDetail, ActorOut, ArticleDetail, ArticleHit, ArticleSummary, EventOut, Health, JobOut, Network, Page,
    Problem, QuoteHit, QuoteOut, StoryDetail, StorySummary,
)
from newsgraph.export.network import build_network
from newsgraph.record import AttributionKind as _AttributionKind
from newsgraph.record import EventStatus as _EventStatus
from newsgraph.record import EventType as _EventType
from newsgraph.record import Record
from newsgraph.store import queries, search

router = APIRouter(dependencies=[Depends(require_read)],
                   responses={401: {"model": Problem, "description": "A bearer token is needed"}})

# Filter values are read in any case ("consult", "Planned"), as the command line and the web
# pages read them; the answer and the OpenAPI enumeration keep the canonical spelling.
EventType = Annotated[_EventType, BeforeValidator(lambda v: v.upper() if isinstance(v, str) else v)]
EventStatus = Annotated[_EventStatus, BeforeValidator(lambda v: v.lower() if isinstance(v, str) else v)]
AttributionKind = Annotated[_AttributionKind, BeforeValidator(lambda v: v.lower() if isinstance(v, str) else v)]

_TEXT = r"^[^\x00]*$"  # NUL never reaches the database (PostgreSQL refuses it in text)
MAX_OFFSET = 1_000_000
MAX_ID = 2**31 - 1

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
Since = Annotated[date | None, Query(description="Published on or after (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Published on or before (YYYY-MM-DD).")]
Source = Annotated[str | None, Query(max_length=500, pattern=_TEXT, description="The article's source, exactly.")]
ActorId = Annotated[int | None, Query(ge=1, le=MAX_ID, description="An actor id from /actors.")]
ArticleId = Annotated[str | None, Query(max_length=64, pattern=r"^[0-9a-f]{1,64}$", description="Only this article.")]


def db(request: Request):
    with request.app.state.store.session() as session:
        yield session


DB = Annotated[Session, Depends(db)]


def _page(page: queries.Page | dict, limit: int, offset: int) -> dict:
    if isinstance(page, dict):
        return {"items": page["items"], "total": page["total"], "limit": limit, "offset": offset}
    return {"items": page.items, "total": page.total, "limit": limit, "offset": offset}


class JSONBody(Response):
    media_type = "application/json"


def _merged_actor(s: Session, actor: int | None, page: queries.Page | dict) -> int | None:
    """When a list filtered by ``actor`` is empty because that actor was merged into another,
    the actor it was merged into (asked only for an empty answer: no cost on the others)."""
    if actor is None:
        return None
    items = page["items"] if isinstance(page, dict) else page.items
    if items:
        return None
    from newsgraph.store.linking import merged_into

    return merged_into(s, actor)


def _actor_redirect(request: Request, target: int) -> Response:
    """The same request with the merged actor's id: 307, like /api/actors/{old id}."""
    return Response(status_code=307, headers={"Location": str(request.url.include_query_params(actor=target))})


async def _json_page(request: Request, read: Callable[[Session], queries.Page | dict], limit: int,
                     offset: int, actor: int | None = None) -> Response:
    """A list or search page, read and encoded in one trip to the thread pool.

    The hot read endpoints are ``async`` and hand their whole work (session, queries, JSON) to
    one worker thread: as plain ``def`` endpoints with a session dependency, FastAPI made four
    thread hops per request (dependency in and out, endpoint, response validation), which cost
    more than the queries under load. The items are plain dicts of str/int/float/None built by
    ``queries``/``search`` in the shape of the route's ``response_model`` (tests/test_api.py
    validates every list against it), so they are encoded by orjson as they are instead of
    being validated and re-serialised by pydantic. On SQLite the encoded answer is kept in
    ``api/cache.py`` until the next write to the store."""
    store = request.app.state.store
    cache = request.app.state.page_cache  # None when off
    version = key = None
    if cache is not None:
        # Looked up here, on the event loop, without a trip to the thread pool: reading one row
        # of a local SQLite file takes microseconds. The version is read before the answer is
        # computed, so what is stored under it is never older than it.
        key = request.url.path + "?" + request.url.query
        with store.engine.connect() as conn:
            version = queries.store_version(conn)
        if version is not None and (body := cache.get(key, version)) is not None:
            return JSONBody(body)

    def work() -> bytes | int:
        with store.session() as s:
            page = read(s)
            target = _merged_actor(s, actor, page)
            return target if target is not None else orjson.dumps(_page(page, limit, offset))

    body = await run_in_threadpool(work)
    if isinstance(body, int):  # the actor filter names an actor merged into another
        return _actor_redirect(request, body)
    if version is not None:
        cache.put(key, version, body)
    return JSONBody(body)


@router.get("/health", response_model=Health, summary="Server status")
def health(request: Request, s: DB) -> dict:
    store = request.app.state.store
    return {"status": "ok", "version": __version__, "articles": queries.count_articles(s), "jobs": store.jobs.counts()}


@router.get("/articles", response_model=Page[ArticleSummary], summary="Stored articles, newest first")
async def list_articles(request: Request, limit: Limit = 50, offset: Offset = 0, since: Since = None,
                        until: Until = None, source: Source = None, actor: ActorId = None) -> Response:
    return await _json_page(request, lambda s: queries.list_articles(
        s, limit=limit, offset=offset, since=since, until=until, source=source, actor=actor), limit, offset, actor)


def _article_id(s: Session, article_id: str, request: Request | None = None) -> str:
    full = queries.resolve_article_id(s, article_id)
    if full is None:
        new = queries.replaced_by(s, article_id) if request is not None else None
        if new is not None:  # a version that `ingest --replace` replaced: its new version
            raise HTTPException(307, detail=f"article {article_id} was replaced by {new}",
                                headers={"Location": str(request.url.replace(path=request.url.path.replace(article_id, new)))})
        raise HTTPException(404, detail=f"no article with id {article_id!r}")
    return full


IdInPath = Annotated[str, Path(min_length=6, max_length=64, pattern=r"^[0-9a-f]+$",
                                description="Article id (sha256 hex) or a unique prefix of at least 6 characters.")]


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses={404: {"model": Problem}},
            summary="One article: metadata and text (id or a unique prefix of 6+ characters)")
def get_article(request: Request, s: DB, article_id: IdInPath) -> dict:
    return queries.get_article(s, _article_id(s, article_id, request))


@router.get("/records", response_model=Page[Record], summary="Whole records (the newsgraph.record/1 contract), newest first")
def list_records(request: Request, s: DB, limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Offset = 0,
                 since: Since = None, until: Until = None, source: Source = None, actor: ActorId = None) -> Response:
    page = queries.list_articles(s, limit=limit, offset=offset, since=since, until=until, source=source, actor=actor)
    if (target := _merged_actor(s, actor, page)) is not None:
        return _actor_redirect(request, target)
    raws = queries.records_json(s, [a["id"] for a in page.items])
    # The stored JSON is the record exactly as extracted: pass it through without re-encoding.
    body = '{"items":[' + ",".join(raws) + f'],"total":{page.total},"limit":{limit},"offset":{offset}}}'
    return Response(body, media_type="application/json")


@router.get("/records/{article_id}", response_model=Record, responses={404: {"model": Problem}},
            summary="One article's record (id or a unique prefix of 6+ characters)")
def get_record(request: Request, s: DB, article_id: IdInPath) -> Response:
    raw = queries.get_record_json(s, _article_id(s, article_id, request))
    return Response(raw, media_type="application/json")


@router.get("/actors", response_model=Page[ActorOut], summary="Actors across articles, most often in the news first")
async def list_actors(request: Request, limit: Limit = 50, offset: Offset = 0,
                      type: Annotated[str | None, Query(max_length=32, pattern=r"^[A-Za-z_]+$", description="Entity type: PERSON, ORG, GPE, …")] = None,
                      country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3.")] = None,
                      name: Annotated[str | None, Query(max_length=200, pattern=_TEXT, description="Name contains (case-insensitive).")] = None) -> Response:
    return await _json_page(request, lambda s: queries.list_actors(
        s, limit=limit, offset=offset, type_=type, country=country, name=name), limit, offset)


@router.get("/actors/{actor_id}", response_model=ActorDetail, summary="One actor",
            responses={404: {"model": Problem},
                       307: {"description": "The actor was merged into another (cross-article linking or a join): "
                                            "Location names it"}})
def get_actor(request: Request, s: DB, actor_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> dict | Response:
    actor = queries.get_actor(s, actor_id)
    if actor is None:
        from newsgraph.store.linking import merged_into

        # An id saved before a merge leads to the actor it was merged into.
        target = merged_into(s, actor_id)
        if target is not None:
            root = request.scope.get("root_path", "").rstrip("/")
            return Response(status_code=307, headers={"Location": f"{root}/api/actors/{target}"})
        raise HTTPException(404, detail=f"no actor with id {actor_id}")
    return actor


@router.get("/quotes", response_model=Page[QuoteOut], summary="Attributions: who said what, newest first")
async def list_quotes(request: Request, limit: Limit = 50, offset: Offset = 0, actor: ActorId = None,
                speaker: Annotated[str | None, Query(max_length=200, pattern=_TEXT, description="Speaker's name contains.")] = None,
                kind: AttributionKind | None = None, article: ArticleId = None,
                      since: Since = None, until: Until = None, source: Source = None) -> Response:
    return await _json_page(request, lambda s: queries.list_quotes(
        s, limit=limit, offset=offset, actor=actor, speaker=speaker, kind=kind, article=article,
        since=since, until=until, source=source), limit, offset, actor)


@router.get("/events", response_model=Page[EventOut], summary="PLOVER events, newest first")
async def list_events(request: Request, limit: Limit = 50, offset: Offset = 0, actor: ActorId = None,
                type: EventType | None = None, status: EventStatus | None = None, article: ArticleId = None,
                      since: Since = None, until: Until = None, source: Source = None) -> Response:
    return await _json_page(request, lambda s: queries.list_events(
        s, limit=limit, offset=offset, actor=actor, type_=type, status=status, article=article,
        since=since, until=until, source=source), limit, offset, actor)


SearchQuery = Annotated[str, Query(min_length=1, max_length=search.MAX_QUERY_CHARS, pattern=_TEXT,
                                   description='Words (all must match), "a phrase", or a prefix*.')]


@router.get("/search/articles", response_model=Page[ArticleHit], responses={422: {"model": Problem}},
            summary="Full-text search over article titles and text")
async def search_articles(request: Request, q: SearchQuery, limit: Annotated[int, Query(ge=1, le=100)] = 20,
                          offset: Offset = 0, since: Since = None, until: Until = None,
                          source: Source = None) -> Response:
    return await _json_page(request, lambda s: search.search_articles(
        s, q, limit=limit, offset=offset, since=since, until=until, source=source), limit, offset)


@router.get("/search/quotes", response_model=Page[QuoteHit], responses={422: {"model": Problem}},
            summary="Full-text search over quotes and their speakers")
async def search_quotes(request: Request, q: SearchQuery, limit: Annotated[int, Query(ge=1, le=100)] = 20,
                        offset: Offset = 0, since: Since = None, until: Until = None,
                        source: Source = None) -> Response:
    return await _json_page(request, lambda s: search.search_quotes(
        s, q, limit=limit, offset=offset, since=since, until=until, source=source), limit, offset)


@router.get("/network", response_model=Network, summary="The actor network: who meets, supports, accuses, attacks whom")
def network(s: DB, since: Since = None, until: Until = None, source: Source = None,
            type: Annotated[list[EventType] | None, Query(description="Only these PLOVER types.")] = None,
            status: Annotated[list[EventStatus] | None, Query(description="Event statuses (default happened, ongoing).")] = None,
            min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            max_edges: Annotated[int, Query(ge=1, le=5000)] = 500) -> dict:
    net = build_network(s, since=since, until=until, source=source, types=type,
                        statuses=status or ("happened", "ongoing"), min_events=min_events, max_edges=max_edges)
    return {"nodes": net.nodes, "edges": net.edges}


def story_index(request: Request):
    from newsgraph.scale.writer import story_index as index_of

    return index_of(request.app.state.store.engine)


MinArticles = Annotated[int, Query(ge=1, le=1_000_000,
                                   description="Only stories with at least N articles, near-duplicate copies included.")]


@router.get("/stories", response_model=Page[StorySummary], summary="Developing stories, most recently active first")
def list_stories(request: Request, limit: Limit = 50, offset: Offset = 0, min_articles: MinArticles = 1) -> dict:
    # Not kept in the page cache: the store version that keys it counts writes to the record
    # tables only, and an article is placed in its story after it is stored, in a transaction
    # of its own — a page cached in between would miss the placement until the next write.
    index = story_index(request)
    items = index.list_stories(limit=limit, min_articles=min_articles, offset=offset)
    return {"items": items, "total": index.count_stories(min_articles), "limit": limit, "offset": offset}


@router.get("/stories/{story_id}", response_model=StoryDetail, responses={404: {"model": Problem}},
            summary="A story's timeline: its articles in time order and its events, each counted once")
def get_story(request: Request,
              story_id: Annotated[int, Path(ge=1, le=MAX_ID, description="A story id from /stories.")]) -> dict:
    timeline = story_index(request).timeline(story_id)
    if timeline is None:
        raise HTTPException(404, detail=f"no story with id {story_id}")
    return timeline


@router.get("/jobs/{job_id}", response_model=JobOut, responses={404: {"model": Problem}},
            summary="A submitted article's job: poll until status is done or failed")
def get_job(request: Request, job_id: Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]) -> dict:
    job = request.app.state.store.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, detail=f"no job with id {job_id!r}")
    return job.public()


@router.get("/jobs", response_model=Page[JobOut], summary="Submitted jobs, newest first")
def list_jobs(request: Request, limit: Limit = 50, offset: Offset = 0,
              status: Literal["queued", "running", "done", "failed"] | None = None) -> dict:
    jobs, total = request.app.state.store.jobs.list(status=status, limit=limit, offset=offset)
    return {"items": [j.public() for j in jobs], "total": total, "limit": limit, "offset": offset}
