"""Scoring extracted statements against hand-made gold.

Match rule: a predicted statement matches a gold one when their contents share at
least half of the gold content's word tokens, or at least 80 % of the predicted
content's word tokens, and the speaker is the same (by default: canonical names that
`name_variants_match`). Matching is one-to-one, best content overlap first.
Precision and recall count (speaker, content) matches; speaker accuracy is the share
of content-matched pairs whose speaker is right.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claims.extraction.names import name_variants_match
from claims.extraction.types import ExtractedStatement

GOLD_SHARE = 0.5
PREDICTED_SHARE = 0.8
_WORD = re.compile(r"\w+")

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldStatement:
    speaker: str  # canonical name
    content: Ranges  # one or more (start, end) pieces
    kind: str = ""
    source: Ranges = ()  # where the speaker is mentioned, when known
    source_text: str = ""


@dataclass
class Scores:
    predicted: int = 0
    gold: int = 0
    content_matched: int = 0
    matched: int = 0  # content and speaker
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)
    wrong_speaker: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.matched / self.content_matched if self.content_matched else 0.0

    def add(self, other: Scores) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.content_matched += other.content_matched
        self.matched += other.matched
        self.misses += other.misses
        self.false_alarms += other.false_alarms
        self.wrong_speaker += other.wrong_speaker

    def summary(self) -> str:
        return (
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"speaker accuracy {self.speaker_accuracy:.3f}  "
            f"(gold {self.gold}, predicted {self.predicted}, matched {self.matched}, "
            f"content matched {self.content_matched})"
        )


def _word_positions(text: str, ranges: Iterable[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for start, end in ranges:
        out.update(m.start() for m in _WORD.finditer(text, start, end))
    return out


def content_overlap(text: str, gold: Ranges, predicted: Ranges) -> tuple[float, float]:
    """Shares of the gold and of the predicted content's word tokens that both hold."""
    g = _word_positions(text, gold)
    p = _word_positions(text, predicted)
    if not g or not p:
        return 0.0, 0.0
    shared = len(g & p)
    return shared / len(g), shared / len(p)


def contents_match(text: str, gold: Ranges, predicted: Ranges) -> bool:
    of_gold, of_predicted = content_overlap(text, gold, predicted)
    return of_gold >= GOLD_SHARE or of_predicted >= PREDICTED_SHARE


def same_speaker(gold: GoldStatement, predicted: ExtractedStatement) -> bool:
    name = predicted.speaker_canonical or predicted.speaker.text
    if name_variants_match(gold.speaker, name):
        return True
    # An unnamed source ("Russian sources with knowledge of …") is right when its mention
    # holds the gold's words and no name was made up for it.
    words = set(_WORD.findall(gold.speaker.lower()))
    mention = set(_WORD.findall(predicted.speaker.text.lower()))
    return not predicted.speaker_canonical and bool(words) and words <= mention


def score(
    text: str,
    gold: Sequence[GoldStatement],
    predicted: Sequence[ExtractedStatement],
    *,
    speaker_ok: Callable[[GoldStatement, ExtractedStatement], bool] = same_speaker,
    ignored: Sequence[GoldStatement] = (),
) -> Scores:
    """Score one article. Predictions that only match an `ignored` gold item (an
    attribution outside what is being measured) count neither way."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            pr = ((p.content.start, p.content.end),)
            of_gold, of_pred = content_overlap(text, g.content, pr)
            if of_gold >= GOLD_SHARE or of_pred >= PREDICTED_SHARE:
                pairs.append((speaker_ok(g, p), of_gold + of_pred, gi, pi))
    pairs.sort(key=lambda t: (t[0], t[1]), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    result = Scores(gold=len(gold))
    for ok, _overlap, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        result.content_matched += 1
        if ok:
            result.matched += 1
        else:
            result.wrong_speaker.append((gold[gi], predicted[pi]))
    for pi, p in enumerate(predicted):
        if pi in used_pred:
            continue
        pr = ((p.content.start, p.content.end),)
        if any(contents_match(text, g.content, pr) for g in ignored):
            continue
        result.predicted += 1
        result.false_alarms.append(p)
    result.predicted += len(used_pred)
    result.misses = [g for gi, g in enumerate(gold) if gi not in used_gold]
    return result


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    published: date | None
    statements: tuple[GoldStatement, ...]


def load_gold_article(path: Path) -> GoldArticle:
    """A gold file: the article JSON (`text`, `published`, …) plus `statements`, each
    with `speaker` (canonical name), `content` {text, start, end} and `kind`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data["text"]
    statements = []
    for item in data.get("statements", []):
        content = item["content"]
        if text[content["start"] : content["end"]] != content["text"]:
            raise ValueError(f"{path.name}: content offsets do not match {content['text']!r}")
        statements.append(
            GoldStatement(
                speaker=item["speaker"],
                content=((content["start"], content["end"]),),
                kind=item.get("kind", ""),
                source_text=item.get("speaker_text", ""),
            )
        )
    published = date.fromisoformat(data["published"]) if data.get("published") else None
    return GoldArticle(path.stem, text, published, tuple(statements))


def load_gold_dir(directory: Path) -> list[GoldArticle]:
    return [load_gold_article(p) for p in sorted(Path(directory).glob("*.json"))]


def evaluate_gold(
    articles: Sequence[GoldArticle], predictions: Iterable[Sequence[ExtractedStatement]]
) -> Scores:
    """Total scores of predictions (one list per article, in order) against the gold."""
    total = Scores()
    for article, predicted in zip(articles, predictions, strict=True):
        total.add(score(article.text, article.statements, predicted))
    return total
