"""Tokenising and normalising statement text into comparable terms."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.crossref.lexicon import (
    DEMONYMS,
    LOW_INFORMATION,
    NUMBER_WORDS,
    POLAR_WORDS,
    STOPWORDS,
    SYNONYMS,
)
from claims.extraction.quotes import DOUBLE_QUOTES, find_quotes

_QUOTE_CHARS = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2032": "'"}
)
_DASHES = re.compile(r"\s*[\u2013\u2014\u2015]\s*|\s+-{1,2}\s+")
_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_US = re.compile(r"\bU\.S\.(?:A\.)?")
_DASH_CHARS = frozenset("\u2013\u2014\u2015")
_CANNOT = re.compile(r"\bcannot\b", re.I)
_CONTRACTIONS = (
    (re.compile(r"\bwon't\b", re.I), "will not"),
    (re.compile(r"\bcan't\b", re.I), "can not"),
    (_CANNOT, "can not"),
    (re.compile(r"n't\b", re.I), " not"),
    (re.compile(r"\b(I)'m\b", re.I), r"\1 am"),
    (re.compile(r"'re\b", re.I), " are"),
    (re.compile(r"'ve\b", re.I), " have"),
    (re.compile(r"'ll\b", re.I), " will"),
    (re.compile(r"'d\b", re.I), " would"),
    (re.compile(r"\b(it|that|there|he|she|what|who|here|this)'s\b", re.I), r"\1 is"),
)
_WORD = re.compile(r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")
_TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade"}
)

IRREGULAR = {
    "said": "say",
    "told": "tell",
    "led": "lead",
    "met": "meet",
    "held": "hold",
    "made": "make",
    "took": "take",
    "gave": "give",
    "went": "go",
    "sought": "seek",
    "thought": "think",
    "brought": "bring",
    "bought": "buy",
    "wrote": "write",
    "spoke": "speak",
    "began": "begin",
    "died": "die",
    "dying": "die",
    "rose": "rise",
    "children": "child",
    "women": "woman",
    "men": "man",
    "news": "news",
    "us": "us",
    "has": "has",
    "was": "was",
    "this": "this",
}


def normalise(text: str) -> str:
    """Typography-neutral text: straight quotes, spaced dashes, F.B.I. → FBI, n't → not."""
    text = text.translate(_QUOTE_CHARS)
    # Each pattern runs only when the text holds a character it needs: most text has no
    # dash, acronym or apostrophe, and this runs for every statement compared.
    if "-" in text or _DASH_CHARS & set(text):
        text = _DASHES.sub(" - ", text)
    if "." in text:
        text = _US.sub("USA", text)
        text = _ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    if "'" in text:
        for pattern, replacement in _CONTRACTIONS:
            text = pattern.sub(replacement, text)
    elif "nnot" in text.lower():
        text = _CANNOT.sub("can not", text)
    return text


def _split_compound(word: str) -> list[str]:
    """Join "cease-fire" but split "three-year" and "30-day", whose parts are a quantity."""
    if "-" not in word:
        return [word]
    parts = [part for part in word.split("-") if part]
    if any(p[0].isdigit() or p.lower() in NUMBER_WORDS or p.lower() in _TIME_UNITS for p in parts):
        return parts
    return ["".join(parts)]


def words(text: str) -> list[str]:
    """Word tokens with their case, possessives dropped."""
    return list(_words(text))


def clear_word_cache() -> None:
    _words.cache_clear()


# Small: it serves the few texts read several times over while one statement is prepared
# (its content, its speaker's name), not as a store of every statement seen.
@lru_cache(maxsize=256)
def _words(text: str) -> tuple[str, ...]:
    tokens: list[str] = []
    for match in _WORD.finditer(normalise(text)):
        word = match.group(0)
        if word.lower().endswith("'s"):
            word = word[:-2]
        word = word.replace("'", "")
        tokens.extend(_split_compound(word))
    return tuple(tokens)


def diff_tokens(text: str) -> list[str]:
    """Lower-case word tokens for aligning two quotes word by word."""
    return [word.lower() for word in words(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: conflates inflections, never needs a model."""
    w = word.lower()
    if w in IRREGULAR:
        base = IRREGULAR[w]
        return base if base == w else stem(base)
    if w in DEMONYMS:
        return DEMONYMS[w]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "ches", "shes", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("eed") and len(w) > 4:
        w = w[:-1]  # "agreed" → "agree", not "agr"
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeioulsz":
                w = w[:-1]
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def _concept_tables() -> tuple[dict[str, str], dict[str, tuple[str, int]]]:
    synonyms = {stem(word): stem(concept) for word, concept in SYNONYMS.items()}
    polar = {stem(word): concept for word, concept in POLAR_WORDS.items()}
    return synonyms, polar


_SYNONYM_STEMS, POLAR_STEMS = _concept_tables()


def concept(word: str) -> str:
    """The term a word stands for: its stem, folded onto a shared concept if it has one."""
    stemmed = stem(word)
    if stemmed in POLAR_STEMS:
        return POLAR_STEMS[stemmed][0]
    return _SYNONYM_STEMS.get(stemmed, stemmed)


def is_content_word(word: str) -> bool:
    lower = word.lower()
    return (
        lower not in STOPWORDS
        and lower not in NUMBER_WORDS
        and not lower[0].isdigit()
        and len(lower) > 1
    )


def is_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in LOW_INFORMATION and is_content_word(word)


def word_weight(word: str) -> float:
    """How much a word says about the topic: names most, function words nothing."""
    if not is_content_word(word):
        return 0.0
    if (word.isupper() and len(word) > 1) or is_name(word):
        return 1.5  # names and acronyms: Medinsky, FBI
    if word.lower() in LOW_INFORMATION or concept(word) in LOW_INFORMATION:
        return 0.25
    return 1.0


def term_weights(text: str) -> dict[str, float]:
    """Content terms of a text with how much each says about the topic."""
    weights: dict[str, float] = {}
    for word in words(text):
        weight = word_weight(word)
        if weight:
            term = concept(word)
            weights[term] = max(weights.get(term, 0.0), weight)
    return weights


def quoted_segments(text: str) -> list[str]:
    """The parts of a text inside double quotation marks, paired as extraction pairs them
    (claims.extraction.quotes): whatever the typography, a quote left open runs to the end
    of its paragraph, and a closing mark with no opener closes a quote the text began
    inside ("… neither peaceful nor stable.”")."""
    quotes = find_quotes(text)
    segments = [text[q.inner_start : q.inner_end] for q in quotes]
    first = quotes[0].start if quotes else len(text)
    stray = next((i for i, ch in enumerate(text[:first]) if ch in DOUBLE_QUOTES), None)
    if stray is not None and text[:stray].strip():
        segments.insert(0, text[:stray])
    return [segment.strip() for segment in segments if segment.strip()]


def context_terms(text: str, start: int, end: int, reach: int = 8) -> frozenset[str]:
    """Content terms within `reach` words either side of text[start:end]: what it is about."""
    before = [w for w in words(text[:start]) if is_content_word(w)][-reach:]
    after = [w for w in words(text[end:]) if is_content_word(w)][:reach]
    return frozenset(concept(w) for w in before + after)


def strip_outer_quotes(text: str) -> str:
    return text.translate(_QUOTE_CHARS).strip().strip('"').strip()


def char_ngrams(text: str, size: int = 4) -> frozenset[str]:
    """Character n-grams of a quote: robust to small spelling and punctuation changes."""
    flat = " ".join(diff_tokens(text))
    if len(flat) < size:
        return frozenset({flat}) if flat else frozenset()
    return frozenset(flat[i : i + size] for i in range(len(flat) - size + 1))
