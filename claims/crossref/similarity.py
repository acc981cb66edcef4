"""Per-statement features, computed once, and the similarity of two of them."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from claims.crossref.channel import channel_of
from claims.crossref.contradiction import Polarity, polarity_of
from claims.crossref.dates import find_dates
from claims.crossref.numbers import find_quantities
from claims.crossref.text import (
    char_ngrams,
    clear_word_cache,
    diff_tokens,
    is_content_word,
    is_name,
    quoted_segments,
    strip_outer_quotes,
    term_weights,
    word_weight,
    words,
)
from claims.crossref.types import ComparableStatement, DateMention, Quantity
from claims.crossref.wording import QuoteAlignment, align_quotes

# Below this much shared content two texts share a few words by chance.
MIN_SHARED_WEIGHT = 2.5
# Names recur across unrelated news ("President Obama"); a claim needs shared content
# beyond them: predicates, objects, numbers, dates.
MIN_SHARED_CONTENT = 2.0
# A quote shorter than this many words is a scare quote ("amassing"), not a quotation.
MIN_QUOTE_TOKENS = 3
# A verbatim run this long is a quotation whoever it is attributed to; shorter ones
# ("very unfair", "Meet the Press") recur by chance unless the same person says them.
LONG_QUOTE_TOKENS = 8
# Character n-grams judge respelt quotes ("we've"/"we have"), given enough text to judge.
MIN_DICE_TOKENS = 5
MIN_DICE = 0.6


@dataclass(frozen=True)
class Features:
    """What the pair scorer reads of one statement. The parts only some pairs need are
    computed on first use: most candidates are dismissed on their terms alone."""

    statement: ComparableStatement
    terms: dict[str, float]
    names: frozenset[str]
    quote_tokens: tuple[str, ...]  # words inside quotation marks ("" when none)
    full_quote: bool  # the whole content is a direct quote
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]

    @cached_property
    def total_weight(self) -> float:
        return sum(self.terms.values())

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """Every word of the content, for paraphrase diffs."""
        return tuple(diff_tokens(self.statement.content))

    @cached_property
    def quote_content(self) -> tuple[str, ...]:
        """The quote's words that say something: a shared frame of function words ("I
        have never seen a ... like this, it is ...") is not a shared quotation."""
        return tuple(word for word in self.quote_tokens if is_content_word(word))

    @cached_property
    def quote_grams(self) -> frozenset[str]:
        return char_ngrams(" ".join(self.quote_content)) if self.quote_content else frozenset()

    @cached_property
    def polarity(self) -> Polarity:
        return polarity_of(self.statement.content, self.statement.cue)

    @cached_property
    def channel(self) -> str:
        return channel_of(self.statement.channel, self.statement.cue)


@lru_cache(maxsize=50_000)
def prepare(statement: ComparableStatement) -> Features:
    """Everything the pair scorer needs from one statement, computed once."""
    terms, quote_tokens, quantities, dates = _content_features(
        statement.content, statement.published, statement.kind
    )
    return Features(
        statement=statement,
        terms=terms,
        names=frozenset(term for term, weight in terms.items() if weight >= 1.5),
        quote_tokens=quote_tokens,
        full_quote=statement.kind == "direct",
        quantities=quantities,
        dates=dates,
    )


# Outlets often carry the same wire text word for word: its reports share these.
@lru_cache(maxsize=50_000)
def _content_features(
    content: str, published: date | None, kind: str
) -> tuple[dict[str, float], tuple[str, ...], tuple[Quantity, ...], tuple[DateMention, ...]]:
    dates = find_dates(content, published)
    quantities = find_quantities(content, [(d.start, d.end) for d in dates])
    terms = term_weights(content)
    for quantity in quantities:
        for edge in (quantity.low, quantity.high):
            if 0 < edge < math.inf:
                terms[f"#{edge:g}"] = 0.8 if edge < 10 else 1.2
    for mention in dates:
        first, last = mention.ranges[0]
        if len(mention.ranges) == 1 and first == last and first != published:
            terms[f"@{first.isoformat()}"] = 1.2
    # A quotation interrupted by its attribution ("…,” he said. “…") quotes only its parts.
    segments = quoted_segments(content)
    direct_whole = kind == "direct" and not segments
    quote = strip_outer_quotes(content) if direct_whole else " ".join(segments)
    quote_tokens = tuple(diff_tokens(quote))
    if len(quote_tokens) < MIN_QUOTE_TOKENS:
        quote_tokens = ()
    return terms, quote_tokens, tuple(quantities), tuple(dates)


def clear_caches() -> None:
    """Forget every prepared statement and cached name, as a freshly started worker has."""
    prepare.cache_clear()
    _content_features.cache_clear()
    _speaker_names.cache_clear()
    clear_word_cache()


def _spelling_variants(a: Features, b: Features) -> dict[str, str]:
    """Names spelt differently in the two texts ("Zelensky", "Zelenskyy"), a → b."""
    variants = {}
    for name_a in a.names - b.terms.keys():
        for name_b in b.names - a.terms.keys():
            if similar_spelling(name_a, name_b):
                variants[name_a] = name_b
    return variants


def similar_spelling(a: str, b: str) -> bool:
    """Transliteration variants share their start and differ by a letter or two."""
    if len(a) < 5 or a[:3] != b[:3] or abs(len(a) - len(b)) > 2:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.85


@dataclass(frozen=True)
class LexicalMatch:
    score: float
    shared: frozenset[str]
    shared_weight: float
    content_weight: float  # the shared weight that is not names


def lexical_similarity(a: Features, b: Features) -> LexicalMatch:
    """Weighted overlap of content terms, balanced between containment and cosine.

    Containment lets a short paraphrase match the long quote it summarises; the
    cosine part keeps one shared word in a long text from counting for much.
    """
    variants = _spelling_variants(a, b)
    shared = {term for term in a.terms if term in b.terms} | set(variants)
    shared_weight = sum(min(a.terms[t], b.terms[variants.get(t, t)]) for t in shared)
    total_a, total_b = a.total_weight, b.total_weight
    if not shared_weight:
        return LexicalMatch(0.0, frozenset(), 0.0, 0.0)
    cosine = shared_weight / math.sqrt(total_a * total_b)
    containment = shared_weight / min(total_a, total_b)
    score = 0.5 * cosine + 0.5 * containment
    content_weight = sum(min(a.terms[t], b.terms[t]) for t in shared - a.names - set(variants))
    score *= min(1.0, shared_weight / MIN_SHARED_WEIGHT)
    score *= min(1.0, content_weight / MIN_SHARED_CONTENT) ** 2
    return LexicalMatch(min(score, 1.0), frozenset(shared), shared_weight, content_weight)


@dataclass(frozen=True)
class QuoteMatch:
    score: float
    alignment: QuoteAlignment


def quote_similarity(a: Features, b: Features) -> QuoteMatch | None:
    """How surely two quotations are the same words: verbatim runs and character n-grams."""
    if not _quotes_comparable(a, b):
        return None
    alignment = align_quotes(list(a.quote_tokens), list(b.quote_tokens))
    run_score = 0.0
    # "that simple" or "I think" recur by chance; a shared quotation has a verbatim
    # run of a few words carrying content.
    if alignment.longest_run >= MIN_QUOTE_TOKENS and (
        alignment.content_matched >= 2 or alignment.excerpt
    ):
        containment = min(alignment.containment, alignment.content_containment)
        run_score = _run_score(containment, alignment.longest_run)
    return QuoteMatch(max(run_score, _dice(a, b)), alignment)


def quote_similarity_bound(a: Features, b: Features) -> float | None:
    """At least `quote_similarity(a, b).score` (None when that is None), without aligning.

    Aligned words pair equal words one to one, so no more of them match, nor run
    verbatim, than the two quotes have words in common.
    """
    if not _quotes_comparable(a, b):
        return None
    common = (Counter(a.quote_tokens) & Counter(b.quote_tokens)).total()
    shorter = min(len(a.quote_tokens), len(b.quote_tokens))
    common_content = (Counter(a.quote_content) & Counter(b.quote_content)).total()
    fewer_content = min(len(a.quote_content), len(b.quote_content))
    run_score = 0.0
    if common >= MIN_QUOTE_TOKENS:
        containment = min(common / shorter, common_content / fewer_content, 1.0)
        run_score = _run_score(containment, common)
    return max(run_score, _dice(a, b))


def quote_token_overlap(a: Features, b: Features) -> int:
    """How many quoted words the two quotations have in common (counted with repeats): no
    alignment pairs more of them, nor runs longer. 0 when they cannot be compared."""
    if not _quotes_comparable(a, b):
        return 0
    return (Counter(a.quote_tokens) & Counter(b.quote_tokens)).total()


def _quotes_comparable(a: Features, b: Features) -> bool:
    if not a.quote_tokens or not b.quote_tokens:
        return False
    shared_words = set(a.quote_tokens) & set(b.quote_tokens)
    return sum(is_content_word(word) for word in shared_words) >= 1


def _run_score(containment: float, longest_run: int) -> float:
    # A verbatim excerpt of three words is weaker evidence than one of ten.
    length_factor = min(1.0, longest_run / LONG_QUOTE_TOKENS)
    return containment * (0.4 + 0.6 * length_factor)


def _dice(a: Features, b: Features) -> float:
    """Character n-gram overlap of two quotes long enough to judge, 0 below MIN_DICE."""
    if min(len(a.quote_tokens), len(b.quote_tokens)) < MIN_DICE_TOKENS:
        return 0.0
    grams_a, grams_b = a.quote_grams, b.quote_grams
    if not grams_a or not grams_b:
        return 0.0
    dice = 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))
    return dice if dice >= MIN_DICE else 0.0


def speaker_relation(a: ComparableStatement, b: ComparableStatement) -> str:
    """ "same", "different", or "unknown" when either is the outlet's own voice."""
    if not (a.speaker or a.speaker_key) or not (b.speaker or b.speaker_key):
        return "unknown"
    if a.speaker_key and a.speaker_key == b.speaker_key:
        return "same"
    names_a, names_b = _speaker_names(a.speaker), _speaker_names(b.speaker)
    for name_a in names_a:
        for name_b in names_b:
            if name_a == name_b or similar_spelling(name_a, name_b):
                return "same"  # surname-only or a spelling variant
    return "different"


@lru_cache(maxsize=20_000)
def _speaker_names(speaker: str) -> frozenset[str]:
    # A few hundred speakers meet in thousands of pairs.
    return frozenset(w.lower() for w in words(speaker) if is_name(w))


def candidate_terms(content: str, limit: int = 12) -> list[str]:
    """Words to prefilter candidates with a text index: the most telling words first."""
    weighted: dict[str, float] = {}
    for word in words(content):
        lower = word.lower()
        weight = word_weight(word)
        if weight and lower not in weighted:
            weighted[lower] = weight + min(len(lower), 12) / 100
    for quantity in find_quantities(content):
        digits = "".join(ch for ch in quantity.raw if ch.isdigit())
        if digits:
            weighted.setdefault(digits, 1.0)
    ranked = sorted(weighted, key=lambda term: -weighted[term])
    return ranked[:limit]
