"""Round 30 product walkthrough: the API's reference offline, old actor ids after a merge,
refreshing a stored article, and a feed that keeps failing. Texts written for these tests."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from backends import backend, store_url  # noqa: F401 - fixtures
from newsgraph.api.settings import ApiSettings

TOKEN = "round30-token"


def _client(tmp_path, **settings) -> TestClient:
    from newsgraph.api.app import create_app

    return TestClient(create_app(f"sqlite:///{tmp_path / 'r30.db'}", api_settings=ApiSettings(**settings)))


# -- 1. /docs works without network ------------------------------------------------------------

def test_api_docs_page_needs_nothing_from_other_sites_and_lists_every_endpoint(tmp_path):
    with _client(tmp_path, write_token=TOKEN, read_token="closed-reads") as c:
        r = c.get("/docs")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        # Swagger UI came from a CDN: blank offline. Nothing may be loaded from another origin.
        assert not re.search(r'(?:src|href)="(?:https?:)?//', r.text)
        assert "'self'" in r.headers["content-security-policy"]
        schema = c.get("/openapi.json").json()
        for path, methods in schema["paths"].items():
            for method in methods:
                assert f"<code>{method.upper()} {path}</code>" in r.text
        # Parameters with their ranges and allowed values, and the answers' fields.
        assert "integer, 1–500" in r.text and "one of: happened, ongoing, planned" in r.text
        assert 'id="schema-EventOut"' in r.text
        assert c.get("/redoc").status_code == 404


def test_api_docs_page_escapes_what_the_schema_says():
    from newsgraph.api.docs_page import docs_view
    from newsgraph.web.routes import _env

    hostile = {"openapi": "3.1.0", "info": {"title": "<script>x</script>", "version": "1"},
               "paths": {"/api/<b>": {"get": {"summary": "<img src=x onerror=alert(1)>", "responses": {}}}}}
    html = _env.get_template("api_docs.html").render(api=docs_view(hostile), openapi_version="3.1.0", href=lambda p, **k: p,
                                                      static=lambda n: n, page="docs", notes=[])
    assert "<script>x" not in html and "<img src=x" not in html and "&lt;img src=x" in html


# -- 2. an actor merged away: its old id leads to the actor it joined ------------------------------

def _surname_then_full_name(store):
    """Article 1 names 'Okafor' only (a surname actor); article 2 names 'Grace Okafor' in full,
    and linking absorbs the surname actor into her."""
    from handmade import make_record

    first = make_record("Port levy raised\nOkafor said on Monday the port levy would rise in March.",
                        ref="r30/levy-1", published="2026-03-02",
                        entities=[("E1", "Okafor", "PERSON", None, None, ["Okafor"], [])],
                        quotes=[("A1", "indirect", "E1", "Okafor", "said", ["the port levy would rise in March"])])
    second = make_record("Minister defends levy\nHarbour minister Grace Okafor defended the port levy on Friday.",
                         ref="r30/levy-2", published="2026-03-06",
                         entities=[("E1", "Grace Okafor", "PERSON", None, None, ["Grace Okafor"], [])])
    store.add_record(first)
    with store.session() as s:
        from newsgraph.store.tables import EntityRow

        old = s.query(EntityRow.actor_id).filter(EntityRow.name == "Okafor").scalar()
    store.add_record(second)
    with store.session() as s:
        new = s.query(EntityRow.actor_id).filter(EntityRow.name == "Okafor").scalar()
    assert old != new, "linking absorbed the surname actor"
    return old, new


def test_an_actor_id_merged_away_redirects_in_the_api_and_the_web(tmp_path):
    with _client(tmp_path) as c:
        old, new = _surname_then_full_name(c.app.state.store)
        r = c.get(f"/api/actors/{old}", follow_redirects=False)
        assert r.status_code == 307 and r.headers["location"] == f"/api/actors/{new}"
        followed = c.get(f"/api/actors/{old}")
        assert followed.status_code == 200 and followed.json()["name"] == "Grace Okafor"
        assert followed.json()["quotes"] == 1
        page = c.get(f"/actors/{old}", follow_redirects=False)
        assert page.status_code == 307 and page.headers["location"] == f"/actors/{new}"
        assert "Grace Okafor" in c.get(f"/actors/{old}").text
        assert c.get(f"/api/actors/{new + 1000}").status_code == 404  # never an actor: still 404
        # Lists filtered by the old id, in the API and on the pages, follow it too.
        for path in (f"/api/quotes?actor={old}&limit=5", f"/api/articles?actor={old}", f"/api/records?actor={old}",
                     f"/api/events?actor={old}", f"/?actor={old}", f"/search?scope=quotes&actor={old}"):
            r = c.get(path, follow_redirects=False)
            assert r.status_code == 307 and f"actor={new}" in r.headers["location"], path
        assert c.get(f"/api/quotes?actor={old}&limit=5").json()["total"] == 1
        assert c.get(f"/api/quotes?actor={new + 1000}").json()["total"] == 0  # no such actor: an empty list


def test_a_chain_of_merges_and_a_user_join_lead_to_the_last_actor(store_url):
    from handmade import make_record
    from newsgraph.store import Store
    from newsgraph.store.linking import find_actors, join_actors, merged_into
    from newsgraph.store.tables import ActorRow

    with Store(store_url) as store:  # SQLite and PostgreSQL
        old, grace = _surname_then_full_name(store)
        store.add_record(make_record("Levy row\nG. N. Okafor-Bello chaired the port board on Sunday.",
                                     ref="r30/levy-3", published="2026-03-08",
                                     entities=[("E1", "G. N. Okafor-Bello", "PERSON", None, None, ["G. N. Okafor-Bello"], [])]))
        with store.session.begin() as s:
            other = s.query(ActorRow).filter(ActorRow.name == "G. N. Okafor-Bello").one()
            target = s.get(ActorRow, grace)
            join_actors(s, other, target)  # Grace Okafor's actor is merged into the other
            last = other.id
        with store.session() as s:
            assert merged_into(s, grace) == last and merged_into(s, old) == last
            assert merged_into(s, last) is None
            assert [a.id for a in find_actors(s, str(old))] == [last]


def test_newsgraph_actor_with_a_merged_id_says_where_it_went(tmp_path, run_cli):
    import json

    from newsgraph.store import Store

    db = f"sqlite:///{tmp_path / 'merged.db'}"
    with Store(db) as store:
        old, new = _surname_then_full_name(store)
    code, out, err = run_cli("actor", f"#{old}", "--db", db, "--json")
    assert code == 0 and json.loads(out)["id"] == new
    assert f"actor #{old} was merged into #{new} Grace Okafor" in err


# -- 4. a feed answering 5xx: bounded retries with back-off, the other feeds go on ---------------

_EMPTY_RSS = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Wire</title>'
              '<link>http://wire.invalid/</link><description>nothing new</description></channel></rss>')


def _watch(tmp_path, server, **kw):
    import time

    from newsgraph.ingest.url import Fetcher, FetchPolicy
    from newsgraph.scale.watch import FeedWatcher
    from newsgraph.store import Store

    store = Store(f"sqlite:///{tmp_path / 'watch.db'}")
    fetcher = Fetcher(FetchPolicy(allow_private=True))
    # A tiny interval: the back-off is interval × 2^failures, so the test runs in seconds.
    return store, fetcher, FeedWatcher(store, fetcher, pipeline=None, interval=0.01, delay=0,
                                       sleep=lambda s: time.sleep(min(s, 0.02)), **kw)


def test_a_feed_answering_500_is_given_up_after_bounded_retries_and_the_others_go_on(tmp_path):
    from local_http import LocalServer, Response
    from newsgraph.scale.cli import _feed_problem

    with LocalServer() as server:
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        server.routes["/broken.xml"] = Response(500, "internal error", content_type="text/plain")
        server.routes["/quiet.xml"] = Response(body=_EMPTY_RSS, content_type="application/rss+xml")
        broken, quiet = server.url("/broken.xml"), server.url("/quiet.xml")
        store, fetcher, watcher = _watch(tmp_path, server, max_failures=3)
        with store, fetcher:
            results = watcher.run([broken, quiet], max_polls=12)
        bad = [r for r in results if r.feed == broken]
        assert [r.failures for r in bad] == [1, 2, 3] and [r.gave_up for r in bad] == [False, False, True]
        assert bad[0].retry_in < bad[1].retry_in < bad[2].retry_in  # back-off
        assert server.paths().count("/broken.xml") == 3
        assert sum(r.feed == quiet and r.status == "new" for r in results) == 12 - 3
        line = _feed_problem(bad[-1])
        assert line == "answered HTTP 500; gave up after 3 failed polls in a row (the other feeds go on)"
        assert _feed_problem(bad[0]).startswith("answered HTTP 500; failed poll 1, asked again in ")


def test_watch_ends_when_every_feed_is_given_up_and_survives_an_unexpected_failure(tmp_path):
    from local_http import LocalServer, Response

    with LocalServer() as server:
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        server.routes["/quiet.xml"] = Response(body=_EMPTY_RSS, content_type="application/rss+xml")
        store, fetcher, watcher = _watch(tmp_path, server, max_failures=2)
        real_poll, quiet, odd = watcher.poll, server.url("/quiet.xml"), server.url("/odd.xml")

        def poll(url):
            if url == odd:
                raise RuntimeError("the feed's state could not be read")
            return real_poll(url)

        watcher.poll = poll
        with store, fetcher:
            results = watcher.run([odd, quiet], max_polls=6)
            assert [r.gave_up for r in results if r.feed == odd] == [False, True]
            assert "RuntimeError" in results[0].message
            assert sum(r.feed == quiet for r in results) == 4
            server.routes["/quiet.xml"] = Response(503, "down", content_type="text/plain")
            assert len(watcher.run([quiet])) == 2  # both polls fail: given up, run returns


# -- 3. re-ingesting an article: --replace refreshes it ------------------------------------------

def _jsonl(tmp_path, name: str, text: str, url: str) -> str:
    import json

    path = tmp_path / name
    path.write_text(json.dumps({"ref": name, "text": text, "url": url, "published": "2026-04-14",
                                "source": "Coast Wire"}) + "\n", encoding="utf-8")
    return str(path)


FIRST = ("Ferry fares frozen\n"
         "Transport minister Ilse Marten froze ferry fares on Tuesday, saying islanders had paid enough. "
         "The opposition leader, Tomas Grell, accused her of buying votes.")
UPDATED = ("Ferry fares frozen until spring\n"
           "Transport minister Ilse Marten froze ferry fares until April on Tuesday, saying islanders had paid enough. "
           "Harbour workers welcomed the decision.")


def test_ingest_replace_refreshes_a_changed_page_and_a_record_read_by_an_older_extractor(tmp_path, run_cli):
    from sqlalchemy import select

    from newsgraph.scale.stories import StoryIndex
    from newsgraph.store import Store
    from newsgraph.store.tables import ActorRow, ArticleRow

    db = f"sqlite:///{tmp_path / 'replace.db'}"
    url = "https://coast.example/ferry-fares"
    first, updated = _jsonl(tmp_path, "v1.jsonl", FIRST, url), _jsonl(tmp_path, "v2.jsonl", UPDATED, url)
    assert run_cli("ingest", "--jsonl", first, "--db", db)[0] == 0
    code, _, err = run_cli("ingest", "--jsonl", first, "--db", db)
    assert code == 0 and "0 added, 1 already stored" in err

    # The same text stored by an older extractor (here: a record that lost its events): without
    # --replace it is skipped unread; with it, it is read again and its record refreshed.
    with Store(db) as store:
        old = store.get_record(next(iter(store.list_articles()))["id"])
        assert old.events and any(a["name"] == "Tomas Grell" for a in store.actors())
        with store.session.begin() as s:
            s.get(ArticleRow, old.article.id).record = old.model_copy(update={"events": []}).to_json()
    assert "1 already stored" in run_cli("ingest", "--jsonl", first, "--db", db)[2]
    code, _, err = run_cli("ingest", "--jsonl", first, "--replace", "--db", db)
    assert code == 0 and "0 added, 1 replaced" in err
    with Store(db) as store:
        assert store.count_articles() == 1
        assert store.get_record(old.article.id).events == old.events

    # The page changed: the same URL with new text replaces the stored article.
    code, _, err = run_cli("ingest", "--jsonl", updated, "--replace", "--db", db)
    assert code == 0 and "0 added, 1 replaced" in err
    with Store(db) as store:
        [row] = store.list_articles()
        assert row["title"] == "Ferry fares frozen until spring"
        with store.session() as s:
            names = set(s.execute(select(ActorRow.name)).scalars())
            assert "Ilse Marten" in names and "Tomas Grell" not in names  # only the old text named him
            marten = s.execute(select(ActorRow).where(ActorRow.name == "Ilse Marten")).scalar_one()
            assert marten.article_count == 1
        assert store.quotes(by="Grell") == []
        index = StoryIndex(store.engine)
        assert index.count_indexed() == 1 and index.placement(row["id"]) is not None
    assert "Grell" not in run_cli("quotes", "--db", db, "--json")[1]
    # The old version's id leads to the new one: API, web page and `newsgraph show`.
    from newsgraph.api.app import create_app

    with TestClient(create_app(db)) as c:
        for path in (f"/api/articles/{old.article.id}", f"/api/records/{old.article.id}", f"/articles/{old.article.id}"):
            r = c.get(path, follow_redirects=False)
            assert r.status_code == 307 and r.headers["location"].endswith(path.replace(old.article.id, row["id"])), path
        assert c.get(f"/api/records/{old.article.id}").json()["article"]["title"] == "Ferry fares frozen until spring"
    code, out, err = run_cli("show", old.article.id, "--db", db, "--json")
    assert code == 0 and "was replaced by" in err and "until April" in out
    code, out, _ = run_cli("export", "jsonl", "--db", db)
    assert code == 0 and len(out.strip().splitlines()) == 1 and "until April" in out


def test_replace_is_refused_with_dask_workers(tmp_path, run_cli):
    code, _, err = run_cli("ingest", "--jsonl", _jsonl(tmp_path, "v.jsonl", FIRST, "https://x.example/a"),
                           "--replace", "--workers", "1", "--db", f"sqlite:///{tmp_path / 'd.db'}")
    assert code == 2 and "leave out --workers" in err


# -- walkthrough: an actor's roles listed once ---------------------------------------------------

def test_a_role_seen_with_and_without_its_country_is_listed_once(tmp_path):
    from handmade import make_record
    from newsgraph.store import Store

    with Store(f"sqlite:///{tmp_path / 'roles.db'}") as store:
        store.add_record(make_record("Budget row\nOpposition leader Maren Dahl rejected the budget on Monday.",
                                     ref="r30/roles-1", published="2026-02-02",
                                     entities=[("E1", "Maren Dahl", "PERSON", "NOR", None, ["Maren Dahl"], [("opposition leader", None)])]))
        store.add_record(make_record("Budget vote\nNorway's opposition leader Maren Dahl voted against the budget on Friday.",
                                     ref="r30/roles-2", published="2026-02-06",
                                     entities=[("E1", "Maren Dahl", "PERSON", "NOR", None, ["Maren Dahl"],
                                                [("Opposition Leader", "NOR"), ("party chair", None)])]))
        [dahl] = store.actors(type_="PERSON")
        assert dahl["roles"] == ["Opposition Leader (NOR)", "party chair"]


# -- walkthrough: tables read on an 80-column terminal or a pipe ---------------------------------

def test_counts_and_codes_keep_their_width_and_titles_get_the_rest():
    from rich.console import Console

    from newsgraph.render import data_table

    table = data_table("type", "status", "actors", "recipients", "trigger", "articles", "place")
    table.add_row("REQUEST", "happened", "Polish farmers from three eastern provinces",
                  "European Commission in Brussels and Strasbourg", "demanding", "12",
                  "Warsaw and the eastern border crossings")
    table.add_row("ACCUSE\n/disapprove", "happened", "Oksana Lysenko", "", "called", "3", "Warsaw")
    console = Console(width=80, record=True, force_terminal=False)
    console.print(table)
    text = console.export_text()
    # One-word cells and the headers of their columns were cut ("demandi…", "artic…"); the
    # columns of names and phrases wrap instead.
    for word in ("demanding", "articles", "happened", "/disapprove", "trigger"):
        assert word in text


def test_stories_table_shows_whole_titles_on_80_columns(tmp_path, run_cli):
    import json

    from newsgraph.store import Store
    from newsgraph.scale.writer import index_story
    from handmade import make_record

    db = f"sqlite:///{tmp_path / 'stories.db'}"
    with Store(db) as store:
        for n, day in enumerate(("2026-05-10", "2026-05-14")):
            record = make_record(f"Copper miners in the north stay out on strike over pay, day {n + 3}\n"
                                 f"Miners at the Escondida Norte pit stayed out on strike for a {n + 3}rd day over pay "
                                 "against Andes Mineral.",
                                 ref=f"r30/strike-{n}", published=day, source=f"Wire {n}",
                                 entities=[("E1", "Miners", "NORP", None, None, ["Miners"], []),
                                           ("E2", "Andes Mineral", "ORG", None, None, ["Andes Mineral"], [])],
                                 events=[("V1", "PROTEST", "ongoing", ["E1"], ["E2"], "strike", None)])
            store.add_record(record)
            index_story(store, record)
    code, out, _ = run_cli("stories", "--db", db)
    assert code == 0
    title = " ".join(line.split("│")[2].strip() for line in out.splitlines() if line.count("│") > 3)
    assert "Copper miners in the north stay out on strike" in title
    assert "2026-05-10" in out and "2026-05-14" in out and "artic…" not in out
    rows = json.loads(run_cli("stories", "--db", db, "--json")[1])
    assert len(rows) == 1 and rows[0]["articles"] == 2
    code, out, _ = run_cli("story", str(rows[0]["id"]), "--db", db)
    assert code == 0 and "Andes Mineral" in out and "2/2/2" in out  # mentions/articles/sources


# -- walkthrough: a store written by a newer newsgraph ------------------------------------------

def test_a_store_from_a_newer_newsgraph_is_one_clear_error(tmp_path, run_cli):
    from sqlalchemy import create_engine, text

    from newsgraph.store import Store

    db = f"sqlite:///{tmp_path / 'newer.db'}"
    Store(db).close()
    engine = create_engine(db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zz_from_the_future'"))
    engine.dispose()
    code, out, err = run_cli("actors", "--db", db)
    assert code == 1 and out == ""
    assert err.startswith("newsgraph: error: the database") and "newer newsgraph" in err
    assert len(err.strip().splitlines()) <= 3 and "Traceback" not in err


# -- walkthrough: POST an article's HTML or text with its URL, as docs/api.md shows -------------

def test_submitted_html_or_text_may_carry_its_url_which_is_not_fetched(tmp_path):
    from newsgraph.api.settings import ApiSettings as Settings
    from newsgraph.api.worker import job_document

    auth = {"Authorization": f"Bearer {TOKEN}"}
    page = ("<html><head><title>Dam opens</title></head><body><article><h1>Dam opens</h1><p>The new dam on the "
            "Kafue river opened on Monday, the energy ministry said.</p></article></body></html>")
    with _client(tmp_path, write_token=TOKEN) as c:
        for body in ({"html": page, "url": "https://river.example/dam"},
                     {"text": "Dam opens\n\nThe dam opened on Monday.", "url": "https://river.example/dam-2"}):
            r = c.post("/api/articles", json=body, headers=auth)
            assert r.status_code == 202, r.text
            job = c.app.state.store.jobs.get(r.json()["id"])
            assert job.kind == ("html" if "html" in body else "text")
            doc = job_document(job, Settings(), fetch=lambda *a, **k: (_ for _ in ()).throw(AssertionError("fetched")))
            assert doc.url == body["url"]
        assert c.post("/api/articles", json={"text": "a", "html": "<p>b</p>", "url": "https://x.example/"},
                      headers=auth).status_code == 422
        assert c.post("/api/articles", json={"title": "no body"}, headers=auth).status_code == 422


# -- walkthrough: a directory read in part says so ----------------------------------------------

def test_a_directory_with_subdirectories_and_other_files_says_what_was_not_read(tmp_path, run_cli):
    corpus = tmp_path / "corpus"
    (corpus / "2026-05").mkdir(parents=True)
    (corpus / "top.txt").write_text("Port reopens\n\nThe port of Tema reopened on Monday.\n", encoding="utf-8")
    (corpus / "2026-05" / "nested.txt").write_text("Port closes\n\nThe port of Tema closed on Friday.\n", encoding="utf-8")
    (corpus / "notes.md").write_text("# notes\n", encoding="utf-8")
    (corpus / ".hidden").write_text("x", encoding="utf-8")
    code, out, err = run_cli("extract", str(corpus))
    assert code == 0 and len(out.strip().splitlines()) == 1
    [line] = [line for line in err.splitlines() if "not read" in line]
    assert "1 subdirectory not read (2026-05: give it as a path)" in line
    assert "1 file not read, not .txt or .html (notes.md)" in line and ".hidden" not in line


# -- walkthrough: import places records in stories, and --replace refreshes them -----------------

def test_import_places_articles_in_stories_and_replace_refreshes_a_record(tmp_path, run_cli):
    import json

    from handmade import make_record
    from newsgraph.store import Store

    record = make_record("Dockers strike in Tema\nDockers in Tema went on strike on Monday over unpaid overtime.",
                         ref="r30/tema", published="2026-03-09", url="https://gulf.example/tema",
                         entities=[("E1", "Dockers", "NORP", None, None, ["Dockers"], [])],
                         events=[("V1", "PROTEST", "happened", ["E1"], [], "strike", None)])
    path = tmp_path / "records.jsonl"
    path.write_text(record.to_json() + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'imported.db'}"
    assert run_cli("import", str(path), "--db", db)[0] == 0
    stories = json.loads(run_cli("stories", "--db", db, "--json")[1])
    assert [s["title"] for s in stories] == ["Dockers strike in Tema"] and stories[0]["events"] == 1

    newer = record.model_copy(update={"events": []})  # the same article, read again differently
    path.write_text(newer.to_json() + "\n", encoding="utf-8")
    code, _, err = run_cli("import", str(path), "--db", db)
    assert code == 0 and "1 already stored" in err
    code, _, err = run_cli("import", str(path), "--replace", "--db", db)
    assert code == 0 and "0 added, 1 replaced" in err
    with Store(db) as store:
        assert store.get_record(record.article.id).events == [] and store.events() == []
    stories = json.loads(run_cli("stories", "--db", db, "--json")[1])
    assert len(stories) == 1 and stories[0]["events"] == 0


def test_replace_record_by_url_on_both_backends(store_url):
    from handmade import make_record
    from newsgraph.store import Store
    from newsgraph.store import search

    def version(text, people):
        return make_record(text, ref="r30/dam", published="2026-06-01", url="https://river.example/dam",
                           entities=[(f"E{n}", name, "PERSON", "ZMB", None, [name], [("engineer", "ZMB")])
                                     for n, name in enumerate(people, 1)],
                           quotes=[("A1", "indirect", "E1", people[0], "said", ["the dam would open in June"])])

    first = version("Dam to open\nChief engineer Mwila Banda said the dam would open in June, "
                    "and Ruth Phiri agreed.", ["Mwila Banda", "Ruth Phiri"])
    second = version("Dam to open soon\nChief engineer Mwila Banda said the dam would open in June "
                     "after spillway repairs.", ["Mwila Banda"])
    with Store(store_url) as store:
        assert store.replace_record(first).replaced == ()
        result = store.replace_record(second)
        assert result.replaced == (first.article.id,) and result.article_id == second.article.id
        assert store.count_articles() == 1
        people = {a["name"]: a for a in store.actors(type_="PERSON")}
        assert set(people) == {"Mwila Banda"} and people["Mwila Banda"]["articles"] == 1
        assert len(store.quotes(by="Banda")) == 1
        with store.session() as s:
            assert search.search_articles(s, "spillway")["total"] == 1
            assert search.search_articles(s, "Phiri")["total"] == 0
        again = store.replace_record(second)  # the same record again: replaced in place
        assert again.replaced == (second.article.id,) and not again.added
        assert store.actors(type_="PERSON")[0]["articles"] == 1


def test_an_article_page_answering_503_is_given_up_after_bounded_polls(tmp_path, pipeline):
    from local_http import LocalServer, Response

    with LocalServer() as server:
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        server.routes["/story"] = Response(503, "busy", content_type="text/plain")
        link = server.url("/story")
        server.routes["/feed.xml"] = Response(body=(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Gulf Wire</title><link>http://wire.invalid/</link>'
            f'<description>d</description><item><title>Port strike</title><link>{link}</link><guid>{link}</guid>'
            '</item></channel></rss>'), content_type="application/rss+xml")
        store, fetcher, watcher = _watch(tmp_path, server, max_failures=2)
        watcher.pipeline = pipeline
        reported = []
        watcher.on_record = lambda record, store_error: reported.append(record.error.message if record.error else None)
        with store, fetcher:
            results = watcher.run([server.url("/feed.xml")], max_polls=4)
        assert [r.new for r in results] == [1, 1, 0, 0]  # asked twice, then seen
        assert server.paths().count("/story") == 2
        assert len(reported) == 1 and reported[0].endswith("answered HTTP 503; gave up after 2 polls")
