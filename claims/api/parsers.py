"""JSON request bodies, refused with 413 beyond settings.INGEST_MAX_BYTES before any is read."""

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

from articles.ingestion.decoding import human_size

from .exceptions import PayloadTooLarge


class LimitedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        request = (parser_context or {}).get("request")
        limit = settings.INGEST_MAX_BYTES
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0) if request else 0
        except ValueError:
            length = 0
        if length > limit:
            raise PayloadTooLarge(
                f"Request body too large ({human_size(length)}; the limit is {human_size(limit)})."
            )
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            # json gives up on very deep nesting by running out of stack, not with a ValueError
            raise ParseError("JSON parse error - nested too deeply.") from None
