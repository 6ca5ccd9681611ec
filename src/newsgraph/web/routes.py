"""The web UI's pages: server-rendered HTML over the same store and queries as the JSON API.

Pages read without JavaScript; the bundled scripts (static/) add the selection panel, the
network drawing and job polling. Every page is rendered by Jinja2 with autoescaping on, and
the highlight markup is built in ``highlight.py`` with every text segment escaped, so the
untrusted text of articles is always shown as text. Nothing is loaded from other origins,
which the Content-Security-Policy header also enforces.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import PurePosixPath
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from jinja2 import Environment, PackageLoader, StrictUndefined
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException
from sqlalchemy.orm import Session

from newsgraph import __version__
from newsgraph.export.network import RELATIONS, build_network
from newsgraph.record import EVENT_STATUSES, EVENT_TYPES, Record
from newsgraph.store import queries, search
from newsgraph.store.db import StoreError
from newsgraph.web import queries as web_queries
from newsgraph.web.article import LAYERS, article_view, css_token, number
from newsgraph.web.charts import build_timeline, score_colour
from newsgraph.web.settings import WebSettings, is_loopback

MAX_OFFSET = 1_000_000
ATTRIBUTION_KINDS = ("direct", "partial", "indirect", "mixed")
SEARCH_SCOPES = ("articles", "quotes", "actors", "events")
CSRF_COOKIE = "newsgraph_csrf"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

_env = Environment(loader=PackageLoader("newsgraph.web", "templates"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_env.globals.update(score_colour=score_colour, css_token=css_token, number=number, version=__version__,
                    EVENT_TYPES=EVENT_TYPES, EVENT_STATUSES=EVENT_STATUSES, RELATIONS=RELATIONS, LAYERS=LAYERS)
_env.filters["signed"] = lambda v: "—" if v is None else f"{v:+.1f}"


class WebError(Exception):
    """Answered with the error page instead of the page asked for."""

    def __init__(self, status: int, title: str, message: str):
        super().__init__(message)
        self.status, self.title, self.message = status, title, message


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


class WebRoute(APIRoute):
    """Routes whose failures are pages, not JSON, and whose responses carry the security headers."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def page(request: Request) -> Response:
            try:
                response = await handler(request)
            except WebError as exc:
                response = render(request, "error.html", status=exc.status, page="error", title=exc.title,
                                  message=exc.message)
            except StoreError as exc:  # an ambiguous id prefix, a query the search cannot run
                response = render(request, "error.html", status=400, page="error", title="Cannot answer that",
                                  message=exc.message)
            except OperationalError as exc:
                first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "database error"
                response = render(request, "error.html", status=503, page="error", title="The database is not available",
                                  message=first)
            return _security_headers(response)

        return page


def web_settings(request: Request) -> WebSettings:
    settings = getattr(request.app.state, "web_settings", None)
    if settings is None:
        settings = request.app.state.web_settings = WebSettings()
    return settings


def reads_open(request: Request) -> None:
    api = request.app.state.api_settings
    if api.read_token is not None:
        raise WebError(403, "This server's data is closed",
                       "Reading needs a token on this server (NEWSGRAPH_API_READ_TOKEN is set), and the web pages "
                       "take no tokens. Read through the HTTP API under /api with your bearer token.")


def db(request: Request):
    with request.app.state.store.session() as session:
        yield session


pages = APIRouter(route_class=WebRoute, dependencies=[Depends(reads_open)], include_in_schema=False)
assets = APIRouter(include_in_schema=False)
router = APIRouter(include_in_schema=False)


# -- rendering ---------------------------------------------------------------------------------

def _root(request: Request) -> str:
    return request.scope.get("root_path", "").rstrip("/")


def href_for(request: Request) -> Callable[..., str]:
    """Builds links under the app's root path: ``href("/search", q="x", page=None)``."""
    root = _root(request)

    def href(path: str, params: dict | None = None, **more) -> str:
        merged = {**(params or {}), **more}
        items = []
        for key, value in merged.items():
            if value is None or value == "" or value == []:
                continue
            for v in value if isinstance(value, (list, tuple)) else [value]:
                items.append((key, str(v)))
        return root + path + ("?" + urlencode(items) if items else "")

    return href


def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    href = href_for(request)
    context.setdefault("page", "")
    context.setdefault("notes", [])
    html = _env.get_template(template).render(request=request, href=href, static=lambda name: href(f"/static/{name}", v=__version__),
                                              **context)
    return HTMLResponse(html, status_code=status)


# -- query parameters: bad values become notes on the page, never an error page ------------------

class Params:
    def __init__(self, request: Request):
        self.raw = request.query_params
        self.notes: list[str] = []
        self.used: dict[str, object] = {}

    def _keep(self, name: str, value):
        if value is not None and value != [] and value != "":
            self.used[name] = value
        return value

    def text(self, name: str, max_len: int = 200) -> str | None:
        value = (self.raw.get(name) or "").replace("\x00", "").strip()
        if len(value) > max_len:
            self.notes.append(f"{name} is longer than {max_len} characters; it was cut.")
            value = value[:max_len]
        return self._keep(name, value or None)

    def int(self, name: str, default: int | None, lo: int, hi: int) -> int | None:
        raw = self.raw.get(name)
        if raw is None or raw.strip() == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            self.notes.append(f"{name} must be a whole number; {raw[:40]!r} was ignored.")
            return default
        if not lo <= value <= hi:
            self.notes.append(f"{name} must be between {lo} and {hi}; {value} was ignored.")
            return default
        return self._keep(name, value) if value != default else value

    def date(self, name: str) -> date | None:
        raw = (self.raw.get(name) or "").strip()
        if not raw:
            return None
        try:
            value = date.fromisoformat(raw)
        except ValueError:
            self.notes.append(f"{name} must be a date (YYYY-MM-DD); {raw[:40]!r} was ignored.")
            return None
        self.used[name] = value.isoformat()
        return value

    def choice(self, name: str, choices: tuple[str, ...], default: str | None = None) -> str | None:
        raw = (self.raw.get(name) or "").strip()
        if not raw:
            return default
        for c in choices:
            if raw.lower() == c.lower():
                return self._keep(name, c) if c != default else c
        self.notes.append(f"{name} must be one of {', '.join(choices)}; {raw[:40]!r} was ignored.")
        return default

    def choices(self, name: str, choices: tuple[str, ...]) -> list[str]:
        out = []
        for raw in self.raw.getlist(name):
            match = next((c for c in choices if c.lower() == raw.strip().lower()), None)
            if match is None:
                self.notes.append(f"{name} {raw[:40]!r} is not one of the known values; it was ignored.")
            elif match not in out:
                out.append(match)
        return self._keep(name, out) or []


class Pager:
    def __init__(self, href: Callable[..., str], path: str, params: dict, total: int | None, limit: int, offset: int,
                 count: int, name: str = "offset", anchor: str = ""):
        self.total, self.limit, self.offset, self.count = total, limit, offset, count
        self.first = offset + 1 if count else 0
        self.last = offset + count
        base = {k: v for k, v in params.items() if k != name}
        more = total is not None and offset + count < total
        self.prev = href(path, base, **{name: max(0, offset - limit) or None}) + anchor if offset > 0 else None
        self.next = href(path, base, **{name: offset + limit}) + anchor if more else None


def _merged_actor_page(request: Request, s: Session, actor_id: int) -> Response | None:
    """A page filtered by an actor id that a merge deleted: the same page with the id of the
    actor it was merged into (a saved link or bookmark would otherwise list nothing)."""
    if queries.get_actor(s, actor_id) is not None:
        return None
    from newsgraph.store.linking import merged_into

    target = merged_into(s, actor_id)
    if target is None:
        return None
    return RedirectResponse(str(request.url.include_query_params(actor=target)), status_code=307)


def _article_url(href, article_id: str, fact: str | None = None) -> str:
    return href(f"/articles/{article_id}") + (f"#fact-{fact}" if fact else "")


# -- pages -------------------------------------------------------------------------------------

@pages.get("/", response_class=HTMLResponse)
def articles_page(request: Request, s: Session = Depends(db)) -> Response:
    p = Params(request)
    settings = web_settings(request)
    since, until, source = p.date("since"), p.date("until"), p.text("source", 500)
    actor = p.int("actor", None, 1, 2**31 - 1)
    if actor and (moved := _merged_actor_page(request, s, actor)) is not None:
        return moved
    offset = p.int("offset", 0, 0, MAX_OFFSET)
    result = queries.list_articles(s, limit=settings.page_size, offset=offset, since=since, until=until,
                                   source=source, actor=actor)
    actor_row = queries.get_actor(s, actor) if actor else None
    href = href_for(request)
    pager = Pager(href, "/", p.used, result.total, settings.page_size, offset, len(result.items))
    return render(request, "articles.html", page="articles", articles=result.items, pager=pager, params=p.used,
                  notes=p.notes, actor=actor_row, jobs=request.app.state.store.jobs.counts())


_ARTICLE_ID = frozenset("0123456789abcdef")


@pages.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, s: Session = Depends(db)) -> Response:
    if not 6 <= len(article_id) <= 64 or not set(article_id) <= _ARTICLE_ID:
        raise WebError(404, "No such article", "Article ids are hexadecimal, 6 to 64 characters long.")
    full = queries.resolve_article_id(s, article_id)
    if full is None:
        if (new := queries.replaced_by(s, article_id)) is not None:  # replaced by a newer version
            return RedirectResponse(href_for(request)(f"/articles/{new}"), status_code=307)
        raise WebError(404, "No such article", f"There is no article with the id {article_id}.")
    raw = queries.get_record_json(s, full)
    try:
        record = Record.model_validate_json(raw)
    except ValueError as exc:
        raise WebError(500, "The stored record cannot be read", str(exc).splitlines()[0]) from exc
    view = article_view(record, web_queries.entity_actors(s, full))
    return render(request, "article.html", page="article", view=view, record=record, article=record.article,
                  safe_url=_safe_url(record.article.url))


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links are made clickable: a record's URL is untrusted (javascript: …)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


@pages.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, s: Session = Depends(db)) -> Response:
    p = Params(request)
    settings = web_settings(request)
    name, type_ = p.text("name"), p.text("type", 32)
    country = p.text("country", 3)
    if country and not (len(country) == 3 and country.isalpha()):
        p.notes.append("country must be an ISO 3166-1 alpha-3 code such as FIN; it was ignored.")
        p.used.pop("country", None)
        country = None
    offset = p.int("offset", 0, 0, MAX_OFFSET)
    result = queries.list_actors(s, limit=settings.page_size, offset=offset, type_=type_, country=country, name=name)
    pager = Pager(href_for(request), "/actors", p.used, result.total, settings.page_size, offset, len(result.items))
    return render(request, "actors.html", page="actors", actors=result.items, pager=pager, params=p.used, notes=p.notes)


@pages.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str, s: Session = Depends(db)) -> Response:
    if not (actor_id.isascii() and actor_id.isdigit()) or not 1 <= int(actor_id) <= 2**31 - 1:
        raise WebError(404, "No such actor", "Actor ids are whole numbers.")
    aid = int(actor_id)
    actor = queries.get_actor(s, aid)
    if actor is None:
        from newsgraph.store.linking import merged_into

        target = merged_into(s, aid)  # a page saved before linking merged this actor into another
        if target is not None:
            return RedirectResponse(href_for(request)(f"/actors/{target}"), status_code=307)
        raise WebError(404, "No such actor", f"There is no actor with the id {aid}.")
    p = Params(request)
    per = 10
    q_offset = p.int("quotes", 0, 0, MAX_OFFSET)
    e_offset = p.int("events", 0, 0, MAX_OFFSET)
    href = href_for(request)
    appearances = web_queries.actor_appearances(s, aid)
    said = queries.list_quotes(s, actor=aid, limit=per, offset=q_offset)
    took_part = queries.list_events(s, actor=aid, limit=per, offset=e_offset)
    cap = web_settings(request).timeline_events
    timeline = build_timeline(queries.list_events(s, actor=aid, limit=cap, offset=0, with_total=False).items,
                              lambda ev: _article_url(href, ev["article_id"], ev["id"]))
    return render(
        request, "actor.html", page="actor", actor=actor, notes=p.notes,
        roles=web_queries.role_history(appearances), changes=web_queries.role_changes(s, appearances[:100]),
        appearances=appearances[:per], quotes=said.items, events=took_part.items,
        quotes_pager=Pager(href, f"/actors/{aid}", p.used, said.total, per, q_offset, len(said.items), "quotes", "#said"),
        events_pager=Pager(href, f"/actors/{aid}", p.used, took_part.total, per, e_offset, len(took_part.items), "events", "#events"),
        counterparts=web_queries.counterparts(s, aid), timeline=timeline, timeline_total=took_part.total)


@pages.get("/network", response_class=HTMLResponse)
def network_page(request: Request, s: Session = Depends(db)) -> Response:
    p = Params(request)
    settings = web_settings(request)
    types = p.choices("type", EVENT_TYPES)
    statuses = p.choices("status", EVENT_STATUSES)
    since, until, source = p.date("since"), p.date("until"), p.text("source", 500)
    min_events = p.int("min_events", 1, 1, 1_000_000)
    max_edges = p.int("max_edges", settings.network_edges, 1, 2000)
    net = build_network(s, since=since, until=until, source=source, types=types or None,
                        statuses=statuses or ("happened", "ongoing"), min_events=min_events, max_edges=max_edges)
    href = href_for(request)
    names = {n["id"]: n["name"] for n in net.nodes}
    nodes = [{**n, "href": href(f"/actors/{n['id']}")} for n in net.nodes]
    edges = [{**e, "colour": score_colour(e["score"])} for e in net.edges]
    return render(request, "network.html", page="network", nodes=nodes, edges=edges, names=names,
                  params=p.used, notes=p.notes, types=types, statuses=statuses or ["happened", "ongoing"],
                  max_edges=max_edges, data={"nodes": nodes, "edges": edges})


def _event_filters(p: Params) -> dict:
    return {"type_": p.choice("type", EVENT_TYPES), "status": p.choice("status", EVENT_STATUSES),
            "since": p.date("since"), "until": p.date("until"), "source": p.text("source", 500)}


@pages.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, s: Session = Depends(db)) -> Response:
    p = Params(request)
    settings = web_settings(request)
    filters = _event_filters(p)
    actor = p.int("actor", None, 1, 2**31 - 1)
    offset = p.int("offset", 0, 0, MAX_OFFSET)
    href = href_for(request)
    drawn = queries.list_events(s, actor=actor, limit=settings.timeline_events, offset=0, **filters)
    listed = queries.list_events(s, actor=actor, limit=settings.page_size, offset=offset, **filters)
    timeline = build_timeline(drawn.items, lambda ev: _article_url(href, ev["article_id"], ev["id"]))
    return render(request, "timeline.html", page="timeline", timeline=timeline, events=listed.items,
                  drawn=len(drawn.items), total=drawn.total, params=p.used, notes=p.notes,
                  actor=queries.get_actor(s, actor) if actor else None,
                  pager=Pager(href, "/timeline", p.used, listed.total, settings.page_size, offset, len(listed.items)))


def _story_index(request: Request):
    from newsgraph.scale.writer import story_index

    return story_index(request.app.state.store.engine)


@pages.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request) -> Response:
    p = Params(request)
    settings = web_settings(request)
    min_articles = p.int("min_articles", 1, 1, 1_000_000)
    offset = p.int("offset", 0, 0, MAX_OFFSET)
    index = _story_index(request)
    rows = index.list_stories(limit=settings.page_size, min_articles=min_articles, offset=offset)
    pager = Pager(href_for(request), "/stories", p.used, index.count_stories(min_articles), settings.page_size,
                  offset, len(rows))
    return render(request, "stories.html", page="stories", stories=rows, pager=pager, params=p.used,
                  min_articles=min_articles, notes=p.notes)


def _first_reports(timeline: dict) -> list[dict]:
    """The story's events, each with the report the page links to: the earliest of the articles
    it lists (a near-duplicate copy is folded into its group's first article, which reports the
    same event), or any report when only copies carry it."""
    listed = {a["article_id"]: a for a in timeline["articles"]}

    def order(mention: dict) -> tuple[str, str]:
        article = listed.get(mention["article_id"])
        return (article["published"] if article and article["published"] else "9999", mention["article_id"])

    events = []
    for e in timeline["events"]:
        shown = [m for m in e["mentions"] if m["article_id"] in listed] or e["mentions"]
        first = min(shown, key=order) if shown else None
        events.append({**e, "report": first, "report_article": listed.get(first["article_id"]) if first else None})
    return events


@pages.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> Response:
    # isascii: "²".isdigit() is true, and int() refuses it.
    if not (story_id.isascii() and story_id.isdigit()) or not 1 <= int(story_id) <= 2**31 - 1:
        raise WebError(404, "No such story", "Story ids are whole numbers.")
    timeline = _story_index(request).timeline(int(story_id))
    if timeline is None:
        raise WebError(404, "No such story", f"There is no story with the id {int(story_id)}.")
    copies = sum(a["copies"] for a in timeline["articles"])
    sources = {source for a in timeline["articles"] for source in a["sources"]}
    return render(request, "story.html", page="story", story=timeline, events=_first_reports(timeline),
                  copies=copies, sources=len(sources))


@pages.get("/search", response_class=HTMLResponse)
def search_page(request: Request, s: Session = Depends(db)) -> Response:
    p = Params(request)
    settings = web_settings(request)
    q = p.text("q", search.MAX_QUERY_CHARS)
    scope = p.choice("scope", SEARCH_SCOPES, "articles")
    since, until, source = p.date("since"), p.date("until"), p.text("source", 500)
    offset = p.int("offset", 0, 0, MAX_OFFSET)
    limit = settings.page_size
    # The actor filter takes an id (from links) or a name typed in the form.
    actor = None
    actor_id = p.int("actor", None, 1, 2**31 - 1)
    actor_name = p.text("actor_name")
    if actor_id:
        actor = queries.get_actor(s, actor_id)
        if actor is None and (moved := _merged_actor_page(request, s, actor_id)) is not None:
            return moved
    elif actor_name:
        actor = web_queries.resolve_actor_name(s, actor_name)
        if actor is None:
            p.notes.append(f"No actor's name contains {actor_name!r}; the actor filter was ignored.")
    type_ = None
    if scope == "events":
        type_ = p.choice("type", EVENT_TYPES)
    elif scope == "actors":
        type_ = p.text("type", 32)
        if type_ and not type_.replace("_", "").isalpha():
            p.notes.append("type must be an entity type such as PERSON, ORG or GPE; it was ignored.")
            p.used.pop("type", None)
            type_ = None
    status = p.choice("status", EVENT_STATUSES) if scope == "events" else None
    kind = p.choice("kind", ATTRIBUTION_KINDS) if scope == "quotes" else None
    results: list[dict] = []
    total: int | None = 0
    mode = "list"
    a_id = actor["id"] if actor else None
    if scope == "articles":
        if q:
            mode = "hits"
            if actor:
                results, total = _hits_with_actor(p, s, search.search_articles, q, a_id, "articles", limit, offset,
                                                  since=since, until=until, source=source)
            else:
                page = search.search_articles(s, q, limit=limit, offset=offset, since=since, until=until, source=source)
                results, total = page["items"], page["total"]
        else:
            page = queries.list_articles(s, limit=limit, offset=offset, since=since, until=until, source=source, actor=a_id)
            results, total = page.items, page.total
    elif scope == "quotes":
        if q:
            mode = "hits"
            if kind:
                p.notes.append("The kind filter applies when listing quotes without search words.")
            if actor:
                results, total = _hits_with_actor(p, s, search.search_quotes, q, a_id, "quotes", limit, offset,
                                                  since=since, until=until, source=source)
            else:
                page = search.search_quotes(s, q, limit=limit, offset=offset, since=since, until=until, source=source)
                results, total = page["items"], page["total"]
        else:
            page = queries.list_quotes(s, limit=limit, offset=offset, actor=a_id, kind=kind, since=since, until=until,
                                       source=source)
            results, total = page.items, page.total
    elif scope == "actors":
        country = p.text("country", 3)
        if country and not (len(country) == 3 and country.isalpha()):
            p.notes.append("country must be an ISO 3166-1 alpha-3 code such as FIN; it was ignored.")
            country = None
        page = queries.list_actors(s, limit=limit, offset=offset, name=q, type_=type_, country=country)
        results, total = page.items, page.total
    else:
        if q:
            p.notes.append("Events are found by their filters (actor, type, status, dates, source), not by words.")
        page = queries.list_events(s, limit=limit, offset=offset, actor=a_id, type_=type_, status=status, since=since,
                                   until=until, source=source)
        results, total = page.items, page.total
    if actor:
        p.used["actor"] = actor["id"]
        p.used.pop("actor_name", None)
    pager = Pager(href_for(request), "/search", p.used, total, limit, offset, len(results))
    return render(request, "search.html", page="search", q=q or "", scope=scope, mode=mode, results=results,
                  pager=pager, params=p.used, notes=p.notes, actor=actor, kinds=ATTRIBUTION_KINDS,
                  scopes=SEARCH_SCOPES)


SEARCH_WITH_ACTOR_WINDOW = 1000


def _hits_with_actor(p: Params, s: Session, run, q: str, actor_id: int, what: str, limit: int, offset: int,
                     **filters) -> tuple[list[dict], int]:
    """Full-text hits narrowed to one actor: the search engines rank by words only, so the best
    SEARCH_WITH_ACTOR_WINDOW matches are taken and those with the actor kept, in rank order."""
    page = run(s, q, limit=SEARCH_WITH_ACTOR_WINDOW, offset=0, **filters)
    if what == "quotes":
        kept = [h for h in page["items"] if h.get("actor_id") == actor_id]
    else:
        with_actor = web_queries.articles_with_actor(s, [h["id"] for h in page["items"]], actor_id)
        kept = [h for h in page["items"] if h["id"] in with_actor]
    if page["total"] > SEARCH_WITH_ACTOR_WINDOW:
        p.notes.append(f"{page['total']:,} {what} match the words; the actor filter looked at the best "
                       f"{SEARCH_WITH_ACTOR_WINDOW:,}. Add words or dates to narrow the search.")
    return kept[offset:offset + limit], len(kept)


# -- submitting an article ---------------------------------------------------------------------

def submit_allowed(request: Request) -> tuple[bool, str]:
    mode = web_settings(request).submit
    if mode == "on":
        return True, ""
    if mode == "off":
        return False, "This server takes no articles through the web form (NEWSGRAPH_WEB_SUBMIT=off). " \
                      "Submit them through the API (POST /api/articles) with its token."
    server = request.scope.get("server")
    if server and is_loopback(str(server[0])):
        return True, ""
    return False, "This server takes articles through the web form only on its loopback address " \
                  "(NEWSGRAPH_WEB_SUBMIT=local). Submit through the API (POST /api/articles) with its token, " \
                  "or set NEWSGRAPH_WEB_SUBMIT=on behind your own access control."


def _csrf_token(request: Request) -> tuple[str, bool]:
    """The visitor's form token (double-submit cookie) and whether it has to be set."""
    token = request.cookies.get(CSRF_COOKIE, "")
    if len(token) == 43 and token.replace("-", "").replace("_", "").isalnum():
        return token, False
    return secrets.token_urlsafe(32), True


def _set_csrf_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https", max_age=12 * 3600)


def _same_origin(request: Request) -> bool:
    """The form was posted from one of our pages: Origin (or, failing that, Referer) names this host."""
    host = request.headers.get("host", "")
    for header in ("origin", "referer"):
        value = request.headers.get(header)
        if value:
            if value == "null":
                return False
            parts = urlsplit(value)
            return parts.scheme in ("http", "https") and parts.netloc == host
    return True  # neither header sent (some privacy settings): the token alone decides


def _submit_form(request: Request, status: int = 200, errors: list[str] | None = None, form: dict | None = None) -> Response:
    allowed, reason = submit_allowed(request)
    token, fresh = _csrf_token(request)
    response = render(request, "submit.html", status=status, page="submit", allowed=allowed, reason=reason,
                      csrf=token, errors=errors or [], form=form or {}, max_bytes=_max_input_bytes(),
                      jobs=request.app.state.store.jobs.counts())
    if fresh:
        _set_csrf_cookie(request, response, token)
    return response


def _max_input_bytes() -> int:
    from newsgraph.config import get_settings

    return get_settings().max_input_bytes


@pages.get("/submit", response_class=HTMLResponse)
def submit_page(request: Request) -> Response:
    return _submit_form(request)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or any(tag in head for tag in ("<body", "<article", "<p>", "<div"))


@pages.post("/submit", response_class=HTMLResponse)
async def submit_article(request: Request) -> Response:
    allowed, reason = submit_allowed(request)
    if not allowed:
        raise WebError(403, "Submitting is closed", reason)
    if not _same_origin(request):
        raise WebError(403, "Form refused", "The form was not sent from this site's own page.")
    limit = _max_input_bytes()
    try:
        # Pasted text is one form field: let it be as large as an article may be.
        form = await request.form(max_files=1, max_fields=20, max_part_size=limit + 1024)
    except HTTPException as exc:
        raise WebError(400, "The form cannot be read", str(exc.detail)) from exc
    try:
        cookie = request.cookies.get(CSRF_COOKIE, "")
        given = form.get("csrf")
        if not cookie or not isinstance(given, str) or not hmac.compare_digest(cookie.encode(), given.encode()):
            raise WebError(403, "Form expired",
                           "The form's security token did not match (the page may be old, or cookies are off). "
                           "Load the form again and resend it.")
        fields = {k: (form.get(k) or "").strip() if isinstance(form.get(k), str) else "" for k in
                  ("title", "published", "source", "format")}
        text = form.get("text") if isinstance(form.get("text"), str) else ""
        errors: list[str] = []
        body, name = text, None
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str) and upload.filename:
            data = await upload.read(limit + 1)
            name = PurePosixPath(upload.filename.replace("\\", "/")).name[:200]
            if len(data) > limit:
                errors.append(f"The file is over the {limit:,}-byte limit.")
            elif text.strip():
                errors.append("Give either pasted text or a file, not both.")
            else:
                from newsgraph.errors import NewsgraphError
                from newsgraph.ingest.decode import decode_bytes

                try:
                    body, _warning = decode_bytes(data)
                except NewsgraphError as exc:
                    errors.append(f"The file cannot be read: {exc.message}.")
        if not errors and not (body or "").strip():
            errors.append("Paste the article's text or HTML, or choose a file.")
        fmt = fields["format"] if fields["format"] in ("text", "html") else (
            "html" if (name or "").lower().endswith((".html", ".htm")) or _looks_like_html(body or "") else "text")
        echo = {**fields, "text": text if len(text) < 200_000 else ""}
        if errors:
            return _submit_form(request, 422, errors, echo)
        from newsgraph.api.schemas import ArticleSubmission

        try:
            submission = ArticleSubmission(**{fmt: body}, title=fields["title"] or None,
                                           published=fields["published"] or None, source=fields["source"] or None)
        except ValidationError as exc:
            messages = [f"{'.'.join(str(x) for x in e['loc']) or 'form'}: {e['msg']}" for e in exc.errors()]
            return _submit_form(request, 422, messages, echo)
        if len(body.encode("utf-8")) > limit:
            return _submit_form(request, 422, [f"The article is over the {limit:,}-byte limit."], echo)
        payload = submission.model_dump(exclude_none=True, exclude={"ref"})
        ref = f"web:{name}" if name else None
        job = request.app.state.store.jobs.submit(submission.kind, payload, ref=ref)
    finally:
        await form.close()
    return RedirectResponse(href_for(request)(f"/jobs/{job.id}"), status_code=303)


def _job(request: Request, job_id: str):
    if len(job_id) != 32 or not set(job_id) <= _ARTICLE_ID:
        raise WebError(404, "No such job", "Job ids are 32 hexadecimal characters.")
    job = request.app.state.store.jobs.get(job_id)
    if job is None:
        raise WebError(404, "No such job", f"There is no job with the id {job_id}.")
    return job


def _job_state(request: Request, job) -> dict:
    href = href_for(request)
    return {"id": job.id, "status": job.status, "kind": job.kind, "article_id": job.article_id, "added": job.added,
            "attempts": job.attempts,
            "article_url": href(f"/articles/{job.article_id}") if job.article_id else None,
            "error": {"kind": job.error_kind, "message": job.error_message or ""} if job.error_kind else None}


@pages.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str) -> Response:
    job = _job(request, job_id)
    return render(request, "job.html", page="job", job=job, state=_job_state(request, job),
                  jobs=request.app.state.store.jobs.counts())


@pages.get("/jobs/{job_id}/status")
def job_status(request: Request, job_id: str) -> Response:
    return JSONResponse(_job_state(request, _job(request, job_id)), headers={"Cache-Control": "no-store"})


# -- bundled assets ----------------------------------------------------------------------------

_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml"}


def _static_files() -> dict[str, str]:
    folder = resources.files("newsgraph.web") / "static"
    return {f.name: str(f) for f in folder.iterdir() if f.is_file() and PurePosixPath(f.name).suffix in _STATIC_TYPES}


_STATIC = _static_files()


@assets.get("/static/{name}")
def static_file(name: str) -> Response:
    path = _STATIC.get(name)  # only the files shipped in the package, by exact name
    if path is None:
        return _security_headers(Response("not found", status_code=404, media_type="text/plain"))
    response = FileResponse(path, media_type=_STATIC_TYPES[PurePosixPath(name).suffix],
                            headers={"Cache-Control": "public, max-age=86400"})
    return _security_headers(response)


# -- the API's reference ---------------------------------------------------------------------
# Outside ``pages``: like /openapi.json it stays open when reads need a token (it holds no data).
reference = APIRouter(route_class=WebRoute, include_in_schema=False)


@reference.get("/docs", response_class=HTMLResponse)
def api_docs_page(request: Request) -> Response:
    """The API reference, rendered here from the app's OpenAPI schema: FastAPI's own /docs
    loads Swagger UI from a CDN and is blank offline (and under this UI's CSP)."""
    from newsgraph.api.docs_page import docs_view

    openapi = request.app.openapi()
    return render(request, "api_docs.html", page="docs", api=docs_view(openapi),
                  openapi_version=openapi.get("openapi", ""))


router.include_router(pages)
router.include_router(assets)
router.include_router(reference)
