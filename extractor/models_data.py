"""Access to the data files under ``models/`` (installed as ``extractor.models``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(name: str) -> Any:
    """Parse a JSON asset once; keys starting with ``_`` are comments and are dropped."""
    text = resources.files("extractor.models").joinpath(name).read_text(encoding="utf-8")
    data = json.loads(text)
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if not k.startswith("_")}
    return data


@cache
def load_lexicon(name: str) -> tuple[str, ...]:
    """Read a one-entry-per-line list; ``#`` starts a comment."""
    text = resources.files("extractor.models").joinpath(name).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(e for e in entries if e)
