"""Where a statement was made: posts, written statements, remarks to reporters."""

import pytest

from claims.crossref import compare_statements
from claims.crossref.channel import channel_of, channels_differ


@pytest.mark.parametrize(
    ("channel", "cue", "expected"),
    [
        ("", "posted on X", "X"),
        ("X", "", "X"),
        ("", "tweeted", "X"),
        ("", "wrote on Telegram", "telegram"),
        ("", "posted", "social"),
        ("", "said in a statement", "statement"),
        ("statement", "", "statement"),
        ("", "told reporters", "reporters"),
        ("", "said in an interview", "interview"),
        ("", "said", ""),
    ],
)
def test_it_names_the_channel_from_the_channel_or_the_cue(channel, cue, expected):
    assert channel_of(channel, cue) == expected


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("X", "", True),
        ("X", "statement", True),
        ("X", "reporters", True),
        ("reporters", "interview", True),
        ("statement", "", False),
        ("social", "X", False),
        ("written", "statement", False),
        ("", "", False),
        ("reporters", "", False),
    ],
)
def test_it_tells_material_channel_differences(a, b, differ):
    assert channels_differ(a, b) is differ
    assert channels_differ(b, a) is differ


def test_it_names_a_statement_reported_as_remarks_to_reporters(statement):
    a = statement(
        "The United States will not recognise the annexation of Crimea",
        article="one",
        speaker="Marco Rubio",
        cue="wrote on X",
        kind="direct",
    )
    b = statement(
        "The United States will not recognise the annexation of Crimea",
        article="two",
        speaker="Marco Rubio",
        cue="told reporters",
        kind="direct",
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["channel"]
    evidence = verdict.relations[0].evidence
    assert (evidence["a_channel"], evidence["b_channel"]) == ("X", "reporters")


def test_a_paraphrase_in_other_channels_is_no_channel_discrepancy(statement):
    # Without one printed quotation the two may be two occasions: the speaker said it on X
    # and again to reporters.
    a = statement(
        "the United States will not recognise the annexation of Crimea",
        article="one",
        speaker="Marco Rubio",
        cue="wrote on X",
    )
    b = statement(
        "the United States will not recognise the annexation of Crimea",
        article="two",
        speaker="Marco Rubio",
        cue="told reporters",
    )

    verdict = compare_statements(a, b)

    assert verdict is None or "channel" not in verdict.types


def test_it_does_not_compare_channels_of_an_outlets_own_sentence(statement):
    a = statement("the United States will not recognise the annexation of Crimea", article="one")
    b = statement(
        "the United States will not recognise the annexation of Crimea",
        article="two",
        speaker="Marco Rubio",
        cue="posted on X",
    )

    verdict = compare_statements(a, b)

    assert verdict is None or verdict.types == ["agrees"]
