"""Batch ingest on a Dask cluster: ``newsgraph ingest --scheduler tcp://HOST:8786`` or
``--workers N`` (a LocalCluster on this machine).

The client reads the inputs and sends them in partitions; each worker process loads the
model once (a worker plugin warms it at start), extracts, writes its records to the store
itself, and sends back only small index entries; the client places those in duplicate
groups and stories, one at a time, since story clustering needs a single writer.

Restart safety: a worker skips parsing articles already stored and re-sends their index
entries, and both writes are idempotent by article id, so a batch killed at any point and
run again ends with every article stored exactly once.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from distributed import WorkerPlugin

from newsgraph.ingest.document import InputDocument

log = logging.getLogger(__name__)

PARTITION_SIZE = 16

# Per worker process: the pipeline and store are built once and reused by every task.
_WORKER: dict = {}
MODEL_LOADS = 0


@dataclass
class ItemResult:
    ref: str
    article_id: str | None
    added: bool = False
    error: str | None = None  # "message [kind]"
    warnings: tuple[str, ...] = ()
    entry: object | None = None  # stories.IndexEntry
    stored: bool = False


@dataclass
class PartitionResult:
    items: list[ItemResult]
    pid: int
    model_loads: int
    skipped_parse: int = 0
    extract_seconds: float = 0.0  # worker time in the pipeline
    write_seconds: float = 0.0  # worker time writing records and index entries
    cpu_seconds: float = 0.0  # CPU time of the worker process for this partition


@dataclass
class RunSummary:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    indexed: int = 0
    model_loads: dict[int, int] = field(default_factory=dict)  # worker pid -> model loads
    workers: int = 0
    seconds: float = 0.0  # processing time, after the workers have loaded the model
    extract_seconds: float = 0.0  # summed over workers
    write_seconds: float = 0.0  # summed over workers
    cpu_seconds: float = 0.0  # worker CPU time, summed: wall time less waiting for a core
    index_seconds: float = 0.0  # on the client


def worker_pipeline(settings=None):
    """The worker process's pipeline, its model loaded on first use and kept."""
    global MODEL_LOADS
    pipeline = _WORKER.get("pipeline")
    if pipeline is None:
        from newsgraph.pipeline import Pipeline

        pipeline = Pipeline(settings)
        pipeline.nlp  # noqa: B018 - load now, once
        MODEL_LOADS += 1
        _WORKER["pipeline"] = pipeline
    return pipeline


def worker_store(db_url: str):
    stores = _WORKER.setdefault("stores", {})
    if db_url not in stores:
        from newsgraph.store import Store

        stores[db_url] = Store(db_url, create=False)  # the client migrated it already
    return stores[db_url]


class ModelPlugin(WorkerPlugin):
    """Dask worker plugin: load the model when the worker starts, not in the first task."""

    name = "newsgraph-model"

    def setup(self, worker=None):
        worker_pipeline()

    def teardown(self, worker=None):
        pass


def _stored_ids(store, ids: list[str]) -> set[str]:
    from sqlalchemy import select

    from newsgraph.store.tables import ArticleRow

    if not ids:
        return set()
    with store.session() as s:
        return set(s.execute(select(ArticleRow.id).where(ArticleRow.id.in_(ids))).scalars())


def process_partition(docs: list[InputDocument], db_url: str, published: str | None = None,
                      clean: bool = True) -> PartitionResult:
    """Runs on a worker: extract, store and compute index entries for ``docs``."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.ingest.article import prepare_article
    from newsgraph.scale.stories import index_entry
    from newsgraph.scale.writer import write_record
    from newsgraph.store import StoreError

    cpu_start = time.process_time()
    pipeline = worker_pipeline()
    store = worker_store(db_url)
    # Articles stored by an earlier (interrupted) run are not parsed again.
    ids: dict[int, str] = {}
    for n, doc in enumerate(docs):
        try:
            ids[n] = prepare_article(doc, clean=clean, published=published).article.id
        except Exception:  # noqa: BLE001 - the pipeline reports it below
            pass
    done = _stored_ids(store, list(set(ids.values())))
    items: list[ItemResult] = []
    todo: list[InputDocument] = []
    for n, doc in enumerate(docs):
        if ids.get(n) in done:
            record = store.get_record(ids[n])
            items.append(ItemResult(doc.ref, ids[n], stored=True, entry=index_entry(record) if record else None))
        else:
            todo.append(doc)
    extract_s = write_s = 0.0
    mark = time.perf_counter()
    for outcome in pipeline.process(todo, published=published, clean=clean):
        now = time.perf_counter()
        extract_s += now - mark
        record = outcome.record
        item = ItemResult(record.ref, record.article.id if record.article.text else None, warnings=outcome.warnings)
        if record.error is not None:
            item.error = f"{record.error.message} [{record.error.kind}]"
        if record.article.text:
            try:
                item.added = write_record(store, record)
                item.stored = True
                item.entry = index_entry(record)
            except (StoreError, NewsgraphError) as exc:
                item.error = f"{exc.message} [store]"
            except Exception as exc:  # noqa: BLE001 - a database failure must not fail the partition
                item.error = f"{type(exc).__name__}: {exc} [store]"
        items.append(item)
        mark = time.perf_counter()
        write_s += mark - now
    return PartitionResult(items, os.getpid(), MODEL_LOADS, skipped_parse=len(docs) - len(todo),
                           extract_seconds=extract_s, write_seconds=write_s,
                           cpu_seconds=time.process_time() - cpu_start)


def partitions(docs: Iterable[InputDocument], size: int) -> Iterator[list[InputDocument]]:
    batch: list[InputDocument] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def absolute_sqlite_url(url: str) -> str:
    from pathlib import Path

    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - Store reports bad URLs
        return url
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return url
    return parsed.set(database=str(Path(parsed.database).expanduser().resolve())).render_as_string(hide_password=False)


def make_client(scheduler: str | None, workers: int | None):
    """A client for ``scheduler``, or for a new LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout="20s"), None
    cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_distributed(docs: Iterable[InputDocument], db_url: str, *, scheduler: str | None = None,
                    workers: int | None = None, published: str | None = None, clean: bool = True,
                    partition_size: int = PARTITION_SIZE,
                    on_item: Callable[[ItemResult], None] | None = None, client=None) -> RunSummary:
    """Ingest ``docs`` on a cluster: ``client`` (kept open), else a new client of
    ``scheduler``, else a new LocalCluster of ``workers`` processes (both closed after)."""
    from distributed import as_completed

    from newsgraph.scale.stories import StoryIndex
    from newsgraph.store import Store

    db_url = absolute_sqlite_url(db_url)  # workers may run in another directory
    store = Store(db_url)  # creates and migrates before any worker opens it
    index = StoryIndex(store.engine)
    own_client = client is None
    cluster = None
    if own_client:
        client, cluster = make_client(scheduler, workers)
    summary = RunSummary()
    try:
        client.register_plugin(ModelPlugin())  # returns when every worker has loaded the model
        n_workers = max(1, len(client.scheduler_info()["workers"]))
        summary.workers = n_workers
        started = time.perf_counter()
        in_flight = 2 * n_workers  # enough to keep workers busy, few enough to bound memory
        source = partitions(docs, partition_size)
        pending = as_completed()
        refs: dict[str, list[str]] = {}

        def submit(batch: list[InputDocument]) -> None:
            future = client.submit(process_partition, batch, db_url, published, clean, pure=False)
            refs[future.key] = [d.ref for d in batch]
            pending.add(future)

        for batch in source:
            submit(batch)
            if pending.count() >= in_flight:
                break
        for future in pending:
            batch_refs = refs.pop(future.key, [])
            try:
                result: PartitionResult = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker died (e.g. out of memory) on this partition
                result = PartitionResult(
                    [ItemResult(ref, None, error=f"worker failed: {type(exc).__name__}: {exc} [worker]") for ref in batch_refs],
                    pid=-1, model_loads=0)
            future.release()
            nxt = next(source, None)  # keep the workers busy while this result is indexed
            if nxt is not None:
                submit(nxt)
            if result.pid != -1:
                summary.model_loads[result.pid] = result.model_loads
            summary.extract_seconds += result.extract_seconds
            summary.write_seconds += result.write_seconds
            summary.cpu_seconds += result.cpu_seconds
            mark = time.perf_counter()
            for item in result.items:
                _account(summary, item, index)
                if on_item is not None:
                    on_item(item)
            summary.index_seconds += time.perf_counter() - mark
        summary.seconds = time.perf_counter() - started
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
        store.close()
    return summary


def _account(summary: RunSummary, item: ItemResult, index) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    if item.stored and item.entry is not None:
        try:
            index.index(item.entry)
            summary.indexed += 1
        except SQLAlchemyError as exc:
            item.error = f"story index: {type(exc).__name__}: {getattr(exc, 'orig', exc)} [store]"
    if not item.stored:
        summary.failed += 1
        return
    if item.error:
        summary.failed += 1
    if item.added:
        summary.added += 1
    else:
        summary.skipped += 1
