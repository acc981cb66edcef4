"""Extraction measured against the hand-made BASIL statement gold (bench/gold/basil).

    .venv/bin/python bench/basil_extraction.py [--show N]

Every attributed statement of the 36 articles was annotated by reading them, with its
speaker's canonical full name ("" when the article names nobody, or only a loose group).
A prediction matches when the contents share half of the gold's word tokens (or 80 % of
the prediction's), one to one. The speaker is right when the predicted canonical name is
the gold's (name variants allowed), or both are unknown. Resolved-speaker accuracy is the
speaker accuracy on the statements whose mention is a pronoun, a surname, a title or a
role noun rather than the full name: there the canonical must be the full name itself.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import extract_many  # noqa: E402
from claims.extraction.evaluation import GoldStatement, Scores, score  # noqa: E402
from claims.extraction.names import name_variants_match, normalize_name  # noqa: E402

GOLD = ROOT / "bench" / "gold" / "basil"
DEVSET = ROOT.parent / "shared" / "devsets" / "basil-dev"


def load() -> list[tuple[str, str, date, list[GoldStatement]]]:
    articles = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text())
        for outlet, annotated in sorted(gold["articles"].items()):
            source = json.loads((DEVSET / gold["event"] / f"{outlet}.json").read_text())
            statements = [
                GoldStatement(
                    speaker=s["speaker"],
                    content=((s["start"], s["end"]),),
                    kind=s["kind"],
                    source=((s["speaker_start"], s["speaker_end"]),)
                    if s.get("speaker_start") is not None
                    else (),
                    source_text=s.get("speaker_text", ""),
                )
                for s in annotated["statements"]
            ]
            published = date.fromisoformat(source["published"])
            articles.append((f"{gold['event']}/{outlet}", source["text"], published, statements))
    return articles


def speaker_ok(gold: GoldStatement, predicted) -> bool:
    if not gold.speaker:
        return not predicted.speaker_canonical
    return bool(predicted.speaker_canonical) and name_variants_match(
        gold.speaker, predicted.speaker_canonical
    )


def needs_resolution(gold: GoldStatement) -> bool:
    """The mention is not the full name: a pronoun, surname, title or role noun."""
    if not gold.speaker:
        return False
    return normalize_name(gold.source_text) != normalize_name(gold.speaker)


def resolved_right(gold: GoldStatement, predicted) -> bool:
    canonical = predicted.speaker_canonical
    if not canonical:
        return False
    full = len(normalize_name(canonical).split()) >= min(2, len(gold.speaker.split()))
    return full and name_variants_match(gold.speaker, canonical)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N errors of each kind")
    args = parser.parse_args()
    articles = load()
    started = time.perf_counter()
    predictions = list(extract_many((text, published) for _, text, published, _ in articles))
    elapsed = time.perf_counter() - started
    total = Scores()
    resolution = [0, 0]
    shown = {"miss": 0, "false": 0, "speaker": 0}
    for (name, text, _, gold), predicted in zip(articles, predictions, strict=True):
        result = score(text, gold, predicted, speaker_ok=speaker_ok)
        total.add(result)
        matched = _matched_pairs(text, gold, predicted)
        for g, p in matched:
            if needs_resolution(g):
                resolution[0] += 1
                resolution[1] += resolved_right(g, p)
        if args.show:
            _show(name, text, result, shown, args.show)
    print(f"BASIL gold: {len(articles)} articles, {elapsed:.1f}s")
    print(total.summary())
    rate = resolution[1] / resolution[0] if resolution[0] else 0.0
    print(
        f"resolved-speaker accuracy {rate:.3f} "
        f"({resolution[1]}/{resolution[0]} pronoun, surname or role mentions)"
    )


def _matched_pairs(text, gold, predicted):
    """The one-to-one content matches `score` makes, with their gold and predicted items."""
    from claims.extraction.evaluation import content_overlap

    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            of_gold, of_pred = content_overlap(text, g.content, ((p.content.start, p.content.end),))
            if of_gold >= 0.5 or of_pred >= 0.8:
                pairs.append((speaker_ok(g, p), of_gold + of_pred, gi, pi))
    pairs.sort(key=lambda t: (t[0], t[1]), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], predicted[pi]))
    return out


def _show(name, text, result, shown, limit) -> None:
    for g in result.misses:
        if shown["miss"] < limit:
            shown["miss"] += 1
            body = " | ".join(text[s:e] for s, e in g.content)[:150]
            print(f"MISS  {name} [{g.speaker or '-'}] {body!r}")
    for p in result.false_alarms:
        if shown["false"] < limit:
            shown["false"] += 1
            print(f"FALSE {name} [{p.speaker.text}] {p.content.text[:150]!r}")
    for g, p in result.wrong_speaker:
        if shown["speaker"] < limit:
            shown["speaker"] += 1
            print(
                f"SPKR  {name} gold [{g.speaker or '-'} <- {g.source_text}] got "
                f"[{p.speaker_canonical or '-'} <- {p.speaker.text}] {p.content.text[:70]!r}"
            )


if __name__ == "__main__":
    main()
