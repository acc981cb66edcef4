import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.crossref.runner import ingest_files, relations_among


class Command(BaseCommand):
    help = (
        "Cross-reference article files (plain text or JSON: text, outlet, url, published, "
        "title) and print one JSON object per relation: {type, score, a: {file, start, end, "
        "speaker}, b: {...}, evidence}. Offsets are character offsets of each statement's "
        "content in its file's text. Runs in a throwaway database unless --keep is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="JSON lines (the default output)")
        parser.add_argument(
            "--keep", action="store_true", help="use and keep the configured database"
        )

    def handle(self, *args, **options):
        missing = [f for f in options["files"] if not Path(f).is_file()]
        if missing:
            raise CommandError(f"no such file: {', '.join(missing)}")
        if not options["keep"]:
            return self.run_in_throwaway_database(options["files"])
        files_of, failures = ingest_files(
            options["files"],
            progress=lambda files: tqdm(
                files,
                desc="Cross-referencing",
                unit="file",
                file=sys.stderr,
                disable=len(files) < 2 or None,
            ),
        )
        for failure in failures:
            self.stderr.write(f"FAILED {failure.file}: {failure.reason}")
        for relation in relations_among(files_of):
            self.stdout.write(json.dumps(relation, ensure_ascii=False))
        if failures:
            raise CommandError(f"{len(failures)} file(s) failed; the others' relations are printed")

    def run_in_throwaway_database(self, files: list[str]) -> None:
        """Run this same command with --keep on a fresh SQLite file that is then deleted, so
        nothing touches the configured database."""
        with tempfile.TemporaryDirectory(prefix="newsclaims-crossref-") as tmp:
            env = {
                **os.environ,
                "DATABASE_URL": f"sqlite:///{Path(tmp) / 'crossref.sqlite3'}",
                "CELERY_BROKER_URL": "",
                "CELERY_TASK_ALWAYS_EAGER": "true",
                "DEBUG": "false",
                "SECRET_KEY": "throwaway",
                "ALLOWED_HOSTS": "localhost",
                "LOG_LEVEL": "WARNING",
                "DJANGO_SETTINGS_MODULE": "newsclaims.settings",
            }
            manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
            subprocess.run(
                [*manage, "migrate", "--verbosity", "0", "--skip-checks"], env=env, check=True
            )
            result = subprocess.run(
                [*manage, "crossref", "--keep", "--skip-checks", *map(_absolute, files)],
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            self.stdout.write(_relative_files(result.stdout, files), ending="")
            if result.returncode:
                raise CommandError(
                    "some files failed (named above); the others' relations are printed"
                )


def _absolute(file: str) -> str:
    return str(Path(file).resolve())


def _relative_files(output: str, files: list[str]) -> str:
    """Report each file as the caller named it, not as the subprocess saw it."""
    names = {_absolute(f): f for f in files}
    lines = []
    for line in output.splitlines():
        relation = json.loads(line)
        for end in ("a", "b"):
            relation[end]["file"] = names.get(relation[end]["file"], relation[end]["file"])
        lines.append(json.dumps(relation, ensure_ascii=False) + "\n")
    return "".join(lines)
