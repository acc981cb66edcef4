"""Normalising the metadata that comes with an article (dates, titles, outlets)."""

from datetime import UTC, date, datetime, time

from dateutil import parser as dateutil_parser

from .dateline import parse_dateline
from .types import ArticleInput


def parse_published(value: object) -> datetime | None:
    """An aware datetime from "2025-05-29", ISO 8601, RFC 2822 or a struct_time; None if absent
    or unreadable (an unreadable date must not lose the article)."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=UTC)
    if hasattr(value, "tm_year"):  # feedparser's *_parsed values
        return datetime(*value[:6], tzinfo=UTC)
    try:
        parsed = dateutil_parser.parse(str(value))
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def guess_title(body: str) -> str:
    """The first line if it reads like a headline, else the start of the first sentence."""
    first = body.strip().split("\n", 1)[0].strip()
    if len(first) <= 150 and not first.endswith((".", ":", '"', "”")) and "\n" in body.strip():
        return first
    sentence = first.split(". ", 1)[0]
    return sentence if len(sentence) <= 150 else sentence[:147].rsplit(" ", 1)[0] + "…"


def complete(item: ArticleInput, *, fallback_outlet: str = "") -> ArticleInput:
    """Fill what the metadata left out from the text itself (dateline, headline)."""
    reference = item.published_at.date() if item.published_at else None
    dateline = parse_dateline(item.body, reference=reference)
    published_at = item.published_at
    outlet = item.outlet
    place = item.dateline_place
    if dateline:
        place = place or dateline.place
        outlet = outlet or dateline.outlet
        if published_at is None and dateline.day:
            published_at = datetime.combine(dateline.day, time(), tzinfo=UTC)
    return ArticleInput(
        body=item.body,
        source=item.source,
        outlet=(outlet or fallback_outlet or "Unknown outlet").strip()[:200],
        url=item.url.strip(),
        title=(item.title or guess_title(item.body)).strip()[:500],
        byline=item.byline.strip()[:500],
        published_at=published_at,
        dateline_place=place[:200],
    )
