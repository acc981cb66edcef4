"""Claim-graph endpoints: speakers, statements, claims, relations (discrepancies), flags.

Views parse the request, call a service from claims.review / claims.speakers, and serialize.
"""

from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from claims.grouping import ClaimDiscrepancies
from claims.models import Speaker
from claims.review import flag_raise, flag_resolve, relation_review
from claims.selectors import claim_queue
from claims.selectors.review import claim_discrepancies
from claims.speakers import speaker_merge

from . import selectors
from .base import ReadOnlyViewSet
from .filters import ClaimFilter, FlagFilter, RelationFilter, SpeakerFilter, StatementFilter
from .inputs import (
    DiscrepancyQueryInput,
    FlagRaiseInput,
    FlagResolveInput,
    RelationReviewInput,
    SpeakerMergeInput,
)
from .permissions import CanEditSpeakers, CanFlag, CanRead, CanReview
from .serializers import (
    ClaimDiscrepanciesSerializer,
    ClaimSerializer,
    DiscrepancyPageSerializer,
    FlagSerializer,
    RelationSerializer,
    SpeakerSerializer,
    StatementSerializer,
)
from .throttling import RateLimitHeadersMixin

FEED = (
    "Ordered by `updated_at` then `id` (the feed order) unless `ordering` says otherwise. "
    "To follow changes, poll with the `cursor` of the previous response: each row changed "
    "since comes exactly once. A row is served once it is older than the feed horizon (about "
    "a second, longer while a write that could still commit an earlier timestamp is open), "
    "so a row committed late is never skipped."
)


@extend_schema_view(
    list=extend_schema(summary="Speakers, with their aliases", description=FEED),
    retrieve=extend_schema(summary="One speaker"),
)
class SpeakerViewSet(ReadOnlyViewSet):
    queryset = selectors.speaker_queryset()
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilter
    ordering_fields = ["updated_at", "created_at", "id", "canonical_name"]
    action_permissions = {"merge": [CanEditSpeakers]}

    @extend_schema(
        summary="Merge other speakers into this one",
        description="Their aliases, statements and claims move to this speaker; they are "
        "removed. Editors only.",
        request=SpeakerMergeInput,
        responses=SpeakerSerializer,
        examples=[
            OpenApiExample("Merge two duplicates", value={"others": [12, 31]}, request_only=True)
        ],
    )
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        target = self.get_object()
        data = SpeakerMergeInput(data=request.data)
        data.is_valid(raise_exception=True)
        wanted = set(data.validated_data["others"])
        others = list(Speaker.objects.filter(pk__in=wanted))
        missing = sorted(wanted - {o.pk for o in others})
        if missing:
            raise ValidationError({"others": [f"no speakers with ids {missing}"]})
        speaker_merge(target=target, others=others, actor=request.user)
        return Response(self.get_serializer(self.get_queryset().get(pk=target.pk)).data)


@extend_schema_view(
    list=extend_schema(summary="Attributed statements", description=FEED),
    retrieve=extend_schema(summary="One statement"),
)
class StatementViewSet(ReadOnlyViewSet):
    queryset = selectors.statement_queryset()
    serializer_class = StatementSerializer
    filterset_class = StatementFilter


@extend_schema_view(
    list=extend_schema(summary="Claims, with their member statements", description=FEED),
    retrieve=extend_schema(summary="One claim"),
)
class ClaimViewSet(ReadOnlyViewSet):
    queryset = selectors.claim_queryset()
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter

    @extend_schema(
        summary="What differs between the outlets that carry this claim",
        description="The claim's discrepancies grouped as in the review queue: each "
        "difference once, with every outlet's value side by side, its probability, and the "
        "pairs of statements behind it. Differences below the discrepancy threshold "
        "(CROSSREF_DISCREPANCY_MIN_SCORE) and dismissed ones are left out.",
        responses=ClaimDiscrepanciesSerializer,
    )
    @action(detail=True, methods=["get"])
    def discrepancies(self, request, pk=None):
        claim = self.get_object()
        groups = claim_discrepancies(claim_id=claim.pk)
        empty = ClaimDiscrepancies(f"claim-{claim.pk}", claim.pk, "", claim.summary, [], [])
        return Response(ClaimDiscrepanciesSerializer(groups[0] if groups else empty).data)


@extend_schema(
    summary="Discrepancies grouped by claim, most confident first",
    description="The review queue as data: one entry per claim with what differs between "
    "the outlets that carry it. Filters as in the queue: `type`, `outlet` (slug), `speaker` "
    "(id), `status` (suggested, confirmed, dismissed; empty for any). Paged by `page`.",
    parameters=[
        OpenApiParameter("type", str),
        OpenApiParameter("outlet", str),
        OpenApiParameter("speaker", int),
        OpenApiParameter("status", str),
        OpenApiParameter("page", int),
    ],
    responses=DiscrepancyPageSerializer,
)
class DiscrepancyListView(RateLimitHeadersMixin, GenericAPIView):
    permission_classes = [CanRead]
    serializer_class = ClaimDiscrepanciesSerializer
    pagination_class = None

    def get(self, request):
        data = DiscrepancyQueryInput(data=request.query_params)
        data.is_valid(raise_exception=True)
        filters = data.validated_data
        page = claim_queue(page=filters.pop("page", 1), **filters)

        def link(number):
            params = request.query_params.copy()
            params["page"] = number
            return request.build_absolute_uri(f"?{params.urlencode()}")

        return Response(
            {
                "count": page.paginator.count,
                "next": link(page.next_page_number()) if page.has_next() else None,
                "previous": link(page.previous_page_number()) if page.has_previous() else None,
                "results": self.get_serializer(page.object_list, many=True).data,
            }
        )


@extend_schema_view(
    list=extend_schema(
        summary="Relations between statements: agreements and discrepancies",
        description=FEED + " Discrepancies are every type but `agrees`.",
    ),
    retrieve=extend_schema(summary="One relation"),
)
class RelationViewSet(ReadOnlyViewSet):
    queryset = selectors.relation_queryset()
    serializer_class = RelationSerializer
    filterset_class = RelationFilter
    action_permissions = {"review": [CanReview]}

    @extend_schema(
        summary="Confirm or dismiss a relation",
        description="Editors only. Confirming a discrepancy notifies the registered webhooks.",
        request=RelationReviewInput,
        responses=RelationSerializer,
        examples=[
            OpenApiExample(
                "Confirm",
                value={"status": "confirmed", "note": "Checked against both sources"},
                request_only=True,
            ),
            OpenApiExample("Dismiss", value={"status": "dismissed", "note": ""}, request_only=True),
        ],
    )
    @action(detail=True, methods=["post"])
    def review(self, request, pk=None):
        relation = self.get_object()
        data = RelationReviewInput(data=request.data)
        data.is_valid(raise_exception=True)
        relation_review(relation=relation, actor=request.user, **data.validated_data)
        return Response(self.get_serializer(self.get_queryset().get(pk=relation.pk)).data)


@extend_schema_view(
    list=extend_schema(summary="Flags raised by editors", description=FEED),
    retrieve=extend_schema(summary="One flag"),
)
class FlagViewSet(mixins.CreateModelMixin, ReadOnlyViewSet):
    queryset = selectors.flag_queryset()
    serializer_class = FlagSerializer
    filterset_class = FlagFilter
    action_permissions = {"create": [CanFlag], "resolve": [CanFlag]}

    @extend_schema(
        summary="Raise a flag on a statement or a relation",
        request=FlagRaiseInput,
        responses={201: FlagSerializer},
        examples=[
            OpenApiExample(
                "Flag a relation",
                value={"relation": 7, "note": "Numbers differ: 8,000 vs 800", "assignee": None},
                request_only=True,
            )
        ],
    )
    def create(self, request):
        data = FlagRaiseInput(data=request.data)
        data.is_valid(raise_exception=True)
        flag = flag_raise(actor=request.user, **data.validated_data)
        body = self.get_serializer(self.get_queryset().get(pk=flag.pk)).data
        return Response(body, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Resolve a flag",
        request=FlagResolveInput,
        responses=FlagSerializer,
        examples=[
            OpenApiExample(
                "Resolve", value={"resolution": "Outlet corrected the story"}, request_only=True
            )
        ],
    )
    @action(detail=True, methods=["post"])
    def resolve(self, request, pk=None):
        flag = self.get_object()
        data = FlagResolveInput(data=request.data)
        data.is_valid(raise_exception=True)
        flag_resolve(flag=flag, actor=request.user, **data.validated_data)
        return Response(self.get_serializer(self.get_queryset().get(pk=flag.pk)).data)
