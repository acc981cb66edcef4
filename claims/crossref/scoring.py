"""Whether two statements report the same remark, and how their reports differ.

Precision first: a pair is linked only when the calibrated probability that both report
the same remark (claims.crossref.evidence) reaches LINK_THRESHOLD, and two different
speakers' words are one remark only when both outlets print the same quotation. Facts are
compared only inside a linked pair; each difference found carries the probability that
it is real, and one below the discrepancy threshold is kept as unconfirmed evidence on the
pair rather than shown as a discrepancy.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.crossref import calibration
from claims.crossref.contradiction import find_contradiction
from claims.crossref.differences import (
    attribution_difference,
    channel_difference,
    date_differences,
    number_differences,
    wording_difference,
)
from claims.crossref.evidence import PairEvidence, pair_evidence, same_claim_probability
from claims.crossref.number_match import pair_quantities
from claims.crossref.similarity import (
    LONG_QUOTE_TOKENS,
    Features,
    LexicalMatch,
    QuoteMatch,
    lexical_similarity,
    prepare,
    quote_similarity,
    quote_similarity_bound,
    quote_token_overlap,
    speaker_relation,
)
from claims.crossref.types import (
    AGREES,
    CONTRADICTS,
    DISCREPANCY_TYPES,
    WORDING,
    ComparableStatement,
    Difference,
    PairVerdict,
)

# The probability of one remark from which a pair is linked at all.
LINK_THRESHOLD = 0.7
# The probability from which a difference is shown as a discrepancy (the service passes
# the CROSSREF_DISCREPANCY_MIN_SCORE setting).
DISCREPANCY_THRESHOLD = 0.6
# Opposite claims must be about nearly the same words to be one proposition.
CONTRADICTION_FLOOR = 0.6


@dataclass(frozen=True)
class PairFacts:
    """What is measured of a pair before any decision."""

    lexical: LexicalMatch
    quote: QuoteMatch | None
    speakers: str  # "same" | "different" | "unknown"
    evidence: PairEvidence


def compare_statements(a: ComparableStatement, b: ComparableStatement) -> PairVerdict | None:
    """The verdict on two statements from different articles; None when unrelated."""
    if a.article_key == b.article_key:
        return None
    return compare_prepared(prepare(a), prepare(b))


def _agreeing_numbers(a: Features, b: Features) -> int:
    return len(pair_quantities(list(a.quantities), list(b.quantities)).agreeing)


def could_link(a: Features, b: Features, lexical: LexicalMatch, speakers: str) -> bool:
    """Whether any alignment of their quotations could make the pair linkable: most
    candidates are dismissed here, before the costly word alignment. The alignment decides
    only the quote score (at most its bound) and the verbatim run (at most the words both
    quotes share), so the best probability over those ranges bounds the real one and the
    early answer is the full comparison's answer."""
    common = quote_token_overlap(a, b)
    if speakers == "different" and common < LONG_QUOTE_TOKENS:
        return False
    bound = quote_similarity_bound(a, b) or 0.0
    numbers = _agreeing_numbers(a, b)
    runs = {run for run in (0, 2, 3, common) if run <= common}
    return any(
        same_claim_probability(
            pair_evidence(a, b, lexical, speakers, numbers, quote=quote, run=run, excerpt=excerpt)
        )
        >= LINK_THRESHOLD
        for quote in {0.0, bound}
        for run in runs
        for excerpt in ({False, True} if run >= 3 else {False})
    )


def pair_facts(a: Features, b: Features) -> PairFacts | None:
    """The measured evidence of a pair, or None when it cannot be one remark."""
    if a.statement.article_key == b.statement.article_key:
        return None
    lexical = lexical_similarity(a, b)
    speakers = speaker_relation(a.statement, b.statement)
    if not lexical.shared and quote_token_overlap(a, b) == 0:
        return None
    quote = quote_similarity(a, b)
    evidence = pair_evidence(
        a,
        b,
        lexical,
        speakers,
        _agreeing_numbers(a, b),
        quote=quote.score if quote else 0.0,
        run=quote.alignment.longest_run if quote else 0,
        excerpt=bool(quote and quote.alignment.excerpt and quote.alignment.longest_run >= 3),
    )
    return PairFacts(lexical, quote, speakers, evidence)


def compare_prepared(
    a: Features, b: Features, *, discrepancy_threshold: float = DISCREPANCY_THRESHOLD
) -> PairVerdict | None:
    """The verdict on two prepared statements (see `prepare`); None when unrelated."""
    if a.statement.article_key == b.statement.article_key:
        return None
    lexical = lexical_similarity(a, b)
    speakers = speaker_relation(a.statement, b.statement)
    if not could_link(a, b, lexical, speakers):
        return None
    facts = pair_facts(a, b)
    if facts is None:
        return None
    if speakers == "different" and facts.evidence.verbatim_run < LONG_QUOTE_TOKENS:
        return None  # two people's words are one remark only as one printed quotation
    probability = same_claim_probability(facts.evidence)
    if probability < LINK_THRESHOLD:
        return None
    score = round(probability, 3)
    common = {
        "a_key": a.statement.key,
        "b_key": b.statement.key,
        "a_text": a.statement.content,
        "b_text": b.statement.content,
        "score": score,
        "same_remark": facts.evidence.as_dict(),
    }
    contradiction = contradiction_of(a, b, facts)
    if contradiction is not None:
        evidence = common | contradiction | {"a_cue": a.statement.cue, "b_cue": b.statement.cue}
        confidence = round(probability * calibration.RELIABILITY[CONTRADICTS], 3)
        if confidence >= discrepancy_threshold:
            return PairVerdict(False, confidence, [Difference(CONTRADICTS, evidence, confidence)])
        common["unconfirmed"] = [{"type": CONTRADICTS, "score": confidence} | contradiction]
    return _same_claim_verdict(a, b, facts, score, common, discrepancy_threshold)


def contradiction_of(a: Features, b: Features, facts: PairFacts) -> dict | None:
    quote = facts.quote
    if facts.lexical.score < CONTRADICTION_FLOOR and not (quote and quote.score >= 0.8):
        return None
    return find_contradiction(a.polarity, b.polarity, set(facts.lexical.shared))


def candidate_differences(
    a: Features, b: Features, facts: PairFacts
) -> tuple[list[Difference], dict[str, list[dict]]]:
    """Every difference of fact found between two reports of one remark, before any is
    weighed, and the facts they agree on."""
    numbers, agreeing_numbers = number_differences(a, b)
    dates, agreeing_dates = date_differences(a, b)
    found = [
        *numbers,
        *dates,
        channel_difference(a, b, facts.quote),
        attribution_difference(a, b, facts.speakers),
    ]
    agreed = {"numbers": agreeing_numbers, "dates": agreeing_dates}
    return [d for d in found if d is not None], agreed


def _same_claim_verdict(a, b, facts: PairFacts, score, common, threshold) -> PairVerdict:
    candidates, agreed = candidate_differences(a, b, facts)
    shown: list[Difference] = []
    unconfirmed: list[dict] = list(common.pop("unconfirmed", []))
    for difference in candidates:
        confidence = round(score * calibration.RELIABILITY[difference.type], 3)
        if confidence >= threshold:
            shown.append(Difference(difference.type, difference.evidence, confidence))
        else:
            unconfirmed.append({"type": difference.type, "score": confidence} | difference.evidence)
    base = wording_difference(a, b, facts.quote)
    if unconfirmed:
        agreed["unconfirmed"] = unconfirmed
    relations = [Difference(d.type, common | d.evidence, d.score) for d in shown]
    if base is not None:
        relations.insert(0, Difference(WORDING, common | base.evidence | agreed))
    elif not relations:
        relations = [Difference(AGREES, common | agreed)]
    return PairVerdict(True, score, relations)


__all__ = [
    "CONTRADICTION_FLOOR",
    "DISCREPANCY_THRESHOLD",
    "DISCREPANCY_TYPES",
    "LINK_THRESHOLD",
    "PairFacts",
    "compare_prepared",
    "compare_statements",
    "candidate_differences",
    "contradiction_of",
    "pair_facts",
]
