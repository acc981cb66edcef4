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


def test_it_keeps_the_outlets_own_clause_beside_a_statement():
    report = (
        "The port authority has scheduled a vote on the new terminal for next Tuesday, but "
        "the union insists it will only agree if wages are settled first."
    )
    content = "it will only agree if wages are settled first"
    start = report.index(content)

    [(first, last, clause)] = factual_sentences(report, [(start, start + len(content))])

    assert clause == (
        "The port authority has scheduled a vote on the new terminal for next Tuesday"
    )
    assert report[first:last] == clause


def test_it_leaves_out_the_attribution_beside_a_quote():
    report = (
        "\u201cWe will not sign before March 3,\u201d the minister wrote on Tuesday, urging "
        "the unions to return to the table within two days."
    )
    quote = report.index("We")
    paraphrase = report.index("the unions")

    found = factual_sentences(
        report, [(quote, report.index(",\u201d")), (paraphrase, len(report) - 1)]
    )

    assert found == []
