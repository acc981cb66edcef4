"""Atom and RSS feeds of new discrepancies: overall, per speaker and per outlet.

Feed readers cannot send headers, so besides a browser session the feeds accept an API key
as `?token=<key>` (or nothing at all when PUBLIC_READ is on). A discrepancy is a relation of
any type but "agrees" that no editor has dismissed; the newest 50 are listed.
"""

from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from articles.models import Outlet
from claims import roles
from claims.models import Relation, Speaker

from .auth import request_user
from .selectors import relation_queryset

LIMIT = 50


def discrepancies():
    return (
        relation_queryset()
        .exclude(type=Relation.Type.AGREES)
        .exclude(review_status=Relation.Review.DISMISSED)
    )


class DiscrepancyFeed(Feed):
    feed_type = Atom1Feed
    description_template = None

    def __call__(self, request, *args, **kwargs):
        user = request_user(request)
        if not roles.can_read(user):
            status = 403 if user.is_authenticated else 401
            return HttpResponse(
                "This feed needs an analyst or editor account: sign in, or add "
                "?token=<API key> to the feed URL.\n",
                status=status,
                content_type="text/plain; charset=utf-8",
            )
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return None

    def title(self, obj=None) -> str:
        return "newsclaims: new discrepancies" + (f" — {obj}" if obj else "")

    def subtitle(self, obj=None) -> str:
        return "Where outlets differ on what was said."

    description = subtitle

    def link(self, obj=None) -> str:
        return reverse("api:relation-list")

    def relations(self, obj):
        return discrepancies()

    def items(self, obj=None):
        return self.relations(obj).order_by("-created_at", "-id")[:LIMIT]

    def item_title(self, item: Relation) -> str:
        a = item.statement_a
        who = a.speaker.canonical_name if a.speaker else (a.speaker_text or "Unattributed")
        outlets = f"{a.article.outlet.name} vs {item.statement_b.article.outlet.name}"
        return f"{item.get_type_display()}: {who} ({outlets})"

    def item_description(self, item: Relation) -> str:
        a, b = item.statement_a, item.statement_b
        return (
            f"{a.article.outlet.name}: “{a.content}”\n"
            f"{b.article.outlet.name}: “{b.content}”\n"
            f"Review: {item.get_review_status_display()}"
        )

    def item_link(self, item: Relation) -> str:
        if item.claim_id:
            return reverse("claims:claim", args=[item.claim_id])
        return reverse("api:relation-detail", args=[item.pk])

    def item_guid(self, item: Relation) -> str:
        return f"newsclaims-relation-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Relation):
        return item.created_at

    def item_updateddate(self, item: Relation):
        return item.updated_at


class SpeakerDiscrepancyFeed(DiscrepancyFeed):
    def get_object(self, request, pk: int):
        return get_object_or_404(Speaker, pk=pk)

    def relations(self, obj):
        return discrepancies().filter(Q(statement_a__speaker=obj) | Q(statement_b__speaker=obj))


class OutletDiscrepancyFeed(DiscrepancyFeed):
    def get_object(self, request, slug: str):
        return get_object_or_404(Outlet, slug=slug)

    def relations(self, obj):
        return discrepancies().filter(
            Q(statement_a__article__outlet=obj) | Q(statement_b__article__outlet=obj)
        )


def rss(feed_class: type[DiscrepancyFeed]) -> type[DiscrepancyFeed]:
    return type(f"Rss{feed_class.__name__}", (feed_class,), {"feed_type": Rss201rev2Feed})
