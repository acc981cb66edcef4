"""Whatever two statements say, scoring them never raises, a score is a probability, and
every relation it returns is one of the known types with evidence that serialises."""

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.crossref import compare_statements
from claims.crossref.types import RELATION_TYPES, ComparableStatement

WORDS = [
    "will",
    "not",
    "won't",
    "pay",
    "never",
    "50,000",
    "over",
    "more",
    "than",
    "troops",
    "third",
    "year",
    "June",
    "2",
    "March",
    "next",
    "Monday",
    "$1.2",
    "billion",
    "percent",
    "said",
    "the",
    "war",
    "we",
    "\u201c",
    "\u201d",
    '"',
    "\u00ab",
    "\u00bb",
    "\n",
    "\x00",
    "posted",
    "on",
    "X",
    "three",
    "years",
    "talks",
    "Istanbul",
    "half",
    "a",
    "million",
]
CONTENT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60).map(
    " ".join
)
SPEAKERS = st.sampled_from(["", "Donald Trump", "Trump", "Sergei Lavrov", "the White House"])
KINDS = st.sampled_from(["direct", "indirect", "mixed", "assertion"])
DAYS = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 1, 1)))


@st.composite
def statements(draw, article: str):
    speaker = draw(SPEAKERS)
    return ComparableStatement(
        key=f"{article}:1",
        article_key=article,
        outlet=article,
        speaker=speaker,
        speaker_key=speaker.split()[-1].lower() if speaker else "",
        content=draw(CONTENT),
        kind=draw(KINDS),
        channel=draw(st.sampled_from(["", "X", "statement", "reporters"])),
        cue=draw(st.sampled_from(["", "said", "posted on X", "denied", "told reporters"])),
        published=draw(DAYS),
        said_on=draw(DAYS),
    )


@settings(max_examples=400, deadline=None)
@given(statements("a"), statements("b"))
def test_scoring_any_pair_gives_a_probability_and_known_relations(a, b):
    verdict = compare_statements(a, b)
    if verdict is None:
        return
    assert 0.0 <= verdict.score <= 1.0
    assert verdict.relations
    for relation in verdict.relations:
        assert relation.type in RELATION_TYPES
        json.dumps(relation.evidence)


@settings(max_examples=200, deadline=None)
@given(statements("a"), statements("b"))
def test_scoring_is_the_same_whichever_statement_comes_first(a, b):
    forward, backward = compare_statements(a, b), compare_statements(b, a)
    assert (forward is None) == (backward is None)
    if forward is not None:
        assert forward.score == backward.score
        assert sorted(forward.types) == sorted(backward.types)
