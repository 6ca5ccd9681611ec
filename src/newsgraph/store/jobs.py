"""The job queue: articles submitted through the API wait here for a worker.

A table, not a broker, so it works the same on SQLite and PostgreSQL, needs no other service,
and survives restarts. Life of a job::

    queued ──claim──▶ running ──finish──▶ done
                         │  └────fail───▶ failed
                         └─ lease runs out (worker died) ──▶ claimable again, up to MAX_ATTEMPTS

Claiming is a compare-and-set UPDATE (…WHERE id = ? AND status = ?), so two workers never
take the same job, on either backend; PostgreSQL additionally skips rows another worker has
locked. Storing the article and finishing the job are separate transactions: if a worker dies
between them, the job runs again and the (idempotent) store write is a no-op.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from newsgraph.store.tables import JobRow

JOB_KINDS = ("text", "html", "url")
JOB_STATUSES = ("queued", "running", "done", "failed")
MAX_ATTEMPTS = 3
DEFAULT_LEASE = timedelta(minutes=5)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class Job:
    id: str
    status: str
    kind: str
    ref: str
    payload: dict
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    attempts: int
    article_id: str | None
    added: bool | None
    error_kind: str | None
    error_message: str | None

    @classmethod
    def from_row(cls, row: JobRow) -> "Job":
        return cls(id=row.id, status=row.status, kind=row.kind, ref=row.ref, payload=json.loads(row.payload),
                   created_at=row.created_at, started_at=row.started_at, finished_at=row.finished_at,
                   attempts=row.attempts, article_id=row.article_id, added=row.added,
                   error_kind=row.error_kind, error_message=row.error_message)

    def public(self) -> dict:
        """What the API shows: no payload (it may be megabytes of text)."""
        return {"id": self.id, "status": self.status, "kind": self.kind, "ref": self.ref,
                "created_at": self.created_at, "started_at": self.started_at, "finished_at": self.finished_at,
                "attempts": self.attempts, "article_id": self.article_id, "added": self.added,
                "error": {"kind": self.error_kind, "message": self.error_message or ""} if self.error_kind else None}


class JobQueue:
    def __init__(self, session: sessionmaker, lease: timedelta = DEFAULT_LEASE, max_attempts: int = MAX_ATTEMPTS):
        self.session = session
        self.lease = lease
        self.max_attempts = max_attempts

    def submit(self, kind: str, payload: dict, ref: str | None = None) -> Job:
        if kind not in JOB_KINDS:
            raise ValueError(f"job kind must be one of {JOB_KINDS}, not {kind!r}")
        job_id = secrets.token_hex(16)
        row = JobRow(id=job_id, status="queued", kind=kind, ref=ref or f"job:{job_id}", payload=json.dumps(payload),
                     created_at=utcnow(), attempts=0)
        with self.session.begin() as s:
            s.add(row)
        return Job.from_row(row)

    def get(self, job_id: str) -> Job | None:
        with self.session() as s:
            row = s.get(JobRow, job_id)
            return Job.from_row(row) if row is not None else None

    def list(self, status: str | None = None, limit: int = 50, offset: int = 0) -> tuple[list[Job], int]:
        cond = [JobRow.status == status] if status else []
        with self.session() as s:
            rows = s.execute(select(JobRow).where(*cond).order_by(JobRow.created_at.desc(), JobRow.id)
                             .limit(limit).offset(offset)).scalars().all()
            total = s.execute(select(func.count()).select_from(JobRow).where(*cond)).scalar_one()
            return [Job.from_row(r) for r in rows], total

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            rows = s.execute(select(JobRow.status, func.count()).group_by(JobRow.status)).all()
        out = {status: 0 for status in JOB_STATUSES}
        out.update({status: n for status, n in rows})
        return out

    def _claimable(self, now: datetime):
        return or_(JobRow.status == "queued", and_(JobRow.status == "running", JobRow.lease_until < now))

    def claim(self, worker: str, limit: int = 1) -> list[Job]:
        """Take up to ``limit`` jobs, oldest first: queued ones and those whose lease ran out."""
        now = utcnow()
        claimed: list[Job] = []
        with self.session.begin() as s:
            query = select(JobRow.id, JobRow.attempts).where(self._claimable(now)).order_by(JobRow.created_at, JobRow.id).limit(limit * 4)
            if s.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            for job_id, attempts in s.execute(query).all():
                if len(claimed) >= limit:
                    break
                if attempts >= self.max_attempts:
                    # It took a worker down (or out of time) every time: stop trying.
                    self._give_up(s, job_id, now)
                    continue
                taken = s.execute(
                    update(JobRow).where(JobRow.id == job_id, self._claimable(now))
                    .values(status="running", attempts=JobRow.attempts + 1, worker=worker[:64], started_at=now,
                            lease_until=now + self.lease)
                ).rowcount
                if taken == 1:
                    claimed.append(Job.from_row(s.get(JobRow, job_id)))
        return claimed

    def _give_up(self, s: Session, job_id: str, now: datetime) -> None:
        s.execute(update(JobRow).where(JobRow.id == job_id, self._claimable(now)).values(
            status="failed", finished_at=now, lease_until=None, error_kind="gave-up",
            error_message=f"the job did not finish in {self.max_attempts} attempts"))

    def finish(self, job_id: str, article_id: str | None, added: bool | None,
               error_kind: str | None = None, error_message: str | None = None) -> None:
        """Mark a job done; a record stored with an extraction error is done, with its error noted."""
        self._close(job_id, "done", article_id=article_id, added=added, error_kind=error_kind, error_message=error_message)

    def fail(self, job_id: str, error_kind: str, error_message: str) -> None:
        self._close(job_id, "failed", error_kind=error_kind[:32], error_message=error_message)

    def _close(self, job_id: str, status: str, **values) -> None:
        with self.session.begin() as s:
            s.execute(update(JobRow).where(JobRow.id == job_id).values(
                status=status, finished_at=utcnow(), lease_until=None, **values))
