"""Relative dates resolved against the publication date: the caller's, or the one the head states.

Every sentence here is our own. The publication date 2024-11-13 is a Wednesday.
"""

from __future__ import annotations

import pytest

from extractor import Extractor, Number
from extractor.errors import BadDate
from extractor.numbers.datelines import find_dateline

PUBLISHED = "2024-11-13"


def dated(extractor: Extractor, text: str, span: str, published: str | None = PUBLISHED) -> Number:
    document = extractor.extract(text, sections=("numbers",), date=published)
    found = [n for n in document.numbers if n.text == span]
    assert found, [n.text for n in document.numbers]
    return found[0]


def test_seed_dateline_with_a_colon_resolves_a_weekday(extractor):
    text = "United State, November 11, 2024: The march through the city ended on Sunday."
    assert dated(extractor, text, "Sunday", None).value == "2024-11-10"


def test_the_given_date_wins_over_the_clock_and_the_text(extractor):
    assert dated(extractor, "The ferry sank yesterday.", "yesterday").value == "2024-11-12"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The bridge reopened 2 days ago.", "2 days ago", "2024-11-11"),
        ("The levy was cut three weeks ago.", "three weeks ago", "2024-10-23"),
        ("The board met the day before yesterday.", "the day before yesterday", "2024-11-11"),
        ("The bids open the day after tomorrow.", "the day after tomorrow", "2024-11-15"),
        ("Talks collapsed last Friday.", "last Friday", "2024-11-08"),
        ("The ministry had warned the previous Wednesday.", "previous Wednesday", "2024-11-06"),
        ("Voting ends next Tuesday.", "next Tuesday", "2024-11-19"),
        ("The port shut on Monday.", "Monday", "2024-11-11"),
        ("The port will shut on Monday.", "Monday", "2024-11-18"),
    ],
)
def test_relative_days(extractor, text, span, value):
    assert dated(extractor, text, span).value == value


@pytest.mark.parametrize(
    ("text", "span", "value", "last"),
    [
        ("Exports fell last week.", "last week", "2024-11-04", "2024-11-10"),
        ("Exports may recover next month.", "next month", "2024-12-01", "2024-12-31"),
        ("Exports rose last year.", "last year", "2023-01-01", "2023-12-31"),
    ],
)
def test_periods_give_first_and_last_day(extractor, text, span, value, last):
    n = dated(extractor, text, span)
    assert (n.value, n.max) == (value, last)


def test_weekdays_joined_to_next_week_share_its_week(extractor):
    text = "A call is planned next week on Tuesday or Thursday."
    assert dated(extractor, text, "Thursday").value == "2024-11-21"


def test_nth_weekday_of_next_month(extractor):
    text = "The hearing is set for the second Monday of next month."
    assert dated(extractor, text, "the second Monday of next month").value == "2024-12-09"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Banks close on Easter Monday 2025.", "Easter Monday 2025", "2025-04-21"),
        ("The fireworks were launched on New Year's Day.", "New Year's Day", "2024-01-01"),
        ("The shops will open on Christmas Day.", "Christmas Day", "2024-12-25"),
        ("Turkey prices always rise before Thanksgiving.", "Thanksgiving", "2024-11-28"),
    ],
)
def test_holidays(extractor, text, span, value):
    assert dated(extractor, text, span).value == value


def test_day_of_month(extractor):
    assert dated(extractor, "Rents are due on the 27th.", "27th").value == "2024-11-27"


def test_ordinal_before_a_noun_is_not_a_day(extractor):
    document = extractor.extract("She lives on the 27th floor.", date=PUBLISHED)
    assert [n.kind for n in document.numbers if n.text == "27th"] == ["ordinal"]


def test_date_in_words(extractor):
    text = "The poet was born on twenty five January nineteen eighty six."
    span = "twenty five January nineteen eighty six"
    assert dated(extractor, text, span, None).value == "1986-01-25"


@pytest.mark.parametrize(
    "text", ["The story ran in USA Today on Monday.", "Lakeside Today\nThe ferry runs daily."]
)
def test_a_masthead_is_not_today(extractor, text):
    document = extractor.extract(text, sections=("numbers",), date=PUBLISHED)
    assert not [n for n in document.numbers if n.text.lower() == "today"]


def test_today_in_a_sentence_is_still_today(extractor):
    assert dated(extractor, "Lakeside Today\nThe ferry resumed today.", "today").value == PUBLISHED


def test_a_bad_date_is_refused(extractor):
    with pytest.raises(BadDate):
        extractor.extract("Text.", date="13/11/2024")


@pytest.mark.parametrize(
    ("head", "value"),
    [
        ("HAVANA, March 3, 2025 — The port reopened.", "2025-03-03"),
        ("Quito, 3 March 2025 - The port reopened.", "2025-03-03"),
        ("LIMA, March 3 (Reuters) - The port reopened.\nPublished 2025-03-03", "2025-03-03"),
        ("Port reopens\nMonday, March 3, 2025 9:15 AM EST\nLIMA (AP) — The port...", "2025-03-03"),
        ("Port reopens\nBy Ana Ruiz | Published: Mar. 3, 2025\nThe port...", "2025-03-03"),
        ("Port reopens\n2025-03-03T08:00:00Z\nThe port reopened.", "2025-03-03"),
        ("The port reopened on March 3, 2025, officials said.", None),
        ("In a letter sent on May 2, 2019 — a year before the vote — the mayor objected.", None),
    ],
)
def test_datelines(head, value):
    found = find_dateline(head)
    assert (found.isoformat() if found else None) == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The permit expires on 11/30/2024.", "11/30/2024", "2024-11-30"),
        ("The permit expired on 30/11/2023.", "30/11/2023", "2023-11-30"),
        ("The filing is dated 2024-3-7.", "2024-3-7", "2024-03-07"),
        ("Hearings began on Fri, Nov. 8, 2024.", "Fri, Nov. 8, 2024", "2024-11-08"),
        ("The court sits on Tuesday the 19th.", "Tuesday the 19th", "2024-11-19"),
        ("The verdict is due in two weeks.", "in two weeks", "2024-11-27"),
        ("Stores will open early on Black Friday.", "Black Friday", "2024-11-29"),
        ("The levy is due by the 20th of next month.", "20th of next month", "2024-12-20"),
    ],
)
def test_more_forms(extractor, text, span, value):
    assert dated(extractor, text, span).value == value


def test_in_a_span_of_past_time_is_a_duration_not_a_date(extractor):
    document = extractor.extract("Prices rose 5% in two weeks.", date=PUBLISHED)
    assert not [n for n in document.numbers if n.kind == "date"]


def test_a_line_that_is_only_today_is_today(extractor):
    assert dated(extractor, "Today\nThe ferry runs.", "Today").value == PUBLISHED


@pytest.mark.parametrize(
    "text", ["He ran in 2010 and won the next year.", "Fees rose over the last year."]
)
def test_a_period_counted_from_the_story_is_not_resolved(extractor, text):
    document = extractor.extract(text, sections=("numbers",), date=PUBLISHED)
    periods = [n for n in document.numbers if n.text.endswith("year") and n.kind == "date"]
    assert periods and all(n.value is None for n in periods)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The audit released Tuesday ran to 300 pages.", "2024-11-12"),
        ("The vote scheduled for Friday looks close.", "2024-11-15"),
    ],
)
def test_a_bare_participle_tells_the_direction(extractor, text, value):
    span = "Tuesday" if "Tuesday" in text else "Friday"
    assert dated(extractor, text, span).value == value


def test_the_document_says_which_date_it_counted_from(extractor):
    import jsonschema

    from extractor.schema import json_schema

    stated = extractor.extract("OSLO, March 2, 2025 — Talks ended on Sunday.").to_dict()
    given = extractor.extract("Talks ended on Sunday.", date=PUBLISHED).to_dict()
    unknown = extractor.extract("Talks ended on Sunday.").to_dict()
    assert (stated["published"], given["published"]) == ("2025-03-02", PUBLISHED)
    assert "published" not in unknown
    jsonschema.validate(given, json_schema())
