"""OpenAPI generation: every operation documents the error responses it can give, all in the
one JSON shape of claims.api.exceptions."""

from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers

from .throttling import HEADERS

ERRORS = {
    "400": "Bad input: unknown parameter or value, malformed date, wrong type",
    "401": "Not signed in: send `Authorization: Token <key>` or use a session",
    "403": "Signed in, but the role does not allow this",
    "404": "No such item",
    "409": "The change does not apply to the item as it is now",
    "413": "Request body larger than the limit",
    "429": "Too many requests; see X-RateLimit-Reset and Retry-After",
}


class ErrorSerializer(serializers.Serializer):
    status = serializers.IntegerField()
    code = serializers.CharField()
    detail = serializers.CharField()
    errors = serializers.DictField(
        required=False, help_text="For 400: the messages for each parameter or field"
    )


RATE_LIMIT_HEADERS = {
    name: {"schema": {"type": "integer"}, "description": description}
    for name, description in zip(
        HEADERS,
        [
            "Requests allowed in the window",
            "Requests left in the window",
            "Unix time at which another request is allowed",
        ],
        strict=True,
    )
}


class ApiAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        codes = ["400", "401", "403", "429"]
        if "{" in self.path:
            codes.append("404")
        if self.method in ("POST", "PUT", "PATCH"):
            codes += ["409", "413"]
        for code in codes:
            if code not in responses:
                responses[code] = self._get_response_for_code(ErrorSerializer, code)
                responses[code]["description"] = ERRORS[code]
        for code, response in responses.items():
            if code in codes or code == "204":
                continue
            response.setdefault("headers", {}).update(RATE_LIMIT_HEADERS)
        return responses
