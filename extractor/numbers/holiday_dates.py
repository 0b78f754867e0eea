"""The day a named holiday falls on in a given year, from the rules in ``models/date_words.json``.

Three kinds of rule cover the holidays news names without a date: a fixed day ("Christmas
Day"), a day counted from Easter Sunday ("Easter Monday", "Good Friday", from
``dateutil.easter``), and the n-th weekday of a month, maybe plus some days ("Thanksgiving":
the fourth Thursday of November, n = -1 being the last; "Black Friday": the day after it).
Holidays whose date depends on a lunar or national calendar (Eid, Diwali) are left out rather
than guessed.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache

from ..models_data import load_json


@cache
def holiday_rules() -> dict[str, list[object]]:
    """Lower-cased names, with a plain apostrophe, to their rule."""
    rules: dict[str, list[object]] = load_json("date_words.json")["holidays"]
    return rules


def holiday_date(name: str, year: int) -> date | None:
    rule = holiday_rules().get(normal_name(name))
    if rule is None:
        return None
    kind, *args = rule
    if kind == "fixed":
        return date(year, int(args[0]), int(args[1]))  # type: ignore[call-overload]
    if kind == "easter":
        from dateutil.easter import easter

        return easter(year) + timedelta(days=int(args[0]))  # type: ignore[call-overload]
    if kind == "nth":
        day = nth_weekday(year, int(args[0]), int(args[1]), int(args[2]))  # type: ignore[call-overload]
        after = int(args[3]) if len(args) > 3 else 0  # type: ignore[call-overload]
        return day + timedelta(days=after) if day else None
    return None


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The ``nth`` ``weekday`` (0 = Monday) of a month; ``nth`` = -1 is the last one."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).weekday() == weekday]
    if nth == -1:
        return date(year, month, days[-1])
    return date(year, month, days[nth - 1]) if 0 < nth <= len(days) else None


def normal_name(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())
