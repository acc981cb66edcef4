"""The scoring rule, and the engine measured against the seed gold."""

from pathlib import Path

from claims.extraction import ExtractedStatement, Span, extract_many
from claims.extraction.evaluation import (
    GoldStatement,
    content_overlap,
    evaluate_gold,
    load_gold_dir,
    score,
)

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold" / "extraction"
TEXT = "Anna Berg said the bridge will reopen in March after long repairs."


def _predicted(speaker: str, start: int, end: int) -> ExtractedStatement:
    return ExtractedStatement(
        speaker=Span(TEXT[0:9], 0, 9),
        speaker_canonical=speaker,
        speaker_kind="person",
        speaker_role="",
        cue=Span("said", 10, 14),
        content=Span(TEXT[start:end], start, end),
        kind="indirect",
        channel="",
        said_on=None,
        confidence=0.8,
    )


GOLD = GoldStatement(speaker="Anna Berg", content=((15, 65),))


def test_overlap_is_measured_in_word_tokens():
    # "the bridge will reopen in March" is 6 of the 9 gold words.
    of_gold, of_predicted = content_overlap(TEXT, ((15, 65),), ((15, 46),))
    assert round(of_gold, 2) == 0.67
    assert of_predicted == 1.0


def test_half_the_gold_content_with_the_right_speaker_is_a_match():
    result = score(TEXT, [GOLD], [_predicted("Berg", 15, 46)])
    assert (result.matched, result.precision, result.recall) == (1, 1.0, 1.0)


def test_a_wrong_speaker_counts_against_precision_and_speaker_accuracy():
    result = score(TEXT, [GOLD], [_predicted("Carl Holm", 15, 65)])
    assert result.matched == 0
    assert result.content_matched == 1
    assert result.speaker_accuracy == 0.0


def test_too_little_overlap_is_no_match():
    result = score(TEXT, [GOLD], [_predicted("Anna Berg", 0, 30)])
    assert result.matched == 0
    assert (result.predicted, result.gold) == (1, 1)


def test_matching_is_one_to_one():
    result = score(TEXT, [GOLD], [_predicted("Anna Berg", 15, 65), _predicted("Anna Berg", 15, 60)])
    assert result.matched == 1
    assert result.precision == 0.5


def test_the_engine_scores_f1_of_at_least_0_9_on_the_seed_gold(nlp):
    articles = load_gold_dir(GOLD_DIR)
    assert len(articles) == 2
    predictions = list(extract_many(((a.text, a.published) for a in articles), nlp=nlp))
    scores = evaluate_gold(articles, predictions)
    assert scores.f1 >= 0.9, scores.summary()
    assert scores.speaker_accuracy >= 0.9, scores.summary()
