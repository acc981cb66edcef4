import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from claims.crossref.evaluation import GoldRelation, evaluate, resolve_quote


class Command(BaseCommand):
    help = (
        "Cross-reference the articles listed in a gold file (in a throwaway database) and print "
        "precision and recall of the relations by type. Match rule: a predicted relation matches "
        "a gold one when the type is the same and each of its two statements' content spans "
        "overlaps one end's quote, in either order. Precision counts predictions that match a "
        "gold relation, so with a gold list that is not exhaustive it is a lower bound."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold", metavar="GOLD", help="gold JSON file (tests/gold/crossref)")

    def handle(self, *args, **options):
        path = Path(options["gold"])
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


def _row(kind, score) -> str:
    return (
        f"{kind:<12} {score.gold:>5} {score.predicted:>5} {score.found:>6} "
        f"{score.precision:>6.2f} {score.recall:>6.2f}"
    )


def _article_text(file: str) -> str:
    raw = Path(file).read_text(encoding="utf-8-sig")
    return json.loads(raw)["text"] if file.endswith(".json") else raw
