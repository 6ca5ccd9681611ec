"""Exports: JSON Lines, CSV, GDELT-compatible files, GraphML."""
