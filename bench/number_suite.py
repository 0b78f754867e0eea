"""Score extractor (and quantulum3) on other projects' public number test suites, read locally.

    python bench/number_suite.py recognizers PATH/Specs/Number/English/NumberModel.json ...
    python bench/number_suite.py quantulum PATH/quantulum3/_lang/en_US/tests/quantities.json
    python bench/number_suite.py recognizers FILES... --quantulum --errors

``recognizers`` reads Microsoft Recognizers-Text spec files (Number, Ordinal, Percent,
Currency, Dimension, Temperature models: ``Input`` with ``Results``); ``quantulum`` reads
quantulum3's ``quantities.json`` (``req`` with ``res``). Their sentences are not ours to copy:
fetch the repositories yourself and pass the paths; nothing of theirs enters this repository.

Every expected result becomes a case; "value" counts one of our numbers over its span with the
right value, "value+unit" also needs the unit, counted only where the suite's unit name maps
onto our tables (their "Kilometer per hour" -> our "km/h", "Dollar" -> USD); units we cannot
map (e.g. "Finnish markka", "Turn") are reported as unmapped. Relative ordinals ("last") and
results without a numeric value are skipped. quantulum3's suite gives a range ("44 to 50 mg")
as its midpoint; our range (value 44, max 50) counts as right when its midpoint matches.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from number_forms import extractor_answers, quantulum_answers, same_value

MODELS = Path(__file__).resolve().parent.parent / "models"


def _table(name: str) -> dict[str, Any]:
    return json.loads((MODELS / name).read_text(encoding="utf-8"))


def canonical_unit(spelling: str) -> str | None:
    """Our canonical unit for a spelling, read from this checkout's tables (not the installed
    package's), so that an older extractor is scored against the same unit names."""
    for name in ("units.json", "units_library.json"):
        for unit, spellings in _table(name)["units"].items():
            if spelling.lower() in (s.lower() for s in spellings):
                return unit
    for unit, symbols in _table("units_library.json")["symbols"].items():
        if spelling in symbols:
            return unit
    return None

_TEMPERATURES = {"c": "degree Celsius", "f": "degree Fahrenheit", "k": "kelvin"}


def their_unit(name: str | None, money: bool = True) -> tuple[bool, str | None]:
    """(mapped, our canonical unit) for a suite's unit name; (True, None) for a bare number.
    ``money`` says whether the suite means currencies ("Pound" is GBP there, lb elsewhere)."""
    if name is None or name.lower() in ("dimensionless", ""):
        return True, None
    lowered = name.lower()
    if lowered in _TEMPERATURES:
        return True, _TEMPERATURES[lowered]
    if lowered in ("percentage", "percent", "%"):
        return True, "%"
    names = _table("currencies.json")["names"] if money else {}
    for spelling in (lowered, lowered + "s", lowered.replace("meter", "metre")):
        found = names.get(spelling) or canonical_unit(spelling)
        if found:
            return True, found
    return False, name


def _number(text: str) -> float | None:
    cleaned = text.replace(",", "").rstrip("%").strip()
    try:
        return float(cleaned)
    except ValueError:
        return None


def recognizers_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    category = path.stem.split("_")[-1].removesuffix("Model")
    for entry in json.loads(path.read_text(encoding="utf-8-sig")):
        for result in entry.get("Results") or []:
            resolution = result.get("Resolution") or {}
            value = _number(str(resolution.get("value", "")))
            if value is None or result.get("TypeName", "").endswith("relative"):
                continue
            unit_name = resolution.get("unit")
            if result.get("TypeName") == "percentage":
                unit_name = "%"
            mapped, unit = their_unit(unit_name, money=category == "Currency")
            text = entry["Input"]
            start = int(result["Start"])
            span = text[start : int(result["End"]) + 1]
            cases.append(_case(category, text, span, start, value, unit, mapped))
    return cases


def quantulum_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    for entry in json.loads(path.read_text(encoding="utf-8")):
        text = entry["req"]
        for result in entry["res"]:
            start = text.find(result["surface"])
            if start < 0 or not isinstance(result.get("value"), int | float):
                continue
            mapped, unit = their_unit(result.get("unit"), money=False)
            category = "number" if unit is None and mapped else "unit"
            cases.append(_case(category, text, result["surface"], start, result["value"], unit,
                               mapped))
    return cases


def _case(category: str, text: str, span: str, start: int, value: float, unit: str | None,
          mapped: bool) -> dict[str, Any]:
    return {"category": category, "text": text, "span": span, "start": start,
            "value": value, "unit": unit, "mapped": mapped}


def score(cases: list[dict[str, Any]], tools: dict[str, Any], errors: bool) -> None:
    tally: dict[str, dict[str, list[int]]] = {name: defaultdict(lambda: [0, 0, 0, 0])
                                              for name in tools}
    for case in cases:
        for name, answers in tools.items():
            found = answers(case["text"])
            start, end = case["start"], case["start"] + len(case["span"])
            over = [a for a in found if a.start < end and start < a.end]
            value_ok = any(_value_matches(a, case["value"]) for a in over)
            row = tally[name][case["category"]]
            row[0] += 1
            row[1] += value_ok
            if case["mapped"]:
                row[2] += 1
                row[3] += judge_at(case, over)
            if errors and name == "extractor" and not value_ok:
                got = [(a.text or case["text"][a.start:a.end], a.value, a.unit) for a in over]
                print(f"MISS [{case['category']}] {case['span']!r} = {case['value']}: {got}")
    print(f"{'tool':<12}{'category':<14}{'cases':>6}{'value':>8}{'mapped':>8}{'value+unit':>12}")
    for name in tools:
        rows = dict(tally[name])
        rows["all"] = [sum(r[i] for r in tally[name].values()) for i in range(4)]
        for category, (n, value_ok, mapped, unit_ok) in rows.items():
            share = f"{unit_ok / mapped:.0%}" if mapped else "-"
            print(f"{name:<12}{category:<14}{n:>6}{value_ok / n:>8.0%}{mapped:>8}{share:>12}")


def _value_matches(answer: Any, expected: float) -> bool:
    if same_value(answer.value, expected):
        return True
    if answer.max is None or not isinstance(answer.value, int | float):
        return False
    return same_value((answer.value + answer.max) / 2, expected)


def judge_at(case: dict[str, Any], over: list[Any]) -> bool:
    return any(_value_matches(a, case["value"]) and a.unit == case["unit"] for a in over)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("format", choices=("recognizers", "quantulum"))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--quantulum", action="store_true", help="also score quantulum3")
    parser.add_argument("--errors", action="store_true", help="print extractor's misses")
    args = parser.parse_args()
    read = recognizers_cases if args.format == "recognizers" else quantulum_cases
    cases = [case for path in args.paths for case in read(path)]
    cases = [c for c in cases if re.search(r"\S", c["span"])]
    tools = {"extractor": extractor_answers()}
    if args.quantulum:
        tools["quantulum3"] = quantulum_answers()
    score(cases, tools, args.errors)


if __name__ == "__main__":
    main()
