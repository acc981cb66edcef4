"""The plain data the extraction engine returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Span:
    """A piece of the article: `text == article[start:end]`."""

    text: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class ExtractedStatement:
    """One attributed statement: who said what, how, where and when."""

    speaker: Span
    speaker_canonical: str
    speaker_kind: str  # "person" | "organisation" | "place" | "unknown"
    speaker_role: str
    cue: Span | None
    content: Span
    kind: str  # "direct" | "indirect" | "mixed"
    channel: str
    said_on: date | None
    confidence: float

    def as_dict(self) -> dict:
        """JSON-ready form used by the `extract --json` command."""
        return {
            "speaker": {**self.speaker.as_dict(), "canonical": self.speaker_canonical},
            "speaker_kind": self.speaker_kind,
            "role": self.speaker_role,
            "cue": self.cue.as_dict() if self.cue else None,
            "content": self.content.as_dict(),
            "kind": self.kind,
            "channel": self.channel,
            "said_on": self.said_on.isoformat() if self.said_on else None,
            "confidence": round(self.confidence, 3),
        }
