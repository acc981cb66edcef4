"""Throughput of full extraction against the bare spaCy pass (run by hand, not a test).

    .venv/bin/python bench/extraction.py [--repeat 3]

Both runs use the same loaded pipeline on the same texts (the seed articles, plus the
BASIL dev articles from ../shared/devsets when present), so the ratio shows what the
rules cost on top of parsing. Target: ratio >= 0.85.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import extract_many, get_nlp  # noqa: E402
from claims.extraction.model import DEFAULT_MODEL  # noqa: E402


def corpus() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "gold" / "extraction").glob("*.json")):
        texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    basil = ROOT.parent / "shared" / "devsets" / "basil-dev"
    for path in sorted(basil.glob("*/*.json")):
        texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    return texts


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    nlp = get_nlp(args.model)
    texts = corpus()
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:2]))  # warm up

    def parse_only() -> None:
        for _doc in nlp.pipe(texts, batch_size=16):
            pass

    def extract_all() -> None:
        for _statements in extract_many(((t, None) for t in texts), nlp=nlp, batch_size=16):
            pass

    parse_time = best_of(args.repeat, parse_only)
    extract_time = best_of(args.repeat, extract_all)
    parse_wps, extract_wps = words / parse_time, words / extract_time
    print(f"{len(texts)} articles, {words} words")
    print(f"nlp.pipe only      {parse_wps:10.0f} words/s")
    print(f"full extraction    {extract_wps:10.0f} words/s")
    print(f"ratio              {extract_wps / parse_wps:10.3f}  (target >= 0.85)")


if __name__ == "__main__":
    main()
