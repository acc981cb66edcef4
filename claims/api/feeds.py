"""Atom and RSS feeds of new discrepancies: overall, per speaker and per outlet.

Feed readers cannot send headers, so besides a browser session the feeds accept an API key
as `?token=<key>` (or nothing at all when PUBLIC_READ is on). Entries are claims, as in the
review queue: one per claim with every discrepancy between the outlets that carry it (sure
enough to be shown, not dismissed); the 50 newest.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from articles.models import Outlet
from claims import roles
from claims.grouping import ClaimDiscrepancies, group_by_claim
from claims.models import Relation, Speaker
from claims.selectors.common import QUEUE_TYPES
from claims.selectors.review import claim_outlets
from claims.templatetags.claims_ui import relation_label

from .auth import request_user
from .selectors import relation_queryset

LIMIT = 50


def discrepancies():
    """Discrepancies sure enough to be shown (as in the review queue) and not dismissed."""
    shown = relation_queryset().filter(
        type__in=QUEUE_TYPES, score__gte=settings.CROSSREF_DISCREPANCY_MIN_SCORE
    )
    return shown.exclude(review_status=Relation.Review.DISMISSED)


# Relations read to fill the newest groups: enough for LIMIT claims of a few pairs each.
READ_RELATIONS = LIMIT * 6


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
        """The newest claims with discrepancies, one entry per claim (claims.grouping)."""
        newest = list(self.relations(obj).order_by("-created_at", "-id")[:READ_RELATIONS])
        claims = {r.claim_id for r in newest if r.claim_id}
        groups = group_by_claim(newest, outlets_of=claim_outlets(claims))
        groups.sort(key=lambda g: max(r.created_at for r in g.relations), reverse=True)
        return groups[:LIMIT]

    def item_title(self, item: ClaimDiscrepancies) -> str:
        kinds = ", ".join(dict.fromkeys(relation_label(d.type) for d in item.differences))
        who = item.speaker or "Unattributed"
        return f"{kinds}: {who} ({' vs '.join(item.outlets)})"

    def item_description(self, item: ClaimDiscrepancies) -> str:
        lines = [f"“{item.summary}”"]
        for difference in item.differences:
            sides = "; ".join(f"{side.outlet}: {side.value}" for side in difference.sides)
            lines.append(f"{relation_label(difference.type)} ({difference.score:.0%}): {sides}")
        pending = sum(r.review_status == Relation.Review.SUGGESTED for r in item.relations)
        lines.append(f"Review: {pending} of {len(item.relations)} pairs awaiting review")
        return "\n".join(lines)

    def item_link(self, item: ClaimDiscrepancies) -> str:
        if item.claim_id:
            return reverse("claims:claim", args=[item.claim_id])
        return reverse("api:relation-detail", args=[item.relations[0].pk])

    def item_guid(self, item: ClaimDiscrepancies) -> str:
        return f"newsclaims-{item.key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: ClaimDiscrepancies):
        return min(r.created_at for r in item.relations)

    def item_updateddate(self, item: ClaimDiscrepancies):
        return max(r.updated_at for r in item.relations)


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
