"""Finding numbers in an article and reading each into a Number.

We scan the characters ourselves instead of trusting spaCy's CARDINAL/MONEY/... spans: the small
model splits "£2.3m", glues "about" and "up to" into spans, labels "3 per cent" as MONEY and
misses "21st" and "four or five". The parse is still used for what only it knows: the noun a
number counts, whether a word like "one" is a number at all, and the tense around a weekday.

Order of work: dates and times first (they own their digits), then ordinals, then the other
numbers, each grown into ranges and given a currency, unit or percent sign, then filtered for
numbers that are parts of names ("COVID-19", "Boeing 737") or of phone numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from spacy.tokens import Doc, Span

from ..document import Number
from ..spans import doc_text
from .counted import counted_noun
from .dates import find_dates, publication_date
from .modifiers import approximate_after, bound_after, is_duration_word, modifiers_before
from .units import currency_before, default_dollar, glued_unit, suffix_after, time_units
from .values import (
    as_number,
    digits_value,
    number_value,
    number_words,
    ordinal_value,
    words_value,
)

#: spaCy entity types that hold a number as part of a name.
_NAME_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC"}
_NUMERIC_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME"}
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){2,}")


@dataclass(slots=True)
class Core:
    """A bare number in the text, before ranges, units and modifiers are attached."""

    start: int
    end: int
    value: Decimal
    words: bool
    scale: Decimal = Decimal(1)
    unit: str | None = None

    @property
    def scaled(self) -> bool:
        return self.scale != 1


@cache
def _core_pattern() -> re.Pattern[str]:
    words = number_words()
    vocabulary = [
        *words["cardinals"], *words["scales"], *words["collectives"], *words["fractions"]
    ]
    word = "|".join(re.escape(w) for w in sorted(vocabulary, key=len, reverse=True))
    scales = "|".join(re.escape(w) for w in sorted(words["scales"], key=len, reverse=True))
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
    return re.compile(
        rf"(?<![\w.,])(?P<digits>{digits})(?P<glued>[A-Za-z²³]+)?"
        rf"(?:\s(?P<scale>(?:{scales})(?:\s(?:{scales}))*))?(?![\w²³])"
        rf"|(?<![\w-])(?P<words>(?:an?\s)?(?:{word})(?:(?:\s|-)(?:{word}))*)(?![\w])",
        re.IGNORECASE,
    )


@cache
def _ordinal_pattern() -> re.Pattern[str]:
    ordinals = number_words()["ordinals"]
    cardinals = number_words()["cardinals"]
    tens = "|".join(w for w in cardinals if w.endswith("ty"))
    word = "|".join(sorted(ordinals, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:\d+(?:st|nd|rd|th)|(?:(?:{tens})-)?(?:{word}))(?![\w])", re.IGNORECASE
    )


def find_numbers(doc: Doc) -> list[Number]:
    text = doc_text(doc)
    dateline = publication_date(doc)
    numbers = [
        with_modifiers(
            Number(d.start, d.end, text[d.start : d.end], d.kind, d.value, max=d.max), text
        )
        for d in find_dates(doc, dateline)
    ]
    taken = [(n.start, n.end) for n in numbers]
    phones = [m.span() for m in _PHONE.finditer(text) if _looks_like_phone(m.group(0))]
    numbers.extend(_ordinals(doc, taken))
    taken = [(n.start, n.end) for n in numbers]
    dollar = default_dollar(text)
    cores = [c for c in _cores(text) if not _overlaps(c.start, c.end, taken + phones)]
    for group in _ranges(text, cores):
        number = _number(doc, group, dollar)
        if number is not None:
            numbers.append(number)
    numbers.sort(key=lambda n: n.start)
    _borrow_counted(doc, numbers)
    return numbers


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _looks_like_phone(text: str) -> bool:
    """Eight digits or more in groups, with a dash, bracket or dot, or a leading 0 or +."""
    digits = sum(c.isdigit() for c in text)
    return digits >= 8 and (text.startswith(("0", "+")) or bool(re.search(r"[-().]", text)))


def _ordinals(doc: Doc, taken: list[tuple[int, int]]) -> list[Number]:
    found: list[Number] = []
    for match in _ordinal_pattern().finditer(doc_text(doc)):
        start, end = match.span()
        if _overlaps(start, end, taken):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span[-1].ent_type_ in _NAME_LABELS:
            continue
        word = match.group(0).lower()
        if word == "second" and span[-1].pos_ != "ADJ" and doc_text(doc)[end : end + 1] != "-":
            continue  # "a second" of time, "to second a motion"
        text = doc_text(doc)
        if word in number_words()["fractions"] and (
            text[end : end + 4] == " of " or text[max(0, start - 2) : start] == "a "
        ):
            continue  # "a third of the budget", "fell by a third": fractions
        value = ordinal_value(match.group(0))
        if value is not None:
            found.append(Number(start, end, match.group(0), "ordinal", value))
    return found


def _cores(text: str) -> list[Core]:
    cores: list[Core] = []
    for match in _core_pattern().finditer(text):
        core = _digit_core(match) if match.group("digits") else _word_core(match)
        if core is not None:
            cores.append(core)
    return cores


def _word_core(match: re.Match[str]) -> Core | None:
    """ "seventy-five", "a dozen"; the article stays only before dozen/million/half."""
    start, end = match.span()
    words = match.group("words")
    article, _, rest = words.partition(" ")
    if article.lower() in ("a", "an") and rest:
        table = number_words()
        head = rest.split()[0].lower()
        if not any(head in table[t] for t in ("scales", "collectives", "fractions")):
            start += len(article) + 1
            words = rest
    value = words_value(words)
    return Core(start, end, value, words=True) if value is not None else None


def _digit_core(match: re.Match[str]) -> Core | None:
    """Digits, maybe glued to a scale ("3.5bn") or unit ("3km"), maybe with a scale word."""
    glued = match.group("glued")
    unit: str | None = None
    text = match.group("digits")
    if glued:
        if number_value(text + glued) is not None:
            text += glued
        elif glued_unit(glued):
            unit = glued_unit(glued)
        else:
            return None  # "5G", "4x4", "B12"-like codes
    if match.group("scale"):
        text += " " + match.group("scale")
    value = number_value(text)
    base = digits_value(match.group("digits"))
    if value is None or not base:
        return None
    return Core(match.start(), match.end(), value, words=False, scale=value / base, unit=unit)


_RANGE_JOINS = re.compile(r"\s?[-–—]\s?|\s(?:to|and|or)\s")


def _ranges(text: str, cores: list[Core]) -> list[list[Core]]:
    """Group "30-40", "between 30 and 40", "four or five" into one range."""
    groups: list[list[Core]] = []
    index = 0
    while index < len(cores):
        first = cores[index]
        if index + 1 < len(cores) and _joins(text, first, cores[index + 1]):
            groups.append([first, cores[index + 1]])
            index += 2
        else:
            groups.append([first])
            index += 1
    return groups


def _joins(text: str, first: Core, second: Core) -> bool:
    """Do two numbers form a range? "€6 million and €9 million" after "between" does; "from
    ₹1,200 to ₹1,500" is a change, not a range, and two years ("2022 and 2024") are two dates."""
    second_currency = currency_before(text, second.start)
    between = text[first.end : second_currency[0] if second_currency else second.start]
    join = _RANGE_JOINS.fullmatch(between)
    if join is None or first.unit or first.words != second.words:
        return False
    if _year_like(first) and _year_like(second):
        return False
    first_currency = currency_before(text, first.start)
    if bool(first_currency) != bool(second_currency) and second_currency:
        return False
    word = between.strip().lower()
    opener = modifiers_before(text, first_currency[0] if first_currency else first.start)
    opener = opener.range_opener
    if word == "and":
        return opener == "between"
    if word == "to":
        return opener != "from"
    if word in ("-", "–", "—") and not first.words:
        return first.value < second.value or second.scaled
    return word == "or" or word in ("-", "–", "—")


def _number(doc: Doc, group: list[Core], dollar: str) -> Number | None:
    text = doc_text(doc)
    first, last = group[0], group[-1]
    start, end = first.start, last.end
    value = first.value
    maximum = last.value if len(group) > 1 else None
    if maximum is not None and first.scale == 1:
        value = value * last.scale  # "$5-6 billion": the scale belongs to both ends
    kind, unit = ("quantity", last.unit) if last.unit else ("cardinal", None)
    currency = currency_before(text, start, dollar)
    suffix = suffix_after(text, end) if not unit else None
    if currency:
        start, kind, unit = currency[0], "money", currency[1]
        if suffix and suffix.kind == "money":
            end, unit = suffix.end, suffix.unit  # "$5 billion Australian dollars"
    elif suffix:
        end, kind, unit = suffix.end, suffix.kind, suffix.unit
        value = value / suffix.divisor
        maximum = maximum / suffix.divisor if maximum is not None else None
    span = doc.char_span(first.start, last.end, alignment_mode="expand")
    if span is None or "\n" in text[start:end]:
        return None
    if not _is_quantity(doc, span, first, kind, start):
        return None
    if kind == "cardinal" and _is_year(first, maximum, span):
        return Number(start, end, text[start:end], "date", None)
    if kind == "cardinal" and _is_age(doc, span, first):
        kind, unit = "quantity", "year"
    counted = None
    if kind == "cardinal":
        noun = counted_noun(span)
        counted = noun.text if noun is not None else None
    number = Number(
        start,
        end,
        text[start:end],
        kind,
        as_number(value),
        unit,
        max=as_number(maximum) if maximum is not None else None,
        counted=counted,
    )
    return with_modifiers(number, text, duration=unit in time_units())


def with_modifiers(number: Number, text: str, duration: bool = False) -> Number:
    """Set ``approximate`` and ``bound`` from the words around the number."""
    modifiers = modifiers_before(text, number.start)
    number.approximate = modifiers.approximate or approximate_after(text, number.end)
    number.bound = modifiers.bound
    if duration and modifiers.bound_word and is_duration_word(modifiers.bound_word):
        number.bound = None
    number.bound = number.bound or bound_after(text, number.end)
    return number


def _is_age(doc: Doc, span: Span, first: Core) -> bool:
    """ "Marcus Hale, 52, denies...": a bare number set off by commas after a name is an age."""
    if first.words or not (0 < first.value < 125) or first.value != int(first.value):
        return False
    text = doc_text(doc)
    if text[span.start_char - 2 : span.start_char] != ", ":
        return False
    if text[span.end_char : span.end_char + 1] not in (",", ".", ";", ")"):
        return False
    name = doc[span.start - 2] if span.start >= 2 else None
    return name is not None and name.pos_ == "PROPN" and name.is_title


def _is_quantity(doc: Doc, span: Span, first: Core, kind: str, start: int) -> bool:
    """False for numbers inside names ("COVID-19", "Boeing 737") and stray number words."""
    text = doc_text(doc)
    bare = kind == "cardinal"
    if bare and start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
        return False  # "COVID-19"; the "20" of a "2019-20" season
    if bare and any(t.ent_type_ in _NAME_LABELS for t in span):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        bare
        and not first.words
        and before is not None
        and before.is_title
        and not before.is_sent_start
        and before.pos_ == "PROPN"
        and before.whitespace_ != ""
    ):
        return False
    if first.words and bare:
        lowered = text[first.start : first.end].lower()
        if lowered.split()[-1] in number_words()["fractions"]:
            after = text[first.end : first.end + 5].lower()
            return after.startswith((" of ", " the ")) or lowered.startswith(("a ", "one"))
        return any(
            t.dep_ in ("nummod", "quantmod") or t.ent_type_ in _NUMERIC_LABELS for t in span
        )
    return True


def _year_like(core: Core) -> bool:
    return not core.words and not core.scaled and core.value == int(core.value) and (
        1800 <= core.value <= 2100
    )


def _is_year(first: Core, maximum: Decimal | None, span: Span) -> bool:
    """ "since 2010", "a 2024 study": a bare four-digit year is a date, not a count."""
    if first.words or first.scaled or maximum is not None:
        return False
    if not _year_like(first) or span.text != str(int(first.value)):
        return False
    noun = counted_noun(span)
    return noun is None or noun[-1].tag_ not in ("NNS", "NNPS")


def _borrow_counted(doc: Doc, numbers: list[Number]) -> None:
    """ "Half of the 60 stations", "14 of them": the count is of the nearby number's noun."""
    text = doc_text(doc)
    previous: Number | None = None
    for index, number in enumerate(numbers):
        if number.kind == "cardinal" and number.counted is None:
            after = text[number.end : number.end + 12].lower()
            following = numbers[index + 1] if index + 1 < len(numbers) else None
            if after.startswith(" of them") and previous is not None:
                number.counted = previous.counted
            elif (
                after.startswith((" of the ", " of those ", " of these "))
                and following is not None
                and following.start - number.end <= len(" of these ")
            ):
                number.counted = following.counted
        if number.kind == "cardinal" and number.counted:
            previous = number
