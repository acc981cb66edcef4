"""The words of quantities: written numbers, vague amounts, units and hedges."""

from __future__ import annotations

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
}  # fmt: skip
# Vague amounts as the range a reader would accept for them.
VAGUE = {
    "couple": (2, 2),
    "few": (2, 5),
    "several": (3, 9),
    "dozens": (24, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "millions": (2e6, 9.99e8),
}
DAYS_PER_UNIT = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1,
    "week": 7, "month": 30.44, "year": 365.25, "decade": 3652.5,
}  # fmt: skip
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB", "ruble": "RUB"}

# Hedges before a number, longest first, mapped to how they bound it.
HEDGES = [
    ("no fewer than", ">="), ("no less than", ">="), ("no more than", "<="),
    ("more than", ">"), ("greater than", ">"), ("in excess of", ">"), ("upwards of", ">"),
    ("just over", ">~"), ("just under", "<~"), ("at least", ">="), ("a minimum of", ">="),
    ("less than", "<"), ("fewer than", "<"), ("at most", "<="), ("up to", "<="),
    ("as many as", "<="), ("a maximum of", "<="), ("close to", "<~"), ("an estimated", "~"),
    ("over", ">"), ("above", ">"), ("exceeding", ">"), ("under", "<"), ("below", "<"),
    ("within", "<="), ("about", "~"), ("around", "~"), ("approximately", "~"),
    ("roughly", "~"), ("some", "~"), ("estimated", "~"), ("nearly", "<~"), ("almost", "<~"),
]  # fmt: skip
