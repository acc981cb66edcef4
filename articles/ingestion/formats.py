"""Parsers for one payload each: plain text, JSON, HTML, RSS/Atom. Bytes in, ArticleInputs out."""

import json
import re
from collections.abc import Iterator
from urllib.parse import urlparse

import feedparser
import lxml.etree
import lxml.html
import trafilatura

from .decoding import decode_text, require_text
from .metadata import parse_published
from .types import ArticleInput, IngestError

JSON_BODY_KEYS = ("text", "body", "content")
CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def sniff_format(data: bytes, *, name: str = "", content_type: str = "") -> str:
    """One of "json", "html", "feed", "text", from the content type, the name, then the bytes."""
    content_type = content_type.lower()
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if "json" in content_type or name.lower().endswith(".json"):
        return "json"
    if any(t in content_type for t in ("rss", "atom")) or name.lower().endswith((".rss", ".atom")):
        return "feed"
    looks_xml = head.startswith((b"<?xml", b"<rss", b"<feed"))
    if looks_xml and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if "html" in content_type or name.lower().endswith((".html", ".htm")):
        return "html"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith((b"{", b"[")) and not content_type.startswith("text/plain"):
        return "json"
    return "text"


def parse_text(data: bytes, *, source: str) -> list[ArticleInput]:
    return [ArticleInput(body=require_text(decode_text(data)), source=source)]


def parse_json(data: bytes, *, source: str) -> list[ArticleInput | IngestError]:
    """One item per record; a bad record is an IngestError in its place, not a lost file."""
    text = decode_text(data)
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(
            f"broken JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise IngestError("JSON nested too deeply") from None
    records = payload if isinstance(payload, list) else [payload]
    if not records:
        raise IngestError("empty JSON list: no articles")
    if len(records) == 1:
        return [json_record(records[0], source=source)]
    items: list[ArticleInput | IngestError] = []
    for index, record in enumerate(records):
        label = f"{source}[{index}]"
        try:
            items.append(json_record(record, source=label))
        except IngestError as exc:
            items.append(IngestError(f"record {index}: {exc}"))
    return items


def json_record(record: object, *, source: str) -> ArticleInput:
    if not isinstance(record, dict):
        raise IngestError(
            f'expected a JSON object with a "text" field, got {type(record).__name__}'
        )
    body = next((record[k] for k in JSON_BODY_KEYS if isinstance(record.get(k), str)), None)
    if body is None:
        raise IngestError('JSON article has no "text" field')

    def field(*keys: str) -> str:
        value = next((record[k] for k in keys if record.get(k)), "")
        return value if isinstance(value, str) else str(value)

    return ArticleInput(
        body=require_text(body),
        source=source,
        outlet=field("outlet", "source", "publisher", "sitename"),
        url=field("url", "link"),
        title=field("title", "headline"),
        byline=field("byline", "author", "authors"),
        published_at=parse_published(field("published", "published_at", "date")),
        dateline_place=field("dateline", "dateline_place"),
    )


def html_to_article(html: str, *, source: str, url: str = "") -> ArticleInput:
    """Main text and metadata of a page; scripts, styles and navigation never reach the body."""
    try:
        doc = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many lxml errors on garbage
        raise IngestError(f"unreadable HTML ({type(exc).__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise IngestError("no article text found in the HTML")
    return ArticleInput(
        body=require_text(doc.text),
        source=source,
        outlet=doc.sitename or "",
        url=url or doc.url or "",
        title=doc.title or "",
        byline=doc.author or "",
        published_at=parse_published(doc.date),
    )


def parse_html(data: bytes, *, source: str, url: str = "") -> list[ArticleInput]:
    declared = CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii").lower() if declared else None
    if encoding in ("utf-8", "utf8"):
        encoding = None
    return [html_to_article(decode_text(data, encoding=encoding), source=source, url=url)]


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary); markup and scripts are dropped."""
    try:
        tree = lxml.html.fromstring(fragment)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    return re.sub(r"[ \t]+", " ", tree.text_content()).strip()


def parse_feed(data: bytes, *, source: str) -> Iterator[ArticleInput | IngestError]:
    """Every entry of an RSS/Atom feed; an entry's own failure does not stop the others."""
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise IngestError(f"broken feed: {feed.get('bozo_exception', 'unreadable XML')}")
    outlet = feed.feed.get("title", "") or urlparse(feed.feed.get("link", "")).hostname or ""
    for index, entry in enumerate(feed.entries):
        label = entry.get("link") or f"{source}#{index}"
        try:
            yield feed_entry(entry, outlet=outlet, source=label)
        except IngestError as exc:
            yield IngestError(f"{label}: {exc}")


def feed_entry(entry: dict, *, outlet: str, source: str) -> ArticleInput:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    body = html_text(html) if html else ""
    return ArticleInput(
        body=require_text(body or ""),
        source=source,
        outlet=outlet,
        url=entry.get("link", ""),
        title=entry.get("title", ""),
        byline=entry.get("author", ""),
        published_at=parse_published(entry.get("published_parsed") or entry.get("updated_parsed")),
    )
