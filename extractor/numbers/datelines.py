"""The article's own date, read from its head: the date relative expressions are resolved against.

News puts it in a few places, tried best first:

- a labelled line: ``Published: March 14, 2026``, ``Updated 2026-03-14T09:30Z``, ``Posted on ...``;
- a dateline: ``BRUSSELS, March 14, 2026 —``, ``United State, November 11, 2024:``,
  ``LONDON, March 14 (Reuters) -`` (the year then comes from another full date in the head);
- a date line under the headline: a short line that is mostly a date
  (``Saturday, March 14, 2026 10:04 AM EST``), as wire stories under ``CITY (AP) —`` carry.

Only the first ``HEAD_CHARS`` characters are read, so a date deep in the story is never taken
for the publication date.
"""

from __future__ import annotations

import re
from datetime import date

HEAD_CHARS = 600

_LABEL = re.compile(
    r"^\W*(?:first\s|last\s)?(?:published|updated|posted|dated?|released|modified)\b"
    r"(?:\s(?:on|at))?\s?[:\-–—]?",
    re.IGNORECASE,
)
#: What may stand beside the date on a date line: weekday, clock time, time zone, "Updated".
_FILLER = re.compile(
    r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?|\b[ap]\.?m\.?(?!\w)"
    r"|\b(?:[A-Z]{2,4}T|GMT|UTC|ET|CT|PT|IST|CET|BST)\b|\bT\d\d:\d\d(?::\d\d)?(?:\.\d+)?Z?"
    r"|[+-]\d\d:?\d\d\b|\bupdated\b|\bpublished\b|\bposted\b|\bat\b|\bon\b",
    re.IGNORECASE,
)
#: Before a dateline's date: nothing, or a place in capitalised words ("SAN JUAN, Puerto Rico,"),
#: never a sentence ("In a memo dated Mar. 3, 2019 — two weeks before").
_PLACE = re.compile(r"\W*(?:(?:[A-Z][\w.'’-]*|of|de|la|el|da|do|du|al)[,\s]*){0,6}")
#: After a dateline's date: a dash or colon, maybe after an agency in brackets.
_DATELINE_END = re.compile(r"\s*(?:\([A-Za-z][\w .&-]{0,30}\)\s*)?(?:[—–:]|-(?!\d)|--)")


def find_dateline(text: str) -> date | None:
    """The publication date the article states in its head, or None."""
    from .dates import full_dates

    head = text[:HEAD_CHARS]
    found = list(full_dates(head))
    if not found:
        return None
    year = next((d.year for _, _, d, yearless in found if not yearless), None)
    lines = _lines(head)
    best: tuple[int, date] | None = None
    for start, end, value, yearless in found:
        if yearless:
            if year is None:
                continue
            try:
                value = value.replace(year=year)
            except ValueError:
                continue
        line_start, line = _line_at(lines, start)
        rank = _rank(line, start - line_start, end - line_start, yearless)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, value)
    return best[1] if best else None


def _rank(line: str, start: int, end: int, yearless: bool) -> int | None:
    """0 for a labelled date, 1 for a dateline, 2 for a line that is mostly a date."""
    if _LABEL.match(line[:start]) and len(line[:start].strip()) < 30:
        return 0
    if _DATELINE_END.match(line[end:]) and _PLACE.fullmatch(line[:start]):
        return 1
    if yearless:
        return None
    rest = _FILLER.sub(" ", line[:start] + " " + line[end:])
    rest = re.sub(r"^\W*by\s[\w .'-]+?(?:[|,;]|$)", " ", rest.strip(), flags=re.IGNORECASE)
    words = re.findall(r"[A-Za-z]{2,}", rest)
    return 2 if len(words) <= 2 else None


def _lines(head: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in head.splitlines(keepends=True):
        lines.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return lines


def _line_at(lines: list[tuple[int, str]], position: int) -> tuple[int, str]:
    chosen = lines[0]
    for offset, line in lines:
        if offset > position:
            break
        chosen = (offset, line)
    return chosen
