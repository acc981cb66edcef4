"""Labelled statement pairs from the judged BASIL events, for fitting the same-remark model.

Ingests and extracts the development articles into a throwaway SQLite database exactly as
`manage.py crossref` does, then, for every pair of statements from two different articles
of one event (and pairs across events that share two blocking keys), computes the pair
evidence (claims.crossref.evidence) and labels it from the judged gold: 1 when both
statements are mentions of one judged claim.

    .venv/bin/python bench/same_claim_pairs.py [--out FILE] [--gold DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEVSET = ROOT.parent / "shared" / "devsets" / "basil-dev"


def setup_django(tmp: str) -> None:
    os.environ.update(
        DATABASE_URL=f"sqlite:///{Path(tmp) / 'pairs.sqlite3'}",
        CELERY_BROKER_URL="",
        CELERY_TASK_ALWAYS_EAGER="true",
        DJANGO_SETTINGS_MODULE="newsclaims.settings",
        DEBUG="true",
        LOG_LEVEL="ERROR",
    )
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsclaims-pairs.jsonl"))
    parser.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        default=[ROOT / "bench" / "gold" / "basil", ROOT / "bench" / "gold" / "seeds"],
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        rows = labelled_pairs(args.gold)
    args.out.write_text("".join(json.dumps(row) + "\n" for row in rows))
    positives = sum(row["label"] for row in rows)
    print(f"{len(rows)} pairs, {positives} same remark -> {args.out}")


def labelled_pairs(gold_dirs: list[Path]) -> list[dict]:
    from articles.models import Article
    from claims.crossref.judged import judged_pair, load_judged, mention_at
    from claims.crossref.runner import ingest_files
    from claims.crossref.scoring import candidate_differences, contradiction_of, pair_facts
    from claims.crossref.selectors import comparables
    from claims.crossref.similarity import LONG_QUOTE_TOKENS, prepare

    judged = load_judged(gold_dirs[0], DEVSET)
    for more in gold_dirs[1:]:
        extra = load_judged(more, DEVSET)
        judged.files.update(extra.files)
        judged.mentions.update(extra.mentions)
        judged.pairs.update(extra.pairs)
    files_of, failures = ingest_files(sorted(judged.files))
    for failure in failures:
        print(f"FAILED {failure.file}: {failure.reason}", file=sys.stderr)
    statements = {}
    for article_id, file in files_of.items():
        rows = Article.objects.get(pk=article_id).statements.values_list(
            "pk", "content_start", "content_end", "match_keys"
        )
        for pk, start, end, keys in rows:
            end_ = {"file": file, "start": start, "end": end}
            statements[pk] = (file, end_, mention_at(judged, end_), set(keys.split()))
    plain = comparables(statements)
    rows = []
    for first, second in combinations(sorted(statements), 2):
        file_a, end_a, mention_a, keys_a = statements[first]
        file_b, end_b, mention_b, keys_b = statements[second]
        if file_a == file_b:
            continue
        same_event = judged.files[file_a] == judged.files[file_b]
        if not same_event and len(keys_a & keys_b) < 2:
            continue
        fa, fb = prepare(plain[first]), prepare(plain[second])
        facts = pair_facts(fa, fb)
        if facts is None:
            continue
        found = []
        # The differences the scorer would weigh: two speakers' words are compared only as
        # one printed quotation.
        if facts.speakers != "different" or facts.evidence.verbatim_run >= LONG_QUOTE_TOKENS:
            found = [d.type for d in candidate_differences(fa, fb, facts)[0]]
            if contradiction_of(fa, fb, facts):
                found.append("contradicts")
        same, pair, _ = judged_pair(judged, end_a, end_b)
        rows.append(
            {
                "event": judged.files[file_a] if same_event else "",
                "a": mention_a.ref if mention_a else "",
                "b": mention_b.ref if mention_b else "",
                "label": int(same),
                "gold_types": sorted(pair.types) if pair else [],
                "same_quote": bool(pair and pair.same_quote),
                "found_types": sorted(set(found)),
                "evidence": facts.evidence.as_dict(),
                "features": facts.evidence.features(),
                "a_text": plain[first].content[:200],
                "b_text": plain[second].content[:200],
                "a_speaker": plain[first].speaker,
                "b_speaker": plain[second].speaker,
            }
        )
    return rows


if __name__ == "__main__":
    main()
