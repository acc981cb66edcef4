"""Quotations with no speech verb of their own.

Three common shapes: a quote that continues the previous speaker's quote in the next
sentence or paragraph (`"…," Umerov said. "…"`), which extends that statement's
content; a quote introduced by an attribution that stands alone (`Trump said in a
speech Monday.` then the quote); and a quote signed with a dash (`"…" ― Jane Doe`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from claims.extraction.attributions import Candidate
from claims.extraction.quotes import Quote, QuoteIndex

_CLAUSE_END = re.compile(r"[.!?:]")
# "“…” ― Sonya Herridge": a quotation signed with a dash and a name.
_DASH_SIGNATURE = re.compile(r"[^\S\n]*[―—–-]+[^\S\n]*(?=[A-Z])")
_ONLY_MARKS = re.compile(r'^[\s"“”„,.;:—–-]*$')


def _utterance_like(q: Quote, text: str) -> bool:
    inner = text[q.inner_start : q.inner_end]
    if len(inner.split()) < 4:
        return False
    before = text[max(0, q.start - 3) : q.start]
    return "\n" in before or not before.strip() or before.strip()[-1] in ".!?:"


def _continues(prev: Candidate, q: Quote, text: str) -> bool:
    gap = text[prev.content_end : q.start]
    if _ONLY_MARKS.match(gap):
        return prev.from_quote
    ends_quoted = prev.from_quote or text[prev.content_end - 1 : prev.content_end] in "\"”'"
    if not ends_quoted or prev.cue is None or prev.cue_start < prev.content_end:
        return False
    after_cue = text[prev.cue_end : q.start]
    end = _CLAUSE_END.search(after_cue)
    return end is not None and end.start() < 80 and not after_cue[end.end() :].strip(' \n"“')


def _signature(q: Quote, quotes: QuoteIndex, text: str) -> Candidate | None:
    match = _DASH_SIGNATURE.match(text, q.end)
    if match is None or quotes.doc is None:
        return None
    doc = quotes.doc
    token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
    if token is None:
        return None
    head = token.root
    while head.head is not head and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    if head.pos_ != "PROPN":
        return None
    dash = match.group().strip()
    dash_start = text.index(dash, q.end)
    return Candidate(
        head, dash_start, dash_start + len(dash), q.start, q.end, 0.75, None, [], from_quote=True
    )


def attach_orphan_quotes(
    candidates: list[Candidate], dangling: list, quotes: QuoteIndex, text: str
) -> list[Candidate]:
    """New candidates for quotes that no speech verb claimed."""
    claimed = _Spans([(c.content_start, c.content_end) for c in candidates])
    ordered = sorted(candidates, key=lambda c: c.content_end)
    ordered_ends = [c.content_end for c in ordered]
    added: list[Candidate] = []
    for q in quotes.quotes:
        if claimed.overlaps(q.start, q.end):
            continue
        signed = _signature(q, quotes, text)
        if signed is not None:
            added.append(signed)
            continue
        if not _utterance_like(q, text):
            continue
        prev = _latest_before(q.start, ordered, ordered_ends, added)
        if prev is not None and _continues(prev, q, text):
            # One utterance interrupted by its attribution: the content runs on.
            prev.content_end = q.end
            continue
        for speaker, cue, _attr_start, attr_end in dangling:
            if attr_end <= q.start and re.match(r"^[\s.:,]*$", text[attr_end : q.start]):
                added.append(
                    Candidate(
                        speaker,
                        cue.idx,
                        cue.idx + len(cue.text),
                        q.start,
                        q.end,
                        0.75,
                        cue,
                        list(cue.subtree),
                        from_quote=True,
                    )
                )
                break
    return added


class _Spans:
    """Character spans sorted by start, answering "does anything overlap [start, end)?"
    in logarithmic time (articles can hold thousands of quotes)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._max_end = list(accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # spans starting before `end`
        return before > 0 and self._max_end[before - 1] > start


def _latest_before(
    position: int, ordered: list[Candidate], ordered_ends: list[int], added: list[Candidate]
) -> Candidate | None:
    """The candidate ending last at or before `position` (the first such in `ordered`, then
    `added`, when several end at the same place)."""
    best = None
    index = bisect_right(ordered_ends, position)
    if index:
        best = ordered[bisect_left(ordered_ends, ordered_ends[index - 1])]
    for cand in added:  # few: only quotes no speech verb claimed
        if cand.content_end <= position and (best is None or cand.content_end > best.content_end):
            best = cand
    return best
