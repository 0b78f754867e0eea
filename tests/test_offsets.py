"""The offset contract: every span satisfies input[start:end] == text, on any input."""

from __future__ import annotations

import pytest
from conftest import SAMPLES, assert_offsets_hold
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NEWSY = st.sampled_from(
    [
        "“We will win,” she said, “and soon.”",
        '"It\'s over", said a spokesman for the Kremlin.',
        "President Trump’s aides said that Kyiv would pay $6 billion.",
        "‘Iron Lady’\n\nMOSCOW, March 3, 2026 —",
        "«Non», a dit Macron. „Nein“, sagte Scholz.",
        "About 70 world leaders, or 12.5%, came on Sunday at 3 p.m.",
        "\n\n",
        "\ufeff",
        "\u00ad",
        " ",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), NEWSY), max_size=12).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
def test_offsets_hold_on_arbitrary_text(extractor, text):
    assert_offsets_hold(text, extractor.extract(text))


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_offsets_hold_on_arbitrary_unicode(extractor, text):
    assert_offsets_hold(text, extractor.extract(text))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_offsets_hold_on_every_sample(extractor, path):
    text = path.read_text(encoding="utf-8")
    document = extractor.extract(text, str(path))
    assert document.entities and document.numbers and document.quotes
    assert_offsets_hold(text, document)


def test_there_are_at_least_six_samples():
    assert len(SAMPLES) >= 6
