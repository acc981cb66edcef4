"""An outlet's own factual sentences: numbers and dates stated without attribution.

"This comes as the devastating war enters its third year" is the outlet's claim;
it is cross-referenced like a statement with the outlet as its source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from claims.crossref.dates import find_dates
from claims.crossref.numbers import find_quantities

_ABBREVIATIONS_TEXT = """
    mr mrs ms dr sen rep gov gen lt col capt sgt st jr sr prof rev vs etc no
    jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd
    """
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
# A sentence ends at . ! or ? (and any closing quote or bracket) before a capital,
# a digit or an opening quote; a line break always ends one.
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])|\n+")
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\- ]{2,}(?:,[^\n:\u2014\u2013\u2015]{0,40}?)?\s*(?:\([^)]*\))?\s*"
    r"(?::|\u2014|\u2013|\u2015|--|-(?=\s))\s*"
)
# Any date phrase reads against some day; this one only decides whether there is one.
_DETECTION_DAY = date(2000, 1, 3)


def _ends_in_abbreviation(text: str, end: int) -> bool:
    match = re.search(r"(\b\w+)\.$", text[max(0, end - 12) : end + 1])
    if not match:
        return False
    word = match.group(1)
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """Sentences as (start, end, text), whitespace trimmed; offsets index `text`."""
    sentences = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0).startswith(".") and _ends_in_abbreviation(text, match.start()):
            continue
        sentences.append((start, match.end()))
        start = match.end()
    sentences.append((start, len(text)))
    trimmed = []
    for first, last in sentences:
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if last > first:
            trimmed.append((first, last, text[first:last]))
    return trimmed


def states_a_measure(sentence: str) -> bool:
    """Whether a sentence holds a number, a duration or a date."""
    return bool(find_quantities(sentence) or find_dates(sentence, _DETECTION_DAY))


def factual_sentences(
    text: str, statements_spans: Iterable[tuple[int, int]], doc: Any | None = None
) -> list[tuple[int, int, str]]:
    """Stretches of the outlet's own voice stating a number or a date.

    A sentence outside every attributed statement counts whole; one that holds a statement
    keeps its own clause when that clause is long enough to state a fact ("Russia proposed
    talks in Istanbul next Monday, but Kyiv insists …"). `statements_spans` are (start, end)
    offsets of the statements found in `text`; a spaCy `doc` of the same text, when given,
    supplies the sentence boundaries.
    """
    spans = sorted(statements_spans)
    if doc is not None:
        sentences = [(s.start_char, s.end_char, s.text) for s in doc.sents]
    else:
        sentences = split_sentences(text)
    found = []
    for start, end, sentence in sentences:
        dateline = _DATELINE.match(sentence)
        if dateline:  # "MOSCOW, May 29 (Alliance News): " dates the report, not the fact
            start, sentence = start + dateline.end(), sentence[dateline.end() :]
        inside = [(max(s, start), min(e, end)) for s, e in spans if s < end and start < e]
        if not inside:
            if states_a_measure(sentence):
                found.append((start, end, sentence))
            continue
        for first, last in _own_clauses(text, start, end, inside):
            if states_a_measure(text[first:last]):
                found.append((first, last, text[first:last]))
    return found


# The outlet's clause next to a statement must be this long to be a claim of its own rather
# than the attribution ("Umerov posted on X, urging").
MIN_OWN_WORDS = 7
# A clause this short next to a statement is its attribution ("but Kyiv insists").
MAX_ATTRIBUTION_WORDS = 5
_CLAUSE_BREAK = re.compile(r"[,;:\u2014\u2013]\s+|\s+-{1,2}\s+")
_EDGE = " \t\n\"'\u201c\u201d\u2018\u2019,;:.\u2014\u2013-"


def _own_clauses(
    text: str, start: int, end: int, inside: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The stretches of text[start:end] outside the statements, less their attributions."""
    gaps, cursor = [], start
    for s, e in inside:
        if s > cursor:
            gaps.append((cursor, s, cursor > start, True))
        cursor = max(cursor, e)
    if cursor < end:
        gaps.append((cursor, end, cursor > start, False))
    clauses = []
    for first, last, after_statement, before_statement in gaps:
        if before_statement:
            breaks = list(_CLAUSE_BREAK.finditer(text, first, last))
            if breaks and len(text[breaks[-1].end() : last].split()) <= MAX_ATTRIBUTION_WORDS:
                last = breaks[-1].start()
        if after_statement:
            first_break = _CLAUSE_BREAK.search(text, first, last)
            if first_break and len(text[first : first_break.start()].split()) <= (
                MAX_ATTRIBUTION_WORDS
            ):
                first = first_break.end()
        while first < last and text[first] in _EDGE:
            first += 1
        while last > first and text[last - 1] in _EDGE:
            last -= 1
        if len(text[first:last].split()) >= MIN_OWN_WORDS:
            clauses.append((first, last))
    return clauses
