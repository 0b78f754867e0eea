"""Dates and clock times: finding them in text and resolving them against the article's dateline.

Hand-parsed rather than with dateparser: news dates come in a handful of shapes, dateparser
costs a noticeable import, and by default it resolves relative dates against today, which is
exactly the silent guess we must not make. What we resolve, and what we leave as ``None``:

- "November 11, 2024", "11 November 2024", "2024-11-11": always resolved.
- "September 12" (no year): the year of the dateline, or the year before/after if that puts the
  day nearer to the dateline; ``None`` without a dateline.
- "Sunday": the most recent Sunday on or before the dateline, or the next one after it when the
  clause is in the future ("will", "would", "next Sunday"); ``None`` without a dateline.
- "today", "yesterday", "tomorrow": the dateline plus the offset.
- A month alone ("in October"), a month and year, a year, "last week", "last year": ``None``,
  because no single day is determined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from ..models_data import load_json
from ..spans import doc_text


@dataclass(slots=True, frozen=True)
class DateMatch:
    start: int
    end: int
    kind: str  # "date" | "time"
    value: str | None


@cache
def _words() -> dict[str, dict[str, int] | list[str] | dict[str, str]]:
    return load_json("date_words.json")


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = _words()
    month = rf"(?P<month>{_alternation(words['months'])})(?![\w])"
    weekday = rf"(?P<weekday>{_alternation(words['weekdays'])})"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    year = r"(?P<year>1[89]\d\d|2[01]\d\d)(?!\d)"
    periods = _alternation(words["relative_periods"])
    lead = rf"(?:(?P<lead>{_alternation(words['weekdays'])}),?\s)?"
    return {
        "iso": re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
        "month_day": re.compile(rf"\b{lead}{month}\s{day}(?:,?\s{year})?"),
        "day_month": re.compile(rf"\b{lead}{day}\s{month}(?:,?\s{year})?"),
        "month_year": re.compile(rf"\b{month}\s{year}"),
        "relative_weekday": re.compile(rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s{weekday}\b"),
        "weekday": re.compile(rf"\b{weekday}\b"),
        "month": re.compile(rf"\b{month}"),
        "relative_day": re.compile(
            rf"\b(?P<rel>{_alternation(words['relative_days'])})\b", re.IGNORECASE
        ),
        "relative_period": re.compile(
            rf"\b(?:[Ll]ast|[Nn]ext|[Tt]his)\s(?:{periods})\b"
        ),
        "decade": re.compile(r"\b(?:1[89]|20)\d0s\b"),
        "clock": re.compile(
            r"\b(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s?(?P<half>[ap])\.?m\.?(?!\w)",
            re.IGNORECASE,
        ),
        "clock24": re.compile(r"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b(?![:.]?\d)"),
        "named_time": re.compile(rf"\b(?:{_alternation(words['times'])})\b", re.IGNORECASE),
    }


_DATELINE = re.compile(r"[—–-]")


def find_dateline(text: str) -> date | None:
    """The date in ``BRUSSELS, March 14, 2026 —``: a full date followed by a dash, near the top."""
    head = text[:200]
    for name in ("month_day", "day_month"):
        for match in _patterns()[name].finditer(head):
            if match.group("year") and _DATELINE.match(head[match.end() :].lstrip()):
                return _full_date(match)
    return None


def _full_date(match: re.Match[str], year: int | None = None) -> date | None:
    months = _words()["months"]
    try:
        return date(
            int(match.group("year") or year),  # type: ignore[arg-type]
            int(months[match.group("month")]),  # type: ignore[index]
            int(match.group("day")),
        )
    except (TypeError, ValueError):
        return None


def find_dates(doc: Doc, dateline: date | None) -> Iterator[DateMatch]:
    """Every date and clock time in the text, longest form first, never overlapping."""
    text = doc_text(doc)
    taken: list[tuple[int, int]] = []
    for name, pattern in _patterns().items():
        for match in pattern.finditer(text):
            start, end = match.span()
            if "\n" in text[start:end] or any(s < end and start < e for s, e in taken):
                continue
            found = _read(name, match, doc, dateline)
            if found is None:
                continue
            taken.append((start, end))
            yield found


def _read(name: str, match: re.Match[str], doc: Doc, dateline: date | None) -> DateMatch | None:
    start, end = match.span()
    if name in ("clock", "clock24", "named_time"):
        return DateMatch(start, end, "time", _clock(name, match))
    if name in ("month", "month_day", "day_month", "month_year") and _not_a_month(
        doc, match.start("month")
    ):
        return None
    if name == "month" and _in_a_name(doc, start):
        return None  # "Theresa May"
    value: date | None = None
    if name == "iso":
        try:
            value = date(int(match["year"]), int(match["mon"]), int(match["day"]))
        except ValueError:
            return None
    elif name in ("month_day", "day_month"):
        value = _full_date(match) if match["year"] else _nearest_year(match, dateline)
    elif name == "weekday":
        if _in_a_name(doc, start):
            return None
        value = _weekday(doc, match, dateline, None)
    elif name == "relative_weekday":
        value = _weekday(doc, match, dateline, match["rel"].lower())
    elif name == "relative_day" and dateline is not None:
        value = dateline + timedelta(days=int(_words()["relative_days"][match["rel"].lower()]))  # type: ignore[index]
    return DateMatch(start, end, "date", value.isoformat() if value else None)


def _clock(name: str, match: re.Match[str]) -> str:
    if name == "named_time":
        return str(_words()["times"][match.group(0).lower()])  # type: ignore[index]
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    if name == "clock":
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


def _not_a_month(doc: Doc, start: int) -> bool:
    """ "May" the modal verb or Theresa May, "March" the verb: not months."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    return token.tag_ == "MD" or token.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART")


def _in_a_name(doc: Doc, start: int) -> bool:
    """ "Black Saturday", "Good Friday": a capitalised word glued before the weekday."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.is_title and not before.is_sent_start and before.pos_ in ("PROPN", "ADJ")


def _nearest_year(match: re.Match[str], dateline: date | None) -> date | None:
    if dateline is None:
        return None
    options = [_full_date(match, year) for year in (dateline.year - 1, dateline.year,
                                                     dateline.year + 1)]
    valid = [d for d in options if d is not None]
    return min(valid, key=lambda d: abs(d - dateline)) if valid else None


def _weekday(
    doc: Doc, match: re.Match[str], dateline: date | None, relation: str | None
) -> date | None:
    if dateline is None:
        return None
    weekday = int(_words()["weekdays"][match["weekday"]])  # type: ignore[index]
    span = doc.char_span(match.start("weekday"), match.end("weekday"), alignment_mode="expand")
    future = relation == "next" or (
        relation is None and span is not None and _in_future_clause(span[0])
    )
    if future:
        ahead = (weekday - dateline.weekday()) % 7 or 7
        return dateline + timedelta(days=ahead)
    back = (dateline.weekday() - weekday) % 7
    if relation == "last" and back == 0:
        back = 7
    return dateline - timedelta(days=back)


def _in_future_clause(token: Token) -> bool:
    """Is the clause around this token about a day after the dateline?

    Climbs to the nearest verb that shows tense: "will"/"would" mean the future, "have" and the
    past tense mean the past, and the present ("is expected on Friday", "On Monday we are
    back") means the coming day, since news reports finished events in the past tense.
    """
    future = set(_words()["future_auxiliaries"])  # type: ignore[arg-type]
    # ``ancestors`` ends at the root; spaCy makes a new Token object per access, so a
    # ``node.head is not node`` test never turns false and looped forever on a verbless clause.
    for node in token.ancestors:
        verbs = [node, *(c for c in node.children if c.dep_ in ("aux", "auxpass"))]
        if any(v.lower_ in future for v in verbs):
            return True
        if any(v.lemma_ == "have" and v is not node for v in verbs):
            return False
        if any(v.tag_ == "VBD" for v in verbs):
            return False
        if any(v.tag_ in ("VBZ", "VBP") for v in verbs):
            return True
    return False
