"""Article-body extraction scored on the article-extraction-benchmark (scrapinghub, MIT).

The metric is the benchmark's own: words are runs of ``\\w``; each body becomes a multiset of
4-word shingles; per page, matched shingles are tp, extra predicted ones fp, missing gold ones
fn, scaled so that tp+fp+fn = 1; precision and recall are averaged over pages (a page with
nothing predicted and nothing expected counts 1.0) and F1 is taken from the two averages.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import NewsgraphError
from newsgraph.ingest.html import extract_html

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    words = _WORD.findall(text or "")
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def page_scores(predicted: str, expected: str) -> tuple[float, float]:
    """(precision, recall) of one page."""
    pred, gold = shingles(predicted), shingles(expected)
    if not pred and not gold:
        return 1.0, 1.0
    tp = sum((pred & gold).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    total = tp + fp + fn
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


@dataclass
class BenchmarkResult:
    pages: int
    precision: float
    recall: float
    failures: int  # pages where no article was found

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def predicted_body(html: str, url: str | None) -> str:
    """What newsgraph keeps of a page, without the headline line it puts first."""
    try:
        return extract_html(html, url=url).body
    except NewsgraphError:
        return ""


def evaluate(root: Path, limit: int | None = None) -> BenchmarkResult:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    precisions, recalls, failures = [], [], 0
    for n, (page_id, gold) in enumerate(sorted(truth.items())):
        if limit is not None and n >= limit:
            break
        raw = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        body = predicted_body(html, gold.get("url"))
        failures += not body
        p, r = page_scores(body, gold.get("articleBody", ""))
        precisions.append(p)
        recalls.append(r)
    k = len(precisions) or 1
    return BenchmarkResult(len(precisions), sum(precisions) / k, sum(recalls) / k, failures)
