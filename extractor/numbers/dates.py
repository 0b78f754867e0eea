"""Dates and clock times: finding them in text and resolving them against the publication date.

Every relative expression is resolved against the article's publication date: the one the
caller gives (``Extractor.extract(text, date=...)``, ``extract --date``, a batch's date field),
else the one the article states in its head (``datelines``). Never against today's clock: with
neither, relative dates stay ``None``. What we resolve:

- "November 11, 2024", "11 November 2024", "the 25th of January", "2024-11-11",
  "twenty five January nineteen eighty six": always resolved.
- "September 12" (no year): the year that puts the day nearest the publication date.
- "Sunday": the most recent Sunday on or before the publication date, or the next one after it
  when the clause is in the future ("will", "would", the present tense); "last Friday",
  "previous Wednesday": strictly before; "next Tuesday": strictly after; "this Thursday": in the
  same Monday-to-Sunday week; "Tuesday next week": in the week after.
- "today", "yesterday", "tomorrow", "the day before yesterday", "last night": the offset.
- "3 days ago", "two weeks ago", "in ten days" (future clauses only): the publication date
  minus or plus that much. "11 years ago" stays a quantity: a day would be false precision.
- "the 27th": that day of the publication month (of the month before or after when the tense
  says the day is past or to come and this month's is not).
- Holidays with a computable date ("Easter Monday", "New Year's Day", "Thanksgiving"): the
  occurrence nearest the publication date, or the one before/after as the tense says.
- Periods: "last week", "next month", "this year", "last weekend", "October 2024". ``value`` is
  the first day and ``max`` the last (weeks run Monday to Sunday).
- A month alone ("in October"), "last quarter", "this spring": found, value ``None``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from ..lemmas import lemma_of
from ..models_data import load_json
from ..spans import doc_text
from .holiday_dates import holiday_date, holiday_rules, nth_weekday
from .spelled import alternation, day_words, year_pattern, year_value

#: ``doc.user_data`` key of the publication date the caller gave (a ``datetime.date``).
PUBLICATION_DATE = "extractor_publication_date"


@dataclass(slots=True, frozen=True)
class DateMatch:
    start: int
    end: int
    kind: str  # "date" | "time"
    value: str | None
    #: The last day of a period ("last week"), else None.
    max: str | None = None


@cache
def _words() -> dict[str, dict[str, int] | list[str] | dict[str, str]]:
    return load_json("date_words.json")


def _alternation(words: object) -> str:
    return alternation(words)


_MONTH_STEP = {"last": -1, "previous": -1, "next": 1, "this": 0, "current": 0}
#: "3 days ago", "two weeks ago" name a day; "11 years ago" is left a quantity (a duration):
#: a day would claim a precision the text does not have.
_AGO_UNITS = {"day": 1, "week": 7, "fortnight": 14}
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = _words()
    month = rf"(?P<month>{_alternation(words['months'])})(?![\w])"
    weekday = rf"(?P<weekday>{_alternation(words['weekdays'])})"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    year = r"(?P<year>1[89]\d\d|2[01]\d\d)(?!\d)"
    periods = _alternation(words["relative_periods"])
    relations = _alternation(words["relative_weekday_words"])
    leads = [*words["weekdays"], *words["weekday_abbreviations"]]
    lead = rf"(?:(?P<lead>{_alternation(leads)})\.?,?\s)?"
    spelled_day = rf"(?P<wday>(?i:{_alternation(day_words())}))"
    spelled_year = rf"(?:,?\s(?P<wyear>(?i:{year_pattern()})|1[89]\d\d(?!\d)|2[01]\d\d(?!\d)))?"
    holidays = _alternation(holiday_rules()).replace("'", "['’]")
    counts = _alternation([*day_words(), "a few", "a couple of", "several", "an", "a"])
    return {
        "iso": re.compile(
            r"\b(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?:\b(?!-\d)|(?=T\d))"
        ),
        "numeric": re.compile(
            r"(?<![\w/.-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)"
            r"(?P<year>\d{4})(?![\w/-]|\.\d)"
        ),
        "spelled_day_month": re.compile(
            rf"(?<![\w-])(?:[Tt]he\s)?{spelled_day}\s(?:of\s)?{month}{spelled_year}"
        ),
        "spelled_month_day": re.compile(
            rf"\b{month}\s(?:the\s)?{spelled_day}(?![\w-]){spelled_year}"
        ),
        "nth_weekday": re.compile(
            rf"\b(?:[Tt]he\s)?(?P<nth>(?i:{_alternation(_NTH)}))\s{weekday}\s(?:of|in)\s"
            rf"(?:{month}(?:\s{year})?|(?:the\s)?(?P<rel>(?i:last|next|this|current|previous)"
            rf"|(?<=the\s))\s?month)"
        ),
        "week_weekday": re.compile(
            rf"\b(?P<rel>(?i:last|next|this))\sweek(?:['’]s)?,?\s(?:on\s)?{weekday}\b"
        ),
        "weekday_week": re.compile(
            rf"\b{weekday},?\s(?:of\s)?(?P<rel>(?i:last|next|this))\sweek\b"
        ),
        "month_day": re.compile(rf"\b{lead}{month}\s(?:the\s)?{day}(?:,?\s{year})?"),
        "day_month": re.compile(rf"\b{lead}(?:the\s)?{day}\s(?:of\s)?{month}(?:,?\s{year})?"),
        "holiday": re.compile(
            rf"(?<![\w'’])(?:(?P<rel>last|next|this)\s)?(?P<holiday>{holidays})(?![\w])"
            rf"(?:,?\s{year})?",
            re.IGNORECASE,
        ),
        "ago": re.compile(
            rf"(?<![\w-])(?P<count>\d+|{counts})\s(?P<unit>day|week|fortnight)s?"
            rf"\s(?P<dir>ago|from\snow|hence)\b",
            re.IGNORECASE,
        ),
        "month_year": re.compile(rf"\b{month}\s(?:of\s)?{year}"),
        "relative_weekday": re.compile(rf"\b(?P<rel>(?i:{relations}))\s{weekday}\b"),
        "weekday_day": re.compile(
            rf"\b{weekday},?\s(?:the\s)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?!\w)"
        ),
        "day_of_month": re.compile(
            r"\b(?:(?P<the>[Oo]n\sthe|[Bb]y\sthe|[Tt]he|[Uu]ntil\sthe)\s)?"
            r"(?P<day>[0-3]?\d)(?P<suffix>st|nd|rd|th)?(?!\w)(?:\s(?:day\s)?of\s(?:the\s)?"
            r"(?P<rel>this|last|next|current|previous)\smonth)?"
        ),
        "in_span": re.compile(
            rf"\b[Ii]n\s(?P<count>\d+|{counts})\s(?P<unit>day|week|fortnight)s?"
            rf"(?:['’]?\stime)?\b"
        ),
        "weekday": re.compile(rf"\b{weekday}\b"),
        "month": re.compile(rf"\b{month}"),
        "relative_day": re.compile(
            rf"\b(?P<rel>{_alternation(words['relative_days'])})\b", re.IGNORECASE
        ),
        "relative_period": re.compile(
            rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s(?P<period>{periods})\b"
        ),
        "decade": re.compile(r"\b(?:1[89]|20)\d0s\b"),
        "clock": re.compile(
            r"\b(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s?(?P<half>[ap])\.?m\.?(?!\w)",
            re.IGNORECASE,
        ),
        "clock24": re.compile(r"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b(?![:.]?\d)"),
        "named_time": re.compile(rf"\b(?:{_alternation(words['times'])})\b", re.IGNORECASE),
    }


def find_dateline(text: str) -> date | None:
    """The publication date the article states near its top (see ``datelines``)."""
    from .datelines import find_dateline as stated

    return stated(text)


def publication_date(doc: Doc) -> date | None:
    """The date the caller gave for this text, else the one its head states."""
    given = doc.user_data.get(PUBLICATION_DATE)
    return given if isinstance(given, date) else find_dateline(doc_text(doc))


def full_dates(text: str) -> Iterator[tuple[int, int, date, bool]]:
    """(start, end, date, yearless) for each written-out calendar date, without a parse.

    ``yearless`` dates ("March 14" before "(Reuters)") carry the year 2000, a leap year, for
    the caller to replace.
    """
    patterns = _patterns()
    iso = patterns["iso"]
    for match in iso.finditer(text):
        try:
            yield match.start(), match.end(), date(
                int(match["year"]), int(match["mon"]), int(match["day"])
            ), False
        except ValueError:
            continue
    for name in ("month_day", "day_month"):
        for match in patterns[name].finditer(text):
            value = _full_date(match, None if match["year"] else 2000)
            if value is not None:
                yield match.start(), match.end(), value, not match["year"]


def _full_date(match: re.Match[str], year: int | None = None) -> date | None:
    months = _words()["months"]
    try:
        return date(
            int(match.group("year") or year),  # type: ignore[arg-type]
            int(months[_month_key(match.group("month"))]),  # type: ignore[index]
            int(match.group("day")),
        )
    except (TypeError, ValueError, KeyError):
        return None


def _month_key(word: str) -> str:
    """The spelling ``date_words.json`` lists: "JANUARY" and "january" read as "January"."""
    months = _words()["months"]
    if word in months:  # type: ignore[operator]
        return word
    return next((m for m in months if m.lower() == word.lower()), word)  # type: ignore[union-attr]


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
    if name == "holiday" and not _capitalised_holiday(match):
        return None
    if name == "day_of_month" and (
        not (match["rel"] or (match["the"] and match["suffix"]))
        or _ordinal_before_a_noun(doc, match)
    ):
        return None  # "finished 3rd", "the 24 members", "the 27th floor"
    if name == "in_span" and not _in_span_is_a_date(doc, match):
        return None  # "rose 5% in two weeks", "the first time in 6 years": durations
    if name == "relative_day" and _masthead_today(doc, match):
        return None
    if name == "weekday" and _in_a_name(doc, start):
        return None
    if match.groupdict().get("the") and name == "day_of_month":
        start = match.start("day")
    elif text_starts_with_the(match) and name in ("day_month", "spelled_day_month"):
        start += 4
    value, last = _resolve(name, match, doc, dateline)
    return DateMatch(
        start, end, "date", value.isoformat() if value else None,
        last.isoformat() if last else None,
    )


def text_starts_with_the(match: re.Match[str]) -> bool:
    return match.group(0)[:4].lower() == "the "


def _resolve(
    name: str, match: re.Match[str], doc: Doc, base: date | None
) -> tuple[date | None, date | None]:
    """(value, max): the day, or the first and last day of a period; None where undetermined."""
    if name == "iso":
        try:
            return date(int(match["year"]), int(match["mon"]), int(match["day"])), None
        except ValueError:
            return None, None
    if name in ("month_day", "day_month"):
        return (_full_date(match) if match["year"] else _nearest_year(match, base)), None
    if name in ("spelled_day_month", "spelled_month_day"):
        return _spelled(match, base), None
    if name == "month_year":
        first = _full_date_of(match["year"], match["month"], 1)
        return first, _month_end(first) if first else None
    if name == "holiday":
        return _holiday(doc, match, base), None
    if base is None:
        return None, None
    if name == "weekday":
        week = _coordinated_week(doc_text(doc), match.start())
        if week is not None:
            return _week_weekday(week, base, match["weekday"]), None
        return _weekday(doc, match, base, None), None
    if name == "relative_weekday":
        relation = str(_words()["relative_weekday_words"][match["rel"].lower()])  # type: ignore[index]
        return _weekday(doc, match, base, relation), None
    if name in ("week_weekday", "weekday_week"):
        return _week_weekday(match, base), None
    if name == "nth_weekday":
        return _nth_weekday(match, base), None
    if name == "relative_day":
        offset = int(_words()["relative_days"][" ".join(match["rel"].lower().split())])  # type: ignore[index]
        return base + timedelta(days=offset), None
    if name == "ago":
        return _ago(match, base), None
    if name == "day_of_month":
        return _day_of_month(doc, match, base), None
    if name == "weekday_day":
        return _weekday_day(match, base), None
    if name == "in_span":
        return _ago(match, base, sign=1), None
    if name == "numeric":
        return _numeric(match), None
    if name == "relative_period":
        if re.search(r"\b[Tt]he\s$", match.string[max(0, match.start() - 4) : match.start()]):
            return None, None  # "the next year", "over the last year": from the story's time
        return _period(match["rel"].lower(), match["period"].lower(), base)
    return None, None


def _full_date_of(year: str | int | None, month: str, day: int) -> date | None:
    try:
        number = int(_words()["months"][_month_key(month)])  # type: ignore[index]
        return date(int(year), number, day) if year else None  # type: ignore[arg-type]
    except (KeyError, ValueError):
        return None


def _month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _spelled(match: re.Match[str], base: date | None) -> date | None:
    day = day_words()[" ".join(match["wday"].lower().split())]
    written = match["wyear"]
    if written:
        year = int(written) if written.isdigit() else year_value(written)
        return _full_date_of(year, match["month"], day)
    if base is None:
        return None
    options = [_full_date_of(y, match["month"], day) for y in (base.year - 1, base.year,
                                                               base.year + 1)]
    valid = [d for d in options if d is not None]
    return min(valid, key=lambda d: abs(d - base)) if valid else None


def _period(relation: str, period: str, base: date) -> tuple[date | None, date | None]:
    """ "last week": Monday to Sunday of the week before; "next month": its first and last day."""
    step = {"last": -1, "next": 1, "coming": 1, "this": 0}[relation]
    if period == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    if period == "weekend":
        # "this weekend" is the one of this week; "last" the one before; "next" the coming one,
        # which on a Saturday or Sunday is the one after.
        saturday = base - timedelta(days=base.weekday()) + timedelta(days=5)
        if step == -1:
            saturday -= timedelta(weeks=1)
        elif step == 1 and base.weekday() >= 5:
            saturday += timedelta(weeks=1)
        return saturday, saturday + timedelta(days=1)
    if period == "month":
        index = base.year * 12 + base.month - 1 + step
        first = date(index // 12, index % 12 + 1, 1)
        return first, _month_end(first)
    if period == "year":
        return date(base.year + step, 1, 1), date(base.year + step, 12, 31)
    return None, None


def _ago(match: re.Match[str], base: date, sign: int | None = None) -> date | None:
    """ "3 days ago", "a week from now"; with ``sign`` given, "in two weeks"."""
    count = _count(match["count"])
    if count is None:
        return None
    if sign is None:
        sign = -1 if match["dir"].lower() == "ago" else 1
    return base + timedelta(days=sign * count * _AGO_UNITS[match["unit"].lower()])


def _count(word: str) -> int | None:
    lowered = " ".join(word.lower().split())
    if lowered.isdigit():
        return int(lowered)
    if lowered in ("a", "an"):
        return 1
    return day_words().get(lowered)


def _day_of_month(doc: Doc, match: re.Match[str], base: date) -> date | None:
    day = int(match["day"])
    step = _MONTH_STEP.get((match["rel"] or "").lower(), 0)
    if not match["rel"]:
        tense = _tense_at(doc, match.start("day"), match.end())
        if tense == "past" and day > base.day:
            step = -1
        elif tense in ("future", "present") and day < base.day:
            step = 1
    index = base.year * 12 + base.month - 1 + step
    try:
        return date(index // 12, index % 12 + 1, day)
    except ValueError:
        return None


def _holiday(doc: Doc, match: re.Match[str], base: date | None) -> date | None:
    name = match["holiday"]
    if match["year"]:
        return holiday_date(name, int(match["year"]))
    if base is None:
        return None
    options = [d for y in (base.year - 1, base.year, base.year + 1)
               if (d := holiday_date(name, y)) is not None]
    relation = (match["rel"] or "").lower()
    tense = relation and {"last": "past", "next": "future"}.get(relation)
    if not relation:
        tense = _tense_at(doc, match.start("holiday"), match.end("holiday"))
    if tense == "past":
        before = [d for d in options if d < base]
        return max(before) if before else None
    if tense in ("future", "present") or relation == "next":
        after = [d for d in options if d > base]
        return min(after) if after else None
    if relation == "this":
        same = [d for d in options if d.year == base.year]
        return same[0] if same else None
    return min(options, key=lambda d: abs(d - base)) if options else None


def _weekday_day(match: re.Match[str], base: date) -> date | None:
    """ "Tuesday the 19th": the month nearest the publication date where the 19th is a Tuesday."""
    weekday = int(_words()["weekdays"][match["weekday"].title()])  # type: ignore[index]
    day = int(match["day"])
    found: list[date] = []
    for step in range(-11, 12):
        index = base.year * 12 + base.month - 1 + step
        try:
            candidate = date(index // 12, index % 12 + 1, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            found.append(candidate)
    return min(found, key=lambda d: abs(d - base)) if found else None


def _numeric(match: re.Match[str]) -> date | None:
    """ "11/13/2024" (month first, as US news writes it) or "13/11/2024" when the first number
    cannot be a month; "4/5/2024" reads as April 5. ``None`` when neither order is a date."""
    first, second = int(match["first"]), int(match["second"])
    month, day = (second, first) if first > 12 else (first, second)
    try:
        return date(int(match["year"]), month, day)
    except ValueError:
        return None


def _week_weekday(match: re.Match[str], base: date, name: str | None = None) -> date:
    """A weekday in the week before, of or after the publication date's (Monday to Sunday)."""
    relation = match["rel"].lower()
    step = {"last": -1, "next": 1, "this": 0}[relation]
    weekday = int(_words()["weekdays"][(name or match["weekday"]).title()])  # type: ignore[index]
    monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
    return monday + timedelta(days=weekday)


_COORDINATED = re.compile(
    r"\b(?P<rel>(?i:last|next|this))\sweek(?:['’]s)?,?\s(?:on\s)?"
    r"(?:[A-Z][a-z]+day(?:,\s|\s(?:or|and)\s|,\s(?:or|and)\s))+$"
)


def _coordinated_week(text: str, start: int) -> re.Match[str] | None:
    """ "next week on Tuesday or Thursday": the second weekday shares the first one's week."""
    return _COORDINATED.search(text[max(0, start - 80) : start])


def _nth_weekday(match: re.Match[str], base: date) -> date | None:
    weekday = int(_words()["weekdays"][match["weekday"].title()])  # type: ignore[index]
    nth = _NTH[match["nth"].lower()]
    if match["rel"] is not None:
        step = _MONTH_STEP.get(match["rel"].lower(), 0)
        index = base.year * 12 + base.month - 1 + step
        year, month = index // 12, index % 12 + 1
    else:
        month = int(_words()["months"][_month_key(match["month"])])  # type: ignore[index]
        year = int(match["year"]) if match["year"] else base.year
    return nth_weekday(year, month, weekday, nth)


def _capitalised_holiday(match: re.Match[str]) -> bool:
    """ "Easter", "New Year's Day": named with capitals; "the fourth of july" may be lower-case."""
    name = match["holiday"]
    return name[0].isupper() or name.lower().startswith("the ")


def _ordinal_before_a_noun(doc: Doc, match: re.Match[str]) -> bool:
    """ "the 27th floor", "the 19th century": an ordinal that modifies a noun is no date."""
    if match["rel"]:
        return False
    text = doc_text(doc)
    after = text[match.end() : match.end() + 30]
    if re.match(r"\s*(?:[.,;:!?)—–\"”]|$|-|\sand\b|\sor\b|\sat\b|\sto\b|\suntil\b)", after):
        return False
    span = doc.char_span(match.start("day"), match.end(), alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    following = doc[span.end]
    return following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or following.is_alpha


def _masthead_today(doc: Doc, match: re.Match[str]) -> bool:
    """ "USA Today", "India Today", a "mangalore today" masthead line: a name, not a date."""
    if match["rel"].lower() != "today":
        return False
    text = doc_text(doc)
    start = match.start()
    if match["rel"] == "Today" and re.search(r"[a-z,;]\s$", text[max(0, start - 2) : start]):
        return True  # capitalised mid-sentence: "the Today programme"
    before = text[max(0, start - 40) : start]
    previous = re.search(r"([A-Za-z][\w.&-]*)\s$", before)
    if previous and (previous.group(1)[0].isupper() and previous.group(1).lower() not in (
        "said", "announced", "reported", "on", "by", "until", "from", "as", "of", "for", "and"
    )):
        span = doc.char_span(previous.start(1) + max(0, start - 40), start - 1,
                             alignment_mode="expand")
        if span is not None and not span[0].is_sent_start and span[0].pos_ in ("PROPN", "NOUN"):
            return True
        if span is not None and span[0].ent_type_ in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART"):
            return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end != -1 else len(text)]
    words_before = re.findall(r"[A-Za-z]+", text[line_start:start])
    if words_before and len(line.split()) <= 4 and not re.search(r"[.!?]\s*$", line):
        span = doc.char_span(line_start, line_start + len(line), alignment_mode="expand")
        if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
            return True
    return False


def _in_span_is_a_date(doc: Doc, match: re.Match[str]) -> bool:
    """ "The verdict is due in two weeks": "in" hangs on a verb or adjective in the future or
    present; on a noun ("the first time in 6 years", "a recall in 12 months") it is a span."""
    span = doc.char_span(match.start(), match.start() + 2, alignment_mode="expand")
    if span is None:
        return False
    head = span[0].head
    if head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    return _tense(span[0]) in ("future", "present")


def _tense_at(doc: Doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return _tense(span[-1]) if span is not None else None


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


def _weekday(doc: Doc, match: re.Match[str], base: date, relation: str | None) -> date:
    """``relation``: "past" (last, previous), "future" (next, coming), "this", or None."""
    weekday = int(_words()["weekdays"][match["weekday"].title()])  # type: ignore[index]
    if relation == "this":
        return base - timedelta(days=base.weekday()) + timedelta(days=weekday)
    span = doc.char_span(match.start("weekday"), match.end("weekday"), alignment_mode="expand")
    future = relation == "future" or (
        relation is None and span is not None and _in_future_clause(span[0])
    )
    if future:
        ahead = (weekday - base.weekday()) % 7 or 7
        return base + timedelta(days=ahead)
    back = (base.weekday() - weekday) % 7
    if relation == "past" and back == 0:
        back = 7
    return base - timedelta(days=back)


def _in_future_clause(token: Token) -> bool:
    """Is the clause around this token about a day after the publication date?

    The present ("is expected on Friday", "On Monday we are back") counts as the future, since
    news reports finished events in the past tense.
    """
    return _tense(token) in ("future", "present")


def _tense(token: Token) -> str | None:
    """ "future", "present" or "past": the tense of the nearest verb above the token that shows
    one ("will"/"would", the present, "have" or the past tense); None when none does."""
    future = set(_words()["future_auxiliaries"])  # type: ignore[arg-type]
    text = doc_text(token.doc)
    # ``ancestors`` ends at the root; spaCy makes a new Token object per access, so a
    # ``node.head is not node`` test never turns false and looped forever on a verbless clause.
    for node in token.ancestors:
        low, high = sorted((node.idx, token.idx))
        if "\n" in text[low:high]:
            return None  # a parse glued across lines (headline, date line): no tense from there
        verbs = [node, *(c for c in node.children if c.dep_ in ("aux", "auxpass"))]
        if any(v.lower_ in future for v in verbs):
            return "future"
        if any(lemma_of(v) == "have" and v.i != node.i for v in verbs):
            return "past"
        if any(v.tag_ == "VBD" for v in verbs):
            return "past"
        if any(v.tag_ in ("VBZ", "VBP") for v in verbs):
            return "present"
        if node.tag_ == "VBN" and node.dep_ == "acl":
            # "the report released Tuesday" looks back; "the vote scheduled for Friday" ahead.
            ahead = lemma_of(node) in _words()["future_participles"]  # type: ignore[operator]
            return "future" if ahead else "past"
    return None
