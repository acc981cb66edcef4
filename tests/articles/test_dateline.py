from datetime import date

import pytest

from articles.ingestion.dateline import parse_dateline


@pytest.mark.parametrize(
    ("text", "place", "day", "outlet"),
    [
        (
            "MOSCOW, May 29 (Alliance News): Russia has proposed",
            "MOSCOW",
            date(2025, 5, 29),
            "Alliance News",
        ),
        ("KYIV, Ukraine (AP) — Ukraine's president said", "KYIV, Ukraine", None, "AP"),
        ("LONDON, Jan. 3 (Reuters) - Shares fell", "LONDON", date(2025, 1, 3), "Reuters"),
        ("NEW YORK — The mayor said on Tuesday", "NEW YORK", None, ""),
        ("WASHINGTON, Dec 30, 2024 (AFP) - Officials", "WASHINGTON", date(2024, 12, 30), "AFP"),
    ],
)
def test_it_reads_wire_datelines(text, place, day, outlet):
    found = parse_dateline(text, reference=date(2025, 5, 29))
    assert found is not None
    assert (found.place, found.day, found.outlet) == (place, day, outlet)


def test_a_december_dateline_read_in_january_is_last_year():
    found = parse_dateline("BERLIN, Dec. 31 (dpa) - Fireworks", reference=date(2026, 1, 2))
    assert found.day == date(2025, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "Russia has proposed a new round of talks.",
        "US President Donald Trump said on Tuesday",
        "I'm very disappointed, Trump said.",
    ],
)
def test_ordinary_openings_are_not_datelines(text):
    assert parse_dateline(text, reference=date(2025, 5, 29)) is None
