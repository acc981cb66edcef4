"""Full-text search over statements and articles: PostgreSQL full-text search in production,
a plain case-insensitive match on the embedded SQLite default."""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

# Must stay the same expression as the GIN indexes of migration 0003, or they go unused.
CONFIG = "english"


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def _words(q: str) -> list[str]:
    return [w for w in q.split() if w.strip('"')][:20]


def statements_search(queryset: QuerySet, q: str) -> QuerySet:
    """Statements whose content matches `q` (web-search syntax: words, "phrases", -not)."""
    q = q.strip()
    if not q:
        return queryset
    if _postgres():
        query = SearchQuery(q, search_type="websearch", config=CONFIG)
        vector = SearchVector("content", config=CONFIG)
        return queryset.annotate(search=vector, rank=SearchRank(vector, query)).filter(search=query)
    condition = Q()
    for word in _words(q):
        condition &= Q(content__icontains=word.strip('"'))
    return queryset.filter(condition)


def articles_search(queryset: QuerySet, q: str) -> QuerySet:
    q = q.strip()
    if not q:
        return queryset
    if _postgres():
        query = SearchQuery(q, search_type="websearch", config=CONFIG)
        vector = SearchVector("title", "body", config=CONFIG)
        return queryset.annotate(search=vector, rank=SearchRank(vector, query)).filter(search=query)
    condition = Q()
    for word in _words(q):
        word = word.strip('"')
        condition &= Q(title__icontains=word) | Q(body__icontains=word)
    return queryset.filter(condition)
