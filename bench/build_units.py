"""Regenerate models/units_library.json, the wide unit table, from quantulum3's and pint's data.

Run after upgrading ``quantulum3`` or ``pint`` (both in the ``bench`` extra):

    python bench/build_units.py

quantulum3 (MIT) lists the units people write with their spellings and symbols, grouped by what
they measure; pint (BSD) gives the short symbol we use as the canonical name where one is usual
("MB", "kPa", "m2"). The runtime never imports either: it reads the generated JSON, and the hand
table in models/units.json wins wherever the two disagree.

We keep only the dimensions news writes about, and drop spellings that are everyday words
("drop", "bar", "span") or codes that name places and firms ("VA", "bp", "AU"): after a number
they mean something else far more often than a unit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import inflect
import pint

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "units_library.json"

DIMENSIONS = {
    "length", "area", "volume", "mass", "speed", "temperature", "data storage",
    "data transfer rate", "energy", "power", "pressure", "frequency", "electric potential",
    "current", "sound level", "volumetric flow", "force",
}
#: Units of those dimensions that news never means: atomic, astronomical and genetic units.
SKIP_UNITS = {
    "barn", "inverse femtobarn", "solar mass", "earth mass", "atomic mass unit", "hartree",
    "circular mil", "twip", "cubit", "ell", "span", "drop", "quarter", "quad", "barye",
    "statvolt", "nibble", "base pair", "kilo base pair", "mega base pair", "giga base pair",
    "nucleotide", "stere", "peck", "league", "speed of light", "gal", "bar", "kip",
    "gram-force", "inverse second", "ton of refrigeration", "technical atmosphere",
    "standard cubic centimetre per minute", "standard cubic feet per minute",
    "standard litre per minute", "erg", "volt-ampere",
}
#: Spellings that are words or codes first, whatever unit table lists them.
SKIP_SPELLINGS = {
    "in", "at", "am", "an", "as", "is", "it", "on", "to", "ac", "au", "ua", "st", "ly", "pk",
    "bu", "qr", "ct", "nt", "bp", "va", "tr", "ba", "da", "ha", "eh", "bd", "dam", "dm", "fur",
    "lea", "fath", "pond", "tetrad", "quartet", "quadbit", "half-byte", "semi-octet", "p",
    "pt dry", "pt liq", "qt dry", "qt liq", "bbl dry", "q", "gm", "kp", "cfpm", "cfm", "u",
    "pound", "pounds", "pound-mass", "pound-masses", "lbm", "mps", "fps", "ips", "k", "kb", "c",
    "f", "kt", "pt", "hm", "tf", "bevatron",
}
#: Last words that take no plural ("degrees Celsius", not "degree Celsiuses").
UNCOUNTED = {
    "celsius", "fahrenheit", "rankine", "centigrade", "hertz", "dry", "liquid", "mercury",
    "water", "column", "horsepower", "pferdestarke", "torr", "baud", "gaj", "kelvin",
}
#: Metric stems: units built on them take pint's symbol ("cm3") as their canonical name.
METRIC = re.compile(r"metre|meter|gram|litre|liter|byte|bit\b|pascal|joule|watt|volt|ampere|hertz")
CLEAN_SYMBOL = re.compile(r"^[A-Za-zµ]+[23]?(?:/[A-Za-z]+)?$")


def _plurals(spelling: str, plural: Callable[[str], str]) -> set[str]:
    """ "cubic metres", "degrees Celsius", "metres per second", "inches of water"."""
    words = spelling.split()
    if len(words) > 1 and words[0] == "degree":
        return {" ".join([plural(words[0]), *words[1:]])}
    for link in ("per", "of"):
        if link in words[1:]:
            head = words.index(link) - 1
            return {" ".join([*words[:head], plural(words[head]), *words[head + 1 :]])}
    if words[-1].split("-")[-1] in UNCOUNTED:
        return set()
    return {" ".join([*words[:-1], plural(words[-1])])}


def _hand_table() -> dict[str, str]:
    data = json.loads((ROOT / "models" / "units.json").read_text(encoding="utf-8"))
    return {s.lower(): unit for unit, spellings in data["units"].items() for s in spellings}


def _pint_symbol(registry: pint.UnitRegistry, name: str) -> str | None:
    try:
        units = registry(name).units
    except Exception:
        return None
    symbol = format(units, "~").replace(" ** ", "").replace(" / ", "/")
    return symbol if CLEAN_SYMBOL.match(symbol) else None


def _canonical(registry: pint.UnitRegistry, name: str, dimension: str) -> str:
    symbol = _pint_symbol(registry, name)
    usual = dimension not in ("length", "area", "volume", "mass", "speed", "temperature")
    if symbol and (usual or METRIC.search(name)):
        return symbol
    return name


def build() -> dict[str, dict[str, list[str]]]:
    data = json.loads(resources.files("quantulum3").joinpath("units.json").read_text("utf-8"))
    registry = pint.UnitRegistry()
    plural = inflect.engine().plural
    hand = _hand_table()
    words: dict[str, set[str]] = {}
    symbols: dict[str, set[str]] = {}
    for name, unit in data.items():
        if unit["entity"] not in DIMENSIONS or name in SKIP_UNITS:
            continue
        surfaces = {s.lower() for s in unit.get("surfaces", [])}
        surfaces |= {p for s in surfaces for p in _plurals(s, plural)}
        known = sorted({hand[s] for s in surfaces if s in hand})
        canonical = known[0] if known else _canonical(registry, name, unit["entity"])
        for spelling in sorted(surfaces):
            if spelling not in hand and spelling not in SKIP_SPELLINGS:
                words.setdefault(canonical, set()).add(spelling)
        for symbol in unit["symbols"]:
            if (
                len(symbol) >= 2
                and symbol.lower() not in hand
                and symbol.lower() not in SKIP_SPELLINGS
                and not re.search(r"[\"'′″”*]", symbol)
            ):
                symbols.setdefault(canonical, set()).add(symbol)
    return {
        "units": {k: sorted(v) for k, v in sorted(words.items())},
        "symbols": {k: sorted(v) for k, v in sorted(symbols.items())},
    }


def main() -> None:
    table = build()
    header = {
        "_comment": (
            "Generated by bench/build_units.py from quantulum3 "
            f"{version('quantulum3')} (MIT) and pint {version('pint')} (BSD): canonical unit "
            "-> spellings after a number. 'units' match case-insensitively, 'symbols' exactly "
            "('MB' is not 'Mb'). Do not edit by hand: add spellings to models/units.json, which "
            "wins, or change the lists in the script."
        )
    }
    OUT.write_text(json.dumps({**header, **table}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    spellings = sum(len(v) for v in table["units"].values())
    exact = sum(len(v) for v in table["symbols"].values())
    print(f"{OUT.name}: {len(table['units'])} units, {spellings} spellings, {exact} symbols")


if __name__ == "__main__":
    main()
