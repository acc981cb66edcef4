"""Weights of the same-remark model (claims.crossref.evidence), fitted by
`python bench/fit_same_claim.py --write` on the judged BASIL development events
(bench/gold/basil: 13 events, 8172 pairs, 190 judged one remark).
Regenerate them with that command; do not edit by hand."""

BIAS = -5.1351
WEIGHTS = {
    "agreeing_numbers": 1.2143,
    "assertion": 0.4377,
    "days_apart": -3.1703,
    "excerpt": 1.7659,
    "lexical": 3.3321,
    "measured_fact": 1.8707,
    "other_occasion": -0.3140,
    "quote": 1.3252,
    "quotes_without_run": -1.8899,
    "run_3_to_5": -0.1241,
    "run_long": 0.6755,
    "same_day": 1.0571,
    "same_measure": 0.7820,
    "same_speaker": 3.2601,
    "shared_content": 3.4121,
    "shared_names": 0.3705,
    "unknown_speaker": -0.0283,
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
