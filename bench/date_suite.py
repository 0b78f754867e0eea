"""Day-grain dates of Duckling's English time corpus, for extractor and ``dateparser``.

Duckling (facebook/duckling) tests its parser with ``Duckling/Time/EN/Corpus.hs``: phrases
resolved against a reference time, Tuesday 2013-02-12 04:30. This reads the examples whose
answer is one day (``datetime (Y, M, D, ...) Day`` and holidays), gives each phrase to extractor
with ``date=2013-02-12`` and to dateparser with that ``RELATIVE_BASE``, and prints how many each
resolves to the expected day, split into holidays and the rest. The corpus is read from the path
given and nothing of it is stored here:

    python bench/date_suite.py PATH/TO/duckling/Duckling/Time/EN/Corpus.hs [--misses 40]

Duckling's phrases are bare and often lower-case ("next tuesday", "thanksgiving"), unlike news
text; extractor reads weekday, month and holiday names only when capitalised, as news prints
them, so the script also reports the score with each phrase's first letters capitalised.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

REFERENCE = date(2013, 2, 12)

_EXAMPLES = re.compile(
    r"examples\s*\((?P<kind>datetime|datetimeHoliday)\s*\((?P<y>\d+),\s*(?P<m>\d+),\s*(?P<d>\d+),"
    r"\s*\d+,\s*\d+,\s*\d+\)\s*Day(?:\s*\"[^\"]*\")?\)\s*\[(?P<phrases>.*?)\]",
    re.DOTALL,
)
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def load(path: Path) -> list[tuple[str, str, str]]:
    """(group, phrase, expected ISO day) for each day-grain example."""
    text = path.read_text(encoding="utf-8")
    cases = []
    for match in _EXAMPLES.finditer(text):
        expected = date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
        group = "holiday" if match["kind"] == "datetimeHoliday" else "day"
        for phrase in _STRING.findall(match["phrases"]):
            cases.append((group, phrase.encode().decode("unicode_escape"), expected))
    return cases


_SMALL = {"of", "the", "in", "on", "at", "from", "now", "ago", "after", "before", "next",
          "last", "this", "and", "or", "a", "an", "day", "days", "week", "weeks", "month",
          "months", "year", "years", "back", "current", "previous", "coming", "to", "by"}


def titled(phrase: str) -> str:
    """ "next tuesday" -> "next Tuesday": names capitalised as news prints them."""
    return re.sub(
        r"\b[a-z][\w']*",
        lambda m: m.group(0) if m.group(0) in _SMALL else m.group(0)[0].upper() + m.group(0)[1:],
        phrase,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--misses", type=int, default=0, help="Print this many extractor misses.")
    options = parser.parse_args()
    cases = load(options.corpus)
    if not cases:
        sys.exit(f"{options.corpus}: no day-grain examples found")

    from dateparser.search import search_dates

    from extractor import Extractor

    extractor = Extractor()
    takes_date = "date" in inspect.signature(extractor.extract).parameters
    # Versions before ``date=`` took a publication date only from a dateline.
    head = "" if takes_date else "WASHINGTON, February 12, 2013 — "
    given = {"date": REFERENCE} if takes_date else {}
    settings = {"RELATIVE_BASE": datetime(2013, 2, 12, 4, 30)}
    scores: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    misses: list[str] = []
    for group, phrase, expected in cases:
        for name, text in (("extractor", phrase), ("extractor, capitalised", titled(phrase))):
            document = extractor.extract(head + text, sections=("numbers",), **given)
            values = {
                n.value for n in document.numbers if n.kind == "date" and n.start >= len(head)
            }
            scores[name][group].append(expected in values)
            if name != "extractor" and expected not in values and len(misses) < options.misses:
                misses.append(f"{phrase!r}: want {expected}, got {sorted(map(str, values))}")
        found = search_dates(phrase, languages=["en"], settings=settings) or []
        scores["dateparser"][group].append(expected in {d.date().isoformat() for _, d in found})
    groups = sorted({group for group, _, _ in cases})
    print(f"| tool | {' | '.join(groups)} | all |")
    print("| --- |" + " ---: |" * (len(groups) + 1))
    for name, by_group in scores.items():
        cells = [f"{100 * sum(by_group[g]) / len(by_group[g]):.0f} % ({len(by_group[g])})"
                 for g in groups]
        every = [mark for g in groups for mark in by_group[g]]
        print(f"| {name} | {' | '.join(cells)} | {100 * sum(every) / len(every):.1f} % |")
    for line in misses:
        print(line, file=sys.stderr)


if __name__ == "__main__":
    main()
