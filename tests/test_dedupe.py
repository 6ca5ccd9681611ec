"""Near-duplicate detection: MinHash signatures and LSH buckets."""

from __future__ import annotations

from scale_corpus import FOLLOW_UP, UNRELATED, WIRE_BODY, republished

from newsgraph.scale import dedupe


def test_republished_copies_are_near_duplicates():
    original = dedupe.signature(WIRE_BODY)
    for n in range(4):
        copy = dedupe.signature(dedupe.body_of(republished(n), None))
        assert dedupe.similarity(original, copy) >= dedupe.DUPLICATE_THRESHOLD, n
        # ...and they share at least one LSH bucket, so the index finds them.
        assert set(dedupe.band_buckets(original)) & set(dedupe.band_buckets(copy))


def test_follow_up_and_unrelated_articles_are_not_duplicates():
    original = dedupe.signature(WIRE_BODY)
    for text in [FOLLOW_UP] + [body for _, body in UNRELATED]:
        assert dedupe.similarity(original, dedupe.signature(text)) < 0.3


def test_signature_is_stable_across_processes_and_serialisation():
    import subprocess
    import sys

    sig = dedupe.signature(WIRE_BODY)
    assert (dedupe.from_bytes(dedupe.to_bytes(sig)) == sig).all()
    code = ("import sys; from newsgraph.scale import dedupe; "
            "sys.stdout.write(dedupe.to_bytes(dedupe.signature(sys.stdin.read())).hex())")
    other = subprocess.run([sys.executable, "-c", code], input=WIRE_BODY, capture_output=True, text=True, check=True)
    assert bytes.fromhex(other.stdout) == dedupe.to_bytes(sig)


def test_estimate_tracks_true_jaccard():
    a = " ".join(f"w{i}" for i in range(400))
    b = " ".join(f"w{i}" for i in range(200, 600))  # 196 of 596 5-grams shared: J = 0.33
    sa, sb = dedupe.shingles(a), dedupe.shingles(b)
    true = len(sa & sb) / len(sa | sb)
    assert abs(dedupe.similarity(dedupe.signature(a), dedupe.signature(b)) - true) < 0.12


def test_title_line_is_left_out_only_when_it_is_the_title():
    assert dedupe.body_of("Headline\nBody text here.", "Headline") == "Body text here."
    assert dedupe.body_of("First line\nBody.", "Other") == "First line\nBody."


def test_empty_and_tiny_texts():
    assert dedupe.signature("") is None
    assert dedupe.signature("   ...  ") is None
    assert dedupe.signature("two words") is not None
