"""Days and years written in words: "twenty-fifth", "twenty five", "nineteen eighty-six".

Dates spelled out need only the numbers 1 to 99 (a year is two of them, or "two thousand and
N"), so the spellings are generated here from the units and tens rather than parsed with a
general number reader: a closed list can become one regular expression.
"""

from __future__ import annotations

import re
from functools import cache

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNIT_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth"]
_TEEN_ORDINALS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_TEN_ORDINALS = ["twentieth", "thirtieth"]


def _compounds(tens: list[str], units: list[str], start: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for t, ten in enumerate(tens):
        for u, unit in enumerate(units):
            for joint in (" ", "-"):
                found[f"{ten}{joint}{unit}"] = (start + t) * 10 + u + 1
    return found


@cache
def cardinals() -> dict[str, int]:
    """ "one" .. "ninety-nine", with a hyphen or a space inside compounds."""
    found = {w: i + 1 for i, w in enumerate(_UNITS)}
    found |= {w: i + 10 for i, w in enumerate(_TEENS)}
    found |= {w: (i + 2) * 10 for i, w in enumerate(_TENS)}
    found |= _compounds(_TENS, _UNITS, 2)
    return found


@cache
def day_words() -> dict[str, int]:
    """Days of a month in words, ordinal ("twenty-first") or cardinal ("twenty one")."""
    found = {w: i + 1 for i, w in enumerate(_UNIT_ORDINALS)}
    found |= {w: i + 10 for i, w in enumerate(_TEEN_ORDINALS)}
    found |= {w: (i + 2) * 10 for i, w in enumerate(_TEN_ORDINALS)}
    found |= _compounds(["twenty"], _UNIT_ORDINALS, 2)
    found |= {"thirty-first": 31, "thirty first": 31}
    found |= {w: n for w, n in cardinals().items() if n <= 31}
    return found


def alternation(words: object) -> str:
    """A regular expression matching any of ``words``, longest first, built as a trie.

    A flat "a|b|c" of a hundred words is tried word by word at every position of the text; the
    trie shares prefixes ("twenty(?:-one|...)"), which keeps long articles fast.
    """
    trie: dict[str, dict] = {}
    for word in words:  # type: ignore[attr-defined]
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items())
                if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # Greedy optional: the longer word is tried first, the shorter one on backtracking.
        body = f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else f"{body}?"
    return body


@cache
def year_pattern() -> str:
    """ "nineteen eighty-six", "nineteen oh five", "two thousand and twelve", "twenty twenty"."""
    hundreds = alternation([w for w, n in cardinals().items() if 10 <= n <= 20])
    rest = alternation(w for w, n in cardinals().items() if n >= 10)
    units = alternation(_UNITS)
    any_number = alternation(cardinals())
    return (
        rf"(?:{hundreds})\s(?:(?:{rest})|(?:oh|o)\s(?:{units})|hundred)(?![\w-])"
        rf"|two\sthousand(?:\s(?:and\s)?(?:{any_number}))?(?![\w-])"
    )


def year_value(text: str) -> int | None:
    """The year a spelled-out year names; None if it is not one."""
    words = " ".join(text.lower().split())
    table = cardinals()
    if words.startswith("two thousand"):
        tail = words.removeprefix("two thousand").strip().removeprefix("and ").strip()
        return 2000 + (table.get(tail, 0) if tail else 0) if not tail or tail in table else None
    head, _, tail = words.partition(" ")
    if head not in table:
        return None
    if tail == "hundred":
        return table[head] * 100
    tail = tail.removeprefix("oh ").removeprefix("o ")
    return table[head] * 100 + table[tail] if tail in table else None
