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
    ends_quoted = prev.from_quote or text[prev.content_end - 1 : prev.content_end] in "\"”'"
    if not ends_quoted or prev.cue is None or prev.cue_start < prev.content_end:
        return False
    after_cue = text[prev.cue_end : q.start]
    end = _CLAUSE_END.search(after_cue)
    return end is not None and end.start() < 80 and not after_cue[end.end() :].strip(' \n"“')


FLOATING_CONFIDENCE = 0.6


def _paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _floating(prev: Candidate, q: Quote, text: str) -> bool:
    """A quotation alone in its paragraph, right after a paragraph holding a statement."""
    start = _paragraph_start(text, q.start)
    if text[start : q.start].strip():
        return False  # the quote opens no paragraph: something introduces it
    line_end = text.find("\n", q.end)
    rest = text[q.end : len(text) if line_end == -1 else line_end]
    if not _ONLY_MARKS.match(rest):
        return False  # "…," she said: a cue of its own, not a floating quote
    before = text[:start].rstrip("\n")
    previous_start = _paragraph_start(before, len(before))
    return prev.content_end > previous_start or prev.cue_start > previous_start


INTRODUCED_CONFIDENCE = 0.5
_PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _alone_in_paragraph(q: Quote, text: str) -> bool:
    start = _paragraph_start(text, q.start)
    line_end = text.find("\n", q.end)
    rest = text[q.end : len(text) if line_end == -1 else line_end]
    return not text[start : q.start].strip() and bool(_ONLY_MARKS.match(rest))


def _introduced_by(q: Quote, quotes: QuoteIndex, text: str):
    """The person the paragraph before a lone quotation paragraph is about: the subject of
    its last main clause, when a name or he/she; None otherwise."""
    doc = quotes.doc
    if doc is None or not _alone_in_paragraph(q, text):
        return None
    start = _paragraph_start(text, q.start)
    before = text[:start].rstrip("\n")
    if not before or not before.rstrip().endswith((".", "!", "?", ":")):
        return None
    previous_start = _paragraph_start(before, len(before))
    subject = None
    for tok in doc:
        if tok.idx >= len(before):
            break
        if tok.idx < previous_start or tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
            continue
        if tok.ent_type_ == "PERSON" or tok.lower_ in _PERSONAL_PRONOUNS:
            subject = tok
    return subject


def _follow_on(prev: Candidate, q: Quote, confidence: float, *, keep_cue: bool) -> Candidate:
    return Candidate(
        prev.speaker_head,
        prev.cue_start if keep_cue else 0,
        prev.cue_end if keep_cue else 0,
        q.start,
        q.end,
        round(confidence, 3),
        prev.cue if keep_cue else None,
        list(prev.attribution) if keep_cue else [],
        from_quote=True,
        voice=prev.voice,
    )


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
        if prev is not None and _ONLY_MARKS.match(text[prev.content_end : q.start]):
            if prev.from_quote:  # "“A.” “B.”": one quotation printed in two marks
                prev.content_end = q.end
            continue
        if prev is not None and _continues(prev, q, text):
            if "\n" not in text[prev.content_end : q.start]:
                # `"A," Rubio said. "B."`: one utterance interrupted by its attribution.
                prev.content_end = q.end
            else:  # the next paragraph quoted: the same speaker and cue, a part of its own
                added.append(_follow_on(prev, q, prev.confidence * 0.95, keep_cue=True))
            continue
        if prev is not None and _floating(prev, q, text):
            # A paragraph that is nothing but a quotation goes on with the speaker of the
            # paragraph before, less surely.
            added.append(_follow_on(prev, q, FLOATING_CONFIDENCE, keep_cue=False))
            continue
        subject = _introduced_by(q, quotes, text)
        if subject is not None:
            # "Mr. Sanders repeated his challenge." then the quotation: the person the
            # paragraph before was about.
            added.append(
                Candidate(subject, 0, 0, q.start, q.end, INTRODUCED_CONFIDENCE, None, [], True)
            )
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
