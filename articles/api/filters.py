"""Query parameters of the outlet and article lists."""

import django_filters
from django.db.models import Q

from articles.models import Article, Outlet
from claims.api.fields import DateOrDateTimeFilter
from claims.api.filters import FeedFilterSet, OutletParam, outlet_or_error
from claims.search import articles_search


class OutletFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", max_length=200, help_text="Part of the name")

    class Meta:
        model = Outlet
        fields = []

    def filter_q(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(name__icontains=value) | Q(slug__icontains=value))


class ArticleFilter(FeedFilterSet):
    outlet = OutletParam(method="filter_outlet")
    status = django_filters.ChoiceFilter(choices=Article.Status.choices)
    q = django_filters.CharFilter(
        method="filter_q", max_length=500, help_text="Full text in title and body"
    )
    published_after = DateOrDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = DateOrDateTimeFilter(field_name="published_at", lookup_expr="lt")

    class Meta:
        model = Article
        fields = []

    def filter_outlet(self, queryset, name, value):
        return queryset.filter(outlet=outlet_or_error(value))

    def filter_q(self, queryset, name, value):
        return articles_search(queryset, value)
