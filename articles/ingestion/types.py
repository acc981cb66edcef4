from dataclasses import dataclass
from datetime import datetime


class IngestError(Exception):
    """An input that cannot become an article; the message is shown to the user as is."""


@dataclass(frozen=True)
class ArticleInput:
    body: str
    source: str
    outlet: str = ""
    url: str = ""
    title: str = ""
    byline: str = ""
    published_at: datetime | None = None
    dateline_place: str = ""
