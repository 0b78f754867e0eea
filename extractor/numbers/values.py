"""Turning the text of a number ("1,250", "seventy-five", "3.5bn", "a dozen") into a value.

Digits are read with ``Decimal`` so that "1.2 million" is exactly 1200000, not 1200000.0000000002.
Spelled-out cardinals go to the text2num library; the tables in ``models/number_words.json``
cover what it does not read (scale abbreviations, lakh/crore, fractions, "a dozen", ordinals).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache

from ..models_data import load_json

Amount = int | float


@cache
def number_words() -> dict[str, dict[str, float]]:
    return load_json("number_words.json")


def as_number(value: Decimal) -> Amount:
    """An int when the value is whole, else a float: JSON readers compare 6000000000 == 6e9."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: Single-character fractions ("2½ years"); their values come from the Unicode database.
VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"


def digits_value(text: str) -> Decimal | None:
    """ "1,250" -> 1250, "1.5" -> 1.5; None for anything that is not plain digits."""
    cleaned = "".join(text.replace(",", "").split())  # "1,250", "12,34,567", "1 414 021 100"
    if cleaned and cleaned[-1] in VULGAR_FRACTIONS:  # "2½", "¾"
        whole = digits_value(cleaned[:-1]) if cleaned[:-1] else Decimal(0)
        share = Decimal(str(unicodedata.numeric(cleaned[-1]))).quantize(Decimal("1.000000"))
        return whole + share.normalize() if whole is not None else None
    if not re.fullmatch(r"\d*\.?\d+", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def scale_value(word: str) -> int | None:
    """ "million" -> 10**6, "bn" -> 10**9, "crore" -> 10**7; None if not a scale word."""
    lowered = word.lower()
    words = number_words()
    found = words["scales"].get(lowered) or words["scale_abbreviations"].get(lowered)
    return int(found) if found else None


def words_value(text: str) -> Decimal | None:
    """ "seventy-five" -> 75, "a dozen" -> 12, "Half" -> 0.5, "two million" -> 2000000."""
    lowered = " ".join(text.lower().split())
    lowered = re.sub(r"\s*[-‐]\s*", "-", lowered)  # "fifty - two" is "fifty-two"
    article = re.match(r"an? ", lowered)
    lowered = lowered[article.end() :] if article else lowered
    words = number_words()
    if article and lowered in words["denominators"]:
        return Decimal(1) / Decimal(int(words["denominators"][lowered]))  # "a hundredth"
    if lowered.startswith("half a "):
        base = words_value(lowered.removeprefix("half a "))  # "half a dozen"
        return base / 2 if base is not None else None
    if " point " in lowered:
        return _point_value(lowered)
    fraction = _fraction_value(lowered)
    if fraction is not None:
        return fraction
    if lowered in words["collectives"]:
        return Decimal(int(words["collectives"][lowered]))
    if lowered in words["fractions"]:
        numerator, denominator = str(words["fractions"][lowered]).split("/")
        return Decimal(numerator) / Decimal(denominator)
    if lowered in words["scales"]:
        return Decimal(int(words["scales"][lowered]))
    from text_to_num import text2num  # Rust-backed and quick to import, but only needed here

    try:
        return Decimal(text2num(lowered, "en"))
    except ValueError:
        pass
    split = _split_at_scale(lowered)
    if split is not None:
        return split
    # text2num does not take "dozen"/"crore": value the head, then apply a trailing scale.
    head, _, last = lowered.rpartition(" ")
    scale = scale_value(last) or words["collectives"].get(last.removesuffix("s"))
    if head and scale:
        base = words_value(head)
        return base * Decimal(int(scale)) if base is not None else None
    return None


def _split_at_scale(lowered: str) -> Decimal | None:
    """ "twenty-one trillion three hundred", "five crore twenty lakh": text2num stops at
    billions and knows no lakh, so split at the largest scale word and add the rest."""
    scales = number_words()["scales"]
    present = [w for w in lowered.split() if w in scales]
    if not present:
        return None
    largest = max(present, key=lambda w: int(scales[w]))
    left, _, right = lowered.partition(f" {largest}")
    right = right.strip().removeprefix("and ").strip()
    if not left or left == lowered or not right:
        return None  # "two million" alone is text2num's or the trailing-scale reading's
    base = words_value(left)
    rest = words_value(right) if right else Decimal(0)
    scale = int(scales[largest])
    if base is None or rest is None or rest >= scale:
        return None
    return base * scale + rest


def _point_value(lowered: str) -> Decimal | None:
    """ "five point five" -> 5.5, "two hundred point zero three" -> 200.03."""
    whole, _, decimals = lowered.partition(" point ")
    base = words_value(whole) if whole not in ("", "zero") else Decimal(0)
    digits = ""
    for word in decimals.split():
        value = words_value(word)
        if value is None or value != int(value) or value < 0:
            return None
        digits += str(int(value))
    if base is None or not digits:
        return None
    return base + Decimal("0." + digits) * (1 if base >= 0 else -1)


def _fraction_value(lowered: str) -> Decimal | None:
    """ "one-fourth" -> 0.25, "two thirds" -> 2/3, "one and a half" -> 1.5."""
    denominators = number_words()["denominators"]
    whole, joined, part = lowered.rpartition(" and ")
    share = _fraction_value(part) if joined else None
    if share is None and joined and part.split()[0] in ("a", "an"):
        share = words_value(part)  # "a half"
    if share is not None and share < 1:
        base = words_value(whole)  # "one and a half", "three million and a quarter"
        scale = scale_value(whole.split()[-1]) or 1
        return base + share * scale if base is not None else None
    match = re.fullmatch(r"(.+?)[ -]([a-z]+)", lowered)
    if match is None or match.group(2) not in denominators:
        return None
    numerator = words_value(match.group(1))
    if numerator is None or numerator != int(numerator) or not 0 < numerator < 100:
        return None
    return numerator / Decimal(int(denominators[match.group(2)]))


def ordinal_value(text: str) -> int | None:
    """ "21st" -> 21, "first" -> 1, "twenty-first" -> 21."""
    lowered = text.lower()
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", lowered)
    if match:
        return int(match.group(1))
    ordinals = number_words()["ordinals"]
    if lowered in ordinals:
        return int(ordinals[lowered])
    head, _, last = " ".join(lowered.replace("-", " ").split()).rpartition(" ")
    head = head.removesuffix(" and")
    if head and last in ordinals:
        base = words_value(head)
        if base is None:
            return None
        if int(ordinals[last]) >= 100 and int(ordinals[last]) > base:
            return int(base) * int(ordinals[last])  # "two hundredth", "three thousandth"
        return int(base) + int(ordinals[last])
    return None


def number_value(text: str) -> Decimal | None:
    """Digits or words, with an optional scale: "6 billion", "1.2m", "2.5 lakh", "two million"."""
    stripped = text.strip()
    match = re.fullmatch(rf"([\d.,{VULGAR_FRACTIONS}]+)\s?((?:[A-Za-z]+\s?)*)", stripped)
    if match:
        value = digits_value(match.group(1))
        for word in match.group(2).split():
            scale = scale_value(word)  # "3.92 lakh crore": scales multiply
            if value is None or scale is None:
                return None
            value *= scale
        return value
    return words_value(stripped)
