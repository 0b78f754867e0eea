from __future__ import annotations

from pathlib import Path

import pytest

from extractor.api import Extractor, shared_extractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
DEV = ROOT / "tests" / "data" / "dev"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return shared_extractor()


def assert_offsets_hold(text: str, document) -> None:
    for span in document.spans():
        assert text[span.start : span.end] == span.text, span


def one(quotes, fragment: str):
    """The single quote whose text holds ``fragment``; fails listing them all otherwise."""
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [(q.text, q.kind) for q in quotes]
    return found[0]
