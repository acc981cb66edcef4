import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.batch import Outcome, default_limits, ingest_sources


class Command(BaseCommand):
    help = (
        "Ingest articles from files, folders, http(s) URLs and RSS/Atom feeds "
        "(plain text, JSON, HTML). Re-ingesting the same article changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument("--outlet", default="", help="Outlet name for every article")
        parser.add_argument(
            "--no-fetch-links",
            action="store_true",
            help="Keep feed entries as they are instead of fetching the linked pages",
        )
        parser.add_argument("--verbose-items", action="store_true", help="One line per article")

    def handle(self, *args, **options):
        # Whoever runs this command can already reach the machine's network: the refusal of
        # private addresses guards the web pages and the API, not the operator.
        limits = default_limits(fetch_feed_links=not options["no_fetch_links"], allow_private=True)
        progress = None

        def wrap(sources):
            nonlocal progress
            progress = tqdm(
                sources,
                desc="Ingesting",
                unit="source",
                file=sys.stderr,
                disable=len(sources) < 2 or None,
            )
            return progress

        def report(outcome: Outcome) -> None:
            if outcome.status == "failed":
                tqdm.write(f"FAILED {outcome.source}: {outcome.reason}", file=self.stderr._out)
            elif options["verbose_items"]:
                tqdm.write(
                    f"{outcome.status:9} {outcome.source} (article {outcome.article_id})",
                    file=self.stdout._out,
                )

        summary = ingest_sources(
            options["sources"],
            limits=limits,
            outlet=options["outlet"],
            on_outcome=report,
            wrap=wrap,
        )
        self.stdout.write(f"Ingested: {summary.line()}")
        if summary.failed:
            raise CommandError(f"{len(summary.failed)} item(s) could not be ingested (see above)")
