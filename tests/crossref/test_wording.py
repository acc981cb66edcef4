"""Quotes worded differently, and quotes reported as paraphrase."""

from claims.crossref import compare_statements
from claims.crossref.text import diff_tokens
from claims.crossref.wording import align_quotes


def test_it_diffs_two_quotes_word_by_word():
    alignment = align_quotes(
        diff_tokens("I would hope that the secretary joins Elizabeth Warren and the Democrats"),
        diff_tokens(
            "I would hope that the Secretary joins Elizabeth Warren, Sherrod Brown and the "
            "Democrats"
        ),
    )

    assert alignment.material
    assert {"op": "insert", "a": [], "b": ["sherrod", "brown"]} in alignment.ops


def test_it_treats_a_shorter_excerpt_as_no_rewording():
    alignment = align_quotes(
        diff_tokens("And if we don't get it, there should be no deal."),
        diff_tokens(
            "to make sure we get the best agreement possible. And if we don't get it, "
            "there should be no deal"
        ),
    )

    assert alignment.excerpt and not alignment.differs


def test_it_ignores_typography_and_contractions():
    alignment = align_quotes(
        diff_tokens("We\u2019ve got to defeat this piece of legislation"),
        diff_tokens("We have got to defeat this piece of legislation"),
    )

    assert not alignment.differs


def test_it_names_a_reworded_quote_with_its_diff(statement):
    a = statement(
        "The principles aren't written yet, but in my personal belief, I think it'll go with "
        "legal status that will allow you to work and pay taxes",
        article="fox",
        speaker="Kevin McCarthy",
        kind="direct",
    )
    b = statement(
        "The principles aren't combined, written out yet, but in my personal belief I think "
        "it'll go with legal status that will allow you to work and pay your taxes",
        article="huffpost",
        speaker="Kevin McCarthy",
        kind="direct",
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["wording"]
    evidence = verdict.relations[0].evidence
    assert evidence["form"] == "quote"
    assert {"op": "insert", "a": [], "b": ["combined"]} in evidence["ops"]


def test_a_quote_with_its_words_in_another_order_is_worded_differently(statement):
    a = statement(
        "No president would be a tougher negotiator on behalf of American workers, either "
        "with our trading partners or Republicans on Capitol Hill, than I would be",
        article="huffpost",
        speaker="Hillary Clinton",
        kind="direct",
    )
    b = statement(
        "No president would be a tougher negotiator on behalf of American workers with either "
        "our trading partners or Republicans on Capitol Hill than I would be",
        article="nyt",
        speaker="Hillary Clinton",
        kind="direct",
    )

    verdict = compare_statements(a, b)

    # One outlet printed "either with", the other "with either": not the exact words.
    assert verdict is not None and verdict.types == ["wording"]
    assert verdict.relations[0].evidence["form"] == "quote"


def test_it_accepts_a_faithful_paraphrase_of_a_quote(statement):
    quote = statement(
        "I feel very badly for General Flynn. His life has been ruined.",
        article="nyt",
        speaker="Donald Trump",
        kind="direct",
    )
    paraphrase = statement(
        "he felt very badly for General Flynn, whose life had been ruined",
        article="fox",
        speaker="Donald Trump",
    )

    verdict = compare_statements(quote, paraphrase)

    assert verdict is not None and verdict.types == ["agrees"]


def test_it_names_a_paraphrase_that_drifts_from_the_quote(statement):
    quote = statement(
        "We will not stop the offensive until Kyiv accepts the new borders",
        article="one",
        speaker="Vladimir Putin",
        kind="direct",
    )
    paraphrase = statement(
        "Moscow would halt the offensive once Kyiv recognised new borders and dropped its "
        "claims to Crimea",
        article="two",
        speaker="Vladimir Putin",
    )

    verdict = compare_statements(quote, paraphrase)

    assert verdict is not None
    assert "wording" in verdict.types
    wording = next(r for r in verdict.relations if r.type == "wording").evidence
    assert wording["form"] == "paraphrase" and wording["coverage"] < 0.7


def test_it_does_not_call_an_outlets_own_sentence_a_paraphrase(statement):
    own = statement(
        "Russia has at least four days to provide its proposal in advance of the talks",
        article="one",
    )
    quote = statement(
        "The Russian side has at least four more days before their departure to provide us "
        "with their document for review.",
        article="two",
        speaker="Rustem Umerov",
        kind="direct",
    )

    verdict = compare_statements(own, quote)

    assert verdict is None or verdict.types == ["agrees"]
