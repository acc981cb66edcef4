"""Score the extraction engine against a directory of gold files."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction import ModelNotInstalled, extract_many, get_nlp
from claims.extraction.evaluation import evaluate_gold, load_gold_dir


class Command(BaseCommand):
    help = (
        "Score extraction against GOLD_DIR/*.json (article JSON plus a 'statements' list of "
        "{speaker, content {text, start, end}, kind}). A predicted statement matches a gold "
        "one when the contents share at least 0.5 of the gold content's word tokens or 0.8 "
        "of the predicted content's, and the speakers are the same by name_variants_match "
        "(canonical names: 'Zelensky' = 'Volodymyr Zelenskyy'). Matching is one-to-one. "
        "Prints precision, recall and F1 of (speaker, content) matches and the speaker "
        "accuracy on content-matched pairs."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
        parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")

    def handle(self, *args, gold_dir: Path, verbose: bool, **options):
        if not gold_dir.is_dir():
            raise CommandError(f"{gold_dir} is not a directory")
        try:
            articles = load_gold_dir(gold_dir)
            nlp = get_nlp(settings.SPACY_MODEL)
        except (ValueError, KeyError) as exc:
            raise CommandError(f"bad gold file: {exc}") from exc
        except ModelNotInstalled as exc:
            raise CommandError(str(exc)) from exc
        if not articles:
            raise CommandError(f"no gold files (*.json) in {gold_dir}")
        predictions = list(extract_many(((a.text, a.published) for a in articles), nlp=nlp))
        scores = evaluate_gold(articles, predictions)
        if verbose:
            for gold in scores.misses:
                self.stdout.write(f"missed  [{gold.speaker}] {gold.source_text!r}")
            for p in scores.false_alarms:
                who = p.speaker_canonical or p.speaker.text
                self.stdout.write(f"extra   [{who}] {p.content.text[:100]!r}")
            for gold, p in scores.wrong_speaker:
                self.stdout.write(f"speaker [{gold.speaker}] got [{p.speaker_canonical}]")
        self.stdout.write(f"articles   {len(articles)}")
        self.stdout.write(f"gold       {scores.gold}")
        self.stdout.write(f"predicted  {scores.predicted}")
        self.stdout.write(f"precision  {scores.precision:.3f}")
        self.stdout.write(f"recall     {scores.recall:.3f}")
        self.stdout.write(f"F1         {scores.f1:.3f}")
        self.stdout.write(f"speaker accuracy  {scores.speaker_accuracy:.3f}")
