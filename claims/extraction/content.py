"""Shaping a content span: snapping to quotation marks and naming its kind."""

from __future__ import annotations

from claims.extraction.quotes import QuoteIndex

_STRIP_TAIL = " \t\n,;:—–-"


def _quoted_chars(quotes: QuoteIndex, start: int, end: int) -> int:
    return sum(max(0, min(end, q.end) - max(start, q.start)) for q in quotes.within(start, end))


def shape_content(start: int, end: int, quotes: QuoteIndex, text: str) -> tuple[int, int, str]:
    """Return (start, end, kind) with quotes kept whole.

    A content lying inside one quotation becomes that quotation's inside (direct);
    a paraphrase holding a quoted fragment keeps the marks (mixed).
    """
    inside = [q for q in quotes.within(start, end)]
    if len(inside) == 1:
        q = inside[0]
        if q.start - 1 <= start and end <= q.end + 1 or (q.start <= start < q.inner_end):
            s, e = q.inner_start, q.inner_end
            while e > s and text[e - 1] in _STRIP_TAIL:
                e -= 1
            return s, e, "direct"
    for q in inside:
        if q.start < start < q.end:
            start = q.start
        if q.start < end < q.end:
            end = q.end
    if not inside:
        return start, end, "indirect"
    quoted = _quoted_chars(quotes, start, end)
    # Quotes at both ends: one utterance interrupted by its attribution ("A," he said. "B.").
    framed = inside[0].start <= start + 1 and inside[-1].end >= end - 1 and len(inside) > 1
    if framed or quoted >= 0.9 * (end - start):
        first, last = inside[0], inside[-1]
        s, e = max(start, first.inner_start), min(end, last.inner_end)
        while e > s and text[e - 1] in _STRIP_TAIL:
            e -= 1
        return s, e, "direct"
    if all(len(text[q.inner_start : q.inner_end].split()) < 1 for q in inside):
        return start, end, "indirect"
    return start, end, "mixed"
