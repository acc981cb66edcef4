"""Where a statement was made: a post on X, a written statement, remarks to reporters."""

from __future__ import annotations

import re

SOCIAL = "social"  # a post on a platform the report does not name
_SOCIAL_PLATFORMS = frozenset({"X", "facebook", "telegram", "instagram", "truth social", SOCIAL})
_WRITTEN = frozenset({"statement", "written", "letter"})

# Cue or channel wording to a channel name, first match wins.
_CHANNEL_PATTERNS = [
    (re.compile(r"\b(on x|x post|tweet\w*|twitter)\b", re.I), "X"),
    (re.compile(r"\btruth social\b", re.I), "truth social"),
    (re.compile(r"\b(facebook|telegram|instagram)\b", re.I), None),
    (re.compile(r"\bpost(ed|s|ing)?\b", re.I), SOCIAL),
    (re.compile(r"\bstatement\b", re.I), "statement"),
    (re.compile(r"\b(letter)\b", re.I), "letter"),
    (re.compile(r"\bwr(ote|ites|itten)\b", re.I), "written"),
    (re.compile(r"\b(told|tells) reporters\b|\breporters\b", re.I), "reporters"),
    (re.compile(r"\bpress conference|news conference|briefing\b", re.I), "press conference"),
    (re.compile(r"\binterview\b", re.I), "interview"),
    (re.compile(r"\b(speech|address|rally|remarks)\b", re.I), "speech"),
    (re.compile(r"\btestif\w*|hearing\b", re.I), "testimony"),
]


def channel_of(channel: str, cue: str = "") -> str:
    """The canonical channel of a statement: "" when the report only says "said"."""
    for text in (channel, cue):
        if not text:
            continue
        if text.strip() == "X":
            return "X"
        for pattern, name in _CHANNEL_PATTERNS:
            match = pattern.search(text)
            if match:
                return name or match.group(1).lower()
    return ""


def _family(channel: str) -> str:
    if channel in _SOCIAL_PLATFORMS:
        return "social"
    if channel in _WRITTEN:
        return "written"
    return "spoken"


def channels_differ(a: str, b: str) -> bool:
    """Whether two reports place the statement in materially different channels.

    A bare "said" is how wire copy reports statements of every kind, so it does
    not contradict "in a statement"; but a post on social media reported as plain
    speech ("posted on X" against "said") is a difference analysts need to see.
    """
    if a == b:
        return False
    if SOCIAL in (a, b) and _family(a) == _family(b) == "social":
        return False  # "posted" and "posted on X" describe the same post
    if not a or not b:
        return _family(a or b) == "social"
    return _family(a) != _family(b) or a not in _WRITTEN or b not in _WRITTEN


def channel_evidence(a: str, b: str, a_cue: str, b_cue: str) -> dict:
    return {"a_channel": a or "said", "b_channel": b or "said", "a_cue": a_cue, "b_cue": b_cue}
