"""When a statement was made, from the words around the attribution."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\b(?:,?\s+(\d{4}))?")


def _month_day(month: int, day: int, year: int | None, published: date | None) -> date | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        # Statements are reported after they are made: a later date means last year.
        if candidate > published + timedelta(days=1):
            candidate = candidate.replace(year=year - 1)
        return candidate
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_date_phrase(phrase: str, published: date | None) -> date | None:
    """ "May 28", "Tuesday", "yesterday", "29 May 2025" → a date, relative to publication."""
    lower = phrase.lower()
    for match in _MONTH_DAY.finditer(phrase):
        month = MONTHS.get(match.group(1).lower())
        if month:
            year = int(match.group(3)) if match.group(3) else None
            return _month_day(month, int(match.group(2)), year, published)
    for match in _DAY_MONTH.finditer(phrase):
        month = MONTHS.get(match.group(2).lower())
        if month:
            year = int(match.group(3)) if match.group(3) else None
            return _month_day(month, int(match.group(1)), year, published)
    if published is None:
        return None
    if "yesterday" in lower:
        return published - timedelta(days=1)
    if re.search(r"\btoday\b", lower):
        return published
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", lower):
            # The most recent such weekday, the publication day included.
            back = (published.weekday() - index) % 7
            if "last" in lower and back == 0:
                back = 7
            return published - timedelta(days=back)
    return None


def said_on_from_tokens(tokens: Iterable, published: date | None) -> date | None:
    """The first date expression among the attribution's own tokens."""
    words: list = []
    for tok in tokens:
        if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in WEEKDAYS or tok.lower_ == "yesterday":
            words.append(tok)
        elif words:
            break
    if not words:
        return None
    phrase = " ".join(t.text for t in words)
    return resolve_date_phrase(phrase, published)
