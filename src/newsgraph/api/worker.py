"""The job worker: takes submitted articles off the queue, extracts and stores them.

The model is loaded once per worker; jobs are taken in batches so that one ``nlp.pipe`` call
parses several articles. Each article is stored in its own transaction. Run it as
``newsgraph worker`` (one process per core at most) or inside ``newsgraph serve --with-worker``.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable

from newsgraph.api.settings import ApiSettings
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.document import InputDocument
from newsgraph.store import Store, StoreError
from newsgraph.store.jobs import Job

log = logging.getLogger(__name__)


def job_document(job: Job, settings: ApiSettings, fetch: Callable[..., InputDocument] | None = None) -> InputDocument:
    """The input document a job describes; a URL is fetched here, with the fetcher's guards."""
    p = job.payload
    if job.kind == "url":
        if fetch is None:
            from newsgraph.ingest.url import fetch_url_document as fetch
        doc = fetch(p["url"], allow_private=settings.fetch_allow_private, timeout=settings.fetch_timeout,
                    max_bytes=settings.fetch_max_bytes)
        doc.ref = job.ref
        doc.title = p.get("title") or doc.title
        doc.published = p.get("published") or doc.published
        doc.source = p.get("source") or doc.source
        return doc
    return InputDocument(ref=job.ref, text=p.get("text"), html=p.get("html"), title=p.get("title"),
                         url=p.get("url"), published=p.get("published"), source=p.get("source"))


class Worker:
    def __init__(self, store: Store, pipeline=None, settings: ApiSettings | None = None,
                 name: str | None = None, fetch: Callable[..., InputDocument] | None = None):
        self.store = store
        self.settings = settings or ApiSettings()
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"
        self.fetch = fetch
        self._pipeline = pipeline

    @property
    def pipeline(self):
        if self._pipeline is None:
            from newsgraph.pipeline import Pipeline

            self._pipeline = Pipeline()
        return self._pipeline

    def run_once(self) -> int:
        """Process one batch of jobs; the number of jobs taken (0 when the queue is empty)."""
        jobs = self.store.jobs.claim(self.name, limit=max(1, self.settings.worker_batch))
        if not jobs:
            return 0
        docs = []
        for job in jobs:
            try:
                docs.append(job_document(job, self.settings, self.fetch))
            except Exception as exc:  # noqa: BLE001 - a bad payload fails its job, not the worker
                docs.append(InputDocument.failed(job.ref, NewsgraphError(f"{type(exc).__name__}: {exc}", kind="input")))
        outcomes = self.pipeline.process(docs)
        for job, outcome in zip(jobs, outcomes):
            self._store(job, outcome.record)
        return len(jobs)

    def _store(self, job: Job, record) -> None:
        error = record.error
        if error is not None and not record.article.text:
            self.store.jobs.fail(job.id, error.kind, error.message)
            return
        try:
            result = self.store.replace_record(record) if job.payload.get("replace") else self.store.add_record(record)
        except StoreError as exc:
            self.store.jobs.fail(job.id, "store", exc.message)
            return
        self._place_in_story(record, result.replaced)
        self.store.jobs.finish(job.id, result.article_id, result.added,
                               error_kind=error.kind if error else None, error_message=error.message if error else None)

    def _place_in_story(self, record, replaced) -> None:
        """Place the stored article in its duplicate group and story, as ``ingest`` does (a
        replaced version is taken out of its story first). The article is stored either way:
        a failure here is logged, and the job still done."""
        from newsgraph.scale.writer import index_story, unindex_stories

        try:
            if replaced:
                unindex_stories(self.store, replaced)
            index_story(self.store, record)
        except StoreError as exc:
            log.warning("story index failed for %s: %s", record.article.id, exc.message)

    def run(self, stop: threading.Event | None = None, poll: float = 1.0, max_jobs: int | None = None) -> int:
        """Work until ``stop`` is set (or ``max_jobs`` are done); returns the number of jobs taken."""
        stop = stop or threading.Event()
        done = 0
        while not stop.is_set():
            try:
                n = self.run_once()
            except Exception:  # noqa: BLE001 - the database went away: wait and try again
                log.exception("worker batch failed")
                n = 0
                stop.wait(poll * 5)
            done += n
            if max_jobs is not None and done >= max_jobs:
                break
            if n == 0:
                stop.wait(poll)
        return done
