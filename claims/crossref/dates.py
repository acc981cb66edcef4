"""Date phrases resolved against the publication date of the report that uses them.

"next Monday" in a report published on Thursday 2025-05-29 is 2025-06-02. Weekday
phrases are resolved here (dateparser's reading of them has changed between
versions); dateparser resolves counted offsets ("three days ago", "last week"),
which are then widened to the period they name.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from claims.crossref.text import _QUOTE_CHARS, context_terms
from claims.crossref.types import DateMention

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name} | {
    name.lower(): number for number, name in enumerate(calendar.month_abbr) if name
}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_FULL_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"  # noqa: E501
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
_UNIT = r"(?P<unit>day|week|month|year)s?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mm>\d{2})-(?P<dd>\d{2})\b")),
    (
        "month_day",
        re.compile(
            rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
            r"(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
            r"(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?"
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?:in|since|until|by|during|through|from|of)\s+)?"
            rf"(?:(?P<part>early|mid|late)[\s-]+)?{_FULL_MONTH}(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\b",
        ),
    ),
    (
        "ago",
        re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+ago\b", re.I),
    ),
    (
        "period",
        re.compile(
            r"\b(?P<which>last|next|this|past|coming|earlier this|later this)\s+"
            r"(?P<unit>week|month|year)\b",
            re.I,
        ),
    ),
    (
        "weekend",
        re.compile(r"\b(?:(?P<which>last|next|this|past|coming|over the|the)\s+)weekend\b", re.I),
    ),
    (
        "weekday",
        re.compile(rf"\b(?:(?P<which>next|last|this|coming|past|on)\s+)?{_WEEKDAY}\b", re.I),
    ),
    ("day_word", re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow|this morning)\b", re.I)),
    ("year", re.compile(r"\b(?P<year>(?:19|20)\d{2})\b(?!\s*[-,.]?\d)(?!\s+[a-z]+s\b)")),
]

_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
# A day without a year this close to the report's date is in the report's year.
YEARLESS_CERTAIN_DAYS = 62
# Words either side of a date that say which event it dates ("pleaded guilty on Friday").
FRAME_REACH = 3

_FUTURE = re.compile(
    r"\b(will|'ll|shall|going to|plans? to|scheduled|expected to|set to|upcoming|would|"
    r"to take place|to be held)\b",
    re.I,
)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date phrase in `text` that can be placed on the calendar."""
    flat = text.translate(_QUOTE_CHARS)
    future = bool(_FUTURE.search(flat))
    years_named = frozenset(int(year) for year in _YEAR.findall(flat))
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(flat):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            ranges = _resolve(kind, match, published, future, years_named)
            if ranges:
                taken.append((start, end))
                context = context_terms(text, start, end)
                frame = context_terms(text, start, end, reach=FRAME_REACH)
                mentions.append(
                    DateMention(text[start:end], start, end, tuple(ranges), context, frame)
                )
    return sorted(mentions, key=lambda mention: mention.start)


def _resolve(
    kind: str,
    match: re.Match[str],
    ref: date | None,
    future: bool,
    years_named: frozenset[int] = frozenset(),
) -> list[tuple[date, date]]:
    groups = match.groupdict()
    if kind == "iso":
        return _day(int(groups["year"]), int(groups["mm"]), int(groups["dd"]))
    if kind in ("month_day", "day_month"):
        month = MONTHS[_month_key(groups["month"])]
        day = int(groups["day"])
        if groups.get("year"):
            return _day(int(groups["year"]), month, day)
        if ref is None:
            return []
        options = [_safe_date(ref.year + shift, month, day) for shift in (-1, 0, 1)]
        nearest = min((d for d in options if d), key=lambda d: abs(d - ref), default=None)
        if nearest is None:
            return []
        if abs((nearest - ref).days) <= YEARLESS_CERTAIN_DAYS:
            return [(nearest, nearest)]
        # Far from the report's own date, a day without a year may belong to the year the
        # story is about: each year the text names is a reading too.
        readings = {nearest} | {
            d for year in years_named for d in [_safe_date(year, month, day)] if d
        }
        return [(d, d) for d in sorted(readings)]
    if kind == "month":
        return _month(groups, ref)
    if kind == "year":
        year = int(groups["year"])
        return [(date(year, 1, 1), date(year, 12, 31))]
    if ref is None:
        return []
    if kind == "day_word":
        offset = {"yesterday": -1, "tomorrow": 1}.get(groups["word"].lower(), 0)
        day = ref + timedelta(days=offset)
        return [(day, day)]
    if kind == "weekday":
        return _weekday(
            WEEKDAYS[groups["weekday"].lower()], (groups["which"] or "").lower(), ref, future
        )
    if kind == "weekend":
        return _weekend((groups["which"] or "").lower(), ref, future)
    if kind == "ago":
        return _parsed_period(match.group(0).lower(), groups["unit"].lower(), ref)
    return _period(groups["which"].lower(), groups["unit"].lower(), ref)


def _month_key(name: str) -> str:
    key = name.lower().rstrip(".")
    return key if key in MONTHS else key[:3]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(year: int, month: int, day: int) -> list[tuple[date, date]]:
    found = _safe_date(year, month, day)
    return [(found, found)] if found else []


def _month_range(year: int, month: int, part: str | None = None) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(
        part or "", (1, last)
    )
    return date(year, month, first_day), date(year, month, last_day)


def _month(groups: dict, ref: date | None) -> list[tuple[date, date]]:
    month = MONTHS[groups["month"].lower()]
    if groups.get("year"):
        return [_month_range(int(groups["year"]), month, groups.get("part"))]
    if ref is None:
        return []
    if month == ref.month:
        return [_month_range(ref.year, month, groups.get("part"))]
    # Without a year, "in July" may be the last July or the coming one.
    past_year = ref.year if month < ref.month else ref.year - 1
    return [
        _month_range(past_year, month, groups.get("part")),
        _month_range(past_year + 1, month, groups.get("part")),
    ]


def _weekday(weekday: int, which: str, ref: date, future: bool) -> list[tuple[date, date]]:
    ahead = (weekday - ref.weekday()) % 7 or 7  # the first such day after the report
    behind = (ref.weekday() - weekday) % 7 or 7  # the last such day before it
    coming = ref + timedelta(days=ahead)
    previous = ref - timedelta(days=behind)
    if which in ("next", "coming"):
        return [(coming, coming)]
    if which in ("last", "past"):
        return [(previous, previous)]
    readings = [(ref, ref)] if weekday == ref.weekday() else []
    readings.append((coming, coming))
    if not future:
        readings.append((previous, previous))
    return readings


def _weekend(which: str, ref: date, future: bool) -> list[tuple[date, date]]:
    saturday_ahead = ref + timedelta(days=(5 - ref.weekday()) % 7)
    if ref.weekday() == 6:
        saturday_ahead = ref - timedelta(days=1)
    saturday_behind = saturday_ahead - timedelta(days=7) if saturday_ahead > ref else saturday_ahead
    coming = (saturday_ahead, saturday_ahead + timedelta(days=1))
    previous = (saturday_behind, saturday_behind + timedelta(days=1))
    if which in ("next", "coming") or (which == "this" and future):
        return [coming]
    if which in ("last", "past", "over the") or not future:
        return [previous, coming] if which in ("the", "this") else [previous]
    return [coming, previous]


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _widen(day: date, unit: str) -> tuple[date, date]:
    if unit == "week":
        return _week_of(day)
    if unit == "month":
        return _month_range(day.year, day.month)
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def _period(which: str, unit: str, ref: date) -> list[tuple[date, date]]:
    if which in ("this", "earlier this", "later this"):
        first, last = _widen(ref, unit)
        if which == "earlier this":
            return [(first, ref)]
        if which == "later this":
            return [(ref, last)]
        return [(first, last)]
    anchor = _parsed_period(
        f"{'next' if which in ('next', 'coming') else 'last'} {unit}", unit, ref
    )
    return anchor


def warm_up() -> None:
    """dateparser reads its language data on first use, which takes about a tenth of a
    second: workers do it at start rather than in their first article."""
    dateparser.parse("two weeks ago", languages=["en"])


@lru_cache(maxsize=4096)
def _parse_relative(phrase: str, ref: date) -> date | None:
    parsed = dateparser.parse(
        phrase,
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)},
    )
    return parsed.date() if parsed else None


def _parsed_period(phrase: str, unit: str, ref: date) -> list[tuple[date, date]]:
    anchor = _parse_relative(phrase.replace("past ", "last "), ref)
    if anchor is None:
        return []
    return [_widen(anchor, unit)]


def date_evidence(a: DateMention, b: DateMention) -> dict:
    return {
        "a_phrase": a.raw,
        "b_phrase": b.raw,
        "a_resolved": a.resolved_text(),
        "b_resolved": b.resolved_text(),
    }
