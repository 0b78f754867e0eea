"""Accuracy on numbers as the world writes them, per category, for extractor and quantulum3.

    python bench/number_forms.py                      # our cases, bench/data/number_cases.jsonl
    python bench/number_forms.py --quantulum          # and quantulum3 on the same cases
    python bench/number_forms.py --errors             # list what we get wrong
    python bench/number_forms.py --cases OTHER.jsonl  # any file of the same shape

Each case is one sentence with the expected number: ``{"category", "text", "span", "value",
"unit", "kind"}``. A tool gets a case right when one of the numbers it finds overlaps the
expected span and has the expected value and unit (our canonical unit names; quantulum3's units
are mapped to ours through our own unit and currency tables, and its "1 penny" counts as our
0.01 GBP). For extractor we also report whether the span text and the kind are exact.
quantulum3 (in the ``bench`` extra) is imported only with ``--quantulum``.
"""

from __future__ import annotations

import argparse
import json
import warnings
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor import Extractor
from extractor.models_data import load_json

CASES = Path(__file__).resolve().parent / "data" / "number_cases.jsonl"


@dataclass(slots=True)
class Answer:
    start: int
    end: int
    value: float | None
    unit: str | None
    text: str = ""
    kind: str = ""
    max: float | None = None


def load_cases(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def same_value(found: float | None, expected: float | None) -> bool:
    if found is None or expected is None:
        return found is expected
    if not isinstance(found, int | float):
        return False  # a date's ISO string
    return abs(found - expected) <= 1e-6 * max(1.0, abs(expected))


def extractor_answers() -> Callable[[str], list[Answer]]:
    extractor = Extractor()

    def answers(text: str) -> list[Answer]:
        numbers = extractor.extract(text, sections=("numbers",)).numbers
        return [
            Answer(n.start, n.end, n.value, n.unit, n.text, n.kind, n.max) for n in numbers
        ]

    return answers


def quantulum_answers() -> Callable[[str], list[Answer]]:
    warnings.filterwarnings("ignore", module="quantulum3")
    from quantulum3 import parser

    from extractor.numbers.units import canonical_unit

    minor = load_json("currencies.json")["minor_units"]
    names = load_json("currencies.json")["names"]

    def unit_of(quantity: Any) -> tuple[str | None, float]:
        unit = quantity.unit
        if unit.entity.name == "dimensionless":
            return None, 1.0
        if unit.name == "percentage":
            return "%", 1.0
        if unit.name in minor or unit.name + "s" in minor:
            code, divisor = minor.get(unit.name) or minor[unit.name + "s"]
            return code, 1 / divisor
        code = getattr(unit, "currency_code", None) or names.get(unit.name.lower())
        if code:
            return code, 1.0
        for spelling in (unit.name, *unit.symbols, *getattr(unit, "surfaces", [])):
            found = canonical_unit(spelling)
            if found:
                return found, 1.0
        return unit.name, 1.0

    def answers(text: str) -> list[Answer]:
        found = []
        for quantity in parser.parse(text):
            unit, factor = unit_of(quantity)
            value = quantity.value * factor if quantity.value is not None else None
            start, end = quantity.span
            found.append(Answer(start, end, value, unit, quantity.surface))
        return found

    return answers


def judge(case: dict[str, Any], answers: list[Answer]) -> tuple[bool, Answer | None]:
    """(right, the answer over the expected span): right means value and unit both match."""
    start = case["text"].index(case["span"])
    end = start + len(case["span"])
    over = [a for a in answers if a.start < end and start < a.end]
    for answer in over:
        if same_value(answer.value, case["value"]) and answer.unit == case["unit"]:
            return True, answer
    return False, over[0] if over else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--quantulum", action="store_true", help="also score quantulum3")
    parser.add_argument("--errors", action="store_true", help="print extractor's misses")
    args = parser.parse_args()
    cases = load_cases(args.cases)
    tools = {"extractor": extractor_answers()}
    if args.quantulum:
        tools["quantulum3"] = quantulum_answers()

    right: dict[str, dict[str, int]] = {name: defaultdict(int) for name in tools}
    answered: dict[str, int] = defaultdict(int)
    ours_where_answered: dict[str, int] = defaultdict(int)
    exact: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for case in cases:
        category = case["category"]
        total[category] += 1
        ours_right = False
        for name, answers in tools.items():
            ok, answer = judge(case, answers(case["text"]))
            right[name][category] += ok
            if name == "extractor":
                ours_right = ok
                if ok and answer is not None and (answer.text, answer.kind) == (
                    case["span"], case["kind"]
                ):
                    exact[category] += 1
                if not ok and args.errors:
                    got = (answer.text, answer.value, answer.unit) if answer else None
                    print(f"MISS [{category}] {case['span']!r}: got {got}")
            elif answer is not None:
                answered[category] += 1
                ours_where_answered[category] += ours_right

    header = f"{'category':<16}{'cases':>6}{'extractor':>11}{'exact span+kind':>17}"
    if args.quantulum:
        header += f"{'quantulum3':>12}{'q answers':>11}{'q acc there':>13}{'ours there':>12}"
    print(header)
    for category in [*sorted(total), "all"]:
        n = sum(total.values()) if category == "all" else total[category]

        def count(table: dict[str, int], category: str = category) -> int:
            return sum(table.values()) if category == "all" else table[category]

        row = f"{category:<16}{n:>6}{count(right['extractor']) / n:>11.0%}"
        row += f"{count(exact) / n:>17.0%}"
        if args.quantulum:
            there = count(answered)
            q_right = count(right["quantulum3"])
            row += f"{q_right / n:>12.0%}{there:>11}"
            row += f"{(q_right / there if there else 0):>13.0%}"
            row += f"{(count(ours_where_answered) / there if there else 0):>12.0%}"
        print(row)


if __name__ == "__main__":
    main()
