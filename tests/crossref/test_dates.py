"""Date phrases resolved against each report's publication date."""

from datetime import date, datetime

import dateparser
import pytest

from claims.crossref import compare_statements
from claims.crossref.dates import find_dates

THURSDAY = date(2025, 5, 29)


def resolved(text: str, published: date = THURSDAY) -> list[str]:
    return [mention.resolved_text() for mention in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("talks in Istanbul next Monday", "2025-06-02"),
        ("talks in Istanbul on Monday, June 2", "2025-06-02"),
        ("during the June 2 session", "2025-06-02"),
        ("officials on May 28 said", "2025-05-28"),
        ("he spoke yesterday", "2025-05-28"),
        ("he will speak tomorrow", "2025-05-30"),
        ("three days ago", "2025-05-26"),
        ("last week", "2025-05-19/2025-05-25"),
        ("next week in Istanbul", "2025-06-02/2025-06-08"),
        ("last Friday", "2025-05-23"),
        ("on 2 June 2025", "2025-06-02"),
        ("in July 2016", "2016-07-01/2016-07-31"),
        ("earlier this month", "2025-05-01/2025-05-29"),
    ],
)
def test_it_resolves_date_phrases_against_the_publication_date(text, expected):
    assert resolved(text) == [expected]


def test_it_reads_next_monday_as_the_coming_monday_whatever_the_weekday():
    assert resolved("next Monday", published=date(2025, 6, 1)) == ["2025-06-02"]  # a Sunday
    assert resolved("next Monday", published=date(2025, 6, 2)) == ["2025-06-09"]  # a Monday


def test_it_agrees_with_dateparser_where_dateparser_is_right():
    base = {"RELATIVE_BASE": datetime(2025, 5, 29)}
    parsed = dateparser.parse("yesterday", settings=base)

    assert resolved("yesterday") == [parsed.date().isoformat()]


def test_it_keeps_both_readings_of_a_bare_weekday_in_the_past_tense():
    assert resolved("he said on Monday that") == ["2025-06-02 | 2025-05-26"]
    assert resolved("they will meet on Monday") == ["2025-06-02"]


def test_it_picks_the_year_nearest_the_report_for_a_day_without_one():
    assert resolved("on December 30", published=date(2026, 1, 2)) == ["2025-12-30"]


def test_it_cannot_place_relative_dates_without_a_publication_date():
    assert find_dates("next Monday", None) == []
    assert resolved("on 2 June 2025", published=None) == ["2025-06-02"]


def test_it_agrees_when_yesterday_and_the_day_before_publication_match(statement):
    a = statement(
        "Russia launched 300 drones at Kyiv yesterday", article="one", published=date(2025, 5, 29)
    )
    b = statement(
        "Russia launched 300 drones at Kyiv on May 28", article="two", published=date(2025, 5, 30)
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["agrees"]
    assert verdict.relations[0].evidence["dates"][0]["a_resolved"] == "2025-05-28"


def test_it_names_a_date_that_differs(statement):
    a = statement(
        "the second round of direct talks will take place in Istanbul next Monday",
        article="one",
        speaker="Dmitry Peskov",
    )
    b = statement(
        "the second round of direct talks will take place in Istanbul on June 3",
        article="two",
        speaker="Dmitry Peskov",
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["date"]
    evidence = verdict.relations[0].evidence
    assert evidence["a_phrase"] == "next Monday" and evidence["a_resolved"] == "2025-06-02"
    assert evidence["b_phrase"] == "June 3" and evidence["b_resolved"] == "2025-06-03"


def test_it_names_a_different_day_of_speaking(statement):
    a = statement(
        "Ukraine is ready for a complete and unconditional ceasefire",
        article="one",
        speaker="Rustem Umerov",
        said_on=date(2025, 5, 20),
    )
    b = statement(
        "Ukraine is ready for a complete and unconditional ceasefire",
        article="two",
        speaker="Rustem Umerov",
        said_on=date(2025, 5, 28),
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["date"]
    assert verdict.relations[0].evidence["a_phrase"] == "said on"
