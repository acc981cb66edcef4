"""Turning files, URLs and feeds into ArticleInput records (no database access here)."""

from .types import ArticleInput, IngestError

__all__ = ["ArticleInput", "IngestError"]
