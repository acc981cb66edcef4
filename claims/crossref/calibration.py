"""Weights of the same-remark model (claims.crossref.evidence), fitted by
`python bench/fit_same_claim.py --write` on the judged BASIL development events
(bench/gold/basil: 13 events, 8172 pairs, 190 judged one remark).
Regenerate them with that command; do not edit by hand."""

BIAS = -5.1313
WEIGHTS = {
    "agreeing_numbers": 1.2112,
    "assertion": 0.4369,
    "days_apart": -3.1834,
    "excerpt": 1.7703,
    "lexical": 3.3532,
    "measured_fact": 1.8702,
    "other_occasion": -0.3114,
    "quote": 1.3322,
    "quotes_without_run": -1.8759,
    "run_3_to_5": -0.1214,
    "run_long": 0.5091,
    "same_day": 1.0527,
    "same_measure": 0.7782,
    "same_speaker": 3.2529,
    "shared_content": 3.4253,
    "shared_names": 0.3420,
    "unknown_speaker": -0.0275,
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
