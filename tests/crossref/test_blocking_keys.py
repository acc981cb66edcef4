"""Blocking keys: statements that may report one claim share at least one key."""

from claims.crossref.keys import match_keys, stored_keys


def shared(a: str, b: str) -> set[str]:
    return set(match_keys(a)) & set(match_keys(b))


def test_words_for_one_concept_share_a_key():
    assert shared(
        "the devastating war enters its fourth year with no truce in sight",
        "in the more than four years since the invasion of the north began",
    )


def test_a_demonym_and_its_country_share_a_key():
    assert "turkey" in shared("Turkish officials met on Friday", "Turkey's cabinet met")


def test_numbers_are_keys_as_written():
    assert "50000" in match_keys("a buildup of more than 50,000 troops near the border")


def test_unrelated_sentences_share_no_key():
    assert not shared(
        "the harbour ferry will carry cyclists free of charge",
        "a drought has cut the wheat harvest in the south",
    )


def test_stored_keys_are_space_delimited_for_whole_key_matching():
    keys = stored_keys("the harbour ferry will carry cyclists")

    assert keys.startswith(" ") and keys.endswith(" ")
    assert " ferry " in keys
