"""A corpus database: many extracted articles in one SQLite file, people linked across them."""

from __future__ import annotations

from .output import DatabaseOutput
from .queries import Corpus

__all__ = ["Corpus", "DatabaseOutput"]
