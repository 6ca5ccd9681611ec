"""The article-body metric and the HTML extraction score on the benchmark."""

from newsgraph.eval.html_extraction import page_scores, shingles
from conftest import shared_path


def test_shingles_and_page_scores():
    assert sum(shingles("one two three four five").values()) == 2
    assert page_scores("", "") == (1.0, 1.0)
    assert page_scores("a b c d e", "a b c d e") == (1.0, 1.0)
    p, r = page_scores("a b c d e f g", "a b c d e")
    assert r == 1.0 and p < 1.0
    assert page_scores("", "a b c d") == (0.0, 0.0)


def test_benchmark_sample(run_cli):
    root = shared_path("data", "article-extraction-benchmark")
    code, out, _ = run_cli("eval", "html", str(root), "--limit", "30")
    assert code == 0
    f1 = float(next(line.split()[1] for line in out.splitlines() if line.startswith("F1")))
    assert f1 > 0.9
