import json
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from claims.crossref.evaluation import GoldRelation, evaluate, resolve_quote
from claims.crossref.judged import DISCREPANCY_TYPES, gold_type_counts, judge, load_judged

DEVSET = settings.BASE_DIR.parent / "shared" / "devsets" / "basil-dev"


class Command(BaseCommand):
    help = (
        "Cross-reference the articles listed in a gold file (in a throwaway database) and print "
        "precision and recall of the relations by type. Match rule: a predicted relation matches "
        "a gold one when the type is the same and each of its two statements' content spans "
        "overlaps one end's quote, in either order. Precision counts predictions that match a "
        "gold relation, so with a gold list that is not exhaustive it is a lower bound. "
        "GOLD may instead be a directory of judged events (bench/gold/basil): then it prints "
        "same-claim precision, relation-type precision, discrepancy precision and same-quote "
        "recall (rules in claims/crossref/judged.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "gold", metavar="GOLD", help="gold JSON file, or a directory of judged events"
        )
        parser.add_argument("--devset", type=Path, default=DEVSET, help="where event articles are")
        parser.add_argument("--load", type=Path, help="judge a saved `crossref --json` output")
        parser.add_argument("--save", type=Path, help="keep the `crossref --json` output here")
        parser.add_argument("--verbose", action="store_true", help="list every error")

    def handle(self, *args, **options):
        path = Path(options["gold"])
        if path.is_dir():
            return self.judge_events(path, options)
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise CommandError(f"cannot read gold file {path}: {exc}") from None
        files = [str((path.parent / f).resolve()) for f in spec["articles"]]
        texts = {Path(f).name: _article_text(f) for f in files}
        gold = [
            GoldRelation(
                type=r["type"],
                a=resolve_quote(texts[r["a"]["file"]], r["a"]["quote"], r["a"]["file"]),
                b=resolve_quote(texts[r["b"]["file"]], r["b"]["quote"], r["b"]["file"]),
                note=r.get("note", ""),
            )
            for r in spec["relations"]
        ]
        out = StringIO()
        call_command("crossref", *files, json=True, stdout=out)
        predicted = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
        for p in predicted:
            for end in ("a", "b"):
                p[end]["file"] = Path(p[end]["file"]).name
        report = evaluate(gold, predicted)
        self.stdout.write(f"{'type':<12} {'gold':>5} {'pred':>5} {'found':>6} {'P':>6} {'R':>6}")
        for kind, score in report.by_type.items():
            self.stdout.write(_row(kind, score))
        self.stdout.write(_row("all", report.total()))
        for missed in report.missed:
            self.stdout.write(f"missed {missed.type}: {missed.note}")

    def judge_events(self, gold_dir: Path, options) -> None:
        judged = load_judged(gold_dir, options["devset"])
        if not judged.files:
            raise CommandError(f"no judged events (*.json) in {gold_dir}")
        missing = [f for f in judged.files if not Path(f).is_file()]
        if missing:
            raise CommandError(f"articles not found: {', '.join(missing[:3])} (see --devset)")
        if options["load"]:
            lines = options["load"].read_text(encoding="utf-8").splitlines()
        else:
            out = StringIO()
            try:
                call_command("crossref", *sorted(judged.files), json=True, stdout=out)
            except CommandError as exc:
                self.stderr.write(f"crossref: {exc}")
            lines = out.getvalue().splitlines()
        if options["save"]:
            options["save"].write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        predicted = [json.loads(line) for line in lines if line.strip()]
        report = judge(judged, predicted)
        gold_types = gold_type_counts(judged)
        w = self.stdout.write
        w(f"events {len(set(judged.files.values()))}  articles {len(judged.files)}")
        w(f"judged pairs {report.pairs_gold}  linked {report.pairs_found}")
        w(f"{'type':<12} {'gold':>5} {'pred':>5} {'right':>6} {'P':>6}")
        for kind in sorted(set(gold_types) | set(report.by_type)):
            tally = report.by_type.get(kind)
            predicted_n, right = (tally.predicted, tally.correct) if tally else (0, 0)
            precision = f"{tally.precision:>6.2f}" if tally and tally.predicted else f"{'-':>6}"
            w(f"{kind:<12} {gold_types[kind]:>5} {predicted_n:>5} {right:>6} {precision}")
        w(_figure("same-claim precision", report.same_claim))
        w(_figure("discrepancy precision", report.discrepancy))
        kinds = ", ".join(DISCREPANCY_TYPES)
        w(f"  (discrepancy: {kinds})")
        w(
            f"same-quote recall      {report.same_quote_recall:.3f}  "
            f"({report.same_quote_found}/{report.same_quote_gold})"
        )
        w(f"same-claim recall      {report.same_claim_recall:.3f}")
        w(_figure("cross-event precision", report.cross_event))
        if options["verbose"]:
            for relation in report.wrong_links:
                w("WRONG LINK " + _show(relation))
            for relation in report.wrong_relations:
                w(f"WRONG {relation['type'].upper()} " + _show(relation))
            for missed in report.missed_quotes:
                w(f"MISSED QUOTE {missed}")


def _figure(name: str, tally) -> str:
    return f"{name:<22} {tally.precision:.3f}  ({tally.correct}/{tally.predicted})"


def _show(relation: dict) -> str:
    ends = []
    for side in ("a", "b"):
        end = relation[side]
        where = "/".join(Path(end["file"]).parts[-2:])
        text = " ".join(end.get("text", "").split())[:120]
        ends.append(f"\n    {where} [{end['speaker'] or '-'}] {text}")
    return f"{relation['score']} {json.dumps(relation['evidence'])[:200]}" + "".join(ends)


def _row(kind, score) -> str:
    return (
        f"{kind:<12} {score.gold:>5} {score.predicted:>5} {score.found:>6} "
        f"{score.precision:>6.2f} {score.recall:>6.2f}"
    )


def _article_text(file: str) -> str:
    raw = Path(file).read_text(encoding="utf-8-sig")
    return json.loads(raw)["text"] if file.endswith(".json") else raw
