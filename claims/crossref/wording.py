"""Word-level comparison of two renderings of the same quote."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from claims.crossref.text import is_content_word


@dataclass(frozen=True)
class QuoteAlignment:
    ops: list[dict]  # [{"op": "equal" | "insert" | "delete" | "replace", "a": [...], "b": [...]}]
    matched: int  # tokens of the shorter quote found in the longer one
    content_matched: int  # how many of those are content words
    containment: float  # matched / length of the shorter quote
    content_containment: float  # content_matched / content words of the shorter quote
    longest_run: int  # longest verbatim run of tokens
    excerpt: bool  # the shorter quote appears verbatim inside the longer one
    material: bool  # a difference inside the aligned part changes a content word

    @property
    def differs(self) -> bool:
        return any(op["op"] != "equal" for op in self.ops)


def _opcodes(a: list[str], b: list[str]) -> list[dict]:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [
        {"op": tag, "a": a[i1:i2], "b": b[j1:j2]} for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    """Matching runs that are evidence of the same quote, not chance function words."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [
        (i, j, size)
        for i, j, size in matcher.get_matching_blocks()
        if size >= 2 or (size == 1 and is_content_word(a[i]))
    ]


def align_quotes(a: list[str], b: list[str]) -> QuoteAlignment:
    """Diff two quotes over the stretch both cover.

    Outlets often quote different lengths of the same remark, so words outside
    the stretch both quote are an excerpt, not a rewording.
    """
    anchors = _anchors(a, b)
    if not anchors:
        return QuoteAlignment([], 0, 0, 0.0, 0.0, 0, False, False)
    a_start, b_start = anchors[0][0], anchors[0][1]
    a_end = anchors[-1][0] + anchors[-1][2]
    b_end = anchors[-1][1] + anchors[-1][2]
    ops = _opcodes(a[a_start:a_end], b[b_start:b_end])
    matched = sum(size for _, _, size in anchors)
    content_matched = sum(
        is_content_word(word) for i, _, size in anchors for word in a[i : i + size]
    )
    shorter = min(len(a), len(b))
    fewer_content = min(content_count(a), content_count(b))
    longest = max(size for _, _, size in anchors)
    # Any word changed inside the stretch both quote is a rewording ("had expressed" for
    # "have expressed" too): a quotation is the speaker's exact words.
    material = any(
        op["op"] != "equal" and any(any(ch.isalnum() for ch in w) for w in op["a"] + op["b"])
        for op in ops
    )
    return QuoteAlignment(
        ops=ops,
        matched=matched,
        content_matched=content_matched,
        containment=matched / shorter if shorter else 0.0,
        content_containment=content_matched / fewer_content if fewer_content else 0.0,
        longest_run=longest,
        excerpt=longest == shorter,
        material=material,
    )


def content_count(tokens: list[str] | tuple[str, ...]) -> int:
    return sum(is_content_word(word) for word in tokens)


def full_diff(a: list[str], b: list[str]) -> list[dict]:
    """Diff of two whole texts, for a quote set against its paraphrase."""
    return _opcodes(a, b)


def paraphrase_coverage(paraphrase: dict[str, float], quote: dict[str, float]) -> float:
    """Share of the paraphrase's content (by weight) that the quote also says."""
    total = sum(paraphrase.values())
    if not total:
        return 0.0
    return sum(weight for term, weight in paraphrase.items() if term in quote) / total
