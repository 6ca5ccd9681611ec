"""Round 26 product walkthrough: what a new user meets on the command line, the API and the
inputs. Texts and requests written for this test."""

from __future__ import annotations

from fastapi.testclient import TestClient

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
