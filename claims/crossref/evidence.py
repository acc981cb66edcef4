"""The evidence that two statements report the same remark, and its calibrated probability.

Every feature is something an editor can be shown: shared quoted words, how much of the
content both say, whether the speaker is the same, shared names and numbers, how far
apart the reports are. The probability is a logistic model over them, fitted on judged
pairs (bench/fit_same_claim.py writes claims/crossref/calibration.py), so that a pair
scored 0.9 is the same remark about nine times in ten on the development events.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from claims.crossref import calibration
from claims.crossref.channel import channels_differ
from claims.crossref.number_match import same_frame
from claims.crossref.similarity import Features, LexicalMatch

# A verbatim run of this many quoted words is one printed quotation, not a chance phrase.
LONG_RUN = 6
# Reports a day apart may date one remark differently by time zone alone.
SAID_ON_SLACK_DAYS = 1


@dataclass(frozen=True)
class PairEvidence:
    lexical: float  # weighted overlap of content terms, 0..1
    shared_content: float  # weight of shared terms other than names
    quote: float  # how surely the quotations are the same words, 0..1 (0: none to compare)
    verbatim_run: int  # longest run of quoted words both print
    excerpt: bool  # one quotation is printed whole inside the other
    both_quoted: bool  # each side quotes the speaker
    same_speaker: bool
    unknown_speaker: bool  # one side names nobody (or is the outlet's own sentence)
    shared_names: int  # names both mention, the speaker's aside
    agreeing_numbers: int  # quantities both state alike
    same_measure: bool  # both state a quantity of the same thing ("third year", "three years")
    same_day: bool  # both name one day other than their publication day ("next Monday", "June 2")
    assertion: bool  # one side is the outlet's own sentence
    both_assertions: bool  # each side is its outlet's own sentence
    days_apart: int
    # The reports place the remark on different days or in different channels ("at a rally
    # on Sunday", "in a tweet on Friday"): the same point made twice, not one remark.
    other_occasion: bool = False

    def features(self) -> dict[str, float]:
        """The model's inputs, each scaled to about 0..1."""
        run = self.verbatim_run
        return {
            "lexical": self.lexical,
            "shared_content": min(self.shared_content, 8.0) / 8.0,
            "quote": self.quote,
            "run_3_to_5": float(3 <= run < LONG_RUN),
            "run_long": float(run >= LONG_RUN),
            "excerpt": float(self.excerpt),
            # Two quotations with no run in common are two different remarks, however
            # alike their topic.
            "quotes_without_run": float(self.both_quoted and run < 3),
            "same_speaker": float(self.same_speaker),
            "unknown_speaker": float(self.unknown_speaker),
            "shared_names": min(self.shared_names, 3) / 3,
            "agreeing_numbers": float(self.agreeing_numbers > 0),
            "same_measure": float(self.same_measure),
            "same_day": float(self.same_day),
            # The outlet's own sentences agree or differ on a measured fact, not on a remark:
            # there a shared measure is the evidence that matters.
            "measured_fact": float(self.both_assertions and self.same_measure),
            "assertion": float(self.assertion),
            "days_apart": min(self.days_apart, 10) / 10,
            "other_occasion": float(self.other_occasion),
        }

    def as_dict(self) -> dict:
        return asdict(self)


def pair_evidence(
    a: Features,
    b: Features,
    lexical: LexicalMatch,
    speakers: str,
    agreeing_numbers: int,
    *,
    quote: float,
    run: int,
    excerpt: bool = False,
) -> PairEvidence:
    """The evidence of a pair whose quotations score `quote` with a verbatim run of `run`
    words (both 0 when there is nothing to compare)."""
    published_a, published_b = a.statement.published, b.statement.published
    days = abs((published_a - published_b).days) if published_a and published_b else 10
    speaker_words = {w.lower() for s in (a, b) for w in s.statement.speaker.split()}
    names = {n for n in a.names & b.names if n.lower() not in speaker_words}
    return PairEvidence(
        lexical=round(lexical.score, 4),
        shared_content=round(lexical.content_weight, 4),
        quote=round(quote, 4),
        verbatim_run=run,
        excerpt=excerpt,
        both_quoted=bool(a.quote_tokens) and bool(b.quote_tokens),
        same_speaker=speakers == "same",
        unknown_speaker=speakers == "unknown",
        shared_names=len(names),
        agreeing_numbers=agreeing_numbers,
        same_measure=same_measure(a, b),
        same_day=any(term.startswith("@") for term in lexical.shared),
        assertion="assertion" in (a.statement.kind, b.statement.kind),
        both_assertions=a.statement.kind == b.statement.kind == "assertion",
        days_apart=days,
        other_occasion=other_occasion(a, b),
    )


def other_occasion(a: Features, b: Features) -> bool:
    said_a, said_b = a.statement.said_on, b.statement.said_on
    if said_a and said_b and abs((said_a - said_b).days) > SAID_ON_SLACK_DAYS:
        return True
    return bool(a.channel and b.channel and channels_differ(a.channel, b.channel))


# Two reports stating one measured fact in different words ("its third year", "more than three
# years") share it when published close together, measuring the same thing, not far apart.
MEASURE_WINDOW_DAYS = 7
MEASURE_MAX_GAP = 0.34
_MEASURE_DIMENSIONS = frozenset({"duration", "percent", "money", "count"})


def same_measure(a: Features, b: Features) -> bool:
    published_a, published_b = a.statement.published, b.statement.published
    if published_a is None or published_b is None:
        return False
    if abs((published_a - published_b).days) > MEASURE_WINDOW_DAYS:
        return False
    return any(
        qa.dimension in _MEASURE_DIMENSIONS
        and qa.dimension == qb.dimension
        and qa.unit
        and qa.unit == qb.unit
        and same_frame(qa, qb)
        and _near(qa.value, qb.value)
        for qa in a.quantities
        for qb in b.quantities
    )


def _near(a: float, b: float) -> bool:
    # Hedges make intervals overlap too easily ("at least four days" holds any longer
    # span), so nearness is judged on the numbers as written.
    return a > 0 and b > 0 and abs(a - b) / max(a, b) <= MEASURE_MAX_GAP


def same_claim_probability(evidence: PairEvidence) -> float:
    """P(the two statements report the same remark | the evidence), as calibrated."""
    features = evidence.features()
    logit = calibration.BIAS + sum(
        calibration.WEIGHTS.get(name, 0.0) * value for name, value in features.items()
    )
    probability = 1.0 / (1.0 + math.exp(-logit))
    if features["measured_fact"]:
        # Two outlets' own sentences stating one measure of one thing in the same frame are
        # one fact as often as the judged pairs of that kind show, whatever their wording:
        # a rule with its own measured rate, which the additive model cannot express.
        probability = max(probability, calibration.MEASURED_FACT_PROBABILITY)
    return probability
