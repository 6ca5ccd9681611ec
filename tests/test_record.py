import json

import pytest
from pydantic import ValidationError

from newsgraph.record import EVENT_TYPES, Article, Record, article_id, json_schema


def test_schema_lists_contract_fields():
    schema = json_schema()
    props = schema["properties"]
    for field in ("schema", "ref", "article", "entities", "attributions", "events", "amounts", "dates",
                  "locations", "role_changes"):
        assert field in props
    assert len(EVENT_TYPES) == 16


def test_record_json_round_trip_and_no_error_key_when_clean():
    text = "Title\n\nBody text."
    rec = Record(ref="x", article=Article(id=article_id(text), text=text))
    line = rec.to_json()
    data = json.loads(line)
    assert data["schema"] == "newsgraph.record/1"
    assert "error" not in data
    assert Record.from_json(line) == rec


def test_unknown_event_type_is_rejected():
    with pytest.raises(ValidationError):
        Record.model_validate({
            "ref": "x", "article": {"id": "0", "text": ""},
            "events": [{"id": "V1", "type": "HUG", "trigger": {"start": 0, "end": 1, "text": "a"},
                        "sentence": {"start": 0, "end": 1}}],
        })


def test_article_id_is_sha256_of_text():
    assert article_id("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
