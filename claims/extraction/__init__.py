"""Attributed-statement extraction: text in, `ExtractedStatement` dataclasses out.

Pure Python on top of spaCy; nothing here touches Django or the database.
"""

from claims.extraction.model import DEFAULT_MODEL, ModelNotInstalled, get_nlp
from claims.extraction.pipeline import extract_many, extract_statements, statements_from_doc
from claims.extraction.types import ExtractedStatement, Span

__all__ = [
    "DEFAULT_MODEL",
    "ExtractedStatement",
    "ModelNotInstalled",
    "Span",
    "extract_many",
    "extract_statements",
    "get_nlp",
    "statements_from_doc",
]
