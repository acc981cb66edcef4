"""Where a statement was made: a post on X, a statement, an interview, reporters."""

from __future__ import annotations

import re

# Order matters: the most specific venue wins ("a statement posted on Telegram" is
# Telegram; "told reporters at a press conference" is a press conference).
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("X", re.compile(r"\b(?:on|to) (?:X|Twitter)\b|\btweet(?:s|ed|ing)?\b|\bX post\b")),
    ("Facebook", re.compile(r"\bFacebook\b")),
    ("Telegram", re.compile(r"\bTelegram\b")),
    ("Instagram", re.compile(r"\bInstagram\b")),
    ("Truth Social", re.compile(r"\bTruth Social\b")),
    ("YouTube", re.compile(r"\bYouTube\b")),
    ("TikTok", re.compile(r"\bTikTok\b")),
    ("press conference", re.compile(r"\b(?:press|news) conference\b", re.I)),
    ("briefing", re.compile(r"\bbriefing\b", re.I)),
    ("interview", re.compile(r"\binterview\b", re.I)),
    ("statement", re.compile(r"\bstatement\b", re.I)),
    ("speech", re.compile(r"\b(?:speech|address|remarks)\b", re.I)),
    ("rally", re.compile(r"\brally\b", re.I)),
    (
        "reporters",
        re.compile(r"\b(?:told|to|with) (?:reporters|journalists|the press|the media)\b", re.I),
    ),
    ("email", re.compile(r"\be-?mail(?:ed)?\b", re.I)),
    ("letter", re.compile(r"\bletter\b", re.I)),
    ("television", re.compile(r"\b(?:TV|television|broadcast)\b")),
    ("post", re.compile(r"\b(?:post|posted|wrote on)\b", re.I)),
]


def channel_of(attribution_text: str) -> str:
    """Normalised venue named in the attribution words, or ""."""
    for name, pattern in _PATTERNS:
        if pattern.search(attribution_text):
            return name
    return ""
