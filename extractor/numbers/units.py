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
from .first_letters import FirstLetterAlternation


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
    return "|".join(_word_pattern(w) for w in _longest_first(words))


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


def _word_pattern(word: str) -> str:
    """One spelling as ``_alternation`` writes it: escaped, any in-line space inside."""
    return re.escape(word).replace(r"\ ", SPACE + "+")


def _longest_first(words: object) -> list[str]:
    return sorted(words, key=len, reverse=True)  # type: ignore[call-overload]


#: One in-line space, or the hyphen of "800-mile", between a number and its unit.
_ONE_SPACE = re.compile(SPACE)
_SPACE_OR_HYPHEN = re.compile(rf"{SPACE}|-")


@cache
def _suffix_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The short tables as whole patterns: percent signs and currency signs or codes."""
    return (
        (
            "percent",
            re.compile(rf"{SPACE}?%|{SPACE}(?:per{SPACE}?cent|percent)\b", re.IGNORECASE),
        ),
        (
            "money_sign",
            re.compile(
                rf"{SPACE}?(?:{_alternation(_currencies()['after'])})(?!\w)"
                rf"|{SPACE}?(?:{_alternation(_currencies()['codes'])})(?![A-Za-z])"
            ),
        ),
    )


@cache
def _currency_names() -> FirstLetterAlternation:
    names = [*_currencies()["names"], *_currencies()["minor_units"]]
    return FirstLetterAlternation(
        _longest_first(names), _word_pattern, r"\b", re.IGNORECASE
    )


@cache
def _unit_words() -> FirstLetterAlternation:
    """The long tables (~650 unit spellings, ~140 symbols) go a first letter at a time: their
    whole alternations took ~90 ms to compile, a third of our cold start."""
    units = set(_unit_spellings()) - _glued_only()
    return FirstLetterAlternation(
        _longest_first(units), _word_pattern, r"(?![\w²³/])", re.IGNORECASE
    )


@cache
def _symbol_words() -> FirstLetterAlternation:
    return FirstLetterAlternation(_longest_first(_unit_symbols()), _word_pattern, r"(?![\w²³/])")


def _suffix_ends(rest: str) -> list[tuple[str, int]]:
    """(kind, end) of each kind of suffix that ``rest`` starts with, in the order tried.

    Each is where ``re.match`` of the kind's pattern would end: "money" is one in-line space
    and a currency name, "quantity" a space or hyphen and a unit word, "symbol" an optional
    space and a unit symbol (with the space if the symbol follows it, else without).
    """
    patterns = dict(_suffix_patterns())
    ends: list[tuple[str, int]] = []
    if match := patterns["percent"].match(rest):
        ends.append(("percent", match.end()))
    if _ONE_SPACE.match(rest) and (match := _currency_names().match(rest, 1)):
        ends.append(("money", match.end()))
    if match := patterns["money_sign"].match(rest):
        ends.append(("money_sign", match.end()))
    if _SPACE_OR_HYPHEN.match(rest) and (match := _unit_words().match(rest, 1)):
        ends.append(("quantity", match.end()))
    symbol = _ONE_SPACE.match(rest) and _symbol_words().match(rest, 1)
    if symbol := symbol or _symbol_words().match(rest, 0):
        ends.append(("symbol", symbol.end()))
    return ends


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
    found = _suffix_ends(rest)
    if found and found[0][0] in ("quantity", "symbol"):
        found.sort(key=lambda pair: -pair[1])  # "5 cu ft" is cubic feet, not 5 "cu"
    for kind, stop in found:
        matched = rest[:stop]
        if kind == "symbol":
            symbol = " ".join(matched.split())
            return Suffix(end + stop, "quantity", _unit_symbols()[symbol])
        word = table_key(matched)
        if kind == "percent":
            return Suffix(end + stop, kind, "%")
        if kind == "money_sign":
            sign = matched.strip()
            code = _currencies()["after"].get(sign) or sign
            return Suffix(end + stop, "money", code)
        if kind == "money":
            name = word
            if name in _currencies()["minor_units"]:
                code, divisor = _currencies()["minor_units"][name]
                return Suffix(end + stop, kind, str(code), int(divisor))
            return Suffix(end + stop, kind, _currencies()["names"][name])
        return Suffix(end + stop, kind, _unit_spellings()[word])
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
