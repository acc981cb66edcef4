"""Query-parameter types shared by the API filters."""

from datetime import UTC, datetime, time

import django_filters
from django import forms
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

DATE_HELP = "an ISO 8601 date or date-time, e.g. 2025-05-29 or 2025-05-29T08:30:00Z"


class DateOrDateTimeField(forms.Field):
    """2025-05-29 (midnight UTC) or 2025-05-29T08:30:00+02:00; no offset means UTC."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = value.strip()
        try:
            parsed = parse_datetime(value)
            if parsed is None and (day := parse_date(value)) is not None:
                parsed = datetime.combine(day, time.min)
            if parsed is not None:
                # the database takes offsets up to ±15:59 only; UTC is always accepted
                aware = parsed.replace(tzinfo=UTC) if timezone.is_naive(parsed) else parsed
                return aware.astimezone(UTC)
        except (ValueError, OverflowError):
            pass
        raise forms.ValidationError(
            "%(value)r is not %(expected)s",
            code="invalid",
            params={"value": value[:40], "expected": DATE_HELP},
        )


@extend_schema_field(OpenApiTypes.DATETIME)
class DateOrDateTimeFilter(django_filters.Filter):
    field_class = DateOrDateTimeField


class StrictIntegerField(forms.IntegerField):
    """An id: a positive whole number that fits the database column."""

    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=2**63 - 1, **kwargs)


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": 2**63 - 1})
class IdFilter(django_filters.NumberFilter):
    field_class = StrictIntegerField


class StrictCharField(serializers.CharField):
    """Text only: a number or a list where text belongs is a mistake, not something to cast."""

    default_error_messages = {"not_text": "Expected text, got {type}."}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("not_text", type=type(data).__name__)
        return super().to_internal_value(data)
