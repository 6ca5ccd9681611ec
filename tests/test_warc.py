"""WARC crawls: HTML responses become documents; everything else is skipped; damage is reported."""

from __future__ import annotations

import gzip
import io

import pytest

from newsgraph.ingest.warc import is_warc_path, iter_warc_documents

PAGES = {
    "https://news.example/2025/ferry": ("Ferry service to Marrow resumes", "The ferry between Port Elsworth and the island of Marrow resumed on Monday after a three-week repair of the harbour ramp, the operator said."),
    "https://news.example/2025/budget": ("City budget passes narrowly", "The city council of Port Elsworth passed next year's budget by one vote on Thursday after a debate about road repairs, council leader Helen Okafor said."),
}


def html(title: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title><meta charset='utf-8'></head><body><article><h1>{title}</h1>"
            f"<p>{body}</p><p>{body}</p></article></body></html>").encode()


def make_warc(path, *, gz: bool = True, extra_records: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for uri, (title, body) in PAGES.items():
            if extra_records:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
                writer.write_record(writer.create_warc_record(uri, "request", http_headers=req))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html(title, body)),
                                                          http_headers=headers))
            if extra_records:
                img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(uri + ".png", "response", payload=io.BytesIO(b"\x89PNG...."),
                                                              http_headers=img))
                moved = StatusAndHeaders("301 Moved", [("Location", uri)], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(uri + "/old", "response", payload=io.BytesIO(b""),
                                                              http_headers=moved))


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_documents(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    make_warc(path, gz=gz)
    docs = list(iter_warc_documents(path, max_bytes=1_000_000))
    assert [d.url for d in docs] == list(PAGES)
    assert all(d.error is None and "Port Elsworth" in d.html for d in docs)
    assert docs[0].ref == f"{path}#https://news.example/2025/ferry"


def test_warc_documents_become_records(tmp_path, pipeline):
    path = tmp_path / "crawl.warc.gz"
    make_warc(path)
    records = [o.record for o in pipeline.process(iter_warc_documents(path, max_bytes=1_000_000))]
    assert [r.error for r in records] == [None, None]
    assert records[1].article.url == "https://news.example/2025/budget"
    assert "budget" in records[1].article.text


def test_oversized_page_is_an_error_and_reading_goes_on(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    make_warc(path)
    docs = list(iter_warc_documents(path, max_bytes=300))
    assert [d.error.kind for d in docs] == ["too-large", "too-large"]


def test_damaged_and_empty_archives(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    make_warc(path, extra_records=False)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 9 // 10])  # into the second record
    docs = list(iter_warc_documents(cut, max_bytes=1_000_000))
    assert docs[0].error is None
    assert docs[-1].error is not None and docs[-1].error.kind == "bad-warc"
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not a warc file at all\n" * 10)
    docs = list(iter_warc_documents(junk, max_bytes=1_000_000))
    assert len(docs) == 1 and docs[0].error.kind in ("bad-warc", "no-documents")
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(gzip.compress(b""))
    assert [d.error.kind for d in iter_warc_documents(empty, max_bytes=10)] == ["no-documents"]
    assert [d.error.kind for d in iter_warc_documents(tmp_path / "missing.warc", max_bytes=10)] == ["unreadable"]


def test_ingest_command_reads_warc_files(tmp_path, run_cli):
    path = tmp_path / "crawl.warc.gz"
    make_warc(path)
    db = f"sqlite:///{tmp_path / 's.db'}"
    code, _, err = run_cli("ingest", str(path), "--db", db)
    assert code == 0, err
    assert "2 added" in err


def test_is_warc_path():
    assert is_warc_path("a/b/CC-NEWS-2025.warc.gz") and is_warc_path("x.WARC")
    assert not is_warc_path("article.txt") and not is_warc_path("warc.html")
