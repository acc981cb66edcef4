"""Validate the BASIL gold files: offsets match the article texts, references resolve.

python bench/gold/basil/check.py [EVENT.json ...]
"""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parents[2].parent / "shared" / "devsets" / "basil-dev"
OUTLETS = ("fox", "hpo", "nyt")
KINDS = {"direct", "indirect", "mixed"}
TYPES = {"agrees", "wording", "number", "date", "channel", "attribution", "contradicts"}


def check(path: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads(path.read_text())
    event = gold.get("event") or path.stem
    outlets = sorted(gold["articles"]) if gold["articles"].keys() - set(OUTLETS) else OUTLETS
    texts = {}
    for o in outlets:
        relative = gold["articles"].get(o, {}).get("file")
        source = path.parent / relative if relative else DEVSET / event / f"{o}.json"
        texts[o] = json.loads(source.read_text())["text"]
    refs: set[str] = set()
    for outlet in outlets:
        article = gold["articles"].get(outlet)
        if article is None:
            errors.append(f"{outlet}: missing")
            continue
        text = texts[outlet]
        for i, s in enumerate(article.get("statements", [])):
            where = f"{outlet}:{i}"
            refs.add(where)
            if text[s["start"] : s["end"]] != s["content"] or not s["content"].strip():
                errors.append(f"{where}: content offsets {s['start']}-{s['end']} do not match")
            if s.get("speaker_start") is not None and (
                text[s["speaker_start"] : s["speaker_end"]] != s["speaker_text"]
            ):
                errors.append(f"{where}: speaker offsets do not match {s['speaker_text']!r}")
            if s.get("cue") and text[s["cue_start"] : s["cue_end"]] != s["cue"]:
                errors.append(f"{where}: cue offsets do not match {s['cue']!r}")
            if s.get("kind") not in KINDS:
                errors.append(f"{where}: kind {s.get('kind')!r}")
        for i, a in enumerate(article.get("assertions", [])):
            where = f"{outlet}:a{i}"
            refs.add(where)
            if text[a["start"] : a["end"]] != a["content"]:
                errors.append(f"{where}: assertion offsets do not match")
    for pair in gold.get("related", []):
        for m in (pair["a"], pair["b"]):
            if m not in refs:
                errors.append(f"related: unknown mention {m}")
        if pair["a"].split(":")[0] == pair["b"].split(":")[0]:
            errors.append(f"related: {pair['a']}/{pair['b']} within one outlet")
    for claim in gold.get("claims", []):
        cid = claim.get("id")
        mentions = claim.get("mentions", [])
        for m in mentions:
            if m not in refs:
                errors.append(f"claim {cid}: unknown mention {m}")
        if len({m.split(":")[0] for m in mentions}) < 2:
            errors.append(f"claim {cid}: fewer than two outlets")
        judged = set()
        for pair in claim.get("pairs", []):
            a, b = pair["a"], pair["b"]
            if a not in mentions or b not in mentions:
                errors.append(f"claim {cid}: pair {a}/{b} not among its mentions")
            if a.split(":")[0] == b.split(":")[0]:
                errors.append(f"claim {cid}: pair {a}/{b} within one outlet")
            bad = set(pair.get("types", [])) - TYPES
            if bad or not pair.get("types"):
                errors.append(f"claim {cid}: pair {a}/{b} types {pair.get('types')}")
            if "agrees" in pair.get("types", []) and len(pair["types"]) > 1:
                errors.append(f"claim {cid}: pair {a}/{b} agrees plus a difference")
            judged.add(frozenset((a, b)))
        for a, b in combinations(mentions, 2):
            if a.split(":")[0] != b.split(":")[0] and frozenset((a, b)) not in judged:
                errors.append(f"claim {cid}: pair {a}/{b} not judged")
    return errors


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted(HERE.glob("*.json"))
    failed = False
    for path in paths:
        errors = check(path)
        failed |= bool(errors)
        status = "ok" if not errors else f"{len(errors)} error(s)"
        print(f"{path.name}: {status}")
        for error in errors:
            print(f"  {error}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
