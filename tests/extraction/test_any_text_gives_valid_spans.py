"""Whatever the text, extraction returns only well-formed spans and never raises: doubled,
unbalanced, curly, straight and guillemet marks, quotes across paragraphs, very long
paragraphs, control characters."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import extract_statements
from claims.extraction.quotes import find_quotes

MARKS = ['"', "“", "”", "„", "«", "»", "''", "``", "'", "’"]
WORDS = [
    "said",
    "told",
    "reporters",
    "he",
    "she",
    "They",
    "Senator",
    "John",
    "Smith",
    "the",
    "statement",
    "WASHINGTON",
    "—",
    "according",
    "to",
    "Mr.",
    "Lavrov",
    "will",
    "not",
    "pay",
    "on",
    "Monday",
    ",",
    ".",
    "and",
    "Ms.",
    "Warren",
    "added",
    "that",
    "report",
]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(["\n", "\n\n", "\t", "\x00", "\x0b", "\u200b", "\u202e", "\r\n"]),
    st.text(min_size=1, max_size=8),
)


def article_texts(max_pieces: int = 80):
    return st.lists(PIECES, max_size=max_pieces).map(" ".join)


def assert_valid(statement, text: str) -> None:
    for span in (statement.content, statement.speaker, statement.cue):
        if span is None:
            continue
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    content = statement.content
    assert content.start < content.end and content.text.strip()
    assert 0 <= statement.confidence <= 1


@settings(max_examples=300, deadline=None)
@given(article_texts(200))
def test_quote_pairing_gives_ordered_spans_inside_the_text(text):
    previous_end = 0
    for quote in find_quotes(text):
        assert previous_end <= quote.start < quote.end <= len(text)
        assert quote.inner_start <= quote.inner_end
        previous_end = quote.end


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_texts())
def test_extraction_of_any_text_gives_only_valid_statements(nlp, text):
    for statement in extract_statements(text, nlp=nlp):
        assert_valid(statement, text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS + MARKS), min_size=300, max_size=600))
def test_a_very_long_paragraph_gives_only_valid_statements(nlp, pieces):
    text = " ".join(pieces)
    for statement in extract_statements(text, nlp=nlp):
        assert_valid(statement, text)
