"""Extractors: each takes the parsed document and returns its part of the record."""
