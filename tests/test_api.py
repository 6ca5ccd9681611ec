"""The HTTP API through its ASGI app: reads, filters, pages, search, auth, limits, the job queue."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from backends import backend, store_url  # noqa: F401 - fixtures
from handmade import make_record, storm_record, talks_deal_record, talks_record, talks_reprint_record
from newsgraph.api.settings import ApiSettings
from newsgraph.ingest.document import InputDocument
from newsgraph.store import Store

TOKEN = "test-write-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def make_client(url: str, **settings) -> TestClient:
    from newsgraph.api.app import create_app

    return TestClient(create_app(url, api_settings=ApiSettings(write_token=TOKEN, **settings)))


@pytest.fixture
def filled_url(store_url, example_records):
    with Store(store_url) as store:
        for r in [*example_records.values(), talks_record(), storm_record()]:
            store.add_record(r)
    return store_url


@pytest.fixture
def client(filled_url):
    with make_client(filled_url) as c:
        yield c


def test_reads_filters_and_pages(client, example_records):
    n = len(example_records) + 2
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["articles"] == n

    page = client.get("/api/articles", params={"limit": 3}).json()
    assert page["total"] == n and len(page["items"]) == 3 and page["limit"] == 3
    rest = client.get("/api/articles", params={"limit": 100, "offset": 3}).json()["items"]
    ids = [a["id"] for a in page["items"] + rest]
    assert len(set(ids)) == n
    dates = [a["published"] for a in page["items"] + rest if a["published"]]
    assert dates == sorted(dates, reverse=True)

    talks = talks_record()
    assert client.get("/api/articles", params={"source": "Harbor City Wire"}).json()["items"][0]["id"] == talks.article.id
    window = client.get("/api/articles", params={"since": "2025-06-01", "until": "2025-06-30"}).json()["items"]
    assert window and all("2025-06-01" <= a["published"] <= "2025-06-30" for a in window)

    actors = client.get("/api/actors", params={"name": "marwick"}).json()["items"]
    assert len(actors) == 1
    marwick = actors[0]["id"]
    detail = client.get(f"/api/actors/{marwick}").json()
    assert detail["articles"] == 2 and detail["quotes"] == 2 and detail["events"] == 1

    quotes = client.get("/api/quotes", params={"actor": marwick}).json()
    assert quotes["total"] == 2 and {q["speaker"] for q in quotes["items"]} == {"Ilse Marwick"}
    events = client.get("/api/events", params={"actor": marwick, "type": "CONSULT"}).json()["items"]
    assert [e["recipients"][0]["name"] for e in events] == ["Teo Brandl"]
    planned = client.get("/api/events", params={"status": "planned", "limit": 500}).json()
    assert planned["total"] > 0 and {e["status"] for e in planned["items"]} == {"planned"}
    expected = sum(1 for r in example_records.values() for e in r.events if e.status == "planned") + 1
    assert planned["total"] == expected
    assert client.get("/api/events", params={"type": "HUG"}).status_code == 422

    record = client.get(f"/api/records/{talks.article.id[:10]}").json()
    assert record == talks.to_dict()
    records = client.get("/api/records", params={"limit": 2, "source": "Lakeside Courier"}).json()
    assert records["total"] == 1 and records["items"][0]["article"]["id"] == storm_record().article.id
    article = client.get(f"/api/articles/{talks.article.id}").json()
    assert article["text"] == talks.article.text


def test_list_answers_are_what_their_response_models_say(client):
    """The list and search endpoints encode their dicts directly (no pydantic pass on the way
    out): each answer must validate against the route's model (extra keys forbidden, every
    field present and typed) and re-encode to the same JSON, so the OpenAPI document stays
    true and the answers are what FastAPI's own serialisation would have given."""
    from newsgraph.api.schemas import ActorOut, ArticleHit, ArticleSummary, EventOut, Page, QuoteHit, QuoteOut

    marwick = client.get("/api/actors", params={"name": "marwick"}).json()["items"][0]["id"]
    cases = [
        ("/api/articles", {}, ArticleSummary), ("/api/articles", {"actor": marwick, "limit": 2}, ArticleSummary),
        ("/api/articles", {"since": "2025-01-01", "source": "Harbor City Wire"}, ArticleSummary),
        ("/api/actors", {"limit": 500}, ActorOut), ("/api/actors", {"type": "PERSON", "offset": 1}, ActorOut),
        ("/api/quotes", {"limit": 500}, QuoteOut), ("/api/quotes", {"kind": "direct", "until": "2025-12-31"}, QuoteOut),
        ("/api/events", {"limit": 500}, EventOut), ("/api/events", {"actor": marwick}, EventOut),
        ("/api/search/articles", {"q": "minister*"}, ArticleHit), ("/api/search/articles", {"q": "nothingmatchesthis"}, ArticleHit),
        ("/api/search/quotes", {"q": "said", "source": "Harbor City Wire"}, QuoteHit),
        ("/api/search/quotes", {"q": "ferries"}, QuoteHit),
    ]
    seen_items = 0
    for path, params, model in cases:
        r = client.get(path, params=params)
        assert r.status_code == 200 and r.headers["content-type"] == "application/json", (path, params, r.text[:200])
        page = Page[model].model_validate_json(r.content)
        assert page.model_dump(mode="json") == r.json(), (path, params)
        assert (page.limit, page.offset) == (params.get("limit", page.limit), params.get("offset", 0))
        seen_items += len(page.items)
    assert seen_items > 50  # the cases cover real rows, not only empty pages


def test_search_endpoints(client):
    hits = client.get("/api/search/articles", params={"q": "trawlers harbour"}).json()
    assert hits["total"] == 1 and hits["items"][0]["id"] == talks_record().article.id
    item = hits["items"][0]
    assert all(item["snippet"][a:b].lower().startswith(("trawler", "harbour")) for a, b in item["highlights"])
    quotes = client.get("/api/search/quotes", params={"q": '"ferries cannot sail"'}).json()
    assert quotes["total"] == 1 and quotes["items"][0]["speaker"] == "Ilse Marwick"
    bad = client.get("/api/search/articles", params={"q": "!!! ???"})
    assert bad.status_code == 422 and "no words" in bad.json()["detail"]
    assert client.get("/api/search/articles", params={"q": "x" * 501}).status_code == 422


def test_network_endpoint(client):
    net = client.get("/api/network", params={"type": "CONSULT"}).json()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    pairs = {(names[e["source"]], names[e["target"]], e["relation"]) for e in net["edges"]}
    assert ("Ilse Marwick", "Teo Brandl", "meets") in pairs
    assert all(e["type"] == "CONSULT" for e in net["edges"])


def test_not_found_and_bad_ids(client):
    assert client.get("/api/records/" + "0" * 64).status_code == 404
    assert client.get("/api/records/abc").status_code == 422  # shorter than a prefix
    assert client.get("/api/records/not-hex!").status_code in (404, 422)
    assert client.get("/api/actors/999999").status_code == 404
    assert client.get("/api/jobs/" + "f" * 32).status_code == 404
    assert client.get("/api/articles", params={"limit": 501}).status_code == 422
    assert client.get("/api/articles", params={"since": "2025-02-30"}).status_code == 422
    assert client.get("/api/quotes", params={"speaker": "a\x00b"}).status_code == 422


def test_writes_need_the_token(filled_url):
    body = {"text": "Ports Reopen\n\nThe ports reopened on Friday, officials said."}
    with make_client(filled_url) as c:
        assert c.post("/api/articles", json=body).status_code == 401
        assert c.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/api/articles", json=body, headers=AUTH).status_code == 202
    from newsgraph.api.app import create_app

    with TestClient(create_app(filled_url, api_settings=ApiSettings(write_token=None))) as c:
        r = c.post("/api/articles", json=body, headers=AUTH)
        assert r.status_code == 403 and "NEWSGRAPH_API_TOKEN" in r.json()["detail"]


def test_reads_can_be_closed(filled_url):
    with make_client(filled_url, read_token="reader") as c:
        assert c.get("/api/articles").status_code == 401
        assert c.get("/api/articles", headers={"Authorization": "Bearer reader"}).status_code == 200
        assert c.get("/api/articles", headers=AUTH).status_code == 200  # the write token reads too
        assert c.get("/openapi.json").status_code == 200  # the API's description stays readable


def test_submission_validation_and_size_limits(filled_url):
    with make_client(filled_url, max_body_bytes=10_000) as c:
        def post(body):
            return c.post("/api/articles", json=body, headers=AUTH)

        assert post({"text": "a", "html": "<p>b</p>"}).status_code == 422
        assert post({}).status_code == 422
        assert post({"text": "   \n"}).status_code == 422
        assert post({"text": "Headline\n\nBody.", "published": "2025-02-30"}).status_code == 422
        assert post({"text": "Headline\x00"}).status_code == 422
        assert post({"url": "ftp://example.org/x"}).status_code == 422
        assert post({"url": "http://user:pw@example.org/x"}).status_code == 422
        assert post({"text": "Headline", "colour": "red"}).status_code == 422
        assert post({"text": "x" * 20_000}).status_code == 413  # over the body limit (Content-Length)

        def chunks():  # no Content-Length: counted while streaming
            yield b'{"text": "'
            for _ in range(30):
                yield b"y" * 1000
            yield b'"}'

        r = c.post("/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
        assert r.status_code == 413


class FakeFetch:
    def __init__(self, html: str):
        self.html, self.calls = html, []

    def __call__(self, url, *, allow_private, timeout, max_bytes):
        self.calls.append((url, allow_private, timeout, max_bytes))
        return InputDocument(ref=url, html=self.html, url=url)


def test_submit_then_worker_then_poll(filled_url, pipeline):
    from newsgraph.api.worker import Worker

    text = ("Ferry Line Restored Between Two Islands\n"
            "Regional transport minister Saara Linden said on Thursday that the ferry line between the islands "
            "would reopen next week after repairs.\n\"We kept our promise,\" Linden said.")
    html = ("<html><head><title>Bridge Opens</title></head><body><article><h1>Bridge Opens</h1>"
            "<p>The new bridge opened on Saturday, the city council said, ending a decade of delays.</p>"
            "<p>\"It is a great day for the town,\" mayor Anton Reisz told the crowd.</p></article></body></html>")
    fetch = FakeFetch(html)
    with make_client(filled_url) as c:
        created = c.post("/api/articles", json={"text": text, "published": "2025-07-03", "ref": "mine-1"}, headers=AUTH)
        assert created.status_code == 202
        job = created.json()
        assert job["status"] == "queued" and job["ref"] == "mine-1"
        assert c.get(created.headers["Location"]).json()["id"] == job["id"]
        url_job = c.post("/api/articles", json={"url": "https://news.example/bridge"}, headers=AUTH).json()
        dup = c.post("/api/articles", json={"text": text, "published": "2025-07-03"}, headers=AUTH).json()

        worker = Worker(c.app.state.store, pipeline=pipeline, settings=ApiSettings(worker_batch=2), fetch=fetch)
        assert worker.run_once() == 2
        assert worker.run_once() == 1
        assert worker.run_once() == 0

        done = c.get(f"/api/jobs/{job['id']}").json()
        assert done["status"] == "done" and done["added"] is True and done["attempts"] == 1
        record = c.get(f"/api/records/{done['article_id']}").json()
        assert record["ref"] == "mine-1" and record["article"]["published"] == "2025-07-03"
        assert any(e["name"].endswith("Linden") for e in record["entities"])
        again = c.get(f"/api/jobs/{dup['id']}").json()
        assert again["status"] == "done" and again["added"] is False and again["article_id"] == done["article_id"]
        fetched = c.get(f"/api/jobs/{url_job['id']}").json()
        assert fetched["status"] == "done"
        assert fetch.calls == [("https://news.example/bridge", False, 10.0, 5_000_000)]
        assert "bridge" in c.get(f"/api/records/{fetched['article_id']}").json()["article"]["text"]
        jobs = c.get("/api/jobs", params={"status": "done"}).json()
        assert jobs["total"] == 3


def test_a_submission_can_replace_the_stored_version(filled_url, pipeline):
    from newsgraph.api.worker import Worker

    first = ("Ferry Timetable Changes\nThe island ferry will leave at seven from Monday, operator Nordlink said.")
    second = ("Ferry Timetable Changes\nThe island ferry will leave at eight from Monday, operator Nordlink said "
              "on Friday, correcting an earlier notice.")
    url = "https://news.example/ferry-timetable"
    with make_client(filled_url) as c:
        worker = Worker(c.app.state.store, pipeline=pipeline)

        def run(body):
            job = c.post("/api/articles", json=body, headers=AUTH).json()
            worker.run_once()
            return c.get(f"/api/jobs/{job['id']}").json()

        old = run({"text": first, "url": url})
        kept = run({"text": second, "url": url})  # no replace: a second article beside the first
        assert kept["added"] is True and kept["article_id"] != old["article_id"]
        assert c.get(f"/api/articles/{old['article_id']}", follow_redirects=False).status_code == 200
        new = run({"text": second + " Tickets are unchanged.", "url": url, "replace": True})
        assert new["status"] == "done" and new["article_id"] not in (old["article_id"], kept["article_id"])
        # Both earlier versions at that URL now lead to the new one.
        for earlier in (old, kept):
            moved = c.get(f"/api/articles/{earlier['article_id']}", follow_redirects=False)
            assert moved.status_code == 307 and new["article_id"] in moved.headers["location"]
        assert "Tickets are unchanged" in c.get(f"/api/records/{new['article_id']}").json()["article"]["text"]
        plain = c.post("/api/articles", json={"text": first}, headers=AUTH)
        job_row = c.app.state.store.jobs.get(plain.json()["id"])
        assert "replace" not in job_row.payload


def test_failed_fetch_fails_the_job(filled_url, pipeline):
    from newsgraph.api.worker import Worker
    from newsgraph.errors import InputError

    def refusing_fetch(url, **_limits):
        return InputDocument.failed(url, InputError("private address refused", kind="blocked"))

    with make_client(filled_url) as c:
        job = c.post("/api/articles", json={"url": "https://news.example/x"}, headers=AUTH).json()
        ok = c.post("/api/articles", json={"text": "Quiet Day\n\nNothing happened in the harbour today."}, headers=AUTH).json()
        Worker(c.app.state.store, pipeline=pipeline, fetch=refusing_fetch).run_once()
        failed = c.get(f"/api/jobs/{job['id']}").json()
        assert failed["status"] == "failed" and failed["article_id"] is None
        assert failed["error"] == {"kind": "blocked", "message": "private address refused"}
        assert c.get(f"/api/jobs/{ok['id']}").json()["status"] == "done"  # the batch went on


def test_openapi_document(client):
    doc = client.get("/openapi.json").json()
    paths = set(doc["paths"])
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/records", "/api/records/{article_id}",
                 "/api/actors", "/api/actors/{actor_id}", "/api/quotes", "/api/events", "/api/search/articles",
                 "/api/search/quotes", "/api/network", "/api/jobs", "/api/jobs/{job_id}", "/api/health",
                 "/api/stories", "/api/stories/{story_id}"):
        assert path in paths, path
    assert "post" in doc["paths"]["/api/articles"]
    assert doc["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_newsgraph_serve_answers(tmp_path):
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    with Store(db) as store:
        store.add_record(talks_record())
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError(proc.stderr.read().decode() if proc.poll() is not None else "no answer")
                time.sleep(0.2)
        assert r.json()["articles"] == 1
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_cached_answers_follow_every_write(filled_url, example_records):
    """On SQLite the list and search answers are cached until the store changes: a write by
    another process (here another Store, as ingest or a Dask writer would be), an actor renamed
    by hand, an article deleted — each must show in the very next answer."""
    from sqlalchemy import text as sql

    from newsgraph.store.synthetic import variants

    talks = talks_record()
    new = next(variants([talks], 1, offset=3))
    assert new.attributions and new.article.id != talks.article.id
    word = new.article.text.rsplit("Note 3: ", 1)[1].split()[0].strip(".")
    asks = [("/api/articles", {"limit": 2}), ("/api/quotes", {"limit": 100}), ("/api/actors", {"limit": 500}),
            ("/api/events", {"limit": 500}), ("/api/search/articles", {"q": word}),
            ("/api/search/quotes", {"q": "said"})]
    with make_client(filled_url) as client:
        cache = client.app.state.page_cache
        sqlite = filled_url.startswith("sqlite")
        assert (cache is not None) == sqlite  # PostgreSQL answers are never cached

        def answers() -> list[dict]:
            return [client.get(path, params=params).json() for path, params in asks]

        before = answers()
        if sqlite:
            hits = cache.hits
            assert answers() == before and cache.hits == hits + len(asks)  # served from the cache

        with Store(filled_url) as other:  # another writer, with its own connections
            assert other.add_record(new).added
        after = answers()
        assert after[0]["total"] == before[0]["total"] + 1 and after[0]["items"][0]["id"] == new.article.id
        assert after[1]["total"] == before[1]["total"] + len(new.attributions)
        assert after[2]["total"] > before[2]["total"]  # the variant's people are new actors
        assert after[3]["total"] == before[3]["total"] + len(new.events)
        assert after[4]["total"] == before[4]["total"] + 1

        actor = after[2]["items"][0]
        with Store(filled_url) as other, other.engine.begin() as conn:
            conn.execute(sql("UPDATE actors SET name = :name WHERE id = :id"), {"name": "Renamed By Hand", "id": actor["id"]})
        renamed = client.get("/api/actors", params={"limit": 500}).json()
        assert {"id": actor["id"], "name": "Renamed By Hand"}.items() <= next(
            a for a in renamed["items"] if a["id"] == actor["id"]).items()

        with Store(filled_url) as other, other.engine.begin() as conn:
            conn.execute(sql("DELETE FROM event_participants WHERE event_id IN "
                             "(SELECT id FROM events WHERE article_id = :id)"), {"id": new.article.id})
            conn.execute(sql("DELETE FROM articles WHERE id = :id"), {"id": new.article.id})
        gone = answers()
        assert [g["total"] for g in gone[:2]] == [before[0]["total"], before[1]["total"]]
        assert gone[4]["total"] == before[4]["total"]


def test_submitted_articles_are_placed_in_stories_and_a_replaced_one_leaves_its_story(filled_url, pipeline):
    # ingest places every stored article in its duplicate group and story; the API's worker
    # stored submissions without placing them, and a replaced version stayed in its story.
    from newsgraph.api.worker import Worker
    from newsgraph.scale.stories import StoryIndex

    url = "https://news.example/harbour-cranes"
    first = ("Harbour Cranes Idle as Dockers Strike\nDockers at the port of Valmora walked out on Monday over pay, "
             "leaving the cranes idle and forty ships waiting offshore, the harbour authority said.")
    second = first + " Talks with the union will resume on Thursday."
    with make_client(filled_url) as c:
        worker = Worker(c.app.state.store, pipeline=pipeline)
        index = StoryIndex(c.app.state.store.engine)

        def run(body):
            job = c.post("/api/articles", json=body, headers=AUTH).json()
            worker.run_once()
            return c.get(f"/api/jobs/{job['id']}").json()

        old = run({"text": first, "url": url})
        assert old["status"] == "done" and index.placement(old["article_id"]) is not None
        new = run({"text": second, "url": url, "replace": True})
        assert new["status"] == "done" and new["article_id"] != old["article_id"]
        assert index.placement(old["article_id"]) is None
        assert index.placement(new["article_id"]) is not None


# -- stories -----------------------------------------------------------------------------------

@pytest.fixture
def storied(filled_url, example_records):
    """The filled store with every article placed in its story, as ingest places them, and two
    more articles of the talks story: a reprint by another site (a near-duplicate) and a
    follow-up two days later. Yields the URL and each article's story id by ref."""
    from newsgraph.scale.writer import index_story

    story_of = {}
    with Store(filled_url) as store:
        for record in [*example_records.values(), talks_record(), storm_record()]:
            placement = index_story(store, record)
            if placement is not None:
                story_of[record.ref] = placement.story_id
        for record in (talks_reprint_record(), talks_deal_record()):
            assert store.add_record(record).added
            story_of[record.ref] = index_story(store, record).story_id
    assert story_of["handmade/talks-reprint"] == story_of["handmade/talks-deal"] == story_of["handmade/talks"]
    return filled_url, story_of


def test_stories_list_pages_and_filter(storied):
    from newsgraph.api.schemas import Page, StorySummary

    url, story_of = storied
    talks = story_of["handmade/talks"]
    with make_client(url) as c:
        r = c.get("/api/stories", params={"limit": 500})
        assert r.status_code == 200
        page = r.json()
        assert Page[StorySummary].model_validate(page).model_dump(mode="json") == page
        assert page["total"] == len(set(story_of.values())) == len(page["items"]) and page["offset"] == 0
        by_id = {s["id"]: s for s in page["items"]}
        assert by_id[talks] == {"id": talks, "title": "Harbour Talks Resume Between Norland and Vesteria",
                                "first": "2025-06-02", "last": "2025-06-04", "articles": 3, "distinct_articles": 2,
                                "sources": 2, "events": 3}
        storm = by_id[story_of["handmade/storm"]]
        assert (storm["title"], storm["articles"], storm["events"]) == (storm_record().article.title, 1, 1)
        lasts = [s["last"] for s in page["items"] if s["last"]]
        assert lasts == sorted(lasts, reverse=True)  # most recently active first

        walked = []
        for offset in range(0, page["total"], 2):
            part = c.get("/api/stories", params={"limit": 2, "offset": offset}).json()
            assert (part["total"], part["limit"], part["offset"]) == (page["total"], 2, offset)
            walked += [s["id"] for s in part["items"]]
        assert walked == [s["id"] for s in page["items"]]

        several = c.get("/api/stories", params={"min_articles": 2}).json()
        assert several["total"] == sum(1 for s in page["items"] if s["articles"] >= 2) >= 2  # the floods too
        assert talks in {s["id"] for s in several["items"]} and all(s["articles"] >= 2 for s in several["items"])
        three = c.get("/api/stories", params={"min_articles": 3}).json()
        assert three["total"] == 1 and [s["id"] for s in three["items"]] == [talks]
        assert c.get("/api/stories", params={"min_articles": 4}).json() == {"items": [], "total": 0, "limit": 50,
                                                                             "offset": 0}
        for bad in ({"min_articles": 0}, {"limit": 501}, {"offset": -1}, {"limit": "x"}):
            assert c.get("/api/stories", params=bad).status_code == 422, bad
    with make_client(url, read_token="reader") as c:
        assert c.get("/api/stories").status_code == 401
        assert c.get(f"/api/stories/{talks}").status_code == 401
        assert c.get("/api/stories", headers={"Authorization": "Bearer reader"}).json()["total"] == page["total"]


def test_story_timeline_and_unknown_stories(storied):
    from newsgraph.api.schemas import StoryDetail

    url, story_of = storied
    talks, reprint, deal = talks_record(), talks_reprint_record(), talks_deal_record()
    with make_client(url) as c:
        r = c.get(f"/api/stories/{story_of['handmade/talks']}")
        assert r.status_code == 200
        story = r.json()
        assert StoryDetail.model_validate(story).model_dump(mode="json") == story
        assert (story["title"], story["first"], story["last"]) == (talks.article.title, "2025-06-02", "2025-06-04")
        # In time order; the reprint is folded into the talks article with both sources.
        assert [(a["article_id"], a["title"], a["published"], a["copies"], a["sources"]) for a in story["articles"]] == [
            (talks.article.id, talks.article.title, "2025-06-02", 2, ["Harbor City Wire", "Coastal Herald"]),
            (deal.article.id, deal.article.title, "2025-06-04", 1, ["Harbor City Wire"]),
        ]
        events = {e["type"]: e for e in story["events"]}
        assert set(events) == {"CONSULT", "PROTEST", "AGREE"}
        met = events["CONSULT"]
        assert (met["actors"], met["recipients"], met["status"]) == ("Ilse Marwick", "Teo Brandl", "happened")
        assert (met["num_mentions"], met["num_articles"], met["num_sources"]) == (2, 2, 2)
        assert {(m["article_id"], m["event"]) for m in met["mentions"]} == {(talks.article.id, "V1"),
                                                                           (reprint.article.id, "V1")}
        assert events["AGREE"]["first_reported"] == "2025-06-04" and events["AGREE"]["num_articles"] == 1
        # Each linked article is there to read.
        for a in story["articles"]:
            assert c.get(f"/api/articles/{a['article_id']}").json()["title"] == a["title"]

        storm = c.get(f"/api/stories/{story_of['handmade/storm']}").json()
        assert [a["article_id"] for a in storm["articles"]] == [storm_record().article.id]

        missing = c.get("/api/stories/999999")
        assert missing.status_code == 404 and missing.json() == {"detail": "no story with id 999999"}
        assert c.head("/api/stories/999999").status_code == 404
        for bad in ("0", "abc", str(2**31)):
            assert c.get(f"/api/stories/{bad}").status_code == 422, bad


def test_a_story_placed_after_its_article_was_stored_shows_at_once(storied):
    # Placing an article in its story is a transaction of its own after the article is stored,
    # and the SQLite answer cache is keyed by writes to the record tables only: a list read in
    # between must not be kept for the next reader.
    from newsgraph.scale.writer import index_story

    url, _ = storied
    lone = make_record("Museum Reopens After Roof Repairs\nThe city museum of Valmora reopened on Saturday after "
                       "two years of roof repairs, its director said.", ref="handmade/museum",
                       published="2025-09-01", source="Inland Post")
    with make_client(url) as c:
        before = c.get("/api/stories").json()
        with Store(url) as other:
            assert other.add_record(lone).added
            assert c.get("/api/stories").json()["total"] == before["total"]  # stored, not yet placed
            placed = index_story(other, lone)
        after = c.get("/api/stories").json()
        assert after["total"] == before["total"] + 1
        assert after["items"][0]["id"] == placed.story_id and after["items"][0]["last"] == "2025-09-01"
