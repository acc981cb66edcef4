"""Pure name helpers used by speaker canonicalisation."""

import pytest

from claims.extraction.names import name_variants_match, normalize_name, surname


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelensky", "Volodymyr Zelensky"),
        ("Zelenskyy", "President Volodymyr Zelenskyy"),
        ("Volodymyr Zelensky", "President Volodymyr Zelenskyy"),
        ("Trump", "Donald Trump"),
        ("Trump", "President Donald Trump"),
        ("Mr. Trump", "Donald J. Trump"),
        ("Zelenskiy", "Zelenskii"),
        ("Dostoyevsky", "Dostoevsky"),
        ("Oleksandr Syrskyi", "Oleksandr Syrsky"),
        ("the Kremlin", "Kremlin"),
        ("Angela Merkel", "Chancellor Angela Merkel"),
        ("Dmitry Peskov", "Dmitri Peskov"),
    ],
)
def test_variants_of_one_name_match(a, b):
    assert name_variants_match(a, b)
    assert name_variants_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Donald Trump", "Melania Trump"),
        ("Hillary Clinton", "Bill Clinton"),
        ("Trump", "Biden"),
        ("Smith", "Smyth Jones"),
        ("Kim", "Kerry"),
        ("", "Trump"),
    ],
)
def test_different_people_do_not_match(a, b):
    assert not name_variants_match(a, b)


def test_normalize_name_drops_titles_accents_and_punctuation():
    assert normalize_name("President Volodymyr Zelenskyy") == "volodymyr zelenskyy"
    assert normalize_name("Mr. José Martí-Pérez") == "jose marti perez"
    assert normalize_name("Ukrainian Defence Minister Rustem Umerov") == "rustem umerov"


def test_surname_is_the_last_word_of_the_name_as_written():
    assert surname("President Volodymyr Zelenskyy") == "Zelenskyy"
    assert surname("Martin Luther King Jr.") == "King"
    assert surname("Secretary of State Marco Rubio") == "Rubio"
