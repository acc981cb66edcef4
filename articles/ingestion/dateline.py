"""Datelines at the head of wire copy: "MOSCOW, May 29 (Alliance News): ...",
"KYIV, Ukraine (AP) — ...", "LONDON, May 29 (Reuters) - ...", "WASHINGTON — ..."."""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}

DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}     # MOSCOW, NEW YORK, ST. PETERSBURG
        (?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)        # , Ukraine / , N.Y.
    (?:,\s(?P<month>[A-Z][a-z]{2,8})\.?\s(?P<day>\d{1,2})(?:,\s(?P<year>\d{4}))?)?
    \s?(?:\((?P<outlet>[^()\n]{2,60})\))?
    \s?(?:[:\-–—]{1,2})\s
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Dateline:
    place: str
    day: date | None
    outlet: str


def parse_dateline(text: str, *, reference: date | None = None) -> Dateline | None:
    """Read a dateline from the start of the text; the year comes from the reference date
    (the publication date if known) when the dateline leaves it out."""
    match = DATELINE.match(text[:300])
    if not match or not (match["month"] or match["outlet"] or _is_all_caps(match["place"])):
        return None
    day = _dateline_day(match, reference or datetime.now(UTC).date())
    if match["month"] and day is None:
        return None  # "MAY, 29" or similar: not a month name, not a dateline
    return Dateline(place=match["place"].strip(), day=day, outlet=(match["outlet"] or "").strip())


def _is_all_caps(place: str) -> bool:
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _dateline_day(match: re.Match, reference: date) -> date | None:
    if not match["month"]:
        return None
    month = MONTHS.get(match["month"].lower())
    if month is None:
        return None
    day = int(match["day"])
    year = int(match["year"]) if match["year"] else reference.year
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    # A December dateline read in January belongs to the year before.
    if not match["year"] and (found - reference).days > 31:
        found = found.replace(year=year - 1)
    return found
