"""Per-statement features, computed once, and the similarity of two of them."""

from __future__ import annotations

import math
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from claims.crossref.channel import channel_of
from claims.crossref.contradiction import Polarity, polarity_of
from claims.crossref.dates import find_dates
from claims.crossref.numbers import find_quantities
from claims.crossref.text import (
    char_ngrams,
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
    statement: ComparableStatement
    terms: dict[str, float]
    names: frozenset[str]
    tokens: tuple[str, ...]  # every word of the content, for paraphrase diffs
    quote_tokens: tuple[str, ...]  # words inside quotation marks ("" when none)
    quote_grams: frozenset[str]
    full_quote: bool  # the whole content is a direct quote
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    polarity: Polarity
    channel: str

    @property
    def total_weight(self) -> float:
        return sum(self.terms.values())


@lru_cache(maxsize=50_000)
def prepare(statement: ComparableStatement) -> Features:
    """Everything the pair scorer needs from one statement, computed once."""
    content = statement.content
    dates = find_dates(content, statement.published)
    quantities = find_quantities(content, [(d.start, d.end) for d in dates])
    terms = term_weights(content)
    for quantity in quantities:
        for edge in (quantity.low, quantity.high):
            if 0 < edge < math.inf:
                terms[f"#{edge:g}"] = 0.8 if edge < 10 else 1.2
    for mention in dates:
        first, last = mention.ranges[0]
        if len(mention.ranges) == 1 and first == last and first != statement.published:
            terms[f"@{first.isoformat()}"] = 1.2
    full_quote = statement.kind == "direct"
    quote = strip_outer_quotes(content) if full_quote else " ".join(quoted_segments(content))
    quote_tokens = tuple(diff_tokens(quote))
    if len(quote_tokens) < MIN_QUOTE_TOKENS:
        quote_tokens = ()
    return Features(
        statement=statement,
        terms=terms,
        names=frozenset(term for term, weight in terms.items() if weight >= 1.5),
        tokens=tuple(diff_tokens(content)),
        quote_tokens=quote_tokens,
        quote_grams=char_ngrams(" ".join(quote_tokens)) if quote_tokens else frozenset(),
        full_quote=full_quote,
        quantities=tuple(quantities),
        dates=tuple(dates),
        polarity=polarity_of(content, statement.cue),
        channel=channel_of(statement.channel, statement.cue),
    )


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
    if not a.quote_tokens or not b.quote_tokens:
        return None
    shared_words = set(a.quote_tokens) & set(b.quote_tokens)
    if sum(is_content_word(word) for word in shared_words) < 1:
        return None
    alignment = align_quotes(list(a.quote_tokens), list(b.quote_tokens))
    shorter = min(len(a.quote_tokens), len(b.quote_tokens))
    run_score = 0.0
    # "that simple" or "I think" recur by chance; a shared quotation has a verbatim
    # run of a few words carrying content.
    if alignment.longest_run >= MIN_QUOTE_TOKENS and (
        alignment.content_matched >= 2 or alignment.excerpt
    ):
        # A verbatim excerpt of three words is weaker evidence than one of ten.
        length_factor = min(1.0, alignment.longest_run / LONG_QUOTE_TOKENS)
        run_score = alignment.containment * (0.4 + 0.6 * length_factor)
    dice = 0.0
    if shorter >= MIN_DICE_TOKENS:
        grams_a, grams_b = a.quote_grams, b.quote_grams
        dice = 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))
        dice = dice if dice >= MIN_DICE else 0.0
    return QuoteMatch(max(run_score, dice), alignment)


def speaker_relation(a: ComparableStatement, b: ComparableStatement) -> str:
    """ "same", "different", or "unknown" when either is the outlet's own voice."""
    if not (a.speaker or a.speaker_key) or not (b.speaker or b.speaker_key):
        return "unknown"
    if a.speaker_key and a.speaker_key == b.speaker_key:
        return "same"
    names_a = {w.lower() for w in words(a.speaker) if is_name(w)}
    names_b = {w.lower() for w in words(b.speaker) if is_name(w)}
    for name_a in names_a:
        for name_b in names_b:
            if name_a == name_b or similar_spelling(name_a, name_b):
                return "same"  # surname-only or a spelling variant
    return "different"


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
