"""Quantities as intervals: hedges, written numbers, durations, and their comparison."""

import math

import pytest

from claims.crossref import compare_statements
from claims.crossref.numbers import find_quantities

INF = math.inf


def only(text: str):
    quantities = find_quantities(text)
    assert len(quantities) == 1, quantities
    return quantities[0]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("over 50,000 troops", 50000, INF, "troop"),
        ("more than 50,000 troops", 50000, INF, "troop"),
        ("at least four days", 4, INF, "day"),
        ("four more days", 4, 4, "day"),
        ("a dozen hostages", 12, 12, "hostag"),
        ("10 days of deliberation", 10, 10, "day"),
        ("an unconditional 30-day cease-fire", 30, 30, "day"),
        ("within two weeks", 0, 14, "day"),
        ("about two weeks", 12.6, 15.4, "day"),
        ("nearly 40% of voters", 36, 40, "%"),
        ("5.5 percent", 5.5, 5.5, "%"),
        ("a $1.2 billion deal", 1.2e9, 1.2e9, "USD"),
        ("between 10 and 15 soldiers", 10, 15, "troop"),
        ("hundreds of protesters", 200, 999, "protester"),
        ("twenty-five people", 25, 25, "peopl"),
    ],
)
def test_it_reads_quantities_as_intervals(text, low, high, unit):
    quantity = only(text)

    assert (quantity.low, quantity.high, quantity.unit) == (
        pytest.approx(low),
        pytest.approx(high),
        unit,
    )


def test_it_keeps_the_bound_of_more_than_open():
    assert only("more than 50,000 troops").low_open
    assert not only("at least 50,000 troops").low_open


def test_it_reads_the_third_year_as_two_to_three_years_elapsed():
    third_year = only("the war enters its third year")

    assert (third_year.low, third_year.high) == (2 * 365.25, 3 * 365.25)
    assert third_year.high_open
    assert not third_year.overlaps(only("more than three years since the invasion"))
    assert third_year.overlaps(only("for two and a half years"))


def test_it_reads_a_one_for_one_exchange_as_a_count_per_side():
    swap = only("a 1,000-for-1,000 prisoner exchange")

    assert (swap.low, swap.high, swap.unit) == (1000, 1000, "prisoner")


def test_it_reads_an_age_apart_from_a_duration():
    assert only("currently, 66 years old").dimension == "age"


def test_it_does_not_read_dates_as_quantities():
    text = "talks in Istanbul on June 2"
    date_span = (text.index("June"), len(text))

    assert find_quantities(text, masked=[date_span]) == []


def test_it_names_a_number_that_differs(statement):
    a = statement(
        "Russia has massed 50,000 troops near the northeastern Sumy region",
        article="one",
        speaker="Volodymyr Zelensky",
    )
    b = statement(
        "Russia has massed 70,000 troops near the northeastern Sumy region",
        article="two",
        speaker="Volodymyr Zelensky",
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.same_claim
    assert verdict.types == ["number"]
    evidence = verdict.relations[0].evidence
    assert (evidence["a_value"], evidence["b_value"]) == ("50,000 troops", "70,000 troops")


def test_it_agrees_when_written_and_digit_numbers_match(statement):
    a = statement(
        "Ukraine received a dozen Patriot systems over ten days", article="one", speaker="Kyiv"
    )
    b = statement("Ukraine received 12 Patriot systems over 10 days", article="two", speaker="Kyiv")

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["agrees"]
    assert len(verdict.relations[0].evidence["numbers"]) == 2


def test_it_names_a_percentage_that_differs(statement):
    a = statement("unemployment rose to 5.5 percent in April", article="one", speaker="Labor")
    b = statement("unemployment rose to 5.8 percent in April", article="two", speaker="Labor")

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["number"]
    assert verdict.relations[0].evidence["unit"] == "%"
