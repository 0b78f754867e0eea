"""Dates as news writes them: accuracy per form, for extractor and for ``dateparser``.

Reads cases (JSON Lines: ``category``, ``text``, ``published`` — the publication date given to
extractor, or null when it must read the dateline in the text — ``base`` — the true publication
date, given to dateparser as ``RELATIVE_BASE`` since it reads no datelines — ``span``, ``value``
and ``max``, the expected ISO first and last day) and prints, per category, the share of cases
each tool gets right:

- a case is right when a date found overlapping ``span`` has the expected ``value`` (and, for
  extractor, the expected ``max`` of a period; dateparser gives one datetime, compared with
  ``value``);
- a ``not_a_date`` case (``value`` null) is right when no date overlaps ``span``.

    pip install -e '.[bench]'
    python bench/date_forms.py                       # bench/data/date_cases.jsonl
    python bench/date_forms.py --failures            # list what extractor gets wrong
    python bench/date_forms.py other.jsonl --no-dateparser

The cases are our own sentences. ``bench/date_suite.py`` measures on other projects' suites.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "bench" / "data" / "date_cases.jsonl"

#: (start, end, ISO value, ISO max) of each date a tool found in a text.
Found = list[tuple[int, int, str | None, str | None]]


def load_cases(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def extractor_dates(cases: list[dict]) -> Callable[[dict], Found]:
    from extractor import Extractor

    extractor = Extractor()
    takes_date = "date" in inspect.signature(extractor.extract).parameters

    def found(case: dict) -> Found:
        text, published = case["text"], case["published"]
        if takes_date or not published:
            given = {"date": published} if takes_date else {}
            document = extractor.extract(text, sections=("numbers",), **given)
            shift = 0
        else:
            # Versions before ``date=``: the one way to give a date was a dateline.
            day = datetime.fromisoformat(published)
            head = f"WASHINGTON, {day:%B} {day.day}, {day.year} — "
            document = extractor.extract(head + text, sections=("numbers",))
            shift = len(head)
        return [
            (n.start - shift, n.end - shift, n.value, getattr(n, "max", None))
            for n in document.numbers
            if n.kind == "date" and n.start >= shift
        ]

    return found


def dateparser_dates(cases: list[dict]) -> Callable[[dict], Found]:
    from dateparser.search import search_dates

    def found(case: dict) -> Found:
        base = datetime.fromisoformat(case["base"])
        settings = {"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
        results = search_dates(case["text"], languages=["en"], settings=settings) or []
        spans: Found = []
        cursor = 0
        for words, when in results:
            start = case["text"].find(words, cursor)
            if start == -1:
                start = case["text"].find(words)
            if start == -1:
                continue
            cursor = start + len(words)
            spans.append((start, start + len(words), when.date().isoformat(), None))
        return spans

    return found


def correct(case: dict, found: Found, check_max: bool) -> bool:
    start = case["text"].find(case["span"])
    end = start + len(case["span"])
    overlapping = [f for f in found if f[0] < end and start < f[1]]
    if case["value"] is None:
        return not overlapping
    return any(
        value == case["value"] and (not check_max or value_max == case["max"])
        for _, _, value, value_max in overlapping
    )


def score(
    cases: Iterable[dict], tools: dict[str, Callable[[dict], Found]]
) -> tuple[dict[str, dict[str, list[bool]]], list[tuple[dict, Found]]]:
    results: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    failures: list[tuple[dict, Found]] = []
    for case in cases:
        for name, tool in tools.items():
            found = tool(case)
            right = correct(case, found, check_max=name == "extractor")
            results[name][case["category"]].append(right)
            if name == "extractor" and not right:
                failures.append((case, found))
    return results, failures


def table(results: dict[str, dict[str, list[bool]]], order: list[str]) -> str:
    names = list(results)
    header = f"| category | cases | {' | '.join(names)} |"
    rows = [header, "| --- | ---: |" + " ---: |" * len(names)]
    totals = {name: [] for name in names}
    for category in order:
        counts = results[names[0]][category]
        cells = []
        for name in names:
            marks = results[name][category]
            totals[name].extend(marks)
            cells.append(f"{100 * sum(marks) / len(marks):.0f} %")
        rows.append(f"| {category} | {len(counts)} | {' | '.join(cells)} |")
    all_cells = [f"{100 * sum(t) / len(t):.1f} %" for t in totals.values()]
    rows.append(f"| **all** | {len(totals[names[0]])} | {' | '.join(all_cells)} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="?", type=Path, default=CASES)
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--failures", action="store_true", help="List extractor's misses.")
    options = parser.parse_args()
    cases = load_cases(options.cases)
    tools = {"extractor": extractor_dates(cases)}
    if not options.no_dateparser:
        tools["dateparser"] = dateparser_dates(cases)
    order = list(dict.fromkeys(case["category"] for case in cases))
    results, failures = score(cases, tools)
    print(table(results, order))
    if options.failures:
        for case, found in failures:
            print(f"\n[{case['category']}] {case['text']!r}\n  want {case['span']!r} = "
                  f"{case['value']} .. {case['max']}\n  got  {found}", file=sys.stderr)


if __name__ == "__main__":
    main()
