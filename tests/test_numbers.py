"""Numbers in articles: values, units, currencies, hedges, bounds, ranges and counted nouns."""

from __future__ import annotations

import pytest

from extractor import Extractor, Number


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def numbers_in(extractor: Extractor, text: str) -> list[Number]:
    return extractor.extract(text, sections=("numbers",)).numbers


def number(extractor: Extractor, text: str, span: str) -> Number:
    found = [n for n in numbers_in(extractor, text) if n.text == span]
    assert found, f"{span!r} not among {[n.text for n in numbers_in(extractor, text)]}"
    return found[0]


def test_offsets_point_into_the_text(extractor):
    text = "Officials said about 70 world leaders and €450 million were involved."
    for n in numbers_in(extractor, text):
        assert text[n.start : n.end] == n.text


# Values


def test_digits_with_thousands_separator(extractor):
    n = number(extractor, "The agency counted 1,250 complaints.", "1,250")
    assert (n.kind, n.value, n.counted) == ("cardinal", 1250, "complaints")


def test_decimal_digits(extractor):
    n = number(extractor, "Inflation was 1.5 times the target.", "1.5")
    assert n.value == 1.5


def test_number_word(extractor):
    n = number(extractor, "The two leaders met in Geneva.", "two")
    assert (n.value, n.counted) == (2, "leaders")


def test_hyphenated_number_word(extractor):
    n = number(extractor, "About seventy-five delegates signed the letter.", "seventy-five")
    assert (n.value, n.approximate, n.counted) == (75, True, "delegates")


def test_a_dozen(extractor):
    n = number(extractor, "A dozen technical advisers attended.", "A dozen")
    assert (n.value, n.kind) == (12, "cardinal")


def test_half_of(extractor):
    n = number(extractor, "Half of the stations no longer work.", "Half")
    assert (n.value, n.counted) == (0.5, "stations")


def test_a_third_is_a_fraction_not_an_ordinal(extractor):
    n = number(extractor, "Collections fell by a third last year.", "a third")
    assert (n.kind, n.value) == ("cardinal", 1 / 3)


def test_scale_word_after_dollar_amount(extractor):
    n = number(extractor, "They pledged $6 billion to the fund.", "$6 billion")
    assert (n.kind, n.value, n.unit) == ("money", 6_000_000_000, "USD")


def test_glued_scale_abbreviation(extractor):
    n = number(extractor, "The recall will cost about £18m directly.", "£18m")
    assert (n.value, n.unit, n.approximate) == (18_000_000, "GBP", True)


def test_decimal_with_glued_m(extractor):
    n = number(extractor, "Sales reached 1.2m units.", "1.2m")
    assert n.value == 1_200_000


def test_trillion(extractor):
    n = number(extractor, "The debt stands at 3 trillion yen.", "3 trillion yen")
    assert (n.value, n.unit) == (3_000_000_000_000, "JPY")


def test_crore_in_rupees(extractor):
    n = number(extractor, "Gate receipts crossed Rs 5 crore on Sunday.", "Rs 5 crore")
    assert (n.kind, n.value, n.unit) == ("money", 50_000_000, "INR")


def test_lakh(extractor):
    n = number(extractor, "The scheme reached 2.5 lakh families.", "2.5 lakh")
    assert (n.value, n.counted) == (250_000, "families")


def test_lakh_crore_multiply(extractor):
    n = number(extractor, "He presented a budget of ₹3.92 lakh crore.", "₹3.92 lakh crore")
    assert (n.value, n.unit) == (3_920_000_000_000, "INR")


# Percentages and units


def test_percent_sign(extractor):
    n = number(extractor, "Reservoirs lost 12.5% of their capacity.", "12.5%")
    assert (n.kind, n.value, n.unit) == ("percent", 12.5, "%")


def test_per_cent_in_words(extractor):
    n = number(extractor, "Shares fell 12.5 per cent on Tuesday.", "12.5 per cent")
    assert (n.kind, n.value, n.unit) == ("percent", 12.5, "%")


def test_hyphenated_unit(extractor):
    n = number(extractor, "The 800-mile pipeline was finished.", "800-mile")
    assert (n.kind, n.value, n.unit) == ("quantity", 800, "mile")


def test_kilometres(extractor):
    n = number(extractor, "The fire came within 3 km of the coast.", "3 km")
    assert (n.kind, n.value, n.unit, n.bound) == ("quantity", 3, "km", "at_most")


def test_years_are_a_quantity(extractor):
    n = number(extractor, "The fields cannot wait another 20 years.", "20 years")
    assert (n.kind, n.value, n.unit) == ("quantity", 20, "year")


def test_glued_celsius(extractor):
    n = number(extractor, "Temperatures reached 41C in Toulon.", "41C")
    assert (n.kind, n.value, n.unit) == ("quantity", 41, "degree Celsius")


def test_age_after_a_name(extractor):
    n = number(extractor, "Marcus Hale, 52, denies the charges.", "52")
    assert (n.kind, n.value, n.unit) == ("quantity", 52, "year")


def test_pence_are_valued_in_pounds(extractor):
    n = number(extractor, "Creditors may recover 12 pence in the pound.", "12 pence")
    assert (n.kind, n.value, n.unit) == ("money", 0.12, "GBP")


# Currencies


@pytest.mark.parametrize(
    ("sentence", "span", "code"),
    [
        ("The club paid US$5 billion for it.", "US$5 billion", "USD"),
        ("Astana offered €450 million.", "€450 million", "EUR"),
        ("The fine was £2.3m in total.", "£2.3m", "GBP"),
        ("Tokyo approved ¥200 million in aid.", "¥200 million", "JPY"),
        ("Pensions rose to ₹1,500 a month.", "₹1,500", "INR"),
        ("Tickets cost Rs 800 each.", "Rs 800", "INR"),
        ("He was paid 40 million dollars.", "40 million dollars", "USD"),
        ("The grant was 3 million euros.", "3 million euros", "EUR"),
    ],
)
def test_currency_codes(extractor, sentence, span, code):
    n = number(extractor, sentence, span)
    assert (n.kind, n.unit) == ("money", code)


def test_bare_dollar_is_usd(extractor):
    n = number(extractor, "The plan costs $1.8 million.", "$1.8 million")
    assert n.unit == "USD"


def test_bare_dollar_follows_a_canadian_dateline(extractor):
    text = "TORONTO, April 7, 2026 — The plan costs $1.8 million."
    assert number(extractor, text, "$1.8 million").unit == "CAD"


# Hedges, bounds and ranges


@pytest.mark.parametrize("hedge", ["about", "around", "nearly", "roughly", "some", "an estimated"])
def test_hedges_make_a_number_approximate(extractor, hedge):
    n = number(extractor, f"The river supplies {hedge} 9,000 people.", "9,000")
    assert (n.value, n.approximate, n.bound) == (9000, True, None)


@pytest.mark.parametrize(
    ("phrase", "bound"),
    [
        ("more than", "at_least"),
        ("over", "at_least"),
        ("at least", "at_least"),
        ("up to", "at_most"),
        ("fewer than", "at_most"),
    ],
)
def test_bounds_stay_outside_the_span(extractor, phrase, bound):
    n = number(extractor, f"Pharmacies hold {phrase} 20 packs.", "20")
    assert (n.bound, n.approximate, n.counted) == (bound, False, "packs")


def test_or_less_after_the_number(extractor):
    n = number(extractor, "Mills run on margins of 3 per cent or less.", "3 per cent")
    assert n.bound == "at_most"


def test_over_a_span_of_time_is_not_a_bound(extractor):
    n = number(extractor, "Over four years, the money went abroad.", "four years")
    assert (n.value, n.unit, n.bound) == (4, "year", None)


def test_between_and_range(extractor):
    n = number(extractor, "Bishkek proposed a window of between 30 and 40 days.", "30 and 40 days")
    assert (n.kind, n.value, n.max, n.unit) == ("quantity", 30, 40, "day")


def test_hyphen_range(extractor):
    n = number(extractor, "Buildings of 30-40 units must comply.", "30-40")
    assert (n.value, n.max, n.counted) == (30, 40, "units")


def test_or_range_in_words(extractor):
    n = number(extractor, "Many take four or five other medicines.", "four or five")
    assert (n.value, n.max, n.counted) == (4, 5, "medicines")


def test_money_range_shares_the_scale(extractor):
    text = "It would cost between €6 million and €9 million."
    n = number(extractor, text, "€6 million and €9 million")
    assert (n.value, n.max, n.unit) == (6_000_000, 9_000_000, "EUR")


def test_from_to_is_two_numbers(extractor):
    found = numbers_in(extractor, "Pensions rise from ₹1,200 to ₹1,500 in April.")
    assert [(n.text, n.value) for n in found if n.kind == "money"] == [
        ("₹1,200", 1200), ("₹1,500", 1500)
    ]


# Counted nouns


def test_counted_noun(extractor):
    assert number(extractor, "Russia launched 145 drones overnight.", "145").counted == "drones"


def test_counted_compound_noun(extractor):
    n = number(extractor, "About 70 world leaders attended.", "70")
    assert (n.counted, n.approximate) == ("world leaders", True)


def test_counted_drops_proper_adjectives(extractor):
    n = number(extractor, "Negotiators from five Central Asian governments met.", "five")
    assert n.counted == "governments"


def test_counted_through_of(extractor):
    n = number(extractor, "The airline grounded all 62 of its aircraft.", "62")
    assert n.counted == "aircraft"


# Ordinals


def test_ordinal_word(extractor):
    n = number(extractor, "It was the first day of the summit.", "first")
    assert (n.kind, n.value) == ("ordinal", 1)


def test_ordinal_digits(extractor):
    n = number(extractor, "It is the commission's 21st session.", "21st")
    assert (n.kind, n.value) == ("ordinal", 21)


# Not quantities


def test_number_in_a_disease_name_is_not_reported(extractor):
    found = numbers_in(extractor, "It was the first meeting since the COVID-19 pandemic.")
    assert "19" not in [n.text for n in found]


def test_model_number_is_not_reported(extractor):
    found = numbers_in(extractor, "Investigators examined the Boeing 737 wreckage.")
    assert [n.text for n in found] == []


def test_phone_number_is_not_reported(extractor):
    found = numbers_in(extractor, "Call the helpline on 020 7946 0958 for help.")
    assert found == []


def test_bare_year_is_a_date(extractor):
    n = number(extractor, "A 2024 study found a small risk.", "2024")
    assert (n.kind, n.value) == ("date", None)
