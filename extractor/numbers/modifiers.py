"""Hedges and bounds written before a number: "about 70", "more than 1.2 million", "up to €450m".

Gold spans leave these words out, so we read them from the text just before the number and
turn them into ``approximate`` and ``bound`` (lists in ``models/number_modifiers.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..models_data import load_json
from .units import SPACE


@dataclass(slots=True, frozen=True)
class Modifiers:
    approximate: bool = False
    bound: str | None = None
    range_opener: str | None = None
    bound_word: str | None = None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_json("number_modifiers.json")
    return tuple(
        (name, re.compile(rf"(?<![\w-])(?:{_alternation(data[name])})\s+$", re.IGNORECASE))
        for name in ("range_openers", "approximate", "at_least", "at_most")
    )


def modifiers_before(text: str, start: int) -> Modifiers:
    """Read modifiers ending at ``start``, innermost first ("between", then "about")."""
    line_start = text.rfind("\n", 0, start) + 1
    end = start
    approximate = False
    bound: str | None = None
    opener: str | None = None
    bound_word: str | None = None
    for _ in range(3):
        window = text[max(line_start, end - 30) : end]
        for name, pattern in _patterns():
            match = pattern.search(window)
            if match is None:
                continue
            if name == "range_openers" and opener is None:
                opener = match.group(0).strip().lower()
            elif name == "approximate":
                approximate = True
            elif bound is None and name != "range_openers":
                bound = name
                bound_word = match.group(0).strip().lower()
            end -= len(match.group(0))
            break
        else:
            break
    return Modifiers(approximate, bound, opener, bound_word)


@cache
def _after_pattern() -> re.Pattern[str]:
    phrases = load_json("number_modifiers.json")["bounds_after"]
    return re.compile(rf"{SPACE}(?:{_alternation(list(phrases))})\b", re.IGNORECASE)


def bound_after(text: str, end: int) -> str | None:
    """ "3 per cent or less" -> at_most; "60 or more" -> at_least."""
    match = _after_pattern().match(text, end)
    if match is None:
        return None
    return str(load_json("number_modifiers.json")["bounds_after"][match.group(0).strip().lower()])


@cache
def _approximate_after() -> re.Pattern[str]:
    phrases = load_json("number_modifiers.json")["approximate_after"]
    return re.compile(rf"{SPACE}(?:{_alternation(list(phrases))})\b", re.IGNORECASE)


def approximate_after(text: str, end: int) -> bool:
    """ "the 2,000 or so small units": a hedge written after the number."""
    return _approximate_after().match(text, end) is not None


def is_duration_word(phrase: str) -> bool:
    """ "over" before a span of time ("over four years") is not a bound."""
    return phrase in load_json("number_modifiers.json")["not_bounds_for_durations"]
