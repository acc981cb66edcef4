"""Every API error is JSON of one shape: {"status", "code", "detail", "errors"?}.

Errors the services raise for a decision that does not apply (already resolved, nothing to
merge) become 409 Conflict; bad input of any kind is a 4xx, never a 500.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.views import exception_handler

from articles.ingestion.types import IngestError
from claims.review import ReviewError
from claims.speakers import SpeakerEditError


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "Request body too large."
    default_code = "too_large"


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "This change does not apply to the item as it is now."
    default_code = "conflict"


def _translate(exc: Exception) -> Exception:
    if isinstance(exc, ReviewError | SpeakerEditError):
        return Conflict(str(exc))
    if isinstance(exc, IngestError):
        return exceptions.ValidationError({"text": [str(exc)]})
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(exc.messages)
    return exc


def api_exception_handler(exc, context):
    exc = _translate(exc)
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
        response.data = {
            "status": response.status_code,
            "code": "invalid",
            "detail": _summary(errors),
            "errors": errors,
        }
    elif isinstance(exc, Http404):
        response.data = {"status": 404, "code": "not_found", "detail": "Not found."}
    else:
        detail = getattr(exc, "detail", str(exc))
        code = getattr(detail, "code", None) or getattr(exc, "default_code", "error")
        response.data = {"status": response.status_code, "code": code, "detail": str(detail)}
    return response


def _summary(errors: dict) -> str:
    parts = []
    for field, messages in errors.items():
        first = messages[0] if isinstance(messages, list) and messages else messages
        if isinstance(first, dict):  # nested serializer errors
            first = "invalid value"
        parts.append(f"{field}: {first}")
    return "; ".join(parts) or "Invalid input."


@csrf_exempt  # a 404 is the answer to any method; CSRF would turn a POST into an HTML 403
def not_found(request, *args, **kwargs) -> JsonResponse:
    """Unknown URLs under /api/ answer in JSON like the rest of the API."""
    body = {"status": 404, "code": "not_found", "detail": f"No API endpoint at {request.path}."}
    return JsonResponse(body, status=404)
