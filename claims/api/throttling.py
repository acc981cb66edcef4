"""Rate limits, stated on every response so that a program can pace itself.

X-RateLimit-Limit: requests allowed in the window; X-RateLimit-Remaining: left in it;
X-RateLimit-Reset: Unix time at which one more request becomes available. Rates come from
REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]: "user" for signed-in callers, "anon" for the rest.
"""

import math

from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


class RateLimitThrottle(SimpleRateThrottle):
    def __init__(self):
        # the scope depends on the caller, so the rate is chosen per request
        pass

    def allow_request(self, request, view) -> bool:
        self.scope = "user" if request.user and request.user.is_authenticated else "anon"
        self.rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        allowed = super().allow_request(request, view)
        remaining = max(self.num_requests - len(self.history), 0)
        frees_at = self.history[-1] + self.duration if self.history else self.now
        request.rate_limit = (self.num_requests, remaining, math.ceil(frees_at))
        return allowed

    def get_cache_key(self, request, view) -> str:
        if request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            ident = f"ip-{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class RateLimitHeadersMixin:
    """For API views: copy the throttle's figures into the response headers."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        figures = getattr(request, "rate_limit", None)
        if figures:
            for name, value in zip(HEADERS, figures, strict=True):
                response[name] = str(value)
        return response
