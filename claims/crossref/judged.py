"""Scoring cross-referencing against judged events: which statements across outlets are the
same claim, and what really differs between them (pure; the gold format is described in
bench/gold/basil/README.md).

A predicted end stands for the gold mentions of its file that it holds at least half of, and
for the one it overlaps most when that covers half of the prediction. A linked pair is right
when its ends stand for mentions of one judged claim; a relation is right when its type is
among the judged types of that pair.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DISCREPANCY_TYPES = ("number", "date", "attribution", "channel", "contradicts")
OUTLETS = ("fox", "hpo", "nyt")


@dataclass(frozen=True)
class JudgedMention:
    ref: str  # "event/outlet:index"
    file: str  # absolute path of the article file
    start: int
    end: int
    claims: frozenset[str]  # ids of the judged claims it belongs to ("event/c1")


@dataclass(frozen=True)
class JudgedPair:
    types: frozenset[str]
    same_quote: bool
    claim: str


@dataclass
class JudgedSet:
    files: dict[str, str] = field(default_factory=dict)  # absolute file -> event
    mentions: dict[str, list[JudgedMention]] = field(default_factory=dict)  # by file
    pairs: dict[frozenset[str], JudgedPair] = field(default_factory=dict)


def load_judged(gold_dir: Path, devset: Path) -> JudgedSet:
    """Every `<event>.json` in `gold_dir`; articles are read from `gold_dir/<event>/` when
    present (the test suite's own copies), else from `devset/<event>/`."""
    judged = JudgedSet()
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        event = gold.get("event") or path.stem
        folder = gold_dir / event if (gold_dir / event).is_dir() else devset / event
        _add_event(judged, event, folder, gold, path.parent)
    return judged


def _add_event(judged: JudgedSet, event: str, folder: Path, gold: dict, here: Path) -> None:
    claims_of: dict[str, set[str]] = defaultdict(set)
    for claim in gold.get("claims", []):
        for ref in claim["mentions"]:
            claims_of[ref].add(f"{event}/{claim['id']}")
        for pair in claim.get("pairs", []):
            key = frozenset((f"{event}/{pair['a']}", f"{event}/{pair['b']}"))
            judged.pairs[key] = JudgedPair(
                frozenset(pair["types"]), bool(pair.get("same_quote")), f"{event}/{claim['id']}"
            )
    for outlet, article in gold["articles"].items():
        # An article names its own file (relative to the gold file), or is the outlet's
        # file in the event's folder.
        relative = article.get("file")
        file = str((here / relative if relative else folder / f"{outlet}.json").resolve())
        judged.files[file] = event
        spans = [(str(i), s) for i, s in enumerate(article.get("statements", []))]
        spans += [(f"a{i}", s) for i, s in enumerate(article.get("assertions", []))]
        judged.mentions[file] = [
            JudgedMention(
                f"{event}/{outlet}:{index}",
                file,
                span["start"],
                span["end"],
                frozenset(claims_of.get(f"{outlet}:{index}", ())),
            )
            for index, span in spans
        ]


def mentions_at(judged: JudgedSet, end: dict) -> list[JudgedMention]:
    """The judged mentions a predicted statement end stands for: those it holds at least
    half of, and the one it overlaps most when that covers half of the prediction (a
    statement may run over two quotations the gold keeps apart)."""
    found, best, best_overlap = [], None, 0
    length = end["end"] - end["start"]
    for mention in judged.mentions.get(end["file"], ()):
        overlap = min(end["end"], mention.end) - max(end["start"], mention.start)
        if overlap <= 0:
            continue
        if overlap >= 0.5 * (mention.end - mention.start):
            found.append(mention)
        if overlap >= 0.5 * length and overlap > best_overlap:
            best, best_overlap = mention, overlap
    if best is not None and best not in found:
        found.append(best)
    return found


def mention_at(judged: JudgedSet, end: dict) -> JudgedMention | None:
    """The one judged mention a predicted end overlaps most, if any."""
    found = mentions_at(judged, end)
    return max(found, key=lambda m: _overlap(end, m)) if found else None


def _overlap(end: dict, mention: JudgedMention) -> int:
    return min(end["end"], mention.end) - max(end["start"], mention.start)


def judged_pair(
    judged: JudgedSet, a: dict, b: dict
) -> tuple[bool, JudgedPair | None, frozenset[str] | None]:
    """Whether two predicted ends are one judged claim, and the judged pair they stand for
    (the most overlapping one when several)."""
    ends_a, ends_b = mentions_at(judged, a), mentions_at(judged, b)
    same = any(ma.claims & mb.claims for ma in ends_a for mb in ends_b)
    pairs = [
        (_overlap(a, ma) + _overlap(b, mb), key, judged.pairs[key])
        for ma in ends_a
        for mb in ends_b
        if (key := frozenset((ma.ref, mb.ref))) in judged.pairs
    ]
    if not pairs:
        return same, None, None
    _, key, pair = max(pairs, key=lambda t: t[0])
    return same, pair, key


@dataclass
class Tally:
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0


@dataclass
class JudgedReport:
    same_claim: Tally = field(default_factory=Tally)
    cross_event: Tally = field(default_factory=Tally)  # correct: linked pairs within one event
    by_type: dict[str, Tally] = field(default_factory=dict)
    discrepancy: Tally = field(default_factory=Tally)
    same_quote_gold: int = 0
    same_quote_found: int = 0
    pairs_gold: int = 0
    pairs_found: int = 0
    wrong_links: list[dict] = field(default_factory=list)
    wrong_relations: list[dict] = field(default_factory=list)
    missed_quotes: list[str] = field(default_factory=list)

    @property
    def same_quote_recall(self) -> float:
        return self.same_quote_found / self.same_quote_gold if self.same_quote_gold else 0.0

    @property
    def same_claim_recall(self) -> float:
        return self.pairs_found / self.pairs_gold if self.pairs_gold else 0.0


def _pair_key(relation: dict) -> tuple:
    a, b = relation["a"], relation["b"]
    return tuple(sorted(((a["file"], a["start"], a["end"]), (b["file"], b["start"], b["end"]))))


def judge(judged: JudgedSet, predicted: list[dict]) -> JudgedReport:
    """Precision of the links and relations in `predicted` (crossref --json records whose
    files are absolute paths), and recall of the judged pairs."""
    report = JudgedReport()
    relations_of: dict[tuple, list[dict]] = defaultdict(list)
    for relation in predicted:
        if relation["a"]["file"] in judged.files and relation["b"]["file"] in judged.files:
            relations_of[_pair_key(relation)].append(relation)
    linked: set[frozenset[str]] = set()
    for relations in relations_of.values():
        a, b = relations[0]["a"], relations[0]["b"]
        within = judged.files[a["file"]] == judged.files[b["file"]]
        report.cross_event.predicted += 1
        report.cross_event.correct += within
        same, gold_pair, _ = judged_pair(judged, a, b)
        # A statement running over two judged mentions links both of them.
        linked.update(
            key
            for ma in mentions_at(judged, a)
            for mb in mentions_at(judged, b)
            if (key := frozenset((ma.ref, mb.ref))) in judged.pairs
        )
        types = {r["type"] for r in relations}
        if types != {"contradicts"}:
            report.same_claim.predicted += 1
            report.same_claim.correct += same
            if not same:
                report.wrong_links.append(relations[0])
        for relation in relations:
            kind = relation["type"]
            right = gold_pair is not None and kind in gold_pair.types
            tally = report.by_type.setdefault(kind, Tally())
            tally.predicted += 1
            tally.correct += right
            if kind in DISCREPANCY_TYPES:
                report.discrepancy.predicted += 1
                report.discrepancy.correct += right
            if not right:
                report.wrong_relations.append(relation)
    for key, pair in judged.pairs.items():
        report.pairs_gold += 1
        report.pairs_found += key in linked
        if pair.same_quote:
            report.same_quote_gold += 1
            report.same_quote_found += key in linked
            if key not in linked:
                report.missed_quotes.append(" / ".join(sorted(key)))
    return report


def gold_type_counts(judged: JudgedSet) -> Counter:
    return Counter(kind for pair in judged.pairs.values() for kind in pair.types)
