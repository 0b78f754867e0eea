"""Numbers next to line breaks, tabs and no-break spaces: never a crash, never across a line."""

from __future__ import annotations

import pytest

from extractor import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def found(extractor: Extractor, text: str) -> list[tuple[str, object, str | None, str]]:
    numbers = extractor.extract(text, sections=("numbers",)).numbers
    for n in numbers:
        assert text[n.start : n.end] == n.text
    return [(n.text, n.value, n.unit, n.kind) for n in numbers]


@pytest.mark.parametrize(
    "text",
    [
        "The hearing ran for 45\nminutes before the judge adjourned.",
        "Volunteers walked 5\nkilometres to the shelter.",
        "The council set aside 12\nper cent of the budget.",
        "Repairs took 2 \nhours on Tuesday.",
        "The ferry carried 300\r\nmetric tons of grain.",
    ],
)
def test_a_unit_on_the_next_line_is_not_joined(extractor, text):
    first = found(extractor, text)[0]
    assert first[2] is None and first[3] == "cardinal"
    assert "\n" not in first[0]


def test_a_scale_on_the_next_line_is_not_joined(extractor):
    text = "The fund paid out 3\nmillion dollars last year."
    assert ("3", 3, None, "cardinal") in found(extractor, text)


def test_a_currency_code_before_a_line_break_is_not_joined(extractor):
    text = "Tickets cost Rs\n40 at the gate."
    assert all(n[3] != "money" or not n[0].startswith("Rs") for n in found(extractor, text))


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The hearing ran for 45\u00a0minutes.", "45\u00a0minutes", 45, "minute"),
        ("Volunteers walked 5\tkilometres.", "5\tkilometres", 5, "km"),
        ("The reserve covers 40 square\u00a0kilometres.", "40 square\u00a0kilometres", 40, "km2"),
        ("Bread rose by 12\u00a0pence.", "12\u00a0pence", 0.12, "GBP"),
        ("The plant makes 3\u202fmillion\u00a0tonnes a year.", "3\u202fmillion\u00a0tonnes",
         3_000_000, "tonne"),
    ],
)
def test_no_break_spaces_and_tabs_join_a_unit(extractor, text, span, value, unit):
    assert any(
        n[0] == span and n[1] == value and n[2] == unit for n in found(extractor, text)
    ), found(extractor, text)
