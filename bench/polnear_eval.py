"""Extraction measured against the PolNeAR dev split (run by hand, not a test).

    .venv/bin/python bench/polnear_eval.py [--devsets ../shared/devsets] [--show N]

Counts a PolNeAR attribution as a statement when its cue is a speech verb or its
content holds a quotation mark (see the dev set's README). A prediction matches when
the contents share half of the gold's word tokens (or 80 % of the prediction's) and
the speaker is right: the predicted speaker span overlaps the gold source, or the two
share a name word. Predictions matching a non-speech attribution count neither way.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.extraction import extract_many  # noqa: E402
from claims.extraction.evaluation import GoldStatement, Scores, score  # noqa: E402
from claims.extraction.names import TITLE_WORDS  # noqa: E402

# Fixed here (not the engine's lexicon) so the target does not move with the rules.
_SPEECH_LEMMAS = [
    "say",
    "tell",
    "add",
    "warn",
    "write",
    "post",
    "tweet",
    "announce",
    "state",
    "claim",
    "declare",
    "insist",
    "note",
    "explain",
    "argue",
    "ask",
    "urge",
    "accuse",
    "deny",
    "confirm",
    "acknowledge",
    "admit",
    "suggest",
    "respond",
    "reply",
    "report",
    "repeat",
    "reiterate",
    "emphasize",
    "stress",
    "allege",
    "assert",
    "complain",
    "predict",
    "promise",
    "pledge",
    "vow",
    "criticize",
    "recall",
    "mention",
    "continue",
    "quote",
    "testify",
    "concede",
    "boast",
    "remark",
    "comment",
    "describe",
    "call",
]
_IRREGULAR = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"]}
_QUOTE_MARKS = set('"“”')
_STOP = {"the", "a", "an", "of", "and", "for", "in", "on", "to", "his", "her", "their", "s"}


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][pt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | set(_IRREGULAR.get(lemma, []))


SPEECH_FORMS = set().union(*(_forms(v) for v in _SPEECH_LEMMAS))


def is_speech(cue: str, content: str) -> bool:
    words = re.findall(r"[a-z]+", cue.lower())
    if "according" in words or any(w in SPEECH_FORMS for w in words):
        return True
    return bool(_QUOTE_MARKS & set(content))


def _ranges(spec: str) -> tuple[tuple[int, int], ...]:
    return tuple(tuple(int(x) for x in part.split()) for part in spec.split(";"))


def read_ann(path: Path, text: str) -> tuple[list[GoldStatement], list[GoldStatement]]:
    spans: dict[str, tuple[str, tuple]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            kind, _, rng = parts[1].partition(" ")
            spans[parts[0]] = (kind, _ranges(rng))
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":") for arg in parts[1].split()))
    speech, other = [], []
    for event in events:
        if "Content" not in event:
            continue
        content = spans[event["Content"]][1]
        source = spans[event["Source"]][1] if "Source" in event else ()
        cue = spans[event["Cue"]][1] if "Cue" in event else ()
        source_text = " ".join(text[s:e] for s, e in source)
        cue_text = " ".join(text[s:e] for s, e in cue)
        content_text = " ".join(text[s:e] for s, e in content)
        item = GoldStatement(source_text, content, "", source, source_text)
        (speech if source and is_speech(cue_text, content_text) else other).append(item)
    return speech, other


def _name_words(s: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Z][\w’'-]+", s)}
    return {w for w in words if w not in _STOP and w.strip(".") not in TITLE_WORDS}


_RELATIVE = {"who", "which", "that"}


def speaker_ok(gold: GoldStatement, pred) -> bool:
    ps, pe = pred.speaker.start, pred.speaker.end
    if any(s < pe and ps < e for s, e in gold.source):
        return True
    if gold.source_text.lower() in _RELATIVE and gold.source:
        # "X, who said …": the relative pronoun stands for the noun right before it.
        return 0 <= gold.source[0][0] - pe <= 3
    predicted_words = _name_words(pred.speaker.text) | _name_words(pred.speaker_canonical)
    return bool(_name_words(gold.source_text) & predicted_words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "devsets"
    parser.add_argument("--devsets", type=Path, default=default)
    parser.add_argument("--show", type=int, default=0, help="print N misses/false alarms")
    parser.add_argument("--only", default="", help="substring of article names to keep")
    args = parser.parse_args()
    root = args.devsets / "polnear-dev"
    if not root.exists():
        sys.exit(f"no PolNeAR dev set at {root}")
    names = sorted(p.stem for p in (root / "text").glob("*.txt") if args.only in p.stem)
    texts = [(root / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    started = time.perf_counter()
    predictions = list(extract_many((t, None) for t in texts))
    elapsed = time.perf_counter() - started
    total = Scores()
    shown = 0
    for name, text, predicted in zip(names, texts, predictions, strict=True):
        gold, other = read_ann(root / "attributions" / f"{name}.ann", text)
        result = score(text, gold, predicted, speaker_ok=speaker_ok, ignored=other)
        total.add(result)
        if args.show and shown < args.show:
            for g in result.misses:
                body = " | ".join(text[s:e] for s, e in g.content)[:160]
                print(f"MISS  {name[:30]} [{g.source_text}] {body!r}")
            for p in result.false_alarms:
                print(
                    f"FALSE {name[:30]} [{p.speaker.text}] {p.cue.text if p.cue else None}: "
                    f"{p.content.text[:160]!r}"
                )
            for g, p in result.wrong_speaker:
                print(
                    f"SPKR  {name[:30]} gold [{g.source_text}] got [{p.speaker.text} -> "
                    f"{p.speaker_canonical}] {p.content.text[:80]!r}"
                )
            shown += 1
    print(f"PolNeAR dev: {len(names)} articles, {elapsed:.1f}s")
    print(total.summary())


if __name__ == "__main__":
    main()
