"""Weights of the same-remark model (claims.crossref.evidence), fitted by
`python bench/fit_same_claim.py --write` on the judged BASIL development events
(bench/gold/basil: 13 events, 8266 pairs, 189 judged one remark).
Regenerate them with that command; do not edit by hand."""

BIAS = -5.4735
WEIGHTS = {
    "agreeing_numbers": 1.2414,
    "assertion": 0.7035,
    "days_apart": -3.2212,
    "excerpt": 1.5709,
    "lexical": 3.3480,
    "measured_fact": 1.8655,
    "other_occasion": -0.2718,
    "quote": 1.3241,
    "quotes_without_run": -1.8493,
    "run_3_to_5": -0.1061,
    "run_long": 0.7818,
    "same_day": 1.0689,
    "same_measure": 0.7717,
    "same_speaker": 3.5680,
    "shared_content": 3.3714,
    "shared_names": 0.3918,
    "unknown_speaker": 0.0557,
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
