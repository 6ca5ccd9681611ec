"""Kill a batch midway (SIGKILL, no chance to clean up) and run it again: every article is
stored exactly once, and so is its place in the story index."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TOWNS = ["Arden", "Belmoor", "Caskill", "Dunmere", "Elstow", "Farrow", "Glenby", "Harwick", "Ilsted", "Jarrow",
         "Kelmscot", "Larkhill", "Moreton", "Northam", "Oakridge", "Pellworth", "Quarley", "Redbourne", "Saltby",
         "Thornby", "Upwell", "Varden", "Whitlow", "Yarncliffe"]
PEOPLE = ["Anna Keller", "Boris Lund", "Clara Moss", "David Orme", "Elena Price", "Felix Quade", "Greta Rowe",
          "Hugo Sand", "Irene Tate", "Jonas Ure"]
TOPICS = [("a new bridge over the river", "the bridge"), ("a rise in bus fares", "the fares"),
          ("the closure of the old hospital", "the closure"), ("a ban on night flights", "the ban"),
          ("funding for three new schools", "the funding")]


def write_corpus(directory: Path) -> int:
    for n, town in enumerate(TOWNS):
        person = PEOPLE[n % len(PEOPLE)]
        topic, short = TOPICS[n % len(TOPICS)]
        text = (f"{town} council backs {topic}\n\n"
                f"The council of {town} voted {n + 9} to {n % 7 + 2} on Tuesday in favour of {topic}, "
                f"council leader {person} said after a meeting that ran late into the evening.\n"
                f"\"{town} has argued about this for {n + 3} years and tonight we decided,\" {person.split()[-1]} said.\n"
                f"Opponents in {town} warned that {short} would cost {n * 2 + 4} million euros more than planned "
                f"and said they would ask the regional court in {TOWNS[(n + 5) % len(TOWNS)]} to review the vote.\n")
        (directory / f"{n:03d}-{town.lower()}.txt").write_text(text, encoding="utf-8")
    return len(TOWNS)


def _count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet


def _ingest(corpus: Path, db: Path, extra: list[str]) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "newsgraph.cli", "ingest", str(corpus), "--db", f"sqlite:///{db}", *extra]
    # Own session: the kill reaches the Dask scheduler and worker processes it started too.
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "NEWSGRAPH_BATCH_SIZE": "2"})


@pytest.mark.slow
@pytest.mark.parametrize("extra", [[], ["--workers", "1"]], ids=["serial", "dask"])
def test_killed_batch_run_again_loses_and_duplicates_nothing(tmp_path, extra):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    total = write_corpus(corpus)
    db = tmp_path / "store.db"
    proc = _ingest(corpus, db, extra)
    deadline = time.monotonic() + 120
    try:
        while _count(db, "articles") < 3:
            assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()[-2000:]}"
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    killed_at = _count(db, "articles")
    assert 3 <= killed_at < total, "the batch was not interrupted midway"

    again = _ingest(corpus, db, extra)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()[-2000:]
    assert _count(db, "articles") == total
    assert _count(db, "scale_fingerprints") == total
    with sqlite3.connect(db) as conn:
        refs = [r[0] for r in conn.execute("SELECT ref FROM articles")]
        assert sorted(Path(r).name for r in refs) == sorted(p.name for p in corpus.iterdir())
        assert conn.execute("SELECT count(*) FROM (SELECT article_id, local_id FROM events "
                            "GROUP BY article_id, local_id HAVING count(*) > 1)").fetchone()[0] == 0
        stored_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        story_mentions = conn.execute("SELECT count(*) FROM scale_story_event_mentions").fetchone()[0]
        assert story_mentions == stored_events
        assert conn.execute("SELECT sum(article_count) FROM scale_stories").fetchone()[0] == total


def test_article_stored_but_not_placed_is_placed_by_the_next_run(tmp_path):
    """The window the kill above may or may not hit: the article's transaction committed, its
    story placement not. A re-run must not skip it as done."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.ingest.paths import read_file
    from newsgraph.store import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    total = write_corpus(corpus)
    db = tmp_path / "store.db"
    first = sorted(corpus.iterdir())[0]
    with Store(f"sqlite:///{db}") as store:
        store.add_record(Pipeline().process_one(read_file(first, 1 << 20)))  # no index_story
    assert (_count(db, "articles"), _count(db, "scale_fingerprints")) == (1, 0)

    again = _ingest(corpus, db, [])
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()[-2000:]
    assert _count(db, "articles") == total
    assert _count(db, "scale_fingerprints") == total
