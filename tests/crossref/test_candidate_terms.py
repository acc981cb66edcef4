"""Words for the text-index prefilter of candidate statements."""

from claims.crossref import candidate_terms, prepare
from claims.crossref.text import stem


def test_it_puts_names_and_numbers_before_common_words():
    terms = candidate_terms(
        "Zelensky also warned of a large Russian buildup of over 50,000 troops near Sumy"
    )

    assert terms[:2] == ["zelensky", "russian"] or terms[0] in {"zelensky", "sumy"}
    assert "50000" in terms and "troops" in terms
    assert not {"of", "a", "also", "over"} & set(terms)


def test_it_limits_the_number_of_terms():
    text = " ".join(f"Word{i} thing{i}" for i in range(40))

    assert len(candidate_terms(text, limit=5)) == 5


def test_it_stems_inflections_to_one_term():
    assert stem("agreed") == stem("agrees") == stem("agreeing") == stem("agree")
    assert stem("stopped") == stem("stop")
    assert stem("denied") == stem("denies") == stem("deny")


def test_it_prepares_a_statement_once(statement):
    a = statement("Russia will present a memorandum on June 2", speaker="Lavrov")

    assert prepare(a) is prepare(a)
