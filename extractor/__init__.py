"""extractor: people, places, organisations, numbers and attributed quotes in news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .document import Document, Entity, Mention, Number, Quote, Speaker

if TYPE_CHECKING:
    from .api import Extractor, extract

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``Extractor`` and ``extract`` import spaCy, so only when asked for: the parent of a
    multi-worker batch never parses and starts its workers ~1 s sooner without it."""
    if name in ("Extractor", "extract"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Document",
    "Entity",
    "Extractor",
    "Mention",
    "Number",
    "Quote",
    "Speaker",
    "__version__",
    "extract",
]
