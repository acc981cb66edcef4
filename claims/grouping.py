"""Discrepancies grouped by claim: one remark carried by three outlets is one row, not three.

Pure over relation rows (any object with `type`, `score`, `evidence`, `claim_id`,
`review_status`, `statement_a` and `statement_b`, each statement with its article's outlet):
the selector, the API and the feeds all group through here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# What each type of difference names, side by side: (key of side a, key of side b).
_VALUE_KEYS = {
    "number": ("a_value", "b_value"),
    "date": ("a_phrase", "b_phrase"),
    "channel": ("a_channel", "b_channel"),
    "attribution": ("a_speaker", "b_speaker"),
}
_RESOLVED_KEYS = {"date": ("a_resolved", "b_resolved"), "number": ("a_interval", "b_interval")}


@dataclass(frozen=True)
class Side:
    outlet: str
    value: str
    detail: str = ""  # the value read out: an interval, a resolved day


@dataclass
class GroupedDifference:
    """One difference, as each outlet reports it; the pairs that show it."""

    type: str
    sides: list[Side]
    score: float
    relations: list = field(default_factory=list)

    @property
    def pending(self) -> bool:
        return any(r.review_status == "suggested" for r in self.relations)


@dataclass
class ClaimDiscrepancies:
    key: str  # "claim-<id>", or "pair-<id>" for a contradiction outside any claim
    claim_id: int | None
    speaker: str
    summary: str
    outlets: list[str]
    differences: list[GroupedDifference]

    @property
    def confidence(self) -> float:
        return max((d.score for d in self.differences), default=0.0)

    @property
    def relations(self) -> list:
        return [r for d in self.differences for r in d.relations]


def _outlet(statement) -> str:
    return statement.article.outlet.name


def _speaker(statement) -> str:
    if statement.speaker_id:
        return statement.speaker.canonical_name
    return statement.speaker_text


def _value(relation, side: str) -> str:
    keys = _VALUE_KEYS.get(relation.type)
    if keys is None:  # a contradiction: the two texts are what differs
        statement = relation.statement_a if side == "a" else relation.statement_b
        return statement.content
    return str(relation.evidence.get(keys[0 if side == "a" else 1], ""))


def _detail(relation, side: str) -> str:
    keys = _RESOLVED_KEYS.get(relation.type)
    return str(relation.evidence.get(keys[0 if side == "a" else 1], "")) if keys else ""


def _sides(relation) -> list[Side]:
    return [
        Side(_outlet(relation.statement_a), _value(relation, "a"), _detail(relation, "a")),
        Side(_outlet(relation.statement_b), _value(relation, "b"), _detail(relation, "b")),
    ]


def group_key(relation) -> str:
    if relation.claim_id:
        return f"claim-{relation.claim_id}"
    return f"pair-{relation.pk}"


def group_by_claim(relations, *, outlets_of: dict[int, list[str]] | None = None):
    """The relations grouped by claim, each group's differences merged when they name the
    same values (A says 3, B and C say 4: one difference, three outlets); groups in the
    order of their most confident difference."""
    outlets_of = outlets_of or {}
    groups: dict[str, ClaimDiscrepancies] = {}
    for relation in relations:
        key = group_key(relation)
        group = groups.get(key)
        if group is None:
            first = relation.statement_a
            group = groups[key] = ClaimDiscrepancies(
                key=key,
                claim_id=relation.claim_id,
                speaker=_speaker(first) or _speaker(relation.statement_b),
                summary=first.content,
                outlets=list(outlets_of.get(relation.claim_id, [])),
                differences=[],
            )
        for outlet in (_outlet(relation.statement_a), _outlet(relation.statement_b)):
            if outlet not in group.outlets:
                group.outlets.append(outlet)
        _merge(group, relation)
    ordered = sorted(groups.values(), key=lambda g: (-g.confidence, g.key))
    for group in ordered:
        group.differences.sort(key=lambda d: (-d.score, d.type))
        # Each difference reads in the claim's own order of outlets: first reported first.
        position = {outlet: i for i, outlet in enumerate(group.outlets)}
        for difference in group.differences:
            difference.sides.sort(key=lambda side: position.get(side.outlet, len(position)))
    return ordered


def _merge(group: ClaimDiscrepancies, relation) -> None:
    """Add a relation to the difference of its type that shares one of its values, or
    start a new one."""
    sides = _sides(relation)
    values = {side.value for side in sides}
    for difference in group.differences:
        if difference.type != relation.type or not values & {s.value for s in difference.sides}:
            continue
        known = {(s.outlet, s.value) for s in difference.sides}
        difference.sides += [side for side in sides if (side.outlet, side.value) not in known]
        difference.relations.append(relation)
        difference.score = max(difference.score, relation.score)
        return
    group.differences.append(GroupedDifference(relation.type, sides, relation.score, [relation]))
