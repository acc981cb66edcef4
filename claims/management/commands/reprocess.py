from django.core.management.base import BaseCommand, CommandError

from claims.sweeper import articles_reprocess, articles_requeue_unfinished


class Command(BaseCommand):
    help = (
        "Queue articles for extraction and linking again: --failed (those that failed), "
        "--unfinished (pending, stuck or never linked), or the given article ids."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--failed", action="store_true", help="articles whose status is failed")
        parser.add_argument(
            "--unfinished", action="store_true", help="pending/stuck/unlinked articles"
        )

    def handle(self, *args, ids, failed, unfinished, **options):
        if not (ids or failed or unfinished):
            raise CommandError("give article ids, --failed or --unfinished")
        if unfinished:
            queued = articles_requeue_unfinished()
            self.stdout.write(
                f"Queued {queued['extraction']} for extraction, {queued['linking']} for linking"
            )
        if ids or failed:
            count = articles_reprocess(ids=ids or None, failed=failed)
            self.stdout.write(f"Queued {count} article(s) for extraction")
