"""Where and when a statement was made."""

from datetime import date

import pytest

from claims.extraction.dates import resolve_date_phrase

PUBLISHED = date(2025, 5, 29)  # a Thursday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("May 28", date(2025, 5, 28)),
        ("on June 2", date(2024, 6, 2)),  # after publication: the year before
        ("Tuesday", date(2025, 5, 27)),
        ("Thursday", date(2025, 5, 29)),
        ("yesterday", date(2025, 5, 28)),
        ("28 May 2025", date(2025, 5, 28)),
        ("next spring", None),
    ],
)
def test_it_resolves_date_phrases_against_the_publication_date(phrase, expected):
    assert resolve_date_phrase(phrase, PUBLISHED) == expected


def test_it_reads_the_statement_date_from_the_attribution(extract, one):
    text = "The foreign minister said on Tuesday that the embassy would reopen."
    assert one(extract(text, PUBLISHED)).said_on == date(2025, 5, 27)


def test_a_date_inside_the_content_is_not_the_statement_date(extract, one):
    text = "The foreign minister said the embassy would reopen on June 10."
    assert one(extract(text, PUBLISHED)).said_on is None


def test_a_named_date_before_the_verb_counts(extract, one):
    text = "Local officials on May 26 said the road was closed."
    assert one(extract(text, PUBLISHED)).said_on == date(2025, 5, 26)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Mayor Tom Reyes wrote on Facebook that the park would close.", "Facebook"),
        ("Mayor Tom Reyes said on Telegram that the park would close.", "Telegram"),
        ("Mayor Tom Reyes said in an interview that the park would close.", "interview"),
        ("Mayor Tom Reyes told a press conference that the park would close.", "press conference"),
        ("Mayor Tom Reyes tweeted that the park would close.", "X"),
        ("Mayor Tom Reyes said the park would close.", ""),
    ],
)
def test_it_names_the_channel(extract, one, text, channel):
    assert one(extract(text)).channel == channel
