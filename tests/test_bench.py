"""``newsgraph bench``: measures, in one run, the bare parse and the end-to-end pipeline on
the same texts (tiny corpus here; the real numbers are in docs/scale.md)."""

from __future__ import annotations

import json

from conftest import EXAMPLES


def test_bench_reports_both_phases_on_the_same_texts(run_cli):
    code, out, err = run_cli("bench", str(EXAMPLES), "--limit", "3", "--json")
    assert code == 0, err
    report = json.loads(out)
    parse, e2e = report["phases"]["parse"], report["phases"]["end-to-end"]
    assert parse["articles"] == e2e["articles"] == 3
    assert parse["words"] == e2e["words"] > 100
    for phase in (parse, e2e):
        assert phase["seconds"] > 0
        assert 50 < phase["peak_mb"] < 4000  # a spaCy process, measured in its own process
        assert abs(phase["articles_per_s"] - phase["articles"] / phase["seconds"]) < 0.01
    assert abs(report["ratio_end_to_end_to_parse"] - e2e["articles_per_s"] / parse["articles_per_s"]) < 0.01
    assert report["ratio_per_round"] == [report["ratio_end_to_end_to_parse"]]  # one round
    assert "round 1: parse" in err


def test_bench_table_and_bad_directory(run_cli, tmp_path):
    code, out, _ = run_cli("bench", str(EXAMPLES), "--limit", "2")
    assert code == 0 and "end-to-end / parse throughput" in out
    code, _, err = run_cli("bench", str(tmp_path / "missing"))
    assert code == 2 and "not a directory" in err
