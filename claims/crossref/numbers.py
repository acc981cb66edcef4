"""Quantities in text as intervals: hedges, written numbers, durations, money, percentages.

"over 50,000 troops" and "more than 50,000 troops" are the same open interval and
agree; "enters its third year" (two to three years elapsed) and "more than three
years" do not overlap and differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.crossref.number_words import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DAYS_PER_UNIT,
    HEDGES,
    ONES,
    ORDINALS,
    SCALES,
    SHORT_SCALES,
    VAGUE,
)
from claims.crossref.text import _QUOTE_CHARS, concept, is_content_word
from claims.crossref.types import Quantity

INF = float("inf")

_TOKEN = re.compile(
    r"[$€£%]|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:st|nd|rd|th)?|[A-Za-z]+|[-\u2013]"
)

_SKIP_BEFORE_UNIT = frozenset({"more", "additional", "extra", "further", "of", "the", "other"})


@dataclass
class _Token:
    text: str
    lower: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    flat = text.translate(_QUOTE_CHARS)
    return [
        _Token(m.group(0), m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(flat)
    ]


_DIGITS = re.compile(r"([\d,]+(?:\.\d+)?)(st|nd|rd|th)?")


def _digit_value(token: str) -> tuple[float, bool] | None:
    if not token[:1].isdigit() and not token.startswith(","):
        return None  # the common case, a word: no need for the pattern
    match = _DIGITS.fullmatch(token)
    if not match:
        return None
    return float(match.group(1).replace(",", "")), bool(match.group(2))


def _word_number(tokens: list[_Token], i: int) -> tuple[float, int] | None:
    """Parse "two hundred fifty thousand" or "twenty-five" from token i."""
    total = current = 0.0
    j = i
    seen = False
    while j < len(tokens):
        word = tokens[j].lower
        if word in ONES:
            current += ONES[word]
        elif word in SCALES and seen:
            if word == "hundred":
                current *= 100
            else:
                total += current * SCALES[word]
                current = 0
        elif word == "-" and seen and j + 1 < len(tokens) and tokens[j + 1].lower in ONES:
            pass
        else:
            break
        seen = True
        j += 1
    return (total + current, j) if seen else None


def _base_number(tokens: list[_Token], i: int) -> tuple[float, float, int, bool] | None:
    """The number starting at token i: (low, high, next index, is_ordinal)."""
    parsed = _plain_number(tokens, i)
    if parsed is None:
        return None
    low, high, j, ordinal = parsed
    if [t.lower for t in tokens[j : j + 3]] == ["and", "a", "half"]:
        return low + 0.5, high + 0.5, j + 3, ordinal  # "two and a half years"
    return parsed


def _plain_number(tokens: list[_Token], i: int) -> tuple[float, float, int, bool] | None:
    word = tokens[i].lower
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    digits = _digit_value(tokens[i].text)
    if digits is not None:
        value, ordinal = digits
        j = i + 1
        if j < len(tokens) and (tokens[j].lower in SCALES or tokens[j].lower in SHORT_SCALES):
            value *= SCALES.get(tokens[j].lower) or SHORT_SCALES[tokens[j].lower]
            j += 1
        return value, value, j, ordinal
    if word in ORDINALS:
        return ORDINALS[word], ORDINALS[word], i + 1, True
    if word in ("a", "an", "one") and nxt == "dozen":
        return 12, 12, i + 2, False
    if word == "half" and nxt in ("a", "an") and i + 2 < len(tokens):
        if tokens[i + 2].lower == "dozen":
            return 6, 6, i + 3, False
        return 0.5, 0.5, i + 2, False
    if word in ("a", "an") and nxt in VAGUE and nxt != "several":
        low, high = VAGUE[nxt]
        return low, high, i + 2, False
    if word in VAGUE:
        low, high = VAGUE[word]
        return low, high, i + 1, False
    if word in ("a", "an") and _unit_word(nxt) in DAYS_PER_UNIT:
        return 1, 1, i + 1, False
    parsed = _word_number(tokens, i)
    if parsed is None:
        return None
    value, j = parsed
    if j < len(tokens) and tokens[j].lower == "dozen":
        return value * 12, value * 12, j + 1, False
    return value, value, j, False


def _unit_word(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in DAYS_PER_UNIT else word


def _hedge_before(tokens: list[_Token], i: int) -> tuple[str, int]:
    """The hedge ending just before token i and where it starts."""
    for phrase, bound in HEDGES:
        words = phrase.split()
        start = i - len(words)
        if start >= 0 and [t.lower for t in tokens[start:i]] == words:
            return bound, start
    return "=", i


def _apply_hedge(bound: str, low: float, high: float) -> tuple[float, float, bool, bool]:
    if bound == ">":
        return high, INF, True, False
    if bound == ">=":
        return low, INF, False, False
    if bound == "<":
        return 0, low, False, True
    if bound == "<=":
        return 0, high, False, False
    if bound == "~":
        return low * 0.9, high * 1.1, False, False
    if bound == "<~":
        return low * 0.9, low, False, False
    if bound == ">~":
        return high, high * 1.1, True, False
    return low, high, False, False


# The words right around a number say what it counts ("a 23 percent cut in benefits"); the
# wider context says what the sentence is about.
FRAME_REACH = 3


# After these, the words that follow say what is counted or measured: "three years since
# the invasion", "52 percent of Democrats".
_MEASURED_BY = frozenset({"since", "of", "into", "after", "among"})


def _context(
    tokens: list[_Token], start: int, end: int, unit: str, reach: int = 8
) -> frozenset[str]:
    """What the number measures: nearby common words (names say who, not what)."""
    after = reach
    if end < len(tokens) and tokens[end].lower in _MEASURED_BY:
        after = max(reach, 9)
    window = tokens[max(0, start - reach) : start] + tokens[end : end + after]
    return frozenset(
        concept(t.text)
        for t in window
        if t.text[0].isalpha() and is_content_word(t.text) and not t.text[0].isupper()
    ) - {unit}


def _group(tokens: list[_Token], end: int) -> str:
    """Who or what is counted, when the text says so right after the number: "52 percent
    of Democrats" counts Democrats, names included."""
    if end >= len(tokens) or tokens[end].lower not in ("of", "among"):
        return ""
    for token in tokens[end + 1 : end + 4]:
        if token.text[0].isalpha() and is_content_word(token.text):
            return concept(token.text)
    return ""


def find_quantities(text: str, masked: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in `text`, skipping character ranges already read as dates."""
    tokens = [t for t in _tokens(text) if not any(s <= t.start < e for s, e in masked)]
    quantities: list[Quantity] = []
    i = 0
    while i < len(tokens):
        parsed = _base_number(tokens, i)
        if parsed is None:
            i += 1
            continue
        quantity, i = _read_quantity(text, tokens, i, parsed)
        if quantity is not None:
            quantities.append(quantity)
    return quantities


def _read_quantity(
    text: str, tokens: list[_Token], i: int, parsed: tuple[float, float, int, bool]
) -> tuple[Quantity | None, int]:
    low, high, j, ordinal = parsed
    first = i
    money = ""
    if i > 0 and tokens[i - 1].text in CURRENCY_SIGNS:
        money = CURRENCY_SIGNS[tokens[i - 1].text]
        first = i - 1
    # Ranges: "10-15 days", "between 10 and 15", "from 10 to 15".
    if j + 1 < len(tokens) and tokens[j].lower in ("-", "\u2013", "to", "and"):
        second = _base_number(tokens, j + 1)
        after_between = first > 0 and tokens[first - 1].lower in ("between", "from")
        if second is not None and (tokens[j].lower != "and" or after_between):
            high, j = second[1], second[2]
            first -= 1 if after_between else 0
    bound, hedge_start = _hedge_before(tokens, first)
    outer, outer_start = _hedge_before(tokens, hedge_start) if bound != "=" else ("=", first)
    dimension, unit, scale, j = _read_unit(tokens, j, ordinal, money)
    if dimension == "ratio":  # "1,000-for-1,000": a count on each side
        other = _base_number(tokens, j)
        if other is None:
            return None, j
        j = other[2]
        if other[0] != low:
            low = high = low / other[0]
        else:
            dimension, unit, scale, j = _read_unit(tokens, j, False, "")
    if dimension == "count" and not unit and low == high == 1:
        return None, j  # "one of the ...": not a quantity anyone reports
    if dimension == "duration" and ordinal:
        # "third year": the third year has begun, so two to three years have passed.
        lo, hi, lo_open, hi_open = (low - 1) * scale, high * scale, False, True
    else:
        lo, hi, lo_open, hi_open = _apply_hedge(bound, low * scale, high * scale)
        if outer in ("<=", "<"):
            lo, lo_open = 0, False
        elif outer in (">=", ">"):
            hi, hi_open = INF, False
    start_token = tokens[outer_start if outer != "=" else hedge_start]
    end = tokens[j - 1].end
    return (
        Quantity(
            raw=text[start_token.start : end],
            start=start_token.start,
            end=end,
            low=lo,
            high=hi,
            low_open=lo_open,
            high_open=hi_open,
            dimension=dimension,
            unit=unit,
            context=_context(tokens, hedge_start, j, unit),
            frame=_context(tokens, hedge_start, j, unit, FRAME_REACH),
            group=_group(tokens, j),
            value=high * scale,
        ),
        j,
    )


def _read_unit(
    tokens: list[_Token], j: int, ordinal: bool, money: str
) -> tuple[str, str, float, int]:
    """What the number counts: (dimension, unit, scale to the unit, next index)."""
    if j < len(tokens) and tokens[j].lower in ("-", "\u2013"):
        j += 1  # "30-day", "three-year"
        if j + 1 < len(tokens) and tokens[j].lower == "for" and tokens[j + 1].lower == "-":
            return "ratio", "", 1.0, j + 2
    if money:
        return "money", money, 1.0, j
    while j < len(tokens) and tokens[j].lower in _SKIP_BEFORE_UNIT:
        j += 1
    if j >= len(tokens):
        return ("ordinal" if ordinal else "count"), "", 1.0, j
    word = tokens[j].lower
    if word == "%" or word == "percent":
        return "percent", "%", 1.0, j + 1
    if word == "per" and j + 1 < len(tokens) and tokens[j + 1].lower == "cent":
        return "percent", "%", 1.0, j + 2
    unit_word = _unit_word(word)
    if unit_word in DAYS_PER_UNIT:
        scale = DAYS_PER_UNIT[unit_word]
        j += 1
        if [t.lower for t in tokens[j : j + 3]] == ["and", "a", "half"]:
            scale *= 1.5
            j += 3
        if j < len(tokens) and tokens[j].lower == "-":
            j += 1
        if j < len(tokens) and tokens[j].lower == "old":
            return "age", "year", 1.0, j + 1  # "66 years old" is an age, not a span of time
        return "duration", "day", scale, j
    currency = CURRENCY_WORDS.get(word.rstrip("s"))
    if currency:
        return "money", currency, 1.0, j + 1
    if not word[0].isalpha() or not is_content_word(word):
        return ("ordinal" if ordinal else "count"), "", 1.0, j
    dimension = "ordinal" if ordinal else "count"
    return dimension, concept(tokens[j].text), 1.0, j + 1
