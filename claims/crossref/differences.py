"""The facts two reports of the same claim disagree on, each with its evidence."""

from __future__ import annotations

from datetime import date

from claims.crossref.channel import channel_evidence, channels_differ
from claims.crossref.dates import date_evidence
from claims.crossref.number_match import pair_quantities, quantity_evidence
from claims.crossref.similarity import Features, QuoteMatch
from claims.crossref.text import is_name, words
from claims.crossref.types import (
    ATTRIBUTION,
    CHANNEL,
    DATE,
    NUMBER,
    WORDING,
    DateMention,
    Difference,
)
from claims.crossref.wording import full_diff, paraphrase_coverage

# A paraphrase keeping less of its content in the quote than this has drifted from it.
FAITHFUL_PARAPHRASE = 0.7
# Quotes this similar are the same quotation, so their word differences are rewording.
SAME_QUOTE = 0.5
# Reports a day apart may disagree on the day a remark was made by time zone alone.
SAID_ON_SLACK_DAYS = 1


def wording_difference(a: Features, b: Features, quote: QuoteMatch | None) -> Difference | None:
    if quote and quote.score >= SAME_QUOTE:
        if not quote.alignment.material:
            return None
        return Difference(
            WORDING,
            {
                "form": "quote",
                "ops": quote.alignment.ops,
                "containment": round(quote.alignment.containment, 3),
            },
        )
    if a.full_quote == b.full_quote:
        return None
    quoted, paraphrased = (a, b) if a.full_quote else (b, a)
    if paraphrased.statement.kind == "assertion":
        return None  # an outlet's own sentence paraphrases nobody
    if paraphrased.quote_tokens and paraphrased.statement.kind == "mixed":
        return None  # both quote the speaker; their shared words were compared above
    coverage = paraphrase_coverage(paraphrased.terms, quoted.terms)
    if coverage >= FAITHFUL_PARAPHRASE:
        return None
    return Difference(
        WORDING,
        {
            "form": "paraphrase",
            "quoted": "a" if quoted is a else "b",
            "ops": full_diff(list(a.tokens), list(b.tokens)),
            "coverage": round(coverage, 3),
        },
    )


def number_differences(a: Features, b: Features) -> tuple[list[Difference], list[dict]]:
    pairs = pair_quantities(list(a.quantities), list(b.quantities))
    differing = [Difference(NUMBER, quantity_evidence(qa, qb)) for qa, qb in pairs.differing]
    agreeing = [quantity_evidence(qa, qb) for qa, qb in pairs.agreeing]
    return differing, agreeing


def _distance(a: DateMention, b: DateMention) -> int:
    return min(abs((a_first - b_first).days) for a_first, _ in a.ranges for b_first, _ in b.ranges)


def date_differences(a: Features, b: Features) -> tuple[list[Difference], list[dict]]:
    agreeing = [date_evidence(da, db) for da in a.dates for db in b.dates if da.overlaps(db)]
    unmatched_a = [da for da in a.dates if not any(da.overlaps(db) for db in b.dates)]
    unmatched_b = [db for db in b.dates if not any(db.overlaps(da) for da in a.dates)]
    differing = []
    for da in unmatched_a:
        # Only dates of the same event disagree ("talks on May 28" vs "talks on May 27"),
        # and only dates that can be read one way.
        rivals = [
            db
            for db in unmatched_b
            if da.frame & db.frame
            and da.certain
            and db.certain
            and not (_whole_year(da) or _whole_year(db))
        ]
        if rivals:
            db = min(rivals, key=lambda candidate: _distance(da, candidate))
            differing.append(Difference(DATE, date_evidence(da, db)))
    said_on = _said_on_difference(a.statement.said_on, b.statement.said_on)
    if said_on:
        differing.append(said_on)
    return differing, agreeing


def _whole_year(mention: DateMention) -> bool:
    """A bare year ("the 2016 election") dates an era, not the event a day names."""
    return all((last - first).days >= 364 for first, last in mention.ranges)


def _said_on_difference(a: date | None, b: date | None) -> Difference | None:
    if a is None or b is None or abs((a - b).days) <= SAID_ON_SLACK_DAYS:
        return None
    return Difference(
        DATE,
        {
            "a_phrase": "said on",
            "b_phrase": "said on",
            "a_resolved": a.isoformat(),
            "b_resolved": b.isoformat(),
        },
    )


def channel_difference(a: Features, b: Features, quote: QuoteMatch | None) -> Difference | None:
    if "assertion" in (a.statement.kind, b.statement.kind):
        return None  # an outlet's own sentence has no channel to compare
    if quote is None or quote.score < SAME_QUOTE:
        # Only one quotation printed by both is surely one remark: a speaker's other
        # remarks came through other channels as a matter of course.
        return None
    if not channels_differ(a.channel, b.channel):
        return None
    return Difference(
        CHANNEL, channel_evidence(a.channel, b.channel, a.statement.cue, b.statement.cue)
    )


def names_its_speaker(statement) -> bool:
    """The speaker is named where the statement is ("Rubio said"), not reached through a
    pronoun or a title, whose resolution could be the error. Without the mention (older
    callers), the name is taken as given."""
    if not statement.speaker_mention:
        return True
    mention = {w.lower() for w in words(statement.speaker_mention)}
    return any(w.lower() in mention for w in words(statement.speaker) if is_name(w))


def attribution_difference(a: Features, b: Features, speakers: str) -> Difference | None:
    if speakers != "different":
        return None
    if not (names_its_speaker(a.statement) and names_its_speaker(b.statement)):
        return None  # one side's speaker may be a resolution error, not the outlet's claim
    return Difference(
        ATTRIBUTION,
        {
            "a_speaker": a.statement.speaker or a.statement.speaker_key,
            "b_speaker": b.statement.speaker or b.statement.speaker_key,
        },
    )
