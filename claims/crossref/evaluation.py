"""Scoring predicted relations against a gold list, per relation type (pure)."""

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class GoldEnd:
    file: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldRelation:
    type: str
    a: GoldEnd
    b: GoldEnd
    note: str = ""


@dataclass
class TypeScore:
    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold relations matched by a prediction
    correct: int = 0  # predictions matching a gold relation

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0


@dataclass
class Report:
    by_type: dict[str, TypeScore] = field(default_factory=dict)
    missed: list[GoldRelation] = field(default_factory=list)

    def total(self) -> TypeScore:
        total = TypeScore()
        for score in self.by_type.values():
            total.gold += score.gold
            total.predicted += score.predicted
            total.found += score.found
            total.correct += score.correct
        return total


def resolve_quote(text: str, quote: str, file: str) -> GoldEnd:
    start = text.find(quote)
    if start < 0:
        raise ValueError(f"gold quote not found in {file}: {quote!r}")
    return GoldEnd(file=file, start=start, end=start + len(quote))


def _touches(end: dict, gold: GoldEnd) -> bool:
    return end["file"] == gold.file and end["start"] < gold.end and gold.start < end["end"]


def matches(predicted: dict, gold: GoldRelation) -> bool:
    if predicted["type"] != gold.type:
        return False
    a, b = predicted["a"], predicted["b"]
    return (_touches(a, gold.a) and _touches(b, gold.b)) or (
        _touches(a, gold.b) and _touches(b, gold.a)
    )


def evaluate(gold: list[GoldRelation], predicted: list[dict]) -> Report:
    report = Report()
    types = sorted({g.type for g in gold} | {p["type"] for p in predicted})
    gold_counts = Counter(g.type for g in gold)
    predicted_counts = Counter(p["type"] for p in predicted)
    for kind in types:
        report.by_type[kind] = TypeScore(gold=gold_counts[kind], predicted=predicted_counts[kind])
    for g in gold:
        if any(matches(p, g) for p in predicted):
            report.by_type[g.type].found += 1
        else:
            report.missed.append(g)
    for p in predicted:
        if any(matches(p, g) for g in gold):
            report.by_type[p["type"]].correct += 1
    return report
