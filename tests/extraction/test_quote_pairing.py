"""Pairing quotation marks, whatever the typography."""

from claims.extraction.quotes import find_quotes


def _quoted(text):
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


def test_it_pairs_curly_and_straight_marks():
    assert _quoted('He said “yes” and "no".') == ["yes", "no"]


def test_it_pairs_mixed_marks_within_one_quote():
    assert _quoted('"It will take two weeks,” she said.') == ["It will take two weeks,"]


def test_it_leaves_apostrophes_and_nested_single_quotes_alone():
    text = "“Russia’s answer was ‘later’,” he said."
    assert _quoted(text) == ["Russia’s answer was ‘later’,"]


def test_it_runs_a_quote_over_paragraphs_that_reopen_it():
    text = '"First paragraph.\n\n"Second paragraph," she said.'
    assert _quoted(text) == ['First paragraph.\n\n"Second paragraph,']


def test_it_closes_an_unclosed_quote_at_the_paragraph_end():
    text = '"Never closed\nNext paragraph.'
    assert _quoted(text) == ["Never closed"]


def test_it_reads_typewriter_double_apostrophes():
    assert _quoted("He called it ''smart,'' then left.") == ["smart,"]


def test_it_reads_a_doubled_mark_as_one_mark_not_an_empty_quote():
    text = '""We have nothing to hide," he said. Then ""'
    assert _quoted(text) == ["We have nothing to hide,"]
