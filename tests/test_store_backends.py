"""The store on SQLite and PostgreSQL: the same tests, parametrised over both backends."""

from __future__ import annotations

import hashlib
import random
import threading
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, inspect, select

from backends import backend, store, store_url  # noqa: F401 - fixtures
from handmade import storm_record, talks_record
from newsgraph.store import Store, StoreError, queries, search
from newsgraph.store.synthetic import variants
from newsgraph.store.tables import (
    ActorRow, ArticleRow, AttributionRow, EntityRow, EventParticipantRow, EventRow,
)


def table_counts(store) -> dict[str, int]:
    with store.session() as s:
        return {t.__tablename__: s.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (ArticleRow, EntityRow, AttributionRow, EventRow, EventParticipantRow, ActorRow)}


def expected_counts(records) -> dict[str, int]:
    return {"articles": len(records), "entities": sum(len(r.entities) for r in records),
            "attributions": sum(len(r.attributions) for r in records), "events": sum(len(r.events) for r in records)}


def test_records_are_stored_once_and_projected(store, example_records):
    records = list(example_records.values())
    assert all(store.add_record(r).added for r in records)
    assert not any(store.add_record(r).added for r in records)  # re-adding is a no-op
    counts = table_counts(store)
    for table, n in expected_counts(records).items():
        assert counts[table] == n, table
    for r in records:
        assert store.get_record(r.article.id) == r
        assert store.get_record(r.article.id[:12]) == r


def test_actor_counters_match_the_entity_rows(store, example_records):
    for r in example_records.values():
        store.add_record(r)
    with store.session() as s:
        before = {a.id: (a.article_count, a.mention_count) for a in s.execute(select(ActorRow)).scalars()}
    store.refresh_actor_stats()  # recomputes from entity rows
    with store.session() as s:
        after = {a.id: (a.article_count, a.mention_count) for a in s.execute(select(ActorRow)).scalars()}
    assert before == after
    # and they agree with the records: articles naming each (type, name) key
    seen = Counter()
    for r in example_records.values():
        seen.update({(e.type, e.name.casefold()) for e in r.entities})
    assert max(n for n, _ in after.values()) == max(seen.values())


def test_filters_and_pages(store):
    talks, storm = talks_record(), storm_record()
    store.add_record(talks)
    store.add_record(storm)
    with store.session() as s:
        all_articles = queries.list_articles(s, limit=10)
        assert [a["id"] for a in all_articles.items] == [talks.article.id, storm.article.id]  # newest first
        assert all_articles.total == 2
        assert all_articles.items[0]["entities"] == 3 and all_articles.items[0]["events"] == 2
        assert [a["id"] for a in queries.list_articles(s, since=date(2025, 3, 1)).items] == [talks.article.id]
        assert [a["id"] for a in queries.list_articles(s, until=date(2025, 1, 14)).items] == [storm.article.id]
        assert [a["id"] for a in queries.list_articles(s, source="Lakeside Courier").items] == [storm.article.id]
        assert queries.list_articles(s, source="Lakeside%").total == 0  # exact, no wildcards

        marwick = queries.list_actors(s, name="marwick").items
        assert len(marwick) == 1 and marwick[0]["articles"] == 2
        assert {r["title"] for r in marwick[0]["roles"]} == {"Foreign Minister", "relief coordinator"}
        mid = marwick[0]["id"]
        assert queries.list_articles(s, actor=mid).total == 2
        quotes = queries.list_quotes(s, actor=mid).items
        assert [q["article_id"] for q in quotes] == [talks.article.id, storm.article.id]
        assert queries.list_quotes(s, speaker="BRANDL").items[0]["kind"] == "indirect"
        assert queries.list_quotes(s, kind="direct", since=date(2025, 2, 1)).total == 1

        events = queries.list_events(s, actor=mid).items
        assert [(e["type"], [a["name"] for a in e["recipients"]]) for e in events] == [("CONSULT", ["Teo Brandl"])]
        assert {e["type"] for e in queries.list_events(s, status="planned").items} == {"AID"}
        assert queries.list_events(s, type_="consult", source="Lakeside Courier").total == 0
        protest = queries.list_events(s, type_="PROTEST").items[0]
        assert protest["actors"] == [] and protest["recipients"] == []

        top = queries.list_actors(s, limit=1)
        assert top.items[0]["id"] == mid and top.total == 4  # ranked by articles
        assert queries.list_actors(s, type_="org").items[0]["name"] == "Vesterian coast guard"
        assert queries.list_actors(s, country="vst").total == 2


def test_pages_cover_everything_once(store, example_records):
    for r in example_records.values():
        store.add_record(r)
    with store.session() as s:
        full = queries.list_events(s, limit=500)
        paged = []
        for offset in range(0, full.total, 4):
            page = queries.list_events(s, limit=4, offset=offset)
            assert page.total == full.total
            paged.extend(page.items)
    assert paged == full.items
    assert len({(e["article_id"], e["id"]) for e in paged}) == full.total


def test_full_text_search(store):
    talks, storm = talks_record(), storm_record()
    store.add_record(talks)
    store.add_record(storm)
    with store.session() as s:
        hits = search.search_articles(s, "negotiations fishing")
        assert [h["id"] for h in hits["items"]] == [talks.article.id] and hits["total"] == 1
        hit = hits["items"][0]
        assert [hit["snippet"][a:b].lower() for a, b in hit["highlights"]] == ["negotiations", "fishing"]
        # stemming: "convoy" finds "convoys"; a prefix; a phrase; every word must match
        assert [h["id"] for h in search.search_articles(s, "convoy")["items"]] == [storm.article.id]
        assert [h["id"] for h in search.search_articles(s, "harb*")["items"]] == [talks.article.id]
        assert search.search_articles(s, '"relief convoys"')["total"] == 1
        assert search.search_articles(s, '"convoys relief"')["total"] == 0
        assert search.search_articles(s, "storm fishing")["total"] == 0
        assert search.search_articles(s, "marwick")["total"] == 2
        assert search.search_articles(s, "marwick", since=date(2025, 3, 1))["total"] == 1
        assert search.search_articles(s, "marwick", source="Lakeside Courier")["items"][0]["id"] == storm.article.id
        # title words rank first
        assert search.search_articles(s, "storm ports")["items"][0]["id"] == storm.article.id

        quotes = search.search_quotes(s, "impassable ferries")
        assert quotes["total"] == 1
        q = quotes["items"][0]
        assert (q["article_id"], q["id"], q["speaker"]) == (storm.article.id, "A1", "Ilse Marwick")
        assert "impassable" in q["snippet"]
        assert search.search_quotes(s, "brandl")["items"][0]["kind"] == "indirect"  # by speaker name


@pytest.mark.parametrize("query", [
    '"', "NEAR(a b)", "a OR b AND NOT c", "col:harbour", "*", "') DROP TABLE articles; --", "harbour\" OR \"x",
    "\\", "{title}: storm", "^storm", "storm -ports", "&&", "!!", "'", "a:*", "<->", "ü ß 北京",
])
def test_search_input_is_never_syntax(store, query):
    store.add_record(talks_record())
    with store.session() as s:
        try:
            result = search.search_articles(s, query)
            assert result["total"] >= 0
            search.search_quotes(s, query)
        except search.SearchError:
            pass  # nothing searchable in it: a clear error, not a database error
    assert store.count_articles() == 1


def test_unknown_and_ambiguous_ids(store):
    store.add_record(talks_record())
    assert store.get_record("0" * 64) is None
    assert store.get_record("abc") is None  # too short for a prefix
    with store.session() as s:
        assert queries.get_actor(s, 10**6) is None


def test_a_failing_article_leaves_nothing_behind(store, monkeypatch):
    import newsgraph.store.repository as repo

    talks = talks_record()
    store.add_record(storm_record())
    before = table_counts(store)
    real_insert = EventParticipantRow.__table__.insert

    def broken_insert(*a, **kw):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(EventParticipantRow.__table__, "insert", broken_insert)
    with pytest.raises(RuntimeError):
        store.add_record(talks)
    assert table_counts(store) == before  # no article, no entities, no actor counted twice
    with store.session() as s:
        assert s.execute(select(ActorRow.article_count).where(ActorRow.name == "Ilse Marwick")).scalar_one() == 1
    monkeypatch.setattr(EventParticipantRow.__table__, "insert", real_insert)
    assert store.add_record(talks).added  # the re-run stores it whole
    assert table_counts(store)["articles"] == before["articles"] + 1
    assert repo  # the writer module is what was patched around


def test_concurrent_writers_store_each_article_once(store_url, example_records):
    base = list(example_records.values())
    records = list(variants(base, 24)) + base
    stores = [Store(store_url) for _ in range(4)]
    results: list[bool] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def writer(k: int):
        order = records[:]
        random.Random(k).shuffle(order)  # same articles, different orders: shared actors in every order
        try:
            for r in order:
                added = stores[k].add_record(r).added
                with lock:
                    results.append(added)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert not errors
    assert sum(results) == len(records) and len(results) == 4 * len(records)
    with Store(store_url) as check:
        counts = table_counts(check)
        for table, n in expected_counts(records).items():
            assert counts[table] == n, table
        with check.session() as s:
            counters = {a.id: (a.article_count, a.mention_count) for a in s.execute(select(ActorRow)).scalars()}
        check.refresh_actor_stats()
        with check.session() as s:
            assert counters == {a.id: (a.article_count, a.mention_count) for a in s.execute(select(ActorRow)).scalars()}


def test_job_queue(store):
    from datetime import timedelta

    from sqlalchemy import update

    from newsgraph.store.jobs import JobQueue, utcnow
    from newsgraph.store.tables import JobRow

    jobs = [store.jobs.submit("text", {"text": f"Headline {n}\n\nBody {n}."}) for n in range(5)]
    assert store.jobs.counts()["queued"] == 5
    first = store.jobs.claim("w1", limit=2)
    second = store.jobs.claim("w2", limit=10)
    assert [j.id for j in first] == [jobs[0].id, jobs[1].id]
    assert {j.id for j in second} == {j.id for j in jobs[2:]}
    assert store.jobs.claim("w3") == []
    store.jobs.finish(first[0].id, "ab" * 32, True)
    store.jobs.fail(first[1].id, "input", "empty")
    done = store.jobs.get(first[0].id)
    assert done.status == "done" and done.article_id == "ab" * 32 and done.finished_at is not None
    assert store.jobs.get(first[1].id).public()["error"] == {"kind": "input", "message": "empty"}

    # A worker that dies leaves its jobs running; when the lease runs out they are taken again,
    # and a job that never finishes is given up after the last attempt.
    def time_passes():
        with store.session.begin() as s:
            s.execute(update(JobRow).where(JobRow.status == "running").values(lease_until=utcnow() - timedelta(seconds=1)))

    retrying = JobQueue(store.session, max_attempts=2)
    assert retrying.claim("w4", limit=10) == []  # leases still running
    time_passes()
    again = retrying.claim("w4", limit=10)
    assert {j.id for j in again} == {j.id for j in jobs[2:]} and all(j.attempts == 2 for j in again)
    time_passes()
    assert retrying.claim("w5", limit=10) == []
    assert store.jobs.counts() == {"queued": 0, "running": 0, "done": 1, "failed": 4}
    assert store.jobs.get(jobs[4].id).error_kind == "gave-up"
    listed, total = store.jobs.list(status="failed")
    assert total == 4 and len(listed) == 4


def test_migrations_go_down_and_up(store_url):
    from newsgraph.store.db import downgrade, make_engine, migrate

    Store(store_url).close()
    engine = make_engine(store_url)
    downgrade(engine, "actors_0002")  # the revision before ours
    assert "jobs" not in inspect(engine).get_table_names()
    migrate(engine, "head")
    assert {"jobs", "actor_roles"} <= set(inspect(engine).get_table_names())
    engine.dispose()
    with Store(store_url) as s:  # and it works after the round trip
        assert s.add_record(talks_record()).added
        with s.session() as session:
            assert search.search_articles(session, "trawlers")["total"] == 1


def test_stored_versions_are_found_by_url_through_an_index(store):
    from newsgraph.store.repository import stored_versions

    first = talks_record()
    # Longer than a PostgreSQL B-tree entry may be (2,704 bytes), and incompressible.
    first.article.url = "https://news.example/harbour-talks?s=" + "".join(
        hashlib.sha256(str(n).encode()).hexdigest() for n in range(100))
    assert store.add_record(first).added
    with store.session() as s:
        # The same page fetched again with other text (so another id) finds the stored one.
        again = storm_record()
        again.article.url = first.article.url
        assert stored_versions(s, again) == [first.article.id]
    indexes = inspect(store.engine).get_indexes("articles")
    assert any(ix["column_names"] == ["url"] for ix in indexes), indexes
    if store.dialect == "sqlite":
        with store.engine.connect() as conn:
            plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE url = 'x'"))
        assert "ix_articles_url" in plan


def test_an_actor_id_is_never_given_again(store):
    # SQLite hands a deleted row's id to the next row when it was the largest; an actor joined
    # away keeps redirecting by its id, so a new actor must never get it.
    from handmade import make_record
    from newsgraph.store.linking import join_actors, merged_into
    from newsgraph.store.tables import ActorRow

    def person(name, ref):
        return make_record(f"Harbour note {ref}\n{name} spoke at the harbour on Monday.", ref=ref, published="2026-03-02",
                           entities=[("E1", name, "PERSON", None, None, [name], [])])

    store.add_record(person("Ingrid Holm", "ids-1"))
    store.add_record(person("Tomas Varga", "ids-2"))
    with store.session.begin() as s:
        keep, gone = (s.execute(select(ActorRow).where(ActorRow.name == n)).scalar_one() for n in ("Ingrid Holm", "Tomas Varga"))
        assert gone.id > keep.id
        gone_id, keep_id = gone.id, keep.id
        join_actors(s, keep, gone)
    store.add_record(person("Petra Lund", "ids-3"))
    with store.session() as s:
        fresh = s.execute(select(ActorRow.id).where(ActorRow.name == "Petra Lund")).scalar_one()
        assert fresh > gone_id
        assert merged_into(s, gone_id) == keep_id


def test_an_actor_deleted_with_its_last_article_never_lends_its_id(store):
    # Replacing the only article that names an actor deletes the actor; on SQLite its id (the
    # largest) was given to the next new actor, so a saved link to the deleted actor showed a
    # stranger instead of "not found".
    from handmade import make_record
    from newsgraph.store.linking import find_actors, merged_into
    from newsgraph.store.tables import ActorRow

    def note(text, names, url="https://example.org/harbour-note"):
        return make_record(f"Harbour note\n{text}", ref="harbour", published="2026-03-02", url=url,
                           entities=[(f"E{i}", n, "PERSON", None, None, [n], []) for i, n in enumerate(names, 1)])

    store.add_record(note("Ingrid Holm and Tomas Varga spoke at the harbour.", ["Ingrid Holm", "Tomas Varga"]))
    with store.session() as s:
        gone_id = s.execute(select(ActorRow.id).where(ActorRow.name == "Tomas Varga")).scalar_one()
    store.replace_record(note("Ingrid Holm spoke at the harbour.", ["Ingrid Holm"]))
    with store.session() as s:
        assert s.get(ActorRow, gone_id) is None
    store.add_record(note("Petra Lund spoke at the harbour.", ["Petra Lund"], url="https://example.org/other"))
    with store.session() as s:
        fresh = s.execute(select(ActorRow.id).where(ActorRow.name == "Petra Lund")).scalar_one()
        assert fresh > gone_id
        assert merged_into(s, gone_id) is None
        assert find_actors(s, str(gone_id)) == []


def test_bad_urls_are_one_line_errors():
    with pytest.raises(StoreError):
        Store("notadb://x")
    with pytest.raises(StoreError, match="cannot open"):
        Store("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_walking_articles_gives_the_same_pages(store, example_records, monkeypatch):
    """Common filters are served by walking articles newest first with the filter hidden from
    SQLite's planner (queries._walk); with every filter taken as common the pages must be the
    same as through the filters' own indexes."""
    for r in example_records.values():
        store.add_record(r)
    with store.session() as s:
        actor = queries.list_actors(s, limit=1).items[0]["id"]
        asks = [(queries.list_quotes, {"kind": "direct"}), (queries.list_quotes, {"kind": "indirect", "offset": 3}),
                (queries.list_quotes, {"actor": actor}), (queries.list_events, {"type_": "CONSULT"}),
                (queries.list_events, {"status": "happened", "offset": 2}), (queries.list_events, {"actor": actor}),
                (queries.list_articles, {"actor": actor}), (queries.list_quotes, {"kind": "direct", "since": date(2024, 1, 1)})]

        def pages():
            return [(f(s, limit=5, **kw).items, f(s, limit=500, **kw).total) for f, kw in asks]

        monkeypatch.setattr(queries, "WALK_THRESHOLD", 10**9)
        by_index = pages()
        monkeypatch.setattr(queries, "WALK_THRESHOLD", 0)
        walked = pages()
    assert walked == by_index
    assert sum(len(items) for items, _ in walked) > 15


def test_cached_counts_follow_writes(store, example_records):
    """List totals are kept per store version on SQLite (queries._counts): a write from another
    Store, a row changed by hand, must change the next total."""
    from sqlalchemy import text

    records = list(example_records.values())
    store.add_record(records[0])

    def totals(s):
        return (queries.list_quotes(s, kind="direct").total, queries.list_events(s).total,
                queries.list_articles(s).total, queries.list_quotes(s, kind="direct", limit=1, offset=1).total)

    def expected(rs):
        direct = sum(1 for r in rs for a in r.attributions if a.kind == "direct")
        return (direct, sum(len(r.events) for r in rs), len(rs), direct)

    queries._counts._entries.clear()
    with store.session() as s:
        assert totals(s) == expected(records[:1])
        assert totals(s) == expected(records[:1])
    assert (len(queries._counts._entries) > 0) == (store.dialect == "sqlite")  # PostgreSQL: never kept
    with Store(store.url) as other:
        for r in records[1:]:
            other.add_record(r)
    with store.session() as s:
        assert totals(s) == expected(records)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE attributions SET kind = 'indirect' WHERE kind = 'direct'"))
    with store.session() as s:
        assert totals(s)[0] == 0
