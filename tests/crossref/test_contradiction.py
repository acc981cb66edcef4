"""Opposite claims about the same proposition."""

from claims.crossref import compare_statements
from claims.crossref.contradiction import polarity_of


def test_it_finds_a_negated_predicate(statement):
    a = statement("Putin will attend the peace summit in Istanbul", article="one", speaker="Peskov")
    b = statement(
        "Putin will not attend the peace summit in Istanbul", article="two", speaker="Peskov"
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and not verdict.same_claim
    assert verdict.types == ["contradicts"]
    assert verdict.relations[0].evidence["concepts"] == ["attend"]


def test_it_finds_opposite_verbs(statement):
    a = statement(
        "Ukraine agreed to the Russian proposal for a memorandum exchange before the talks",
        article="one",
    )
    b = statement(
        "Ukraine rejected the Russian proposal for a memorandum exchange before the talks",
        article="two",
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["contradicts"]


def test_it_finds_a_denial_against_a_confirmation(statement):
    content = "the delegation would travel to Istanbul for a second round of talks"
    a = statement(content, article="one", speaker="Dmitry Peskov", cue="confirmed")
    b = statement(content, article="two", speaker="Dmitry Peskov", cue="denied")

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["contradicts"]
    assert verdict.relations[0].evidence["denial"] == {"a": False, "b": True}


def test_it_lets_a_denial_and_a_negation_agree(statement):
    a = statement(
        "he had asked Comey to stop investigating Flynn",
        article="one",
        speaker="Donald Trump",
        cue="denied",
    )
    b = statement(
        "he had not asked Comey to stop investigating Flynn",
        article="two",
        speaker="Donald Trump",
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["agrees"]


def test_it_reads_not_opposed_as_support():
    not_opposed = polarity_of("Ukraine is not opposed to further negotiations")
    supports = polarity_of("Ukraine supports further negotiations")

    assert not_opposed.signs["support"] == supports.signs["support"] == 1


def test_it_agrees_when_both_refuse_in_different_words(statement):
    a = statement(
        "Russia has so far refused to commit to an unconditional ceasefire", article="one"
    )
    b = statement("Moscow has repeatedly rejected an unconditional ceasefire", article="two")

    verdict = compare_statements(a, b)

    assert verdict is None or "contradicts" not in verdict.types


def test_it_reads_not_until_as_a_condition_not_a_negation(statement):
    a = statement(
        "Russia will not stop the offensive until Kyiv accepts the new borders",
        article="one",
        speaker="Vladimir Putin",
    )
    b = statement(
        "Russia would stop the offensive once Kyiv accepts the new borders",
        article="two",
        speaker="Vladimir Putin",
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and "contradicts" not in verdict.types


def test_the_same_negation_worded_two_ways_is_no_contradiction(statement):
    a = statement("Mexico is not going to pay for the wall", article="one", speaker="Enrique Pena")
    b = statement("Mexico won't pay for the wall", article="two", speaker="Enrique Pena")

    verdict = compare_statements(a, b)

    assert verdict is not None and "contradicts" not in verdict.types


def test_a_negation_carried_through_going_to_still_contradicts_the_plain_claim(statement):
    a = statement("Mexico is not going to pay for the wall", article="one", speaker="Enrique Pena")
    b = statement("Mexico will pay for the wall", article="two", speaker="Enrique Pena")

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["contradicts"]
