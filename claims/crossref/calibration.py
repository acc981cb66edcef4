"""Weights of the same-remark model (claims.crossref.evidence), fitted by
`python bench/fit_same_claim.py --write` on the judged BASIL development events
(bench/gold/basil: 13 events, 8282 pairs, 192 judged one remark).
Regenerate them with that command; do not edit by hand."""

BIAS = -5.1794
WEIGHTS = {
    "agreeing_numbers": 1.2036,
    "assertion": 0.5744,
    "days_apart": -3.1731,
    "excerpt": 1.5840,
    "lexical": 3.3528,
    "measured_fact": 1.8677,
    "other_occasion": -0.2974,
    "quote": 1.2913,
    "quotes_without_run": -1.8947,
    "run_3_to_5": -0.1807,
    "run_long": 0.7275,
    "same_day": 1.0364,
    "same_measure": 0.7694,
    "same_speaker": 3.3175,
    "shared_content": 3.4866,
    "shared_names": 0.3730,
    "unknown_speaker": -0.1235,
}

# Of the differences of each type found inside a pair judged one remark, the share that is
# real on the development events.
RELIABILITY = {
    "number": 0.917,
    "date": 0.9,
    "channel": 0.909,
    "attribution": 0.9,
    "contradicts": 0.9,
}

# Of the pairs of outlets' own sentences stating one measure in the same frame, the share
# judged one fact (claims.crossref.evidence.same_claim_probability).
MEASURED_FACT_PROBABILITY = 0.857
