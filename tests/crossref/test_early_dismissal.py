"""Pairs are dismissed before their quotes are aligned only when no alignment could make them
one claim: the early answer is always the answer the full comparison gives."""

import itertools

from claims.crossref.scoring import compare_prepared, could_link
from claims.crossref.similarity import lexical_similarity, prepare, speaker_relation

QUOTE = "They will constantly look for reasons not to end the war."


def dismissed_early(a, b) -> bool:
    fa, fb = prepare(a), prepare(b)
    lexical = lexical_similarity(fa, fb)
    return not could_link(fa, fb, lexical, speaker_relation(a, b))


def test_an_unrelated_quote_is_dismissed_before_alignment(statement):
    war = statement(f'"{QUOTE}"', article="one", speaker="Volodymyr Zelensky", kind="direct")
    harvest = statement(
        '"The wheat harvest will be late this year and we will look for reasons."',
        article="two",
        speaker="Olga Farmer",
        kind="direct",
    )

    assert dismissed_early(war, harvest)
    assert compare_prepared(prepare(war), prepare(harvest)) is None


def test_the_early_answer_never_drops_a_pair_the_full_comparison_links(statement):
    texts = [
        (f'"{QUOTE}"', "Volodymyr Zelensky", "direct"),
        (f'"{QUOTE[:-1]}," he said', "Volodymyr Zelenskyy", "direct"),
        ("they will look for reasons not to end the war", "Zelensky", "indirect"),
        ('"We are not going to end the war," Putin said', "Vladimir Putin", "mixed"),
        ("more than 50,000 troops massed near the border", "", "assertion"),
        ("over 50,000 troops near the border, officials said", "Oleksandr Syrskyi", "indirect"),
        ("the talks will take place in Istanbul next Monday", "Sergei Lavrov", "indirect"),
        ("talks in Istanbul on June 2", "Dmitry Peskov", "indirect"),
    ]
    statements = [
        statement(content, article=f"a{n}", speaker=speaker, kind=kind)
        for n, (content, speaker, kind) in enumerate(texts)
    ]
    linked = 0
    for a, b in itertools.combinations(statements, 2):
        verdict = compare_prepared(prepare(a), prepare(b))
        linked += verdict is not None
        assert not (verdict is not None and dismissed_early(a, b)), (a.content, b.content)
    assert linked >= 3
