"""Renderers: Documents to JSON, JSON Lines or Rich tables. None of them knows spaCy."""

from __future__ import annotations

FORMATS = ("table", "json", "jsonl")
