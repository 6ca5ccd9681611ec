"""PERSON entities on the PolNeAR dev texts (skips without ../shared): none is a single common
word, and a fair share carry a role. The measurement lives in scripts/actors_quality.py, which
also writes the numbers in docs/quality.md."""

import importlib.util

import pytest

from conftest import ROOT, SHARED, shared_path

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def quality():
    shared_path("data", "polnear", "dev", "text")
    spec = importlib.util.spec_from_file_location("actors_quality", ROOT / "scripts" / "actors_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.measure(SHARED)


def test_no_person_is_a_single_common_word(quality):
    assert quality["person_entities"] > 300
    assert quality["single_common_word_names"] == []


def test_many_people_carry_a_role(quality):
    assert quality["with_role_share"] >= 0.35
