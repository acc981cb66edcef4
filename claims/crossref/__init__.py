"""Cross-referencing: which statements from different reports say the same thing.

Pure functions on plain data; storing claims and relations is left to the layers
that call them.
"""

from claims.crossref.factual import factual_sentences, split_sentences
from claims.crossref.scoring import compare_prepared, compare_statements
from claims.crossref.similarity import Features, candidate_terms, prepare
from claims.crossref.types import ComparableStatement, Difference, PairVerdict

__all__ = [
    "ComparableStatement",
    "Difference",
    "Features",
    "PairVerdict",
    "candidate_terms",
    "compare_prepared",
    "compare_statements",
    "factual_sentences",
    "prepare",
    "split_sentences",
]
