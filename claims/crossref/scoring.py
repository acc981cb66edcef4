"""Whether two statements report the same claim, and how their reports differ."""

from __future__ import annotations

from claims.crossref.contradiction import find_contradiction
from claims.crossref.differences import (
    attribution_difference,
    channel_difference,
    date_differences,
    number_differences,
    wording_difference,
)
from claims.crossref.similarity import (
    LONG_QUOTE_TOKENS,
    Features,
    LexicalMatch,
    QuoteMatch,
    lexical_similarity,
    prepare,
    quote_similarity,
    quote_similarity_bound,
    speaker_relation,
)
from claims.crossref.types import (
    AGREES,
    CONTRADICTS,
    ComparableStatement,
    Difference,
    PairVerdict,
    Quantity,
)

SAME_CLAIM = 0.45
# Without the same speaker or a shared quotation, word overlap this low is as often two
# reports on one topic as one claim; such a pair needs more, or a measured fact in common.
OTHER_VOICE_CLAIM = 0.5
QUOTED = 0.5
# Two reports naming the same day for what they describe ("next Monday" written on
# May 29, "June 2") share a fact, not only words.
SAME_DAY_BONUS = 0.05
# The same speaker makes a match likelier, but only once the content already overlaps:
# a speaker says many unrelated things.
SAME_SPEAKER_BONUS = 0.1
SAME_SPEAKER_FLOOR = 0.2
# The same words from two different people need near-verbatim evidence.
OTHER_SPEAKER_PENALTY = 0.15
VERBATIM_QUOTE = 0.8
SHORT_QUOTE_DISCOUNT = 0.6
# Talks on May 16 and talks on June 2 are two meetings, not a discrepancy, unless the
# reports are otherwise close to identical.
DATE_CONFLICT_MARGIN = 0.15
# Opposite claims must be about nearly the same words to be one proposition.
CONTRADICTION_FLOOR = 0.6
# Two reports stating the same measured fact in different words ("its third year",
# "more than three years") are matched through the quantity only when published close
# together and the numbers measure the same thing and are not far apart.
ANCHOR_WINDOW_DAYS = 7
ANCHOR_MAX_GAP = 0.34
ANCHOR_SCORE = 0.46
_ANCHOR_DIMENSIONS = frozenset({"duration", "percent", "money", "count"})


def compare_statements(a: ComparableStatement, b: ComparableStatement) -> PairVerdict | None:
    """The verdict on two statements from different articles; None when unrelated."""
    if a.article_key == b.article_key:
        return None
    return compare_prepared(prepare(a), prepare(b))


def claim_score(lexical: LexicalMatch, quote: QuoteMatch | None, speakers: str) -> float:
    if quote is None:
        return _claim_score(lexical.score, None, speakers, long_run=False)
    long_run = quote.alignment.longest_run >= LONG_QUOTE_TOKENS
    return _claim_score(lexical.score, quote.score, speakers, long_run=long_run)


def _claim_score(lexical: float, quote: float | None, speakers: str, *, long_run: bool) -> float:
    """The claim score from its parts; never lower for a higher quote score, nor for a long
    run rather than a short one (`claim_score_bound` relies on both)."""
    score = lexical
    if quote is not None:
        quote_score = quote
        if speakers != "same" and not long_run:
            quote_score *= SHORT_QUOTE_DISCOUNT
        score = max(score, quote_score)
    if speakers == "same" and score >= SAME_SPEAKER_FLOOR:
        score += SAME_SPEAKER_BONUS
    elif speakers == "different" and (quote is None or quote < VERBATIM_QUOTE):
        score -= OTHER_SPEAKER_PENALTY
    return max(0.0, min(1.0, score))


def cannot_be_one_claim(a: Features, b: Features, lexical: LexicalMatch, speakers: str) -> bool:
    """True when no alignment of their quotes could make the pair one claim: most candidates
    are dismissed here, before the costly word alignment.

    The score is at most the claim score with the quote bound and no short-run discount,
    plus the same-day bonus; every threshold is at least SAME_CLAIM, and only a shared
    quantity lifts a lower score."""
    bound = _claim_score(lexical.score, quote_similarity_bound(a, b), speakers, long_run=True)
    if shares_a_day(lexical):
        bound += SAME_DAY_BONUS
    return bound < SAME_CLAIM and quantity_anchor(a, b) is None


def _near(a: float, b: float) -> bool:
    # Hedges make intervals overlap too easily ("at least four days" holds any longer
    # span), so nearness is judged on the numbers as written.
    return a > 0 and b > 0 and abs(a - b) / max(a, b) <= ANCHOR_MAX_GAP


def quantity_anchor(a: Features, b: Features) -> tuple[Quantity, Quantity] | None:
    """A measured fact both report, when their words alone are too different to say so."""
    published_a, published_b = a.statement.published, b.statement.published
    if published_a is None or published_b is None:
        return None
    if abs((published_a - published_b).days) > ANCHOR_WINDOW_DAYS:
        return None
    for qa in a.quantities:
        for qb in b.quantities:
            if (
                qa.dimension in _ANCHOR_DIMENSIONS
                and qa.dimension == qb.dimension
                and qa.unit
                and qa.unit == qb.unit
                and qa.context & qb.context
                and _near(qa.value, qb.value)
            ):
                return qa, qb
    return None


def claim_threshold(quote: QuoteMatch | None, speakers: str) -> float:
    if speakers == "same" or (quote is not None and quote.score >= QUOTED):
        return SAME_CLAIM
    return OTHER_VOICE_CLAIM


def shares_a_day(lexical: LexicalMatch) -> bool:
    """Both name one exact day other than their publication day (see `prepare`)."""
    return any(term.startswith("@") for term in lexical.shared)


def compare_prepared(a: Features, b: Features) -> PairVerdict | None:
    """The verdict on two prepared statements (see `prepare`); None when unrelated."""
    if a.statement.article_key == b.statement.article_key:
        return None
    lexical = lexical_similarity(a, b)
    speakers = speaker_relation(a.statement, b.statement)
    if cannot_be_one_claim(a, b, lexical, speakers):
        return None
    quote = quote_similarity(a, b)
    score = claim_score(lexical, quote, speakers)
    if score >= SAME_CLAIM - SAME_DAY_BONUS and shares_a_day(lexical):
        score = min(1.0, score + SAME_DAY_BONUS)
    threshold = claim_threshold(quote, speakers)
    if score < threshold and quantity_anchor(a, b):
        score, threshold = max(score, ANCHOR_SCORE), SAME_CLAIM
    if score < threshold:
        return None
    score = round(score, 3)
    common = {
        "a_key": a.statement.key,
        "b_key": b.statement.key,
        "a_text": a.statement.content,
        "b_text": b.statement.content,
        "score": score,
    }
    if lexical.score >= CONTRADICTION_FLOOR or (quote and quote.score >= VERBATIM_QUOTE):
        contradiction = find_contradiction(a.polarity, b.polarity, set(lexical.shared))
        if contradiction:
            evidence = common | contradiction | {"a_cue": a.statement.cue, "b_cue": b.statement.cue}
            return PairVerdict(False, score, [Difference(CONTRADICTS, evidence)])
    numbers, agreeing_numbers = number_differences(a, b)
    dates, agreeing_dates = date_differences(a, b)
    if dates and score < SAME_CLAIM + DATE_CONFLICT_MARGIN:
        return None  # loosely similar reports of different days are different events
    found = [
        wording_difference(a, b, quote),
        *numbers,
        *dates,
        channel_difference(a, b),
        attribution_difference(a, b, speakers),
    ]
    relations = [
        Difference(difference.type, common | difference.evidence)
        for difference in found
        if difference is not None
    ]
    if not relations:
        agreed = {"numbers": agreeing_numbers, "dates": agreeing_dates}
        relations = [Difference(AGREES, common | agreed)]
    return PairVerdict(True, score, relations)
