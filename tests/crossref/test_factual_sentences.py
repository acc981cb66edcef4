"""The outlet's own sentences with a number or a date, outside attributed statements."""

from claims.crossref import compare_statements, factual_sentences, split_sentences

REPORT = (
    "MOSCOW, May 29 (Alliance News): Russia has proposed a new round of peace talks. "
    "Russia wants the talks to take place next Monday. "
    "\u201cWe are awaiting their memorandum,\u201d Umerov posted on X, urging Russia to "
    "provide its proposal at least four days in advance. "
    "This comes as the devastating war enters its third year, with no ceasefire in sight. "
    "The White House has been pushing for a resolution. "
    "Mr. Medinsky led the talks on May 16 in Istanbul."
)


def test_it_splits_sentences_without_breaking_at_titles():
    sentences = [text for _, _, text in split_sentences(REPORT)]

    assert sentences[-1] == "Mr. Medinsky led the talks on May 16 in Istanbul."
    assert len(sentences) == 6


def test_it_returns_sentences_stating_a_number_or_a_date():
    quote_start = REPORT.index("\u201cWe")
    quote_end = REPORT.index("advance.")

    found = [text for _, _, text in factual_sentences(REPORT, [(quote_start, quote_end)])]

    assert found == [
        "Russia wants the talks to take place next Monday.",
        "This comes as the devastating war enters its third year, with no ceasefire in sight.",
        "Mr. Medinsky led the talks on May 16 in Istanbul.",
    ]


def test_it_leaves_out_the_dateline():
    report = "KYIV, June 3 (Reuters) - Russia launched 472 drones overnight."

    [(start, _, sentence)] = factual_sentences(report, [])

    assert sentence == "Russia launched 472 drones overnight."
    assert report[start:].startswith(sentence)


def test_its_offsets_index_the_text():
    for start, end, text in factual_sentences(REPORT, []):
        assert REPORT[start:end] == text


def test_it_compares_a_factual_sentence_with_the_outlet_as_source(statement):
    [(_, _, sentence)] = [s for s in factual_sentences(REPORT, []) if "third year" in s[2]]
    own = statement(sentence, article="alliance")
    other = statement(
        "the war has now gone on for more than three years, and no ceasefire is in sight",
        article="rferl",
    )

    verdict = compare_statements(own, other)

    assert verdict is not None and verdict.types == ["number"]
