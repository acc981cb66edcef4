"""Print the statements the extraction engine finds in article files. Writes nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction import ModelNotInstalled, extract_many, get_nlp


def read_article(path: Path) -> tuple[str, date | None]:
    """Text and publication date of a plain-text or JSON article file.

    Offsets refer to the text exactly as decoded here: nothing is stripped or
    normalised, so `text[start:end]` reproduces every span.
    """
    raw = path.read_bytes().decode("utf-8")
    if path.suffix.lower() != ".json":
        return raw, None
    data = json.loads(raw)
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError('a JSON article needs a "text" string')
    published = data.get("published")
    return data["text"], date.fromisoformat(published[:10]) if published else None


class Command(BaseCommand):
    help = (
        "Extract attributed statements from plain-text or JSON article files "
        '({"text": ..., "published": "YYYY-MM-DD", ...}). With --json, print one JSON '
        "object per file and line. Nothing is written to the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="one JSON object per file"
        )

    def handle(self, *args, files: list[Path], as_json: bool, **options):
        try:
            nlp = get_nlp(settings.SPACY_MODEL)
        except ModelNotInstalled as exc:
            raise CommandError(str(exc)) from exc
        articles, failed = [], 0
        for path in files:
            try:
                articles.append((path, *read_article(path)))
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                failed += 1
                self.stderr.write(f"{path}: cannot read article: {exc}")
        results = extract_many(((text, published) for _p, text, published in articles), nlp=nlp)
        for (path, _text, _published), statements in zip(articles, results, strict=True):
            if as_json:
                self._print_json(path, statements)
            else:
                self._print_table(path, statements)
        if failed:
            raise CommandError(f"{failed} of {len(files)} file(s) could not be read")

    def _print_json(self, path: Path, statements) -> None:
        payload = {"file": str(path), "statements": [s.as_dict() for s in statements]}
        self.stdout.write(json.dumps(payload, ensure_ascii=False))

    def _print_table(self, path: Path, statements) -> None:
        self.stdout.write(self.style.MIGRATE_HEADING(f"{path}  ({len(statements)} statements)"))
        for s in statements:
            speaker = s.speaker_canonical or s.speaker.text
            cue = s.cue.text if s.cue else "-"
            content = " ".join(s.content.text.split())
            if len(content) > 110:
                content = content[:107] + "..."
            self.stdout.write(f"  {speaker[:28]:28}  {s.kind:8}  {cue[:14]:14}  {content}")
