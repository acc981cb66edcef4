"""The spaCy model is loaded once per test session (get_nlp caches it)."""

from datetime import date

import pytest

from claims.extraction import extract_statements, get_nlp


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()


@pytest.fixture(scope="session")
def extract(nlp):
    def run(text: str, published: date | None = None):
        statements = extract_statements(text, published=published, nlp=nlp)
        for s in statements:
            assert text[s.content.start : s.content.end] == s.content.text
            assert text[s.speaker.start : s.speaker.end] == s.speaker.text
        return statements

    return run


@pytest.fixture(scope="session")
def one():
    """The single statement whose fields equal the given values."""

    def find(statements, **expected):
        found = [s for s in statements if all(getattr(s, k) == v for k, v in expected.items())]
        assert len(found) == 1, f"expected one statement with {expected}, got {statements}"
        return found[0]

    return find
