"""Opposite claims about the same proposition: negation, antonyms, denials."""

from __future__ import annotations

from dataclasses import dataclass

from claims.crossref.lexicon import DENIAL_CUES
from claims.crossref.text import POLAR_STEMS, concept, is_content_word, stem, words

_NEGATORS = frozenset({"not", "never", "nor", "neither"})
_CONDITIONS = frozenset({"until", "unless", "till", "if", "once", "provided"})
# How many function words may sit between a negator and what it negates ("not yet officially").
_NEGATION_REACH = 3
# Words that pass a negation on to the verb after them: "is not going to pay" negates paying,
# as "will not pay" does.
_CARRIERS = frozenset(
    {"going", "gonna", "able", "about", "likely", "planning", "ever", "yet", "even", "really"}
)


@dataclass(frozen=True)
class Polarity:
    signs: dict[str, int]  # concept → +1 / -1 (0 when the text says both)
    polar: frozenset[str]  # concepts that are negated or are one of an antonym pair
    denial: bool  # the cue denies the content ("denied that …")


def polarity_of(content: str, cue: str = "") -> Polarity:
    signs: dict[str, int] = {}
    polar: set[str] = set()
    negated = False
    reach = 0
    last_polar: tuple[str, int] | None = None
    for position, word in enumerate(words(content)):
        lower = word.lower()
        if lower in _NEGATORS:
            negated, reach = True, _NEGATION_REACH
            continue
        if lower in _CONDITIONS and last_polar and position - last_polar[1] <= 4:
            # "will not stop until Kyiv accepts" promises to stop once it does, and "will
            # only agree if" has not agreed: a conditional predicate has no polarity.
            signs[last_polar[0]] = 0
            continue
        if not is_content_word(word) or (negated and (lower.endswith("ly") or lower in _CARRIERS)):
            reach -= 1
            negated = negated and reach > 0
            continue
        term = concept(word)
        base = POLAR_STEMS.get(stem(word), ("", 1))[1]
        sign = -base if negated else base
        if negated or stem(word) in POLAR_STEMS:
            polar.add(term)
        signs[term] = sign if signs.get(term, sign) == sign else 0
        if term in polar:
            last_polar = (term, position)
        negated = False
    denial = any(stem(word) in DENIAL_CUES for word in words(cue))
    return Polarity(signs, frozenset(polar), denial)


def find_contradiction(a: Polarity, b: Polarity, shared: set[str]) -> dict | None:
    """Evidence that two statements about the same proposition say opposite things.

    A negated predicate and a denial cancel out: "denied attending" agrees with
    "did not attend".
    """
    conflicts = sorted(
        term
        for term in shared & (a.polar | b.polar)
        if a.signs.get(term, 0) * b.signs.get(term, 0) == -1
    )
    flipped = a.denial != b.denial
    if bool(conflicts) == flipped:
        return None
    return {
        "concepts": conflicts,
        "a_polarity": {term: a.signs[term] for term in conflicts},
        "b_polarity": {term: b.signs[term] for term in conflicts},
        "denial": {"a": a.denial, "b": b.denial},
    }
