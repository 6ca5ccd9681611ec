"""`newsgraph extract` as specified in shared/spec/record.md, including bad input."""

import json
from pathlib import Path

from conftest import EXAMPLES, records_from


def test_extract_directory_in_name_order(run_cli):
    code, out, err = run_cli("extract", str(EXAMPLES))
    assert code == 0, err
    records = records_from(out)
    names = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    assert [Path(r["ref"]).name for r in records] == names
    for r in records:
        assert r["schema"] == "newsgraph.record/1"
        assert "error" not in r


def test_stdout_is_only_json_lines(run_cli):
    code, out, _ = run_cli("extract", str(EXAMPLES / "01-baltic-talks.txt"))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1
    json.loads(lines[0])


def test_bad_inputs_give_error_records_and_the_batch_goes_on(run_cli, tmp_path):
    good = EXAMPLES / "04-tariff-dispute.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    cp1252 = tmp_path / "legacy.txt"
    cp1252.write_bytes("Minister Resigns Over Budget\nThe minister said: \u201cIt is over.\u201d He left on Friday.\n".encode("cp1252"))
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    no_article = tmp_path / "nav.html"
    no_article.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    missing = tmp_path / "missing.txt"

    args = [str(p) for p in (empty, binary, good, cp1252, huge, no_article, empty_dir, missing)]
    code, out, err = run_cli("extract", *args, "--published", "2025-03-03")
    assert code == 3
    records = records_from(out)
    assert [r["ref"] for r in records] == args
    kinds = [r.get("error", {}).get("kind") for r in records]
    assert kinds == ["empty", "binary", None, None, "too-large", "no-content", "no-documents", "not-found"]
    # The Windows-1252 file is decoded, with a warning, and processed.
    legacy = records[3]
    assert "\u201cIt is over.\u201d" in legacy["article"]["text"]
    assert any(a["content"][0]["text"].startswith("It is over") for a in legacy["attributions"])
    assert "Windows-1252" in err
    # The warning travels with the record too (once on stderr), and only with that record.
    assert [w["kind"] for w in legacy["warnings"]] == ["input"] and "Windows-1252" in legacy["warnings"][0]["message"]
    assert err.count("Windows-1252") == 1 and "warnings" not in records[2]
    # One line per problem on stderr, no traceback.
    assert "Traceback" not in err
    error_lines = [ln for ln in err.splitlines() if "error:" in ln]
    assert len(error_lines) == 6


def test_jsonl_input_and_published_precedence(run_cli, tmp_path):
    lines = [
        {"ref": "one", "text": "Talks Set\nThe ministers will meet on Tuesday.", "published": "2025-03-17"},
        {"ref": "two", "text": "Talks Set\nThe ministers will meet on Tuesday."},
        {"ref": "three", "html": "<html><body><article><h1>Page</h1><p>" + "The ministers met on Tuesday in Oslo and agreed on a plan. " * 3 + "</p></article></body></html>"},
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    code, out, err = run_cli("extract", "--jsonl", str(f), "--published", "2025-06-02")
    assert code == 0, err
    recs = records_from(out)
    assert [r["ref"] for r in recs] == ["one", "two", "three"]
    assert recs[0]["article"]["published"] == "2025-03-17"
    assert recs[1]["article"]["published"] == "2025-06-02"
    assert recs[0]["article"]["title"] == "Talks Set"
    tuesday = [d for d in recs[0]["dates"] if d["text"] == "Tuesday"]
    assert tuesday and tuesday[0]["value"] == "2025-03-18"
    assert recs[2]["article"]["input_offset"] is None


def test_jsonl_from_stdin(run_cli):
    line = json.dumps({"ref": "s", "text": "Headline Here\nThe mayor resigned on Monday."})
    code, out, _ = run_cli("extract", "--jsonl", "-", input=line + "\n")
    assert code == 0
    assert records_from(out)[0]["ref"] == "s"


def test_bad_arguments_exit_2(run_cli):
    assert run_cli("extract")[0] == 2
    assert run_cli("extract", str(EXAMPLES), "--published", "17/03/2025")[0] == 2
    assert run_cli("extract", "--jsonl", "/nonexistent/file.jsonl")[0] == 2


def test_no_clean_keeps_furniture(run_cli):
    page = EXAMPLES / "05-flood-relief-page.txt"
    _, cleaned, _ = run_cli("extract", str(page))
    _, raw, _ = run_cli("extract", str(page), "--no-clean")
    c, r = records_from(cleaned)[0], records_from(raw)[0]
    assert "Related stories" not in c["article"]["text"]
    assert {x["kind"] for x in c["article"]["removed"]} >= {"related-headlines", "comments", "share"}
    assert "Related stories" in r["article"]["text"]
    assert r["article"]["removed"] == []


def test_schema_command(run_cli):
    code, out, _ = run_cli("schema")
    assert code == 0
    assert json.loads(out)["title"].startswith("newsgraph record")


HEADLINE = "Minister resigns over port contract scandal"


def test_a_title_without_a_body_is_extracted_with_a_warning(run_cli, tmp_path):
    title_only = tmp_path / "title.txt"
    title_only.write_text(f"{HEADLINE}\n\n", encoding="utf-8")
    byline_only = tmp_path / "byline.txt"  # below the title, page furniture only
    byline_only.write_text(f"{HEADLINE}\nBy Jane Doe\nMarch 3, 2025\n", encoding="utf-8")
    headline_page = tmp_path / "headline.html"  # the page's extraction keeps only its headline
    headline_page.write_text(f"<html><head><title>{HEADLINE}</title></head>"
                             f"<body><article><h1>{HEADLINE}</h1></article></body></html>", encoding="utf-8")
    good = EXAMPLES / "01-baltic-talks.txt"
    args = [str(p) for p in (title_only, byline_only, headline_page, good)]
    code, out, err = run_cli("extract", *args)
    assert code == 0, err  # a warning, not an error: the records are made
    records = records_from(out)
    assert [r["ref"] for r in records] == args
    for r in records[:3]:
        assert r["warnings"] == [{"kind": "title-only", "message": "title only: no body text follows the title line"}]
        assert "error" not in r
        assert r["article"]["title"] == HEADLINE and r["article"]["text"].startswith(HEADLINE)
    assert records[2]["article"]["text"] == HEADLINE  # not "", which lost it and shared the id of ""
    assert "warnings" not in records[3]
    warnings = [ln for ln in err.splitlines() if "warning:" in ln]
    assert warnings == [f"newsgraph: warning: {ref}: title only: no body text follows the title line"
                        for ref in args[:3]]


def test_a_given_title_counts_as_the_title_line_only_when_the_text_repeats_it(run_cli):
    lines = [
        {"ref": "repeated", "title": "Talks Set", "text": "Talks Set\n"},
        {"ref": "given", "title": "Talks Set", "text": "The ministers will meet on Tuesday."},
        {"ref": "first-line", "text": "Talks Set\nThe ministers will meet on Tuesday."},
    ]
    code, out, err = run_cli("extract", "--jsonl", "-", input="".join(json.dumps(x) + "\n" for x in lines))
    assert code == 0, err
    warned = {r["ref"]: [w["kind"] for w in r.get("warnings", [])] for r in records_from(out)}
    assert warned == {"repeated": ["title-only"], "given": [], "first-line": []}
    assert [ln.split(": ")[2] for ln in err.splitlines() if "warning:" in ln] == ["repeated"]
