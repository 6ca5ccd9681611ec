"""The batch writer's retries: a write that lost a race on shared rows is run again, never
counted as stored when it is not."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError, ProgrammingError

from newsgraph.record import Article, Record, article_id
from newsgraph.scale import writer
from newsgraph.store import StoreError
from newsgraph.store.repository import IngestResult


class _PgError(Exception):
    def __init__(self, sqlstate):
        super().__init__(f"sqlstate {sqlstate}")
        self.sqlstate = sqlstate


class FakeStore:
    """add_record follows a script: 'lost' (IntegrityError swallowed: not stored, reported as
    already there), 'deadlock', 'bad-sql', or 'ok'."""

    def __init__(self, script):
        self.script = list(script)
        self.stored: set[str] = set()
        self.calls = 0

    def add_record(self, record):
        self.calls += 1
        step = self.script.pop(0) if self.script else "ok"
        aid = record.article.id
        if step == "deadlock":
            raise OperationalError("INSERT", {}, _PgError("40P01"))
        if step == "bad-sql":
            raise ProgrammingError("INSERT", {}, _PgError("42601"))
        if step == "lost":
            return IngestResult(aid, False)
        if aid in self.stored:
            return IngestResult(aid, False)
        self.stored.add(aid)
        return IngestResult(aid, True)

    def has_article(self, aid):
        return aid in self.stored


def _record():
    text = "Council approves budget\\n\\nThe council approved the budget on Monday."
    return Record(ref="r", article=Article(id=article_id(text), text=text))


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch):
    monkeypatch.setattr(writer.time, "sleep", lambda s: None)


def test_a_lost_race_is_retried_not_counted_as_stored():
    store = FakeStore(["lost", "ok"])
    assert writer.write_record(store, _record()) is True
    assert store.calls == 2 and len(store.stored) == 1


def test_deadlocks_are_retried():
    store = FakeStore(["deadlock", "deadlock", "ok"])
    assert writer.write_record(store, _record()) is True


def test_already_stored_is_not_an_error():
    store = FakeStore([])
    rec = _record()
    assert writer.write_record(store, rec) is True
    assert writer.write_record(store, rec) is False
    assert store.calls == 2


def test_other_database_errors_and_endless_races_fail_clearly():
    with pytest.raises(StoreError, match="cannot store"):
        writer.write_record(FakeStore(["bad-sql"]), _record())
    with pytest.raises(StoreError, match="not stored after"):
        writer.write_record(FakeStore(["lost"] * 10), _record(), attempts=3)
    with pytest.raises(StoreError):
        writer.write_record(FakeStore(["deadlock"] * 10), _record(), attempts=3)
