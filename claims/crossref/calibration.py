"""Weights of the same-remark model (claims.crossref.evidence), fitted by
`python bench/fit_same_claim.py --write` on the judged BASIL development events
(bench/gold/basil: 13 events, 8197 pairs, 190 judged one remark).
Regenerate them with that command; do not edit by hand."""

BIAS = -5.1362
WEIGHTS = {
    "agreeing_numbers": 1.2153,
    "assertion": 0.4347,
    "days_apart": -3.1713,
    "excerpt": 1.7884,
    "lexical": 3.3286,
    "measured_fact": 1.8709,
    "other_occasion": -0.3145,
    "quote": 1.3297,
    "quotes_without_run": -1.8901,
    "run_3_to_5": -0.1173,
    "run_long": 0.6724,
    "same_day": 1.0583,
    "same_measure": 0.7829,
    "same_speaker": 3.2603,
    "shared_content": 3.4122,
    "shared_names": 0.3733,
    "unknown_speaker": -0.0256,
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
