"""Dates and times: ISO values where the text determines them, resolved against the dateline."""

from __future__ import annotations

import pytest

from extractor import Extractor, Number

DATELINE = "GENEVA, September 9, 2026 — "  # a Wednesday


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def number(extractor: Extractor, text: str, span: str) -> Number:
    found = [n for n in extractor.extract(text, sections=("numbers",)).numbers if n.text == span]
    assert found, span
    return found[0]


def test_full_date(extractor):
    n = number(extractor, "The vote was held on November 11, 2024.", "November 11, 2024")
    assert (n.kind, n.value) == ("date", "2024-11-11")


def test_day_month_year(extractor):
    n = number(extractor, "It ended on 11 November 2024.", "11 November 2024")
    assert n.value == "2024-11-11"


def test_dateline_itself(extractor):
    assert number(extractor, DATELINE + "Talks began.", "September 9, 2026").value == "2026-09-09"


def test_month_and_day_take_the_dateline_year(extractor):
    n = number(extractor, DATELINE + "A closing session is set for September 12.", "September 12")
    assert n.value == "2026-09-12"


def test_past_weekday_is_on_or_before_the_dateline(extractor):
    n = number(extractor, DATELINE + "The presidents spoke by telephone on Sunday.", "Sunday")
    assert n.value == "2026-09-06"


def test_weekday_of_the_dateline(extractor):
    n = number(extractor, DATELINE + "Talks ended on Wednesday.", "Wednesday")
    assert n.value == "2026-09-09"


def test_future_weekday_is_after_the_dateline(extractor):
    n = number(extractor, DATELINE + "Teams would meet again on Thursday.", "Thursday")
    assert n.value == "2026-09-10"


def test_present_tense_expectation_is_future(extractor):
    n = number(extractor, DATELINE + "A third plane is expected on Friday.", "Friday")
    assert n.value == "2026-09-11"


def test_weekday_without_dateline_is_unresolved(extractor):
    n = number(extractor, "The presidents spoke by telephone on Sunday.", "Sunday")
    assert (n.kind, n.value) == ("date", None)


def test_month_alone_is_unresolved(extractor):
    n = number(extractor, DATELINE + "Flows fall in October.", "October")
    assert (n.kind, n.value) == ("date", None)


def test_last_week_is_a_period_monday_to_sunday(extractor):
    n = number(extractor, DATELINE + "Prices fell last week.", "last week")
    assert (n.value, n.max) == ("2026-08-31", "2026-09-06")


def test_yesterday_is_resolved(extractor):
    assert number(extractor, DATELINE + "He resigned yesterday.", "yesterday").value == "2026-09-08"


def test_weekday_in_a_nickname_is_not_a_date(extractor):
    text = DATELINE + 'Staff call the outage "Black Saturday".'
    found = extractor.extract(text, sections=("numbers",)).numbers
    assert "Saturday" not in [n.text for n in found]


def test_clock_time(extractor):
    n = number(extractor, "Teams meet at 3 p.m. on Thursday.", "3 p.m.")
    assert (n.kind, n.value) == ("time", "15:00")


def test_approximate_time(extractor):
    n = number(extractor, "Delaney conceded at about 11:40 p.m. on Monday.", "11:40 p.m.")
    assert (n.value, n.approximate) == ("23:40", True)


def _dates_in_a_child(extractor: Extractor, text: str, queue) -> None:
    document = extractor.extract(text, sections=("numbers",))
    queue.put([(n.text, n.value) for n in document.numbers if n.kind == "date"])


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, March 2, 2025 — A vote next week on Monday or Friday.",
        "OSLO, March 2, 2025 — Either Tuesday or the previous Tuesday.",
        "OSLO, March 2, 2025 — The second Thursday of next month.",
    ],
)
def test_verbless_clause_with_a_weekday_returns(extractor, text):
    """A weekday whose clause has no verb once sent the tense search round the root forever.

    Run in a forked child so a regression fails after a bound instead of hanging the suite.
    """
    import multiprocessing

    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_dates_in_a_child, args=(extractor, text, queue))
    child.start()
    child.join(120)
    if child.is_alive():
        child.kill()
        child.join()
        pytest.fail(f"extract did not return within 120 s on {text!r}")
    assert child.exitcode == 0
    assert ("March 2, 2025", "2025-03-02") in queue.get(timeout=5)

