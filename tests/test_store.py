"""The SQLite store through the CLI: ingest, idempotence, queries."""

import json

from conftest import EXAMPLES


def test_ingest_query_and_reingest(run_cli, tmp_path, monkeypatch):
    db = f"sqlite:///{tmp_path / 'ng.db'}"
    code, _, err = run_cli("ingest", str(EXAMPLES), "--db", db)
    assert code == 0, err
    n_examples = len([p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")])
    assert f"{n_examples} added" in err

    # A re-run parses nothing: articles already stored are known by the id of their clean text.
    import newsgraph.pipeline

    parsed: list[str] = []
    real_parse = newsgraph.pipeline.parse_texts
    monkeypatch.setattr(newsgraph.pipeline, "parse_texts",
                        lambda nlp, texts, **kw: real_parse(nlp, (parsed.append(t) or t for t in texts), **kw))
    (tmp_path / "more").mkdir()
    new_text = "Harbour pilots in Port Vell went on strike on Monday, the port authority said.\n"
    (tmp_path / "more" / "new.txt").write_text(new_text, encoding="utf-8")
    code, _, err = run_cli("ingest", str(EXAMPLES), str(tmp_path / "more"), "--db", db)
    assert code == 0, err
    assert f"1 added, {n_examples} already stored" in err
    assert len(parsed) == 1 and "Harbour pilots" in parsed[0]

    code, out, _ = run_cli("actors", "--db", db, "--json", "--limit", "500")
    actors = json.loads(out)
    names = [a["name"] for a in actors]
    assert len(names) == len(set((a["type"], a["name"]) for a in actors))
    assert "Farah Qureshi" in names  # in two articles
    qureshi = next(a for a in actors if a["name"] == "Farah Qureshi")
    assert qureshi["articles"] == 2

    code, out, _ = run_cli("quotes", "--db", db, "--by", "lehtinen", "--json")
    quotes = json.loads(out)
    assert quotes and all("Lehtinen" in q["speaker"] for q in quotes)

    code, out, _ = run_cli("events", "--db", db, "--type", "consult", "--json")
    events = json.loads(out)
    assert events and {e["type"] for e in events} == {"CONSULT"}

    code, out, _ = run_cli("events", "--db", db, "--status", "planned", "--json")
    assert {e["status"] for e in json.loads(out)} == {"planned"}

    assert run_cli("events", "--db", db, "--type", "HUG")[0] == 2

    article_id = quotes[0]["article_id"]
    code, out, _ = run_cli("show", article_id[:10], "--db", db, "--json")
    assert code == 0 and json.loads(out)["article"]["id"] == article_id
    code, out, _ = run_cli("show", article_id, "--db", db)
    assert code == 0 and "Entities" in out

    code, _, err = run_cli("show", "0" * 64, "--db", db)
    assert code == 1 and "no article" in err

    code, out, _ = run_cli("summary", "--db", db)
    assert code == 0 and "Who said what" in out


def test_wildcards_in_names_are_literal(run_cli, tmp_path):
    db = f"sqlite:///{tmp_path / 'ng.db'}"
    run_cli("ingest", str(EXAMPLES / "01-baltic-talks.txt"), "--db", db)
    code, out, _ = run_cli("quotes", "--db", db, "--by", "%", "--json")
    assert code == 0 and json.loads(out) == []


def test_unreachable_database_is_one_line_error(run_cli, tmp_path):
    code, _, err = run_cli("actors", "--db", "notadb://x")
    assert code == 1
    assert err.count("\n") == 1 and "error" in err


def test_a_title_only_article_is_stored_with_its_warning(run_cli, tmp_path):
    from newsgraph.record import article_id
    from newsgraph.store import Store

    db = f"sqlite:///{tmp_path / 'ng.db'}"
    headline = "Minister resigns over port contract scandal"
    title_only = tmp_path / "title.txt"
    title_only.write_text(f"{headline}\n", encoding="utf-8")
    code, _, err = run_cli("ingest", str(title_only), str(EXAMPLES / "01-baltic-talks.txt"), "--db", db)
    assert code == 0, err
    assert "2 added" in err
    assert [ln for ln in err.splitlines() if "warning:" in ln] == [
        f"newsgraph: warning: {title_only}: title only: no body text follows the title line"]
    with Store(db) as store:
        warned = {r.article.title: [w.kind for w in r.warnings] for r in store.iter_records()}
    assert warned[headline] == ["title-only"]
    assert [kinds for title, kinds in warned.items() if title != headline] == [[]]
    code, shown, _ = run_cli("show", article_id(headline), "--db", db, "--json")
    assert code == 0 and json.loads(shown)["warnings"][0]["kind"] == "title-only"
    code, shown, _ = run_cli("show", article_id(headline), "--db", db)
    assert code == 0 and "warning title-only: title only" in shown
