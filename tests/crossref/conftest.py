"""Builders for the statements the cross-referencing tests compare."""

from __future__ import annotations

import itertools
import sys
from datetime import date
from pathlib import Path

import pytest

# pytest-django puts the project root on the path; these tests also run without it
# (`-p no:django`), being free of Django.
_PROJECT_ROOT = str(Path(__file__).resolve().parents[2])
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

from claims.crossref.types import ComparableStatement  # noqa: E402

# The seed reports: Alliance News and RFE/RL, both published on Thursday 2025-05-29.
SEED_DAY = date(2025, 5, 29)
_keys = itertools.count(1)


def make_statement(
    content: str,
    *,
    article: str = "alliance",
    outlet: str = "",
    speaker: str = "",
    kind: str = "indirect",
    channel: str = "",
    cue: str = "said",
    published: date | None = SEED_DAY,
    said_on: date | None = None,
) -> ComparableStatement:
    """A statement with defaults; the speaker key is the lower-cased surname."""
    return ComparableStatement(
        key=f"{article}:{next(_keys)}",
        article_key=article,
        outlet=outlet or article,
        speaker=speaker,
        speaker_key=speaker.split()[-1].lower() if speaker else "",
        content=content,
        kind=kind if speaker else "assertion",
        channel=channel,
        cue=cue if speaker else "",
        published=published,
        said_on=said_on,
    )


@pytest.fixture
def statement():
    return make_statement
