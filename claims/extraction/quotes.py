"""Pairing quotation marks into quoted passages.

Outlets mix straight and curly marks, even inside one quote (`"… two weeks,”`), so
whether a mark opens or closes is decided from its surroundings, with the curly
direction only as a tie-breaker. A quote may run over several paragraphs: by
convention the paragraph ends without a closing mark and the next one re-opens.
Single quotes are left alone: they nest inside double quotes or are apostrophes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

DOUBLE_QUOTES = frozenset('"“”„‟«»')
_OPENING_HINT = frozenset("“„‟«")
_OPENERS_BEFORE = frozenset("([{—–-/")


@dataclass(frozen=True)
class Quote:
    start: int  # index of the opening mark
    end: int  # index just past the closing mark
    closed: bool = True
    open_len: int = 1  # "''" and "``" (typewriter style) are two characters
    close_len: int = 1

    @property
    def inner_start(self) -> int:
        return self.start + self.open_len

    @property
    def inner_end(self) -> int:
        return self.end - self.close_len if self.closed else self.end

    def contains(self, pos: int) -> bool:
        return self.inner_start <= pos < self.inner_end


def _mark_length(text: str, i: int) -> int:
    """Length of the double quotation mark at `i`, 0 when there is none."""
    ch = text[i]
    if ch in DOUBLE_QUOTES:
        # A doubled mark (`""We have …`) is a typing slip for one mark, never an empty quote.
        return 2 if text[i + 1 : i + 2] in DOUBLE_QUOTES and text[i + 1 : i + 2] else 1
    if ch in "'`" and text[i + 1 : i + 2] == ch and text[i + 2 : i + 3] != ch:
        return 2
    return 0


def _opens(text: str, i: int, length: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + length] if i + length < len(text) else " "
    if before.isspace() or before in _OPENERS_BEFORE:
        return not after.isspace()
    if after.isspace() or after in ".,;:!?)]":
        return False
    return text[i] in _OPENING_HINT or text[i] == "`"


def _paragraph_end(text: str, i: int) -> int:
    nl = text.find("\n", i)
    return len(text) if nl == -1 else nl


def find_quotes(text: str) -> list[Quote]:
    """All double-quoted passages, in order, without overlaps."""
    quotes: list[Quote] = []
    open_at: int | None = None
    open_len = 1
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None:
            # A quote left open at a paragraph end continues only if the next
            # paragraph re-opens it; otherwise it was never closed.
            j = i
            while j < n and text[j].isspace():
                j += 1
            length = _mark_length(text, j) if j < n else 0
            if length and _opens(text, j, length):
                i = j + length
                continue
            quotes.append(Quote(open_at, i, closed=False, open_len=open_len))
            open_at = None
            i += 1
            continue
        length = _mark_length(text, i)
        if length:
            if _opens(text, i, length):
                open_at, open_len = i, length  # an unbalanced earlier opener is dropped
            elif open_at is not None:
                quotes.append(Quote(open_at, i + length, open_len=open_len, close_len=length))
                open_at = None
            i += length
            continue
        i += 1
    if open_at is not None:
        end = _paragraph_end(text, open_at)
        quotes.append(Quote(open_at, end, closed=False, open_len=open_len))
    return quotes


class QuoteIndex:
    """Fast look-ups from character positions to the quote around them."""

    def __init__(self, quotes: list[Quote], length: int, doc=None):
        self.quotes = quotes
        self.doc = doc
        self._starts = [q.start for q in quotes]
        self._ends = [q.end for q in quotes]
        self._owner = [-1] * (length + 1)
        for qi, q in enumerate(quotes):
            for pos in range(q.start, q.end):
                self._owner[pos] = qi

    def at(self, pos: int) -> Quote | None:
        """The quote whose marks or inside cover `pos`."""
        if 0 <= pos < len(self._owner) and self._owner[pos] >= 0:
            return self.quotes[self._owner[pos]]
        return None

    def inside(self, pos: int) -> bool:
        q = self.at(pos)
        return q is not None and q.inner_start <= pos < q.inner_end

    def within(self, start: int, end: int) -> list[Quote]:
        """Quotes that overlap [start, end). Quotes come in text order and never overlap, so
        both their starts and their ends are sorted: two binary searches, not a scan."""
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, end)
        return self.quotes[first:last]
