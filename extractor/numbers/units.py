"""What a number measures: currencies (ISO 4217), percent signs and units of measure.

The tables live in ``models/currencies.json`` and ``models/units.json``. We match them on the
characters right before and after a number rather than on tokens, because spaCy splits
"£2.3m" and "800-mile" in ways that vary with the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..models_data import load_json


@dataclass(slots=True, frozen=True)
class Suffix:
    end: int
    kind: str  # "percent" | "money" | "quantity"
    unit: str
    divisor: int = 1  # 100 for "12 pence": values are given in the main unit


#: Whitespace inside one line: a number and its unit never straddle a line break (a headline
#: ending in "45" is not "45 minutes" with the next line), but a tab or no-break space joins them.
SPACE = r"[^\S\n\r\v\f\x85\u2028\u2029]"


def _alternation(words: object) -> str:
    """Longest first; a space inside a spelling ("square miles") matches any in-line space."""
    return "|".join(
        re.escape(w).replace(r"\ ", SPACE + "+")
        for w in sorted(words, key=len, reverse=True)  # type: ignore[arg-type]
    )


def table_key(matched: str) -> str:
    """The lookup key for matched text: lower case, one plain space between words, no dashes
    at the ends. Tables are keyed that way; the text may hold tabs or no-break spaces."""
    return " ".join(matched.split()).strip(" -").lower()


@cache
def _currencies() -> dict[str, dict[str, str]]:
    return load_json("currencies.json")


@cache
def _unit_spellings() -> dict[str, str]:
    """Spelling (lower case) -> canonical unit: the hand table, then the generated wide one."""
    spellings: dict[str, str] = {}
    for table in ("units.json", "units_library.json"):
        for unit, words in load_json(table)["units"].items():
            for word in words:
                spellings.setdefault(word.lower(), unit)
    return spellings


@cache
def _unit_symbols() -> dict[str, str]:
    """Case-sensitive symbols -> canonical unit: "MB" is a megabyte, "Mb" a megabit."""
    symbols: dict[str, str] = {}
    for unit, written in load_json("units_library.json")["symbols"].items():
        for symbol in written:
            if symbol.lower() not in _unit_spellings():
                symbols.setdefault(symbol, unit)
    return symbols


@cache
def _glued_only() -> frozenset[str]:
    return frozenset(load_json("units.json")["glued_only"])


@cache
def time_units() -> frozenset[str]:
    return frozenset(load_json("units.json")["time_units"])


@cache
def _prefixes() -> dict[str, str]:
    """Signs and codes written before an amount -> ISO code: every ISO code, then the signs."""
    codes = {code: code for code in _currencies()["codes"]}
    return {**codes, **_currencies()["prefixes"]}


@cache
def _prefix_pattern() -> re.Pattern[str]:
    # A sign glued to the number ("$6"), or a code/"Rs" with an optional space ("Rs 5", "USD115").
    return re.compile(rf"(?<![\w$])(?:{_alternation(_prefixes())}){SPACE}?$")


def is_currency_code(letters: str) -> bool:
    """ "USD" in "USD115" or "115USD": letters that may touch the digits."""
    return letters in _prefixes() and letters.isalpha()


@cache
def _suffix_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    names = _alternation([*_currencies()["names"], *_currencies()["minor_units"]])
    units = _alternation(set(_unit_spellings()) - _glued_only())
    return (
        (
            "percent",
            re.compile(rf"{SPACE}?%|{SPACE}(?:per{SPACE}?cent|percent)\b", re.IGNORECASE),
        ),
        ("money", re.compile(rf"{SPACE}(?:{names})\b", re.IGNORECASE)),
        (
            "money_sign",
            re.compile(
                rf"{SPACE}?(?:{_alternation(_currencies()['after'])})(?!\w)"
                rf"|{SPACE}?(?:{_alternation(_currencies()['codes'])})(?![A-Za-z])"
            ),
        ),
        ("quantity", re.compile(rf"(?:{SPACE}|-)(?:{units})(?![\w²³/])", re.IGNORECASE)),
        ("symbol", re.compile(rf"{SPACE}?(?:{_alternation(_unit_symbols())})(?![\w²³/])")),
    )


def currency_before(text: str, start: int, default_dollar: str = "USD") -> tuple[int, str] | None:
    """The currency sign or code ending at ``start``: (where it starts, ISO code)."""
    match = _prefix_pattern().search(text[max(0, start - 5) : start])
    if match is None:
        return None
    sign = match.group(0).strip()
    code = _prefixes()[sign]
    if sign == "$":
        code = default_dollar
    return start - len(match.group(0)), code


def suffix_after(text: str, end: int) -> Suffix | None:
    """A percent sign, currency name or unit right after a number ending at ``end``."""
    rest = text[end : end + 40]
    matches = [(kind, pattern.match(rest)) for kind, pattern in _suffix_patterns()]
    found = [(kind, match) for kind, match in matches if match is not None]
    if found and found[0][0] in ("quantity", "symbol"):
        found.sort(key=lambda pair: -pair[1].end())  # "5 cu ft" is cubic feet, not 5 "cu"
    for kind, match in found:
        if kind == "symbol":
            symbol = " ".join(match.group(0).split())
            return Suffix(end + match.end(), "quantity", _unit_symbols()[symbol])
        word = table_key(match.group(0))
        if kind == "percent":
            return Suffix(end + match.end(), kind, "%")
        if kind == "money_sign":
            sign = match.group(0).strip()
            code = _currencies()["after"].get(sign) or sign
            return Suffix(end + match.end(), "money", code)
        if kind == "money":
            name = word
            if name in _currencies()["minor_units"]:
                code, divisor = _currencies()["minor_units"][name]
                return Suffix(end + match.end(), kind, str(code), int(divisor))
            return Suffix(end + match.end(), kind, _currencies()["names"][name])
        return Suffix(end + match.end(), kind, _unit_spellings()[word])
    return None


def canonical_unit(spelling: str) -> str | None:
    """Our canonical name for a unit spelling or symbol ("square meters" -> "m2", "MB" -> "MB");
    used by the benchmark to compare other tools' units with ours."""
    return _unit_spellings().get(table_key(spelling)) or _unit_symbols().get(spelling.strip())


def glued_unit(letters: str) -> str | None:
    """ "3km", "100kg": a unit written against the digits."""
    return _unit_spellings().get(letters.lower()) or _unit_symbols().get(letters)


def default_dollar(text: str) -> str:
    """USD, unless the article is datelined in, or names, another dollar and never the US one."""
    if re.search(r"\bUS\$|\bU\.?S\.? dollars?\b", text):
        return "USD"
    place = text.lstrip()[:40].split(",", 1)[0].strip().title()
    if place in _currencies()["dollar_by_dateline"]:
        return _currencies()["dollar_by_dateline"][place]
    named = {code for name, code in _currencies()["dollar_names"].items() if name in text}
    return named.pop() if len(named) == 1 else "USD"
