"""Batch ingest on a Dask LocalCluster (small and quick: 2 worker processes, a few articles)."""

from __future__ import annotations

import pytest
from scale_corpus import FOLLOW_UP, UNRELATED, WIRE_BODY, republished, text_doc
from scale_pg import pg_database

from newsgraph.ingest.document import InputDocument
from newsgraph.scale.dask_runner import run_distributed
from newsgraph.scale.stories import StoryIndex
from newsgraph.store import Store


def docs() -> list[InputDocument]:
    out = [InputDocument(ref="wire", text=text_doc("River authority orders evacuations", WIRE_BODY), published="2025-03-03")]
    out += [InputDocument(ref=f"copy{n}", text=republished(n), published="2025-03-03") for n in range(3)]
    out.append(InputDocument(ref="follow", text=text_doc("Levee breaks on the Senn", FOLLOW_UP), published="2025-03-04"))
    out += [InputDocument(ref=f"other{n}", text=text_doc(t, b), published="2025-03-04") for n, (t, b) in enumerate(UNRELATED)]
    out.append(InputDocument(ref="empty", text="   \n"))  # a bad input: an error, the batch goes on
    return out


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def postgres_url():
    yield from pg_database()


def _check_store(url: str, n_good: int) -> None:
    with Store(url) as store:
        assert store.count_articles() == n_good
        index = StoryIndex(store.engine)
        assert index.count_indexed() == n_good
        stories = index.list_stories(limit=50)
        assert sum(s["articles"] for s in stories) == n_good
        wire = next(s for s in stories if s["articles"] >= 4)
        assert wire["distinct_articles"] == 2  # the wire copies folded, plus the follow-up


def test_local_cluster_ingest_loads_the_model_once_per_worker(client, tmp_path):
    url = f"sqlite:///{tmp_path / 'd.db'}"
    items = []
    summary = run_distributed(docs(), url, client=client, partition_size=2, on_item=items.append)
    assert summary.added == 7 and summary.failed == 1 and summary.skipped == 0
    assert {i.ref for i in items} == {d.ref for d in docs()}
    assert any(i.error and "[empty]" in i.error for i in items if i.ref == "empty")
    # 4 partitions on 2 workers, yet each worker process loaded the model once.
    assert len(summary.model_loads) >= 1 and set(summary.model_loads.values()) == {1}
    _check_store(url, 7)
    # Run again: nothing is parsed or written twice.
    again = run_distributed(docs(), url, client=client, partition_size=2)
    assert again.added == 0 and again.skipped == 7
    _check_store(url, 7)


def test_local_cluster_ingest_into_postgres(client, postgres_url):
    summary = run_distributed(docs(), postgres_url, client=client, partition_size=3)
    assert summary.added == 7
    _check_store(postgres_url, 7)
    again = run_distributed(docs(), postgres_url, client=client, partition_size=3)
    assert again.added == 0 and again.skipped == 7
    _check_store(postgres_url, 7)


def test_ingest_command_with_a_scheduler_address(client, tmp_path, run_cli):
    from conftest import EXAMPLES

    db = f"sqlite:///{tmp_path / 'cli.db'}"
    code, _, err = run_cli("ingest", str(EXAMPLES), "--scheduler", client.scheduler.address, "--db", db)
    assert code == 0, err
    assert "7 added" in err and "2 workers" in err
    code, _, err = run_cli("ingest", str(EXAMPLES), "--scheduler", client.scheduler.address, "--db", db)
    assert code == 0 and "0 added, 7 already stored" in err


def test_relative_sqlite_paths_are_made_absolute(tmp_path, monkeypatch):
    from newsgraph.scale.dask_runner import absolute_sqlite_url

    monkeypatch.chdir(tmp_path)
    assert absolute_sqlite_url("sqlite:///rel.db") == f"sqlite:///{tmp_path / 'rel.db'}"
    assert absolute_sqlite_url("sqlite:////abs/x.db") == "sqlite:////abs/x.db"
    assert absolute_sqlite_url("postgresql+psycopg://h/db") == "postgresql+psycopg://h/db"


def test_a_partition_whose_worker_fails_is_reported_and_the_batch_goes_on(client, tmp_path, monkeypatch):
    import newsgraph.scale.dask_runner as runner

    real = runner.process_partition

    def flaky(batch, *args):
        if any(d.ref == "other0" for d in batch):
            raise MemoryError("simulated worker failure")
        return real(batch, *args)

    monkeypatch.setattr(runner, "process_partition", flaky)
    items = []
    summary = run_distributed(docs(), f"sqlite:///{tmp_path / 'f.db'}", client=client, partition_size=2,
                              on_item=items.append)
    failed = {i.ref for i in items if i.error and "[worker]" in i.error}
    assert "other0" in failed and len(failed) == 2  # its partition of two
    assert summary.added == 7 - len(failed & {d.ref for d in docs() if d.ref != "empty"})


@pytest.mark.slow
def test_concurrent_workers_on_postgres_lose_no_article(client):
    """Two workers writing articles that share actors at the same time: the store's
    transactions deadlock or collide on shared actor rows now and then (4 deadlocks and 2
    articles silently reported "already stored" in 120 PolNeAR articles before the writer
    retried); every article must still end up stored once."""
    from conftest import shared_path

    from newsgraph.ingest import iter_path_documents

    docs = list(iter_path_documents([shared_path("data", "polnear", "train", "text")], 2_000_000))[:48]
    for url in pg_database():
        items = []
        summary = run_distributed(docs, url, client=client, partition_size=1, on_item=items.append)
        assert [i.error for i in items if i.error] == []
        assert summary.added == len(docs)
        with Store(url) as store:
            assert store.count_articles() == len(docs)
