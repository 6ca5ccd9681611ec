"""A killed import leaves only whole articles, and a re-run resumes where it stopped."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from backends import backend, store_url  # noqa: F401 - fixtures
from newsgraph.store import Store
from newsgraph.store.synthetic import variants
from newsgraph.store.tables import ActorRow, ArticleRow, AttributionRow, EntityRow, EventRow


def assert_whole_articles(store: Store) -> int:
    """Every stored article has exactly its record's rows; actor counters agree with entity rows."""
    with store.session() as s:
        per_table = {}
        for table in (EntityRow, AttributionRow, EventRow):
            per_table[table] = dict(s.execute(select(table.article_id, func.count()).group_by(table.article_id)).all())
        n = 0
        for article_id, raw in s.execute(select(ArticleRow.id, ArticleRow.record)).all():
            record = json.loads(raw)
            assert per_table[EntityRow].get(article_id, 0) == len(record["entities"])
            assert per_table[AttributionRow].get(article_id, 0) == len(record["attributions"])
            assert per_table[EventRow].get(article_id, 0) == len(record["events"])
            n += 1
        orphans = set().union(*(set(v) for v in per_table.values())) - {a for (a,) in s.execute(select(ArticleRow.id)).all()}
        assert not orphans
        counters = {a.id: (a.article_count, a.mention_count) for a in s.execute(select(ActorRow)).scalars()}
    store.refresh_actor_stats()
    with store.session() as s:
        assert counters == {a.id: (a.article_count, a.mention_count) for a in s.execute(select(ActorRow)).scalars()}
    return n


def test_killed_import_resumes(store_url, example_records, tmp_path):
    records = list(variants(list(example_records.values()), 600))
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(r.to_json() + "\n" for r in records), encoding="utf-8")
    Store(store_url).close()  # migrate before the race starts

    cmd = [sys.executable, "-m", "newsgraph.cli", "import", str(path), "--db", store_url]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with Store(store_url, create=False) as watcher:
        deadline = time.monotonic() + 120
        while watcher.count_articles() < 50:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the import wrote nothing"
            time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)  # no chance to clean up
    proc.wait()
    proc.stderr.close()

    with Store(store_url) as store:
        stored = assert_whole_articles(store)
    assert 50 <= stored < len(records), "the import finished before it could be killed; give it more records"

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(records) - stored} added, {stored} already stored, 0 with errors" in rerun.stderr
    with Store(store_url) as store:
        assert assert_whole_articles(store) == len(records)
