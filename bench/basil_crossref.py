"""Cross-referencing on BASIL through the public command: links within versus across events.

Runs `manage.py crossref --json` once over every article of the twelve BASIL events (three
outlets each) and counts the relations whose two statements come from the same event
folder (wanted) and from different folders (errors: different news never reports the
same claim). Prints counts by type, by event, every cross-event link and a sample of
within-event links to judge by eye.

    .venv/bin/python bench/basil_crossref.py [--sample N] [--seed S] [--save FILE] [--load FILE]

--save keeps the command's raw output; --load reads such a file instead of running it.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devsets" / "basil-dev"


def run_crossref(files: list[Path]) -> tuple[list[dict], float]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "crossref", "--json", *map(str, files)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - started
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()], elapsed


def event_of(file: str) -> str:
    return Path(file).parent.name


def outlet_of(file: str) -> str:
    return Path(file).stem


def show(relation: dict) -> str:
    a, b = relation["a"], relation["b"]
    lines = [f"  [{relation['type']} {relation['score']}] {event_of(a['file'])}"]
    for end in (a, b):
        text = " ".join(end.get("text", "").split())
        speaker = end["speaker"] or "(outlet)"
        lines.append(f"    {outlet_of(end['file']):<10} {speaker[:28]:<28} {text[:150]}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=20, help="within-event links to print")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save", help="write the command's relations here (JSON lines)")
    parser.add_argument("--load", help="read relations from a saved run instead")
    args = parser.parse_args()

    files = sorted(DEVSET.glob("*/*.json"))
    if not files and not args.load:
        sys.exit(f"no BASIL articles under {DEVSET}")
    if args.load:
        lines = Path(args.load).read_text().splitlines()
        relations, elapsed = [json.loads(line) for line in lines if line.strip()], 0.0
    else:
        relations, elapsed = run_crossref(files)
    if args.save:
        Path(args.save).write_text("".join(json.dumps(r) + "\n" for r in relations))

    within = [r for r in relations if event_of(r["a"]["file"]) == event_of(r["b"]["file"])]
    across = [r for r in relations if event_of(r["a"]["file"]) != event_of(r["b"]["file"])]
    pairs_within = {
        (r["a"]["file"], r["a"]["start"], r["b"]["file"], r["b"]["start"]) for r in within
    }
    pairs_across = {
        (r["a"]["file"], r["a"]["start"], r["b"]["file"], r["b"]["start"]) for r in across
    }

    print(f"articles: {len(files)}  events: {len({event_of(str(f)) for f in files})}")
    if elapsed:
        print(f"crossref --json wall time: {elapsed:.1f} s")
    print(f"relations: {len(relations)}  within-event: {len(within)}  cross-event: {len(across)}")
    print(f"linked pairs: within-event {len(pairs_within)}  cross-event {len(pairs_across)}")
    print("by type (within / across):")
    types_within, types_across = (
        Counter(r["type"] for r in within),
        Counter(r["type"] for r in across),
    )
    for kind in sorted(set(types_within) | set(types_across)):
        print(f"  {kind:<12} {types_within[kind]:>4} / {types_across[kind]:>3}")
    print("within-event links by event:")
    for event, count in sorted(Counter(event_of(r["a"]["file"]) for r in within).items()):
        print(f"  {event}  {count}")
    if across:
        print("cross-event links (errors):")
        for relation in across:
            print(show(relation))
    sample = random.Random(args.seed).sample(within, min(args.sample, len(within)))
    if sample:
        print(f"sample of {len(sample)} within-event links:")
        for relation in sample:
            print(show(relation))


if __name__ == "__main__":
    main()
