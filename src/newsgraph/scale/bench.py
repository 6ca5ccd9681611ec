"""``newsgraph bench DIR``: end-to-end throughput next to the bare spaCy parse of the same
texts, in the same run, each with its peak memory.

Each phase runs in a fresh process (spawned, so nothing is shared with the parent), loads
the model before its clock starts, and reports its wall time and peak resident memory:

- ``parse``: ``nlp.pipe`` over the articles' texts (after cleaning), nothing else — the
  floor any pipeline built on this model can reach;
- ``end-to-end``: ``Pipeline.process`` on the same input documents — reading the HTML or
  text, cleaning, paragraph-wise parsing, every extractor, the record as JSON;
- ``store`` (with ``--store``): the same plus writing to a fresh SQLite store and the story
  index, as ``newsgraph ingest`` does.

Phases alternate over ``--rounds`` so that load from other processes hits them alike; the
median round is reported.
"""

from __future__ import annotations

import multiprocessing
import resource
import statistics
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class PhaseResult:
    phase: str
    articles: int
    words: int
    seconds: float
    peak_mb: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "articles_per_s": round(self.articles_per_s, 3),
                "words_per_s": round(self.words_per_s, 1)}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def load_documents(directory: str, limit: int | None, max_bytes: int):
    from newsgraph.ingest import iter_path_documents

    docs = list(iter_path_documents([directory], max_bytes))
    return docs[:limit] if limit else docs


def _phase(phase: str, directory: str, limit: int | None, batch_size: int, queue) -> None:
    """Runs in a child process; puts a PhaseResult (or an error string) on ``queue``."""
    try:
        from newsgraph.config import get_settings
        from newsgraph.ingest.article import prepare_article
        from newsgraph.pipeline import Pipeline

        settings = get_settings().with_(batch_size=batch_size)
        docs = load_documents(directory, limit, settings.max_input_bytes)
        pipeline = Pipeline(settings)
        nlp = pipeline.nlp
        texts = []
        for doc in docs:
            try:
                texts.append(prepare_article(doc).article.text)
            except Exception:  # noqa: BLE001 - bad inputs are part of a real corpus; not parsed
                pass
        words = sum(len(t.split()) for t in texts)
        # Warm up outside the clock: first calls load lexicons, gazetteers and lazy imports.
        list(nlp.pipe(texts[:4]))
        if phase != "parse":
            for _ in pipeline.process(docs[:4]):
                pass
        if phase == "parse":
            start = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=batch_size):
                pass
            seconds = time.perf_counter() - start
        elif phase == "end-to-end":
            start = time.perf_counter()
            for outcome in pipeline.process(docs):
                outcome.record.to_json()
            seconds = time.perf_counter() - start
        elif phase == "store":
            from newsgraph.scale.writer import index_story, write_record
            from newsgraph.store import Store

            with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{tmp}/bench.db") as store:
                start = time.perf_counter()
                for outcome in pipeline.process(docs):
                    if outcome.record.article.text:
                        write_record(store, outcome.record)
                        index_story(store, outcome.record)
                seconds = time.perf_counter() - start
        else:
            raise ValueError(f"unknown phase {phase!r}")
        queue.put(PhaseResult(phase, len(texts), words, seconds, _peak_mb()))
    except BaseException as exc:  # noqa: BLE001 - report, never hang the parent
        queue.put(f"{phase}: {type(exc).__name__}: {exc}")


def run_phase(phase: str, directory: str, limit: int | None, batch_size: int) -> PhaseResult:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_phase, args=(phase, directory, limit, batch_size, queue))
    proc.start()
    result = queue.get()
    proc.join()
    if isinstance(result, str):
        raise RuntimeError(result)
    return result


def median_result(results: list[PhaseResult]) -> PhaseResult:
    ordered = sorted(results, key=lambda r: r.seconds)
    mid = ordered[len(ordered) // 2]
    return PhaseResult(mid.phase, mid.articles, mid.words, statistics.median(r.seconds for r in results),
                       max(r.peak_mb for r in results))


def run_bench(directory: str, *, limit: int | None = None, batch_size: int = 16, rounds: int = 1,
              store: bool = False, on_result=None) -> dict:
    phases = ["parse", "end-to-end"] + (["store"] if store else [])
    runs: dict[str, list[PhaseResult]] = {p: [] for p in phases}
    for n in range(rounds):
        # Alternate the order so neither phase always runs first on a warming machine.
        for phase in (phases if n % 2 == 0 else list(reversed(phases))):
            result = run_phase(phase, directory, limit, batch_size)
            runs[phase].append(result)
            if on_result is not None:
                on_result(n + 1, result)
    summary = {p: median_result(r) for p, r in runs.items()}
    ratio = summary["end-to-end"].articles_per_s / summary["parse"].articles_per_s
    # The same ratio within each round, whose two phases ran minutes apart, not rounds apart.
    per_round = [round(e.articles_per_s / p.articles_per_s, 3) for p, e in zip(runs["parse"], runs["end-to-end"])]
    return {"directory": str(Path(directory)), "rounds": rounds, "batch_size": batch_size,
            "phases": {p: r.as_dict() for p, r in summary.items()},
            "runs": {p: [r.as_dict() for r in rs] for p, rs in runs.items()},
            "ratio_end_to_end_to_parse": round(ratio, 3), "ratio_per_round": per_round}


def run_dask_curve(directory: str, worker_counts: list[int], *, limit: int | None = None) -> list[dict]:
    """Throughput of ``ingest --workers N`` into a fresh SQLite store, for each N."""
    from newsgraph.config import get_settings
    from newsgraph.scale.dask_runner import run_distributed

    out = []
    for n in worker_counts:
        docs = load_documents(directory, limit, get_settings().max_input_bytes)
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            summary = run_distributed(docs, f"sqlite:///{tmp}/bench.db", workers=n)
            wall = time.perf_counter() - start
        out.append({"workers": n, "articles": summary.added + summary.skipped, "seconds": round(summary.seconds, 2),
                    "articles_per_s": round((summary.added + summary.skipped) / summary.seconds, 3),
                    "wall_seconds_with_startup": round(wall, 2),
                    "worker_extract_seconds": round(summary.extract_seconds, 2),
                    "worker_write_seconds": round(summary.write_seconds, 2),
                    "client_index_seconds": round(summary.index_seconds, 2),
                    "worker_cpu_seconds": round(summary.cpu_seconds, 2),
                    "articles_per_worker_cpu_s": round((summary.added + summary.skipped) / summary.cpu_seconds, 3)
                    if summary.cpu_seconds else None})
    return out
