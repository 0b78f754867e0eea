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
from .units import (
    SPACE,
    currency_before,
    default_dollar,
    glued_unit,
    is_currency_code,
    suffix_after,
    time_units,
)
from .values import (
    VULGAR_FRACTIONS,
    as_number,
    digits_value,
    number_value,
    number_words,
    ordinal_value,
    scale_value,
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


def _words_alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


def _and_after_scale() -> str:
    """ "two hundred and fifty": "and" joins number words only right after a scale word."""
    behind = "|".join(f"(?<={re.escape(w)})" for w in number_words()["scales"])
    return rf"(?:{behind}){SPACE}+and{SPACE}+"


@cache
def _core_pattern() -> re.Pattern[str]:
    words = number_words()
    vocabulary = [
        *words["cardinals"], *words["scales"], *words["collectives"], *words["fractions"],
        *words["denominators"], *(f"{w}s" for w in words["collectives"]),
    ]
    word = _words_alternation(vocabulary)
    digit_words = _words_alternation(words["cardinals"][:10])
    tens = _words_alternation(w for w in words["cardinals"] if w.endswith("ty"))
    # "fifty - two": a spaced hyphen joins a tens word to a unit word (elsewhere it is a range).
    word = rf"(?:{tens}){SPACE}*[-‐]{SPACE}*(?=[a-z])(?:{word})|{word}"
    denominators = _words_alternation(words["denominators"])
    fraction = rf"(?:(?:{digit_words}){SPACE}*-?{SPACE}*)?(?:{denominators})\b"
    join = (
        rf"(?:{SPACE}+|-|{_and_after_scale()}|{SPACE}+and{SPACE}+(?:an?{SPACE}+)?(?={fraction})"
        rf"|{SPACE}+point{SPACE}+(?={digit_words})|(?<=half){SPACE}+a{SPACE}+(?=dozen))"
    )
    spaced = [w for w in words["scale_abbreviations"] if len(w) > 1 and w != "mn"]
    scales = _words_alternation([*words["scales"], *spaced])
    # Lakh grouping ("12,34,567.89"), thousands by comma or space ("1 414 021 100"), plain.
    digits = (
        r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,])"
        rf"|\d*[{VULGAR_FRACTIONS}]|(?:\d+{SPACE})?[1-9]\d?/(?:2|3|4|8|16|32|64)(?![\d/])"
        r"|\d+(?:\.\d+)?|\.\d+"
    )
    sign = r"(?P<sign>(?:(?<=^)|(?<=[\s(\[:;=$€£¥₹]))[-−](?=[\d.]))?"
    glued_code = r"(?<=(?<![\w])[A-Z]{3})|(?<=(?<![\w])Rs)"
    return re.compile(
        rf"(?:(?<![\w.,/])|{glued_code}){sign}(?P<digits>{digits})"
        r"(?P<glued>°?[A-Za-z²³]+[23]?(?:/[A-Za-z]+)?|°)?"
        rf"(?:{SPACE}(?P<scale>(?:{scales})(?:{SPACE}(?:{scales}))*))?(?![\w²³])"
        rf"|(?<![\w-])(?P<words>(?:an?{SPACE})?(?:{word})(?:{join}(?:{word}))*)(?![\w])",
        re.IGNORECASE,
    )


@cache
def _ordinal_pattern() -> re.Pattern[str]:
    """ "21st", "first", "twenty-first", "one hundred and first", "two hundredth"."""
    words = number_words()
    cardinal = _words_alternation([*words["cardinals"], *words["scales"]])
    ordinal = _words_alternation(words["ordinals"])
    join = rf"(?:{SPACE}|-|{_and_after_scale()})"
    return re.compile(
        rf"(?<![\w-])(?:\d+(?:st|nd|rd|th)"
        rf"|(?P<prefix>(?:{cardinal})(?:{join}(?:{cardinal}))*{join})?(?P<ordinal>{ordinal}))"
        rf"(?![\w])",
        re.IGNORECASE,
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
    if re.fullmatch(r"\d{1,3}(?:\s\d{3})+\.\d{1,2}", text):
        return False  # "1 234 567.89": thousands grouped by spaces, with decimals
    return digits >= 8 and (text.startswith(("0", "+")) or bool(re.search(r"[-().]", text)))


def _ordinals(doc: Doc, taken: list[tuple[int, int]]) -> list[Number]:
    found: list[Number] = []
    text = doc_text(doc)
    for match in _ordinal_pattern().finditer(text):
        start, end = match.span()
        if match.group("prefix") and not _compound_ordinal(match, text):
            if match.group("ordinal").lower() in number_words()["denominators"]:
                continue  # "one third", "two-fifths": a fraction, read with the cardinals
            start = match.start("ordinal")  # "one first-time voter": the prefix counts
        if _overlaps(start, end, taken):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span[-1].ent_type_ in _NAME_LABELS:
            continue
        word = text[start:end].lower()
        if word == "second" and span[-1].pos_ != "ADJ" and text[end : end + 1] != "-":
            continue  # "a second" of time, "to second a motion"
        if (word in number_words()["fractions"] and text[end : end + 4] == " of ") or (
            word in number_words()["denominators"] and text[max(0, start - 2) : start] == "a "
        ):
            continue  # "a third of the budget", "fell by a third": fractions
        value = ordinal_value(text[start:end])
        if value is not None:
            found.append(Number(start, end, text[start:end], "ordinal", value))
    return found


def _compound_ordinal(match: re.Match[str], text: str) -> bool:
    """Is the cardinal before the ordinal part of it? Yes for "twenty-first", "one hundred and
    first" and "two hundredth" (not followed by "of"); no for "one third" or "two fifths"."""
    prefix = match.group("prefix").lower()
    last = match.group("ordinal").lower()
    scale_ordinal = number_words()["ordinals"][last] >= 100
    if scale_ordinal:
        return not text[match.end() : match.end() + 4].lower().startswith(" of")
    value = words_value(prefix.rstrip(" -").removesuffix(" and"))
    return value is not None and (value >= 20 or value == 0) and value % 10 == 0


def _cores(text: str) -> list[Core]:
    cores: list[Core] = []
    for match in _core_pattern().finditer(text):
        found = [_digit_core(match)] if match.group("digits") else _word_cores(match)
        for core in found:
            if core is None or not _touches_rightly(text, core):
                continue
            if re.match(r"/\d", text[core.end : core.end + 2]):
                continue  # "24/7", "9/11", "12/3/2024": not a count
            cores.append(_negated(text, core))
    return _compounds(text, cores)


def _touches_rightly(text: str, core: Core) -> bool:
    """Letters glued before digits must be a currency code ("USD115"), never "ABC123"."""
    before = text[core.start - 1 : core.start]
    return not before.isalpha() or currency_before(text, core.start) is not None


def _negated(text: str, core: Core) -> Core:
    """ "minus 12", "negative five": the word before makes the number negative."""
    match = _negative_pattern().search(text, max(0, core.start - 12), core.start)
    if match is None or core.value < 0:
        return core
    return Core(match.start(), core.end, -core.value, core.words, core.scale, core.unit)


@cache
def _negative_pattern() -> re.Pattern[str]:
    words = _words_alternation(number_words()["negatives"])
    return re.compile(rf"(?<![\w-])(?:{words}){SPACE}+$", re.IGNORECASE)


_AND = re.compile(rf"{SPACE}+and{SPACE}+")


def _compounds(text: str, cores: list[Core]) -> list[Core]:
    """ "Rs 5 crore and two hundred", "3 million and 40": a scaled number and a smaller one
    joined by "and" are one amount (except after "between", where they make a range)."""
    merged: list[Core] = []
    for core in cores:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.scaled
            and previous.unit is None
            and not core.scaled
            and core.unit is None
            and 0 < core.value < previous.scale
            and re.fullmatch(_AND, text[previous.end : core.start])
            and modifiers_before(text, previous.start).range_opener != "between"
        ):
            # "3 million and a half" is 3.5 million; "5 crore and two hundred" adds 200.
            share = core.value * previous.scale if core.value < 1 else core.value
            merged[-1] = Core(
                previous.start, core.end, previous.value + share, previous.words, previous.scale
            )
            continue
        merged.append(core)
    return merged


def _word_cores(match: re.Match[str]) -> list[Core | None]:
    """The words of a match as one number, or as one number per piece between the "and"s when
    the piece after an "and" is not smaller than the scale before it ("two hundred and three
    hundred" is two numbers, "two hundred and fifty" one)."""
    words = match.group("words")
    pieces = re.split(r"(\s+and\s+)", words)
    groups = [pieces[0]]
    for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        scale = scale_value(groups[-1].split()[-1]) or 0
        value = words_value(piece)
        larger = max((scale_value(w) or 0 for w in piece.split()), default=0)
        if value is not None and (value < scale or larger > scale or 0 < value < 1):
            groups[-1] += joiner + piece  # "two hundred and fifty", "... and two thousand"
        elif re.match(r"an?\s", piece.lower()):
            groups[-1] += joiner + piece  # "one and a half"
        else:
            groups.extend([joiner, piece])
    cores: list[Core | None] = []
    offset = match.start("words")
    for group in groups:
        if not re.fullmatch(r"\s+and\s+", group):
            cores.append(_word_core(offset, group))
        offset += len(group)
    return cores


def _word_core(start: int, words: str) -> Core | None:
    """ "seventy-five", "a dozen"; the article stays only before dozen/million/half."""
    end = start + len(words)
    article, *others = words.split(maxsplit=1)
    rest = others[0] if others else ""
    if article.lower() in ("a", "an") and rest:
        table = number_words()
        head = rest.split()[0].lower()
        kinds = ("scales", "collectives", "fractions", "denominators")
        if not any(head in table[t] for t in kinds):
            start = end - len(rest)
            words = rest
    value = words_value(words)
    return Core(start, end, value, words=True) if value is not None else None


def _digit_core(match: re.Match[str]) -> Core | None:
    """Digits, maybe glued to a scale ("3.5bn") or unit ("3km"), maybe with a scale word."""
    glued = match.group("glued")
    unit: str | None = None
    digits = "".join(match.group("digits").split())
    if "/" in digits:
        return _fraction_core(match)
    text = digits
    end = match.end()
    if glued:
        if number_value(text + glued) is not None:
            text += glued
        elif is_currency_code(glued) and not match.group("scale"):
            end = match.end("glued") - len(glued)  # "115USD": the code is read as a suffix
        elif glued_unit(glued):
            unit = glued_unit(glued)
        else:
            return None  # "5G", "4x4", "B12"-like codes
    if match.group("scale"):
        text += " " + " ".join(match.group("scale").split())
    value = number_value(text)
    base = digits_value(digits)
    if value is None or base is None:
        return None
    scale = value / base if base else Decimal(1)
    if match.group("sign"):
        value = -value
    return Core(match.start(), end, value, words=False, scale=scale, unit=unit)


def _fraction_core(match: re.Match[str]) -> Core | None:
    """ "3/4", "2 1/2": a proper fraction with a usual denominator, maybe after a whole."""
    *whole, fraction = match.group("digits").split()
    numerator, denominator = (int(part) for part in fraction.split("/"))
    if numerator >= denominator or match.group("glued") or match.group("scale"):
        return None
    value = Decimal(numerator) / Decimal(denominator) + (Decimal(whole[0]) if whole else 0)
    if match.group("sign"):
        value = -value
    return Core(match.start(), match.end(), value, words=False)


_RANGE_JOINS = re.compile(rf"{SPACE}?[-–—]{SPACE}?|-?{SPACE}(?:to|and|or){SPACE}")


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
    after_first = first.end
    suffix = suffix_after(text, first.end) if not first.unit else None
    if suffix is not None and suffix.kind in ("quantity", "percent"):
        # "44 mg to 50 mg", "5% to 10%": the unit is written at both ends.
        repeated = suffix_after(text, second.end)
        if repeated is None or (repeated.kind, repeated.unit) != (suffix.kind, suffix.unit):
            return False
        after_first = suffix.end
    between = text[after_first : second_currency[0] if second_currency else second.start]
    join = _RANGE_JOINS.fullmatch(between)
    if join is None or (first.unit and first.unit != second.unit) or first.words != second.words:
        return False
    if _year_like(first) and _year_like(second):
        return False
    first_currency = currency_before(text, first.start)
    if bool(first_currency) != bool(second_currency) and second_currency:
        return False
    word = between.strip().lower()
    if word[:1] == "-" and word[1:].strip().isalpha():
        word = word[1:].strip()  # "8- to 16-metre": a suspended hyphen
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
    grouped = re.search(r"\d\s\d", text[first.start : first.end]) is not None
    if bare and not grouped and any(t.ent_type_ in _NAME_LABELS for t in span):
        return False  # (the model tags the pieces of "7 500 000" at random)
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
    if first.words and bare and first.value < 0:
        return True  # "minus five": the sign word shows it is a number
    if first.words and bare:
        lowered = text[first.start : first.end].lower()
        last = re.split(r"[\s-]+", lowered)[-1]
        if last in number_words()["fractions"] or last in number_words()["denominators"]:
            after = text[first.end : first.end + 5].lower()
            return after.startswith((" of ", " the ")) or len(re.split(r"[\s-]+", lowered)) > 1
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
