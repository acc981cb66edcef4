"""Cross-referencing on BASIL: links within an event versus links across events.

Twelve news events, each covered by three outlets. Every sentence carrying a quote
becomes a statement (with a rough speaker guess), every statement is compared with
every statement of every other article, and each link is counted as within-event
(wanted) or cross-event (an error: different news never reports the same claim).

    .venv/bin/python bench/basil_pairs.py [--factual] [--same-day] [--sample N]

--factual adds the outlets' own number/date sentences as assertions; --same-day
pretends every article was published on one day, so only the content can keep
events apart.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from datetime import date
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.crossref import (  # noqa: E402
    ComparableStatement,
    compare_prepared,
    factual_sentences,
    prepare,
    split_sentences,
)

DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devsets" / "basil-dev"
_QUOTE = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{12,})[\"\u201c\u201d]")
_NAME = r"(?:(?:Mr|Mrs|Ms|Sen|Rep|Gov|Dr)\.\s+)?((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)"
_SPEAKER_PATTERNS = [
    re.compile(rf"{_NAME},?\s+(?:said|says|told|added|wrote|tweeted|declared|stated)\b"),
    re.compile(rf"\b(?:said|says|told|added|wrote|tweeted|according to)\s+{_NAME}"),
]
_NOT_SPEAKERS = frozenset({"He", "She", "They", "It", "We", "I", "The", "But", "And", "This"})


def guess_speaker(sentence: str) -> str:
    for pattern in _SPEAKER_PATTERNS:
        for match in pattern.finditer(sentence):
            name = match.group(1)
            if name.split()[0] not in _NOT_SPEAKERS:
                return name
    return ""


def guess_cue(sentence: str) -> str:
    match = re.search(r"\b(said|says|told reporters|tweeted|wrote|in a statement)\b", sentence)
    return match.group(1) if match else ""


def content_of(sentence: str, speaker: str) -> tuple[str, str]:
    """What was said: the quote when it is most of the sentence, else the sentence
    without its attribution (a speaker's name shared by two reports is no evidence)."""
    quotes = [m.group(1) for m in _QUOTE.finditer(sentence)]
    if sum(len(q) for q in quotes) >= 0.6 * len(sentence):
        return " ".join(q.strip(" ,") for q in quotes), "direct"
    content = sentence.replace(speaker, " ") if speaker else sentence
    content = re.sub(r"\b(said|says|told reporters|added|wrote|tweeted)\b", " ", content)
    return content, "mixed"


def load_articles() -> list[dict]:
    articles = []
    for path in sorted(DEVSET.glob("*/*.json")):
        article = json.loads(path.read_text())
        article["event_id"] = path.parent.name
        article["key"] = f"{path.parent.name}/{path.stem}"
        articles.append(article)
    return articles


def statements_of(article: dict, with_factual: bool, published: date) -> list[ComparableStatement]:
    statements = []
    quote_spans = []
    for start, end, sentence in split_sentences(article["text"]):
        if not _QUOTE.search(sentence):
            continue
        quote_spans.append((start, end))
        speaker = guess_speaker(sentence)
        content, kind = content_of(sentence, speaker)
        statements.append(
            ComparableStatement(
                key=f"{article['key']}:{start}",
                article_key=article["key"],
                outlet=article["outlet"],
                speaker=speaker,
                speaker_key=speaker.split()[-1].lower() if speaker else "",
                content=content,
                kind=kind,
                channel="",
                cue=guess_cue(sentence),
                published=published,
            )
        )
    if with_factual:
        for start, _end, sentence in factual_sentences(article["text"], quote_spans):
            statements.append(
                ComparableStatement(
                    key=f"{article['key']}:{start}",
                    article_key=article["key"],
                    outlet=article["outlet"],
                    speaker="",
                    speaker_key="",
                    content=sentence,
                    kind="assertion",
                    published=published,
                )
            )
    return statements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factual", action="store_true", help="add unattributed sentences")
    parser.add_argument("--same-day", action="store_true", help="one publication date for all")
    parser.add_argument("--sample", type=int, default=12, help="within-event links to print")
    args = parser.parse_args()

    articles = load_articles()
    event_of = {}
    statements = []
    for article in articles:
        published = date(2020, 1, 6) if args.same_day else date.fromisoformat(article["published"])
        for statement in statements_of(article, args.factual, published):
            event_of[statement.key] = article["event_id"]
            statements.append(statement)

    started = time.perf_counter()
    features = [prepare(statement) for statement in statements]
    prepared = time.perf_counter()
    links = []
    pairs = 0
    for fa, fb in combinations(features, 2):
        if fa.statement.article_key == fb.statement.article_key:
            continue
        pairs += 1
        verdict = compare_prepared(fa, fb)
        if verdict is not None:
            links.append((fa.statement, fb.statement, verdict))
    finished = time.perf_counter()

    within = [link for link in links if event_of[link[0].key] == event_of[link[1].key]]
    across = [link for link in links if event_of[link[0].key] != event_of[link[1].key]]
    print(f"articles {len(articles)}, statements {len(statements)}, pairs compared {pairs}")
    print(
        f"prepare {prepared - started:.2f}s, compare {finished - prepared:.2f}s "
        f"({(finished - prepared) / max(pairs, 1) * 1e6:.0f} us/pair)"
    )
    print(f"links: {len(links)}  within-event: {len(within)}  cross-event: {len(across)}")
    print("within-event relation types:", dict(Counter(t for *_, v in within for t in v.types)))
    print("within-event links per event:", dict(Counter(event_of[a.key] for a, _, _ in within)))

    def show(a: ComparableStatement, b: ComparableStatement, verdict) -> None:
        print(f"\n[{verdict.score:.2f} {','.join(verdict.types)}] {a.key} ~ {b.key}")
        print(f"  A ({a.speaker or a.outlet}): {a.content[:220]}")
        print(f"  B ({b.speaker or b.outlet}): {b.content[:220]}")
        for relation in verdict.relations:
            detail = {
                k: v
                for k, v in relation.evidence.items()
                if k not in ("a_text", "b_text", "a_key", "b_key", "score", "ops")
            }
            print(f"    {relation.type}: {json.dumps(detail, default=str)[:300]}")

    print("\n=== cross-event links (errors) ===")
    for link in across:
        show(*link)
    print(f"\n=== sample of within-event links ({args.sample}) ===")
    for link in random.Random(7).sample(within, min(args.sample, len(within))):
        show(*link)


if __name__ == "__main__":
    main()
