"""Near-duplicate articles with MinHash and banded LSH.

The same wire story republished by many sites differs in its headline, byline and a
sentence or two; its word 5-gram shingles overlap heavily. A 128-permutation MinHash
estimates that overlap (Jaccard similarity); 32 bands of 4 rows make any pair above ~0.45
share at least one band bucket with high probability, and candidates are confirmed on the
signature estimate (``DUPLICATE_THRESHOLD``). Buckets are stored in the database
(``scale_lsh_bands``), so the index survives restarts and is shared by every writer.
"""

from __future__ import annotations

import hashlib
import re
import struct

import numpy as np

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 5
# Estimated Jaccard similarity above which two articles are one story republished.
DUPLICATE_THRESHOLD = 0.6
SEED = 1  # fixed: signatures must be comparable across processes and runs

_WORD = re.compile(r"\w+", re.UNICODE)
_BUCKET_MASK = (1 << 63) - 1  # bucket ids fit a signed 64-bit column


def body_of(text: str, title: str | None) -> str:
    """The text without its title line: republishers rewrite headlines, not bodies."""
    first, sep, rest = text.partition("\n")
    if sep and title and first.strip() == title.strip():
        return rest
    return text


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray | None:
    """MinHash signature (NUM_PERM uint32 values) of ``text``; None when it has no words."""
    from datasketch import MinHash

    grams = shingles(text)
    if not grams:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update_batch(list(grams))
    return mh.hashvalues.astype(np.uint32)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_buckets(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, bucket) pairs of a signature."""
    out = []
    for band in range(BANDS):
        rows = sig[band * ROWS:(band + 1) * ROWS].astype("<u4").tobytes()
        digest = hashlib.blake2b(struct.pack("<I", band) + rows, digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little") & _BUCKET_MASK))
    return out
