from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from articles.batch import default_limits, ingest_sources
from claims.roles import ANALYST, EDITOR

DEMO_PASSWORD = "newsclaims-demo"


class Command(BaseCommand):
    help = "Load the seed articles in seeds/ (idempotent); --demo-users adds demo accounts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help=f"Create admin, editor and analyst accounts with password {DEMO_PASSWORD!r} "
            "(refused unless DEBUG is on)",
        )

    def handle(self, *args, **options):
        summary = ingest_sources([str(settings.BASE_DIR / "seeds")], limits=default_limits())
        for failed in summary.failed:
            self.stderr.write(f"FAILED {failed.source}: {failed.reason}")
        self.stdout.write(f"Seeds: {summary.line()}")
        if options["demo_users"]:
            self.create_demo_users()
        if summary.failed:
            raise CommandError("some seed articles could not be loaded")

    def create_demo_users(self) -> None:
        if not settings.DEBUG:
            raise CommandError("--demo-users is for the embedded development default only")
        users = get_user_model()
        for username, group, staff in [
            ("admin", None, True),
            ("editor", EDITOR, False),
            ("analyst", ANALYST, False),
        ]:
            user, created = users.objects.get_or_create(
                username=username, defaults={"is_staff": staff, "is_superuser": staff}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            if group:
                user.groups.add(Group.objects.get(name=group))
        self.stdout.write(
            f"Demo accounts: admin, editor, analyst — password {DEMO_PASSWORD!r} (development only)"
        )
