"""Blocking keys: the telling words of a statement as concepts, cut to a stem-like prefix.

Words are folded onto the concept they stand for first (claims.crossref.text.concept), so
reports that say "invasion" and "war", or "Russian" and "Moscow", still meet.

Two statements are compared only when they share a key. Sharing is symmetric, so whichever
of two articles is linked first, the pair is found from the other side too.
"""

import re

from .similarity import candidate_terms
from .text import concept, quoted_segments

KEY_LENGTH = 6  # "Russia"/"Russian", "disappointed"/"disappointment" share a key
KEY_COUNT = 16
_NOT_KEY = re.compile(r"[^0-9a-z]+")


# Each quotation a statement holds keeps its own telling words among the keys, so a long
# statement made of several quoted sentences still meets a report that quotes one of them.
KEYS_PER_QUOTE = 6


def match_keys(content: str) -> list[str]:
    terms = candidate_terms(content, KEY_COUNT)
    for segment in quoted_segments(content):
        terms += candidate_terms(segment, KEYS_PER_QUOTE)
    keys = {_key(term) for term in terms}
    return sorted(key for key in keys if len(key) >= 2)


def _key(term: str) -> str:
    folded = term if term[:1].isdigit() else concept(term)
    return _NOT_KEY.sub("", folded.lower())[:KEY_LENGTH]


def stored_keys(content: str) -> str:
    """The form kept on a Statement: space-separated with spaces around, so that a plain
    substring test " key " matches whole keys only."""
    keys = match_keys(content)
    return f" {' '.join(keys)} " if keys else ""
