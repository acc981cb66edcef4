"""Pairing the quantities of two statements and telling agreement from discrepancy."""

from __future__ import annotations

from dataclasses import dataclass

from claims.crossref.types import Quantity

# Dimensions where the unit alone does not say what is measured ("two weeks" of what?).
_CONTEXT_BOUND = frozenset({"duration", "percent", "money"})


@dataclass(frozen=True)
class QuantityPairs:
    agreeing: list[tuple[Quantity, Quantity]]
    differing: list[tuple[Quantity, Quantity]]


def _same_unit(a: Quantity, b: Quantity) -> bool:
    if a.dimension != b.dimension and {a.dimension, b.dimension} != {"count", "ordinal"}:
        return False
    if a.unit == b.unit:
        return True
    # "50,000 troops" vs "50,000 Russian troops": the counted noun sits one word later.
    return a.dimension == "count" and (a.unit in b.context or b.unit in a.context)


def comparable(a: Quantity, b: Quantity, a_all: list[Quantity], b_all: list[Quantity]) -> bool:
    """Whether two quantities measure the same thing and may be held against each other."""
    if not _same_unit(a, b):
        return False
    if a.dimension == "ordinal" or b.dimension == "ordinal":
        return a.dimension == b.dimension and a.unit == b.unit and bool(a.unit)
    if a.dimension in _CONTEXT_BOUND or not a.unit:
        if a.context & b.context:
            return True
        # The only duration on each side: nothing else it could be paired with.
        return (
            sum(_same_unit(a, q) for q in a_all) == 1 and sum(_same_unit(b, q) for q in b_all) == 1
        )
    return True


def gap(a: Quantity, b: Quantity) -> float:
    """Relative distance between two intervals: 0 when they overlap."""
    if a.overlaps(b):
        return 0.0
    lower, upper = (a, b) if a.high <= b.low else (b, a)
    scale = max(abs(upper.low), abs(lower.high), 1e-9)
    return (upper.low - lower.high) / scale


def pair_quantities(a_all: list[Quantity], b_all: list[Quantity]) -> QuantityPairs:
    """Agreeing pairs, and for each quantity with no agreeing partner its closest rival."""
    agreeing: list[tuple[Quantity, Quantity]] = []
    differing: list[tuple[Quantity, Quantity]] = []
    matched_b: set[int] = set()
    for qa in a_all:
        partners = [qb for qb in b_all if comparable(qa, qb, a_all, b_all)]
        if not partners:
            continue
        overlapping = [qb for qb in partners if qa.overlaps(qb)]
        if overlapping:
            agreeing.append((qa, overlapping[0]))
            matched_b.update(id(qb) for qb in overlapping)
            continue
        # Two values differ only when they count the same thing: the words right next to
        # them agree ("a 23 percent cut in benefits" is not "77 percent of benefits paid").
        rivals = [qb for qb in partners if same_frame(qa, qb)]
        if rivals:
            differing.append((qa, min(rivals, key=lambda qb: gap(qa, qb))))
    # A rival already agreeing with another quantity of A is no discrepancy.
    differing = [(qa, qb) for qa, qb in differing if id(qb) not in matched_b]
    return QuantityPairs(agreeing, differing)


def same_frame(a: Quantity, b: Quantity) -> bool:
    """The same measure: the words around both numbers overlap, beyond the counted noun,
    and a count of one group is not set against a count of another ("52 percent of
    Democrats", "38 percent of Republicans": no shared frame but the percent)."""
    if a.group and b.group and a.group != b.group:
        return False
    shared = (a.frame & b.frame) - {a.unit, b.unit}
    return bool(shared) and len(shared) >= min(len(a.frame), len(b.frame), 2) / 2


def quantity_evidence(qa: Quantity, qb: Quantity) -> dict:
    return {
        "a_value": qa.raw,
        "b_value": qb.raw,
        "a_interval": qa.interval_text(),
        "b_interval": qb.interval_text(),
        "dimension": qa.dimension,
        "unit": qa.unit,
    }
