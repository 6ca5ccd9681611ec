"""Round 26 product walkthrough: what a new user meets on the command line, the API and the
inputs. Texts and requests written for this test."""

from __future__ import annotations

from fastapi.testclient import TestClient

from backends import backend, store_url  # noqa: F401 - fixtures
from newsgraph.api.settings import ApiSettings

TOKEN = "round26-token"
AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def _client(tmp_path) -> TestClient:
    from newsgraph.api.app import create_app

    return TestClient(create_app(f"sqlite:///{tmp_path / 'r26.db'}", api_settings=ApiSettings(write_token=TOKEN)))


def test_a_body_with_a_lone_surrogate_is_refused_with_422_not_a_500(tmp_path):
    # JSON may carry "\ud800" as an escape; UTF-8 cannot encode it, and echoing it back in the
    # 422 answer used to fail with a 500.
    bodies = ['{"text": "The harbour master quit on Friday \\ud800 after a row."}',
              '{"text": "The harbour master quit.", "title": "\\udc00"}',
              '{"text": "The harbour master quit.", "colour": "\\udc00"}']
    with _client(tmp_path) as c:
        for body in bodies:
            r = c.post("/api/articles", content=body.encode(), headers=AUTH)
            assert r.status_code == 422, body
            detail = r.json()["detail"]
            assert detail and "\\ud" in detail[0]["input"]


def test_a_422_answer_shows_the_start_of_a_long_input_only(tmp_path):
    with _client(tmp_path) as c:
        r = c.post("/api/articles", json={"text": "The ferry sailed. " * 5000, "published": "2026-02-30"}, headers=AUTH)
        assert r.status_code == 422
        assert len(r.content) < 2000
        r = c.post("/api/articles", json={"text": "The ferry sailed. " * 5000, "html": "<p>x</p>"}, headers=AUTH)
        assert r.status_code == 422 and len(r.content) < 2000


def _joint_meeting_record():
    from handmade import make_record

    text = ("Lakeland and Orvia hold border talks\n"
            "Lakeland's trade minister Rosa Vint and Orvian envoy Jakob Merz met in Selby on Monday and agreed "
            "to reopen two crossings.\n"
            "Rebel fighters and a militia clashed near Selby, officials said.")
    return make_record(
        text, ref="handmade/joint", published="2026-05-04",
        entities=[("E1", "Rosa Vint", "PERSON", None, None, ["Rosa Vint"], []),
                  ("E2", "Jakob Merz", "PERSON", None, None, ["Jakob Merz"], []),
                  ("E3", "Rebel fighters", "NORP", None, None, ["Rebel fighters"], []),
                  ("E4", "militia", "NORP", None, None, ["militia"], [])],
        events=[("V1", "CONSULT", "happened", ["E1", "E2"], [], "met", None),
                ("V2", "AGREE", "happened", ["E1", "E2"], [], "agreed", None),
                ("V3", "ASSAULT", "happened", ["E3", "E4"], [], "clashed", None)])


def test_joint_actors_of_a_meeting_are_each_others_counterparts_in_the_network(tmp_path):
    from newsgraph.export.network import build_network
    from newsgraph.store import Store

    with Store(f"sqlite:///{tmp_path / 'net.db'}") as store:
        store.add_record(_joint_meeting_record())
        with store.session() as s:
            net = build_network(s)
    names = {n["id"]: n["name"] for n in net.nodes}
    edges = {(names[e["source"]], e["relation"], names[e["target"]]) for e in net.edges}
    assert edges == {("Rosa Vint", "meets", "Jakob Merz"), ("Jakob Merz", "meets", "Rosa Vint"),
                     ("Rosa Vint", "agrees with", "Jakob Merz"), ("Jakob Merz", "agrees with", "Rosa Vint")}


def test_gdelt_events_row_of_a_joint_meeting_names_both_parties():
    from newsgraph.export.gdelt import EVENT_COLUMNS, event_rows

    rows = [dict(zip(EVENT_COLUMNS, r)) for r in event_rows(_joint_meeting_record())]
    pairs = [(r["Actor1Name"], r["Actor2Name"], r["EventCode"]) for r in rows]
    assert ("Rosa Vint", "Jakob Merz", "CONSULT") in pairs and ("Rosa Vint", "Jakob Merz", "AGREE") in pairs
    assert [p for p in pairs if p[2] in ("CONSULT", "AGREE")] == [("Rosa Vint", "Jakob Merz", "CONSULT"),
                                                                 ("Rosa Vint", "Jakob Merz", "AGREE")]
    # joint attackers are not each other's targets
    assert ("Rebel fighters", "", "ASSAULT") in pairs and ("militia", "", "ASSAULT") in pairs


def test_show_and_events_tables_keep_dates_statuses_and_modes_whole_on_an_80_column_terminal(tmp_path):
    import io

    from rich.console import Console
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.record import Record
    from newsgraph.render import render_record
    from newsgraph.store import Store

    data = _joint_meeting_record().model_dump()
    data["events"][0].update(mode="visit", status="hypothetical", date={"text": "Monday", "value": "2026-05-04", "resolution": "day"})
    data["events"][2].update(mode="disapprove", type="ACCUSE")
    record = Record.model_validate(data)
    buffer = io.StringIO()
    render_record(Console(file=buffer, width=80), record)
    shown = buffer.getvalue()
    for whole in ("2026-05-04", "hypothetical", "/visit", "/disapprove", "CONSULT"):
        assert whole in shown, whole

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        store.add_record(record)
    result = CliRunner().invoke(app, ["events", "--db", url], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    for whole in ("2026-05-04", "hypothetical", "/visit", "/disapprove"):
        assert whole in result.output, (whole, result.output)


def test_jsonl_published_that_is_no_calendar_day_is_a_bad_field_not_silently_dropped():
    from newsgraph.ingest.jsonl import parse_jsonl_line

    for bad in ("2026-13-45", "2025-02-30"):
        doc = parse_jsonl_line('{"ref": "r1", "text": "The ferry sailed on Monday.", "published": "%s"}' % bad, 1, 10_000)
        assert doc.error is not None and doc.error.kind == "bad-field" and bad in doc.error.message
    good = parse_jsonl_line('{"ref": "r2", "text": "The ferry sailed on Monday.", "published": "2024-02-29"}', 2, 10_000)
    assert good.error is None and good.published == "2024-02-29"


def test_a_dash_path_reads_one_document_from_standard_input():
    import io

    from newsgraph.ingest.paths import iter_path_documents

    text = "Ferry strike ends\n\nDock workers in Halvik ended a three-day strike on Monday, the union said.\n"
    docs = list(iter_path_documents(["-"], 10_000, stdin=io.BytesIO(text.encode())))
    assert [(d.ref, d.text, d.error) for d in docs] == [("-", text, None)]
    page = b"<!doctype html><html><body><p>Dock workers ended a strike.</p></body></html>"
    (doc,) = iter_path_documents(["-"], 10_000, stdin=io.BytesIO(page))
    assert doc.html and doc.text is None
    (empty,) = iter_path_documents(["-"], 10_000, stdin=io.BytesIO(b""))
    assert empty.error is not None and empty.error.kind == "empty"
    (big,) = iter_path_documents(["-"], 100, stdin=io.BytesIO(b"word " * 100))
    assert big.error is not None and big.error.kind == "too-large"


def test_extract_dash_on_the_command_line_reads_stdin(pipeline):
    import json

    from typer.testing import CliRunner

    from newsgraph.cli import app

    text = "Ferry strike ends\n\nDock workers in Halvik ended a three-day strike on Monday, the union said.\n"
    result = CliRunner().invoke(app, ["extract", "-", "--published", "2026-04-07"], input=text)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["ref"] == "-" and record["article"]["title"] == "Ferry strike ends" and record.get("error") is None


def test_a_short_brief_in_another_language_is_recognised_and_english_briefs_stay_english():
    from newsgraph.ingest.language import guess_language

    assert guess_language("Kanzlerin trifft Minister\n\nHAMBURG - Die Kanzlerin hat am Montag den Minister in "
                          "Hamburg getroffen. \"Wir sind uns einig\", sagte sie nach dem Gespräch.") == "de"
    assert guess_language("El alcalde dijo el martes que la ciudad no cerrará el puerto por la huelga.") == "es"
    assert guess_language("Новый мост открыт в понедельник, сказал мэр города.") == "ru"
    for english in ("Die Linke leader Heidi Reichinnek said the Bundestag would vote on Thursday.",
                    "Dock workers in Halvik ended a three-day strike on Monday, the union said.",
                    "Le Monde and El País said on Friday that the talks between the two sides had failed.",
                    "Lula da Silva e o governo"):
        assert guess_language(english) == "en", english


def test_show_lists_the_dates_and_amounts_of_the_record():
    import io

    from rich.console import Console

    from handmade import make_record
    from newsgraph.render import format_number, render_record

    text = ("Port deal signed\nHalvik Port agreed on Monday to pay $1.25 billion for 3,400 hectares, "
            "a 6.5 percent premium.")
    record = make_record(text, published="2026-04-07",
                         amounts=[(1250000000, "dollars", "$1.25 billion"), (3400, "hectares", "3,400 hectares"),
                                  (6.5, "percent", "6.5 percent")],
                         dates=[("2026-04-06", "day", "Monday")])
    buffer = io.StringIO()
    render_record(Console(file=buffer, width=100), record)
    shown = buffer.getvalue()
    for whole in ("Amounts", "1,250,000,000", "3,400", "hectares", "6.5", "Dates", "2026-04-06", "Monday"):
        assert whole in shown, whole
    assert (format_number(2300000000), format_number(6.5), format_number(12.0), format_number(0.125)) == \
        ("2,300,000,000", "6.5", "12", "0.125")


def test_head_requests_are_answered_like_get_without_a_body(tmp_path):
    with _client(tmp_path) as c:
        for path in ("/", "/api/health", "/api/articles", "/actors", "/static/style.css"):
            get, head = c.get(path), c.head(path)
            assert get.status_code == 200 and head.status_code == 200, path
            assert head.content == b"" and head.headers.get("content-type") == get.headers.get("content-type")
        assert c.head("/api/actors/99999").status_code == 404
        assert c.post("/api/articles", json={"text": "x"}).status_code in (401, 403)  # writes unchanged


def test_read_commands_on_a_mistyped_sqlite_path_fail_clearly_and_create_nothing(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import Store

    missing = tmp_path / "typo" / "news.db"
    url = f"sqlite:///{missing}"
    runner = CliRunner()
    for args in (["summary"], ["actors"], ["quotes"], ["events"], ["show", "abcdef12"], ["stories"], ["story", "1"],
                 ["actor", "Rosa Vint"], ["actor-decisions"], ["export", "jsonl"], ["export", "gkg"]):
        result = runner.invoke(app, [*args, "--db", url])
        assert result.exit_code == 1, (args, result.output)
        assert "no database at" in result.output, args
    assert not missing.exists() and not missing.parent.exists()
    # writing commands still create the store
    with Store(url) as store:
        store.add_record(_joint_meeting_record())
    result = runner.invoke(app, ["summary", "--db", url])
    assert result.exit_code == 0 and "1 article in the store" in result.output


def test_an_oversized_upload_on_the_submit_page_gets_a_page_not_raw_json(tmp_path):
    from newsgraph.api.app import create_app

    settings = ApiSettings(write_token=TOKEN, max_body_bytes=2000)
    with TestClient(create_app(f"sqlite:///{tmp_path / 'big.db'}", api_settings=settings)) as c:
        r = c.post("/submit", files={"file": ("story.txt", b"The ferry sailed. " * 500, "text/plain")})
        assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")
        assert "2,000-byte limit" in r.text and "<html" in r.text
        api = c.post("/api/articles", content=b'{"text": "' + b"x" * 3000 + b'"}', headers=AUTH)
        assert api.status_code == 413 and api.json()["detail"].startswith("the request body is over")


def test_export_to_a_path_it_cannot_write_is_a_one_line_error(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import Store

    url = f"sqlite:///{tmp_path / 'x.db'}"
    with Store(url) as store:
        store.add_record(_joint_meeting_record())
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    runner = CliRunner()
    for args in (["export", "csv", "-o", str(a_file)], ["export", "jsonl", "-o", str(tmp_path)],
                 ["export", "gkg", "-o", str(a_file / "x.tsv")]):
        result = runner.invoke(app, [*args, "--db", url])
        assert result.exit_code == 1 and "cannot write" in result.output, (args, result.output)
        assert "Traceback" not in result.output
    assert a_file.read_text() == "mine"
    ok = runner.invoke(app, ["export", "jsonl", "-o", str(tmp_path / "out" / "all.jsonl"), "--db", url])
    assert ok.exit_code == 0 and (tmp_path / "out" / "all.jsonl").read_text().count("\n") == 1


def test_import_refuses_records_whose_offsets_or_references_do_not_fit_and_stores_the_rest(tmp_path):
    import io
    import json

    from newsgraph.export.jsonl import import_records
    from newsgraph.store import Store

    good = _joint_meeting_record().to_dict()
    edited = json.loads(json.dumps(good))
    edited["article"]["text"] += " (updated)"
    far = json.loads(json.dumps(good))
    far["ref"] = "far"
    far["entities"][0]["mentions"][0].update(start=5000, end=5009)
    dangling = json.loads(json.dumps(good))
    dangling["events"][0]["recipients"] = ["E42"]
    other = json.loads(json.dumps(good))
    other["schema"] = "newsgraph.record/2"
    lines = [json.dumps(r) for r in (edited, far, dangling, other, good)]
    with Store(f"sqlite:///{tmp_path / 'imp.db'}") as store:
        report = import_records(store, io.StringIO("\n".join(lines) + "\n"))
        assert (report.added, report.failed) == (1, 4)
        assert store.count_articles() == 1
    text = "\n".join(report.errors)
    for why in ("sha256", "outside the text", "'E42' is no entity", "newsgraph.record/2"):
        assert why in text, why


def test_watch_retries_an_article_page_that_was_temporarily_unavailable_even_when_the_feed_is_unchanged(tmp_path, pipeline):
    from local_http import LocalServer, Response

    from newsgraph.ingest.url import Fetcher, FetchPolicy
    from newsgraph.scale.watch import FeedWatcher
    from newsgraph.store import Store

    page = ("<html><head><title>Harbour strike ends</title></head><body><article><p>Dock workers in Halvik "
            "ended a nine-day strike on Tuesday after the port authority agreed to raise wages, the union "
            "said. About 1,400 workers had walked out.</p></article></body></html>")
    with LocalServer() as server:
        answers = {"page": Response(503, "busy", headers={"Retry-After": "1"})}
        server.routes["/robots.txt"] = Response(404, "", content_type="text/plain")
        server.routes["/story.html"] = lambda req: answers["page"]

        def feed(req):
            if req.headers.get("if-none-match") == '"v1"':
                return Response(304, b"", headers={"ETag": '"v1"'}, content_type=None)
            body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                    f'<item><title>Harbour strike ends</title><link>{server.url("/story.html")}</link>'
                    '<guid>story-1</guid></item></channel></rss>')
            return Response(body=body, headers={"ETag": '"v1"'}, content_type="application/rss+xml")

        server.routes["/feed.xml"] = feed
        with Store(f"sqlite:///{tmp_path / 'w.db'}") as store, Fetcher(FetchPolicy(allow_private=True)) as fetcher:
            watcher = FeedWatcher(store, fetcher, pipeline, delay=0)
            first = watcher.poll(server.url("/feed.xml"))
            assert (first.status, first.stored, first.failed) == ("new", 0, 1)
            answers["page"] = Response(body=page)
            second = watcher.poll(server.url("/feed.xml"))
            assert (second.status, second.stored) == ("new", 1)
            assert store.count_articles() == 1
            assert watcher.poll(server.url("/feed.xml")).status == "not-modified"


def test_a_byte_order_mark_at_the_start_of_a_jsonl_file_does_not_cost_its_first_document(tmp_path):
    import io

    from newsgraph.export.jsonl import import_records
    from newsgraph.ingest.jsonl import iter_jsonl_documents
    from newsgraph.store import Store

    lines = '\ufeff{"ref": "w1", "text": "The ferry sailed on Monday."}\r\n{"ref": "w2", "text": "The ferry docked."}\r\n'
    docs = list(iter_jsonl_documents(io.StringIO(lines), 10_000))
    assert [(d.ref, d.error) for d in docs] == [("w1", None), ("w2", None)]
    with Store(f"sqlite:///{tmp_path / 'bom.db'}") as store:
        report = import_records(store, io.StringIO("\ufeff" + _joint_meeting_record().to_json() + "\n"))
        assert (report.added, report.failed) == (1, 0)


def test_jsonl_published_may_be_an_iso_timestamp_and_its_date_is_used():
    from newsgraph.ingest.jsonl import parse_jsonl_line

    for stamp in ("2026-03-04T08:15:00Z", "2026-03-04T23:59:59+05:30", "2026-03-04 08:15", "2026-03-04T08:15:00.123Z"):
        doc = parse_jsonl_line('{"ref": "t", "text": "The ferry sailed on Monday.", "published": "%s"}' % stamp, 1, 10_000)
        assert doc.error is None and doc.published == "2026-03-04", stamp
    for bad in ("2026-03-04Tnoon", "04/03/2026", "2026-02-30T08:00:00Z"):
        doc = parse_jsonl_line('{"ref": "t", "text": "The ferry sailed.", "published": "%s"}' % bad, 1, 10_000)
        assert doc.error is not None and doc.error.kind == "bad-field", bad


def test_a_page_drawn_by_javascript_is_read_from_its_json_ld_article_body():
    from newsgraph.ingest.html import extract_html

    page = ('<!doctype html><html><head><title>Port strike ends | Coast Times</title>'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebPage", "name": "Coast Times"},'
            '{"@type": ["NewsArticle"], "headline": "Port strike ends", "datePublished": "2026-11-03T09:00:00+01:00",'
            ' "author": [{"@type": "Person", "name": "Lise Anker"}], "publisher": {"@type": "Organization", "name": "Coast Times"},'
            ' "articleBody": "Dock workers at the port of Halvik ended a nine-day strike on Tuesday, the union said.\\n'
            'Union leader Arne Holt called it &quot;a fair deal&quot;."}]}</script>'
            '</head><body><div id="root"></div><script src="/app.js"></script></body></html>')
    got = extract_html(page)
    assert got.body.startswith("Dock workers at the port of Halvik ended") and '"a fair deal"' in got.body
    assert (got.title, got.published, got.author, got.source) == ("Port strike ends", "2026-11-03", "Lise Anker", "Coast Times")


def test_a_page_without_text_or_article_metadata_is_still_no_content():
    import pytest

    from newsgraph.errors import InputError
    from newsgraph.ingest.html import extract_html

    for page in ('<html><head><title>Empty</title></head></html>',
                 '<html><head><script type="application/ld+json">{"@type": "WebPage", "name": "Home"}</script>'
                 '</head><body><div id="app"></div></body></html>',
                 '<html><head><script type="application/ld+json">{not json</script></head><body></body></html>'):
        with pytest.raises(InputError) as info:
            extract_html(page)
        assert info.value.kind == "no-content"


def test_a_directory_with_only_subdirectories_says_they_are_not_read(tmp_path):
    from newsgraph.ingest.paths import iter_path_documents

    (tmp_path / "2026" / "03").mkdir(parents=True)
    (tmp_path / "2026" / "03" / "story.txt").write_text("Ferry strike ends\n\nDock workers ended a strike.\n")
    (doc,) = iter_path_documents([tmp_path], 10_000)
    assert doc.error.kind == "no-documents" and "subdirectories are not read" in doc.error.message
    assert str(tmp_path / "2026") in doc.error.message


def test_api_filters_read_types_statuses_and_kinds_in_any_case(tmp_path):
    from newsgraph.store import Store

    url = f"sqlite:///{tmp_path / 'case.db'}"
    with Store(url) as store:
        store.add_record(_joint_meeting_record())
    from newsgraph.api.app import create_app

    with TestClient(create_app(url, api_settings=ApiSettings(write_token=TOKEN))) as c:
        upper = c.get("/api/events", params={"type": "CONSULT", "status": "happened"}).json()
        lower = c.get("/api/events", params={"type": "consult", "status": "Happened"})
        assert lower.status_code == 200 and lower.json()["total"] == upper["total"] == 1
        assert c.get("/api/network", params=[("type", "consult"), ("type", "Agree")]).status_code == 200
        assert c.get("/api/quotes", params={"kind": "DIRECT"}).status_code == 200
        assert c.get("/api/events", params={"type": "meet"}).status_code == 422


def test_search_drops_lone_stop_words_on_both_backends(store_url):
    from newsgraph.store import Store, search

    with Store(store_url) as store:
        store.add_record(_joint_meeting_record())
        with store.session() as s:
            plain = search.search_articles(s, "Selby crossings")["total"]
            with_or = search.search_articles(s, "Selby OR crossings")["total"]
            with_nor = search.search_articles(s, "crossings nor Selby")["total"]
            phrase = search.search_articles(s, '"met in Selby"')["total"]
    assert plain == with_or == with_nor == phrase == 1
    assert [t.words for t in search.parse_query("the OR")] == [("the",), ("OR",)]  # nothing else: kept


def test_serve_on_a_busy_port_is_one_clear_error_before_announcing_anything(tmp_path):
    import socket

    from typer.testing import CliRunner

    from newsgraph.cli import app

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{tmp_path / 's.db'}", "--port", str(port), "--no-worker"])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "serving" not in result.output


def test_the_article_page_says_why_an_article_in_another_language_has_no_facts(tmp_path, pipeline):
    from newsgraph.api.app import create_app
    from newsgraph.ingest.document import InputDocument
    from newsgraph.store import Store

    text = ("Neue Brücke eröffnet\n\nDie Stadt hat am Montag die neue Brücke über den Fluss eröffnet. Der "
            "Bürgermeister sagte, dass der Bau drei Jahre gedauert habe und billiger als geplant gewesen sei. "
            "Die Anwohner haben lange auf diesen Tag gewartet, weil die alte Brücke gesperrt war.")
    (outcome,) = pipeline.process([InputDocument(ref="de", text=text)])
    url = f"sqlite:///{tmp_path / 'de.db'}"
    with Store(url) as store:
        store.add_record(outcome.record)
    with TestClient(create_app(url)) as c:
        page = c.get(f"/articles/{outcome.record.article.id}").text
    assert "another language (de)" in page and "nothing was extracted" in page


def test_a_bad_numeric_setting_in_the_environment_is_one_line_and_exit_2(tmp_path):
    import os
    import subprocess
    import sys

    story = tmp_path / "s.txt"
    story.write_text("Ferry strike ends\n\nDock workers ended a strike on Monday.\n")
    for name, value, says in (("NEWSGRAPH_MAX_INPUT_BYTES", "2MB", "must be an integer"),
                              ("NEWSGRAPH_BATCH_SIZE", "0", "must be at least 1")):
        env = {**os.environ, name: value}
        proc = subprocess.run([sys.executable, "-m", "newsgraph.cli", "extract", str(story)], env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.strip() == f"newsgraph: error: {name} {says}, got {value!r}" if says.endswith("integer") \
            else proc.stderr.strip() == f"newsgraph: error: {name} {says}, got {value}"
        assert "Traceback" not in proc.stderr
