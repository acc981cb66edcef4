"""Reads for the browsable UI: every page gets its rows here, joined up front, so the number of
queries a page makes does not grow with the number of statements on it."""

from .common import audit_joined, discrepancies, relations_joined
from .compare import Cell, Row, comparison_rows, speaker_colour, story_articles
from .pages import (
    ArticlePage,
    ClaimPage,
    Dashboard,
    Link,
    SpeakerPage,
    article_list,
    article_page,
    claim_list,
    claim_page,
    dashboard,
    speaker_list,
    speaker_page,
    statements_per_day,
)
from .review import (
    RelationPage,
    claim_queue,
    flag_list,
    outlet_choices,
    relation_page,
    relation_queue,
)
from .search import Facet, SearchResults, search

__all__ = [
    "ArticlePage",
    "Cell",
    "ClaimPage",
    "Dashboard",
    "Facet",
    "Link",
    "RelationPage",
    "Row",
    "SearchResults",
    "SpeakerPage",
    "article_list",
    "article_page",
    "audit_joined",
    "claim_list",
    "claim_page",
    "comparison_rows",
    "dashboard",
    "discrepancies",
    "flag_list",
    "outlet_choices",
    "relation_page",
    "claim_queue",
    "relation_queue",
    "relations_joined",
    "search",
    "speaker_colour",
    "speaker_list",
    "speaker_page",
    "statements_per_day",
    "story_articles",
]
