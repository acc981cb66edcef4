"""Query parameters of the list endpoints (django-filter).

An unknown parameter name, an unknown value (a speaker or outlet that does not exist, a
type that is not one of the choices) or a malformed date is a 400 with the reason, never an
empty list that looks like an answer.
"""

import django_filters
from django.db.models import Exists, OuterRef, Q
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

from articles.models import Outlet
from claims.models import Claim, Flag, Relation, Speaker, SpeakerAlias, Statement
from claims.search import statements_search

from .fields import DateOrDateTimeFilter, IdFilter

PAGING_PARAMS = {"cursor", "page_size", "ordering", "format"}


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter, refusing parameters the endpoint does not know (a typo such as
    `?speakr=3` would otherwise silently return everything)."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(filterset_class.base_filters) if filterset_class else set()
        known |= PAGING_PARAMS | set(getattr(view, "extra_query_params", ()))
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise ValidationError(
                {
                    name: [f"unknown parameter; known: {', '.join(sorted(known))}"]
                    for name in unknown
                }
            )
        return super().filter_queryset(request, queryset, view)


def speaker_or_error(value: int) -> int:
    if not Speaker.objects.filter(pk=value).exists():
        raise ValidationError({"speaker": [f"no speaker with id {value} (merged or removed?)"]})
    return value


def outlet_or_error(value: str) -> Outlet:
    lookup = {"pk": int(value)} if value.isdigit() and len(value) < 19 else {"slug": value}
    outlet = Outlet.objects.filter(**lookup).first()
    if outlet is None:
        raise ValidationError({"outlet": [f"no outlet with id or slug {value[:100]!r}"]})
    return outlet


class OutletParam(django_filters.CharFilter):
    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", "Outlet id or slug")
        kwargs.setdefault("max_length", 200)
        super().__init__(**kwargs)


class FeedFilterSet(django_filters.FilterSet):
    updated_since = DateOrDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Only rows created or changed at or after this instant",
    )


class StatementFilter(FeedFilterSet):
    speaker = IdFilter(method="filter_speaker", help_text="Speaker id")
    outlet = OutletParam(method="filter_outlet")
    article = IdFilter(field_name="article_id", help_text="Article id")
    claim = IdFilter(field_name="claim_id", help_text="Claim id")
    kind = django_filters.ChoiceFilter(choices=Statement.Kind.choices)
    q = django_filters.CharFilter(
        method="filter_q", max_length=500, help_text='Full text: words, "a phrase", -excluded'
    )
    published_after = DateOrDateTimeFilter(field_name="article__published_at", lookup_expr="gte")
    published_before = DateOrDateTimeFilter(field_name="article__published_at", lookup_expr="lt")

    class Meta:
        model = Statement
        fields = []

    def filter_speaker(self, queryset, name, value):
        return queryset.filter(speaker_id=speaker_or_error(value))

    def filter_outlet(self, queryset, name, value):
        return queryset.filter(article__outlet=outlet_or_error(value))

    def filter_q(self, queryset, name, value):
        return statements_search(queryset, value)


class RelationFilter(FeedFilterSet):
    type = django_filters.MultipleChoiceFilter(
        choices=Relation.Type.choices, help_text="Relation type; repeat for several"
    )
    status = django_filters.ChoiceFilter(
        field_name="review_status", choices=Relation.Review.choices, help_text="Review status"
    )
    speaker = IdFilter(method="filter_speaker", help_text="Speaker id of either statement")
    outlet = OutletParam(method="filter_outlet", help_text="Outlet id or slug of either side")
    claim = IdFilter(field_name="claim_id", help_text="Claim id")
    q = django_filters.CharFilter(
        method="filter_q", max_length=500, help_text="Full text in either statement"
    )
    published_after = DateOrDateTimeFilter(method="filter_published_after")
    published_before = DateOrDateTimeFilter(method="filter_published_before")

    class Meta:
        model = Relation
        fields = []

    @staticmethod
    def either(**lookup) -> Q:
        ((key, value),) = lookup.items()
        return Q(**{f"statement_a__{key}": value}) | Q(**{f"statement_b__{key}": value})

    def filter_speaker(self, queryset, name, value):
        return queryset.filter(self.either(speaker_id=speaker_or_error(value)))

    def filter_outlet(self, queryset, name, value):
        return queryset.filter(self.either(article__outlet=outlet_or_error(value)))

    def filter_q(self, queryset, name, value):
        matching = statements_search(Statement.objects.all(), value).values("pk")
        return queryset.filter(self.either(pk__in=matching))

    def filter_published_after(self, queryset, name, value):
        return queryset.filter(self.either(article__published_at__gte=value))

    def filter_published_before(self, queryset, name, value):
        return queryset.filter(self.either(article__published_at__lt=value))


class ClaimFilter(FeedFilterSet):
    speaker = IdFilter(method="filter_speaker", help_text="Speaker id")
    outlet = OutletParam(method="filter_outlet", help_text="Reported by this outlet")
    q = django_filters.CharFilter(
        method="filter_q", max_length=500, help_text="Full text in a member statement"
    )
    published_after = DateOrDateTimeFilter(method="filter_published_after")
    published_before = DateOrDateTimeFilter(method="filter_published_before")

    class Meta:
        model = Claim
        fields = []

    @staticmethod
    def having(statements) -> Exists:
        return Exists(statements.filter(claim=OuterRef("pk")))

    def filter_speaker(self, queryset, name, value):
        return queryset.filter(speaker_id=speaker_or_error(value))

    def filter_outlet(self, queryset, name, value):
        outlet = outlet_or_error(value)
        return queryset.filter(self.having(Statement.objects.filter(article__outlet=outlet)))

    def filter_q(self, queryset, name, value):
        return queryset.filter(self.having(statements_search(Statement.objects.all(), value)))

    def filter_published_after(self, queryset, name, value):
        after = Statement.objects.filter(article__published_at__gte=value)
        return queryset.filter(self.having(after))

    def filter_published_before(self, queryset, name, value):
        before = Statement.objects.filter(article__published_at__lt=value)
        return queryset.filter(self.having(before))


class SpeakerFilter(FeedFilterSet):
    q = django_filters.CharFilter(
        method="filter_q", max_length=300, help_text="Part of the name or of an alias"
    )
    kind = django_filters.ChoiceFilter(choices=Speaker.Kind.choices)

    class Meta:
        model = Speaker
        fields = []

    def filter_q(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        aliases = SpeakerAlias.objects.filter(speaker=OuterRef("pk"), name__icontains=value)
        return queryset.filter(Q(canonical_name__icontains=value) | Exists(aliases))


class FlagFilter(FeedFilterSet):
    status = django_filters.ChoiceFilter(choices=Flag.Status.choices)
    relation = IdFilter(field_name="relation_id", help_text="Relation id")
    statement = IdFilter(field_name="statement_id", help_text="Statement id")

    class Meta:
        model = Flag
        fields = []
