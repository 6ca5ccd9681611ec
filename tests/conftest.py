"""Shared fixtures. The spaCy model is loaded once per test session (load_model caches it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when the shared data is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is only present in the project's workspace)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def example_records(pipeline):
    """Records of every example article, keyed by file name."""
    from newsgraph.ingest import iter_path_documents

    docs = list(iter_path_documents([EXAMPLES], max_bytes=2_000_000))
    return {Path(o.record.ref).name: o.record for o in pipeline.process(docs)}


@pytest.fixture
def run_cli():
    """Run the CLI in-process (the model stays loaded); returns (exit code, stdout, stderr)."""
    from typer.testing import CliRunner

    from newsgraph.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return run


def records_from(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]
