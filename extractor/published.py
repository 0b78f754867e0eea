"""The publication date a caller gives: parsed strictly, because a wrong guess here moves every
relative date in the article ("yesterday", "on Sunday") without a trace."""

from __future__ import annotations

import re
from datetime import date, datetime

from .errors import BadDate

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")


def as_publication_date(value: date | str | None) -> date | None:
    """A ``date``, a ``datetime`` or an ISO 8601 string (``2024-11-11``, ``2024-11-11T09:30Z``).

    Only the calendar day is kept: a timestamp's time zone is not converted, since the day the
    newsroom printed is the day its "yesterday" counts from.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise BadDate(f"publication date {value!r} is not a date; give YYYY-MM-DD")
    match = _ISO_DAY.fullmatch(value.strip())
    if match is None:
        raise BadDate(f"publication date {value!r} is not a date; give YYYY-MM-DD")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise BadDate(f"publication date {value!r} is not a calendar date") from None
