"""Evaluation against the corpora in ../shared (PolNeAR, PLOVER gold standard)."""
