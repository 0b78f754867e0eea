"""Numbers as the world writes them: word forms, ordinals, fractions, negatives, digit groups,
currencies written after or glued to the amount, minor units and a wide table of units."""

from __future__ import annotations

import pytest

from extractor import Extractor, Number


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def number(extractor: Extractor, text: str, span: str) -> Number:
    numbers = extractor.extract(text, sections=("numbers",)).numbers
    for n in numbers:
        assert text[n.start : n.end] == n.text
    found = [n for n in numbers if n.text == span]
    assert found, f"{span!r} not among {[n.text for n in numbers]}"
    return found[0]


def approx(value: float) -> object:
    return pytest.approx(value, rel=1e-9)


# Words


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Fifty-two lorries queued at the border.", "Fifty-two", 52),
        ("Inspectors logged fifty - two faults in the wiring.", "fifty - two", 52),
        ("The choir has two hundred and fifty members.", "two hundred and fifty", 250),
        ("Some three thousand and twelve ballots were spoiled.", "three thousand and twelve",
         3012),
    ],
)
def test_cardinals_in_words(extractor, text, span, value):
    n = number(extractor, text, span)
    assert (n.kind, n.value) == ("cardinal", value)


def test_two_scaled_numbers_joined_by_and_stay_two(extractor):
    n = number(extractor, "Between two hundred and three hundred cars were towed.",
               "two hundred and three hundred")
    assert (n.value, n.max) == (200, 300)


def test_fifty_and_two_is_not_fifty_two(extractor):
    text = "Fifty and two were the numbers drawn."
    numbers = extractor.extract(text, sections=("numbers",)).numbers
    assert all(n.value != 52 for n in numbers)


# Ordinals


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The town marked the two hundredth anniversary of its charter.", "two hundredth", 200),
        ("It is the one hundred and first edition of the fair.", "one hundred and first", 101),
        ("The bank opened its thousandth branch.", "thousandth", 1000),
        ("She finished seventy-fifth in the race.", "seventy-fifth", 75),
        ("It was his ninetieth birthday.", "ninetieth", 90),
    ],
)
def test_ordinals_of_any_size(extractor, text, span, value):
    n = number(extractor, text, span)
    assert (n.kind, n.value) == ("ordinal", value)


def test_a_count_before_an_ordinal_is_not_part_of_it(extractor):
    text = "One first-time voter spoke to us."
    assert number(extractor, text, "first").kind == "ordinal"


# Fractions


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("One-fourth of the harvest was lost to frost.", "One-fourth", 0.25),
        ("Two thirds of the respondents backed the plan.", "Two thirds", 2 / 3),
        ("Seven-eighths of the shares changed hands.", "Seven-eighths", 0.875),
        ("Three fifths of the budget goes on salaries.", "Three fifths", 0.6),
    ],
)
def test_fractions_in_words(extractor, text, span, value):
    n = number(extractor, text, span)
    assert n.kind == "cardinal"
    assert n.value == approx(value)


def test_one_and_a_half_hours(extractor):
    n = number(extractor, "The delay lasted one and a half hours.", "one and a half hours")
    assert (n.kind, n.value, n.unit) == ("quantity", 1.5, "hour")


def test_one_hundredth_of_is_a_fraction(extractor):
    n = number(extractor, "He won by one hundredth of a second.", "one hundredth")
    assert n.value == approx(0.01)


# Negatives


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Overnight the thermometer read -12 in the valley.", "-12", -12, None),
        ("The index moved −3.5% on Tuesday.", "−3.5%", -3.5, "%"),
        ("Temperatures will drop to minus five overnight.", "minus five", -5, None),
        ("The reading was negative 20 at dawn.", "negative 20", -20, None),
        ("It fell to -8°C in the hills.", "-8°C", -8, "degree Celsius"),
    ],
)
def test_negative_numbers(extractor, text, span, value, unit):
    n = number(extractor, text, span)
    assert (n.value, n.unit) == (value, unit)


def test_a_hyphen_between_numbers_is_still_a_range(extractor):
    n = number(extractor, "Margins could reach 18-20 per cent.", "18-20 per cent")
    assert (n.value, n.max) == (18, 20)


# Digit grouping


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The census counted 1 414 021 100 residents.", "1 414 021 100", 1414021100),
        ("The province has 7 500 000 inhabitants.", "7 500 000", 7500000),
        ("The stadium seats 45\u202f000 spectators.", "45\u202f000", 45000),
        ("The district reported 3,45,000 voters.", "3,45,000", 345000),
    ],
)
def test_space_and_lakh_grouped_digits(extractor, text, span, value):
    assert number(extractor, text, span).value == value


def test_lakh_grouped_rupees(extractor):
    n = number(extractor, "The lender wrote off 12,34,567.89 rupees.", "12,34,567.89 rupees")
    assert (n.kind, n.value, n.unit) == ("money", 1234567.89, "INR")


def test_a_year_then_a_count_is_not_grouped(extractor):
    text = "In 2020 100 stalls opened."
    assert number(extractor, text, "100").value == 100


# Currencies


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Tickets cost 20 € at the door.", "20 €", 20, "EUR"),
        ("The rent is 900€ a month.", "900€", 900, "EUR"),
        ("The penalty was 250 EUR per day.", "250 EUR", 250, "EUR"),
        ("The contract was valued at USD115 million.", "USD115 million", 115_000_000, "USD"),
        ("The fine was EUR2,000 per breach.", "EUR2,000", 2000, "EUR"),
        ("Payment of 115USD is due.", "115USD", 115, "USD"),
        ("The stamp now costs one penny more.", "one penny", 0.01, "GBP"),
        ("The fare rose by 45 cents.", "45 cents", 0.45, "USD"),
        ("A cup of tea costs 80 paise more.", "80 paise", 0.8, "INR"),
        ("They paid Rs 5 crore and two hundred for the plot.", "Rs 5 crore and two hundred",
         50_000_200, "INR"),
    ],
)
def test_money_as_written(extractor, text, span, value, unit):
    n = number(extractor, text, span)
    assert (n.kind, n.unit) == ("money", unit)
    assert n.value == approx(value)


def test_letters_glued_to_digits_that_are_no_currency_are_not_money(extractor):
    numbers = extractor.extract("Batch ABC123 was recalled.", sections=("numbers",)).numbers
    assert numbers == []


def test_between_a_scaled_amount_and_a_smaller_one_is_a_range(extractor):
    text = "Estimates ranged between 3 million and 400 euros."
    n = number(extractor, text, "3 million and 400 euros")
    assert (n.value, n.max) == (3_000_000, 400)


# Units


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The park will cover 190,000 square meters.", "190,000 square meters", 190000, "m2"),
        ("The flat measures 850 square feet.", "850 square feet", 850, "square foot"),
        ("The reservoir lost 3 million cubic metres.", "3 million cubic metres", 3_000_000,
         "m3"),
        ("Each bottle holds 500 ml.", "500 ml", 500, "cm3"),
        ("The update is a 100 MB download.", "100 MB", 100, "MB"),
        ("Rural lines offer 10 Mbps at best.", "10 Mbps", 10, "Mbit/s"),
        ("The phone ships with 256GB of storage.", "256GB", 256, "GB"),
        ("Cars must keep to 10 km/h near the school.", "10 km/h", 10, "km/h"),
        ("The ferry sails at 18 knots.", "18 knots", 18, "knot"),
        ("Thermometers hit 40 celsius in the city.", "40 celsius", 40, "degree Celsius"),
        ("His temperature was 98.6 degrees F.", "98.6 degrees F", 98.6, "degree Fahrenheit"),
        ("The forecast says 35°C by noon.", "35°C", 35, "degree Celsius"),
        ("Stir in 3 tablespoons of honey.", "3 tablespoons", 3, "tablespoon"),
        ("Bake with 2 tsp of yeast.", "2 tsp", 2, "teaspoon"),
        ("The tyres are inflated to 32 psi.", "32 psi", 32, "pound per square inch"),
        ("The storm's pressure fell to 950 hPa.", "950 hPa", 950, "hPa"),
    ],
)
def test_units(extractor, text, span, value, unit):
    n = number(extractor, text, span)
    assert (n.kind, n.value, n.unit) == ("quantity", value, unit)


def test_symbols_keep_their_case(extractor):
    mega_bits = number(extractor, "The link runs at 40 Mb a second.", "40 Mb")
    mega_bytes = number(extractor, "The file is 40 MB.", "40 MB")
    assert (mega_bits.unit, mega_bytes.unit) == ("Mbit", "MB")


def test_everyday_words_in_unit_tables_are_not_units(extractor):
    text = "He threw 5 stones and drew 3 bars on the chart."
    numbers = extractor.extract(text, sections=("numbers",)).numbers
    assert [n.unit for n in numbers] == [None, None]


# More word and digit forms


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The talks dragged on for 2½ years.", "2½ years", 2.5),
        ("The plant will cost 3 million and a half.", "3 million and a half", 3_500_000),
        ("The board met three and one fourth hours.", "three and one fourth hours", 3.25),
        ("Growth was two point five percent.", "two point five percent", 2.5),
        ("Only half a dozen boats went out.", "half a dozen", 6),
        ("The debt reached twenty-one trillion three hundred dollars.",
         "twenty-one trillion three hundred dollars", 21_000_000_000_300),
        ("The lender set aside 10 bln for losses.", "10 bln", 10_000_000_000),
        ("The vote was 7 to 0 against.", "7 to 0", 7),
        ("The census counted 1 234 567.89 hectares of farmland.", "1 234 567.89 hectares",
         1234567.89),
    ],
)
def test_more_forms(extractor, text, span, value):
    assert number(extractor, text, span).value == approx(value)


def test_a_zero_is_a_number(extractor):
    assert number(extractor, "The score stood at 0 after an hour.", "0").value == 0


# Ranges and fractions in digits


@pytest.mark.parametrize(
    ("text", "span", "value", "maximum", "unit"),
    [
        ("Doses of 44 mg to 50 mg were tested.", "44 mg to 50 mg", 44, 50, "mg"),
        ("Rates of 5% to 10% apply.", "5% to 10%", 5, 10, "%"),
        ("The pipes are 8- to 16-metre sections.", "8- to 16-metre", 8, 16, "m"),
        ("Nights ranged -18 °C to -34 °C.", "-18 °C to -34 °C", -18, -34, "degree Celsius"),
    ],
)
def test_ranges_with_the_unit_at_both_ends(extractor, text, span, value, maximum, unit):
    n = number(extractor, text, span)
    assert (n.value, n.max, n.unit) == (value, maximum, unit)


def test_from_one_unit_amount_to_another_is_a_change(extractor):
    text = "The dose went from 44 mg to 50 mg."
    assert number(extractor, text, "44 mg").max is None


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Cut a 1/4 inch strip.", "1/4 inch", 0.25, "inch"),
        ("Add 2 1/2 cups of stock.", "2 1/2 cups", 2.5, "cup"),
        ("About 3/4 of the members voted.", "3/4", 0.75, None),
        ("The chip runs at 2.80 GHz.", "2.80 GHz", 2.8, "GHz"),
        ("The account showed $-99.99 on Monday.", "$-99.99", -99.99, "USD"),
    ],
)
def test_digit_fractions_and_signs(extractor, text, span, value, unit):
    n = number(extractor, text, span)
    assert (n.value, n.unit) == (approx(value), unit)


def test_slashed_digits_are_not_counts(extractor):
    text = "The helpline is open 24/7 since 9/11."
    numbers = extractor.extract(text, sections=("numbers",)).numbers
    assert [n.value for n in numbers if n.kind == "cardinal"] == []


def test_a_summit_name_is_not_money(extractor):
    numbers = extractor.extract("Delegates met at COP26 in Glasgow.", sections=("numbers",))
    assert all(n.kind != "money" for n in numbers.numbers)
