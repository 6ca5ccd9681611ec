"""Round 30 product walkthrough: the API's reference offline, old actor ids after a merge,
refreshing a stored article, and a feed that keeps failing. Texts written for these tests."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

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
