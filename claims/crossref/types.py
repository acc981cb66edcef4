"""Plain data exchanged by the cross-referencing core and the layers built on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Relation types, in the order they are reported.
AGREES = "agrees"
WORDING = "wording"
NUMBER = "number"
DATE = "date"
CHANNEL = "channel"
ATTRIBUTION = "attribution"
CONTRADICTS = "contradicts"
RELATION_TYPES = (AGREES, WORDING, NUMBER, DATE, CHANNEL, ATTRIBUTION, CONTRADICTS)
# What the review queue exists for: facts the outlets disagree on.
DISCREPANCY_TYPES = (NUMBER, DATE, CHANNEL, ATTRIBUTION, CONTRADICTS)

STATEMENT_KINDS = ("direct", "indirect", "mixed", "assertion")


@dataclass(frozen=True)
class ComparableStatement:
    """One statement (or an outlet's own factual sentence) as cross-referencing sees it."""

    key: str  # opaque id: a statement pk or "file:start"
    article_key: str  # statements of the same article are never compared
    outlet: str
    speaker: str  # canonical speaker name; "" for the outlet's own assertion
    speaker_key: str  # canonical speaker id used for blocking; "" if none
    content: str
    kind: str  # "direct" | "indirect" | "mixed" | "assertion"
    channel: str = ""  # "" | "X" | "statement" | "reporters" | ...
    cue: str = ""
    published: date | None = None  # the reference for relative dates in the content
    said_on: date | None = None
    speaker_mention: str = ""  # the speaker as written where the statement is ("he", "Rubio")


@dataclass(frozen=True)
class Difference:
    """One typed relation between two statements and the evidence for it."""

    type: str  # one of RELATION_TYPES
    evidence: dict
    score: float | None = None  # the probability it is true; None: the pair's own score


@dataclass(frozen=True)
class PairVerdict:
    """How two statements from different articles relate.

    `same_claim` means both report the same proposition in agreement or with
    differences of detail; a contradiction is related but not the same claim.
    """

    same_claim: bool
    score: float  # 0..1: how sure we are that both report the same thing
    relations: list[Difference] = field(default_factory=list)

    @property
    def types(self) -> list[str]:
        return [relation.type for relation in self.relations]


@dataclass(frozen=True)
class Quantity:
    """A number mentioned in a text, as an interval in a canonical unit.

    "over 50,000 troops" is (50000, inf) troop; "third year" is [730.5, 1095.75) day.
    """

    raw: str
    start: int
    end: int
    low: float
    high: float
    low_open: bool
    high_open: bool
    dimension: str  # "duration" | "age" | "count" | "percent" | "money" | "ordinal" | "ratio"
    unit: str  # canonical unit: "day", "%", "USD", or the counted noun's term
    context: frozenset[str] = frozenset()  # terms around the number: what it measures
    value: float = 0.0  # the number as written, in the canonical unit ("third year": 3 years)
    frame: frozenset[str] = frozenset()  # the terms right next to it: what exactly it counts
    group: str = ""  # who is counted, when said ("of Democrats"): "" when not

    def overlaps(self, other: Quantity) -> bool:
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return not (self.high_open or other.low_open)
        if other.high == self.low:
            return not (other.high_open or self.low_open)
        return True

    def interval_text(self) -> str:
        left = "(" if self.low_open else "["
        right = ")" if self.high_open or self.high == float("inf") else "]"
        return f"{left}{_fmt(self.low)}, {_fmt(self.high)}{right} {self.unit}"


def _fmt(value: float) -> str:
    if value in (float("inf"), float("-inf")):
        return "inf" if value > 0 else "-inf"
    return f"{value:g}" if value != int(value) else str(int(value))


@dataclass(frozen=True)
class DateMention:
    """A date phrase resolved against the publication date.

    `ranges` holds the readings the phrase allows ("Monday" in a report may be the
    last or the coming one); each reading is an inclusive (first, last) day range.
    """

    raw: str
    start: int
    end: int
    ranges: tuple[tuple[date, date], ...]
    context: frozenset[str] = frozenset()  # terms around the phrase: what happened then
    frame: frozenset[str] = frozenset()  # the terms right next to it: the event it dates

    @property
    def certain(self) -> bool:
        """One reading only: a phrase that could name two days never disagrees with one."""
        return len(self.ranges) == 1

    def overlaps(self, other: DateMention) -> bool:
        return any(
            a_first <= b_last and b_first <= a_last
            for a_first, a_last in self.ranges
            for b_first, b_last in other.ranges
        )

    def resolved_text(self) -> str:
        return " | ".join(_range_text(first, last) for first, last in self.ranges)


def _range_text(first: date, last: date) -> str:
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()}/{last.isoformat()}"
