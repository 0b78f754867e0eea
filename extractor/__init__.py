"""extractor: people, places, organisations, numbers and attributed quotes in news articles."""

from __future__ import annotations

from .api import Extractor, extract
from .document import Document, Entity, Mention, Number, Quote, Speaker

__version__ = "0.1.0"

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
