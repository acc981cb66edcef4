"""Where articles come from: files, folders, http(s) URLs and feeds.

Each source yields ArticleInput items or IngestError values, one per article, so that one
bad item is reported and the rest still go in.
"""

import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlparse

from newsclaims.outbound import BlockedAddress, open_url

from .decoding import check_size
from .formats import parse_feed, parse_html, parse_json, parse_text, sniff_format
from .metadata import complete
from .types import ArticleInput, IngestError

ARTICLE_SUFFIXES = {".txt", ".text", ".json", ".html", ".htm", ".xml", ".rss", ".atom"}
USER_AGENT = "newsclaims/0.1 (+claim tracking for news analysts)"
# A feed summary shorter than this is a teaser: the linked page holds the article.
TEASER_CHARS = 1000

Item = ArticleInput | IngestError


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    timeout: float
    fetch_feed_links: bool = True
    allow_private: bool = False  # fetch from this machine or its private network


def expand_sources(args: list[str]) -> list[str]:
    """Folders become their article files (sorted, hidden files skipped); the rest stay as given."""
    sources: list[str] = []
    for arg in args:
        path = Path(arg)
        if not is_url(arg) and path.is_dir():
            sources.extend(
                str(p)
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            sources.append(arg)
    return sources


def is_url(value: str) -> bool:
    return urlparse(value).scheme in ("http", "https")


def read_source(source: str, limits: Limits) -> Iterator[Item]:
    try:
        if is_url(source):
            data, content_type, final_url = fetch(source, limits)
            yield from parse_payload(
                data, source=source, url=final_url, content_type=content_type, limits=limits
            )
        else:
            data = read_file(Path(source), limits)
            yield from parse_payload(data, source=source, name=source, limits=limits)
    except IngestError as exc:
        yield exc


def parse_payload(
    data: bytes,
    *,
    source: str,
    limits: Limits,
    url: str = "",
    name: str = "",
    content_type: str = "",
) -> Iterator[Item]:
    if not data.strip():
        raise IngestError("empty file")
    kind = sniff_format(data, name=name or url, content_type=content_type)
    if kind == "feed":
        for entry in parse_feed(data, source=source):
            yield (
                entry
                if isinstance(entry, IngestError)
                else complete(with_linked_page(entry, limits) if limits.fetch_feed_links else entry)
            )
        return
    items: list[Item]
    if kind == "json":
        items = parse_json(data, source=source)
    elif kind == "html":
        items = parse_html(data, source=source, url=url)
    else:
        items = [replace(i, url=url) for i in parse_text(data, source=source)]
    host = (urlparse(url).hostname or "").removeprefix("www.")
    for item in items:
        yield item if isinstance(item, IngestError) else complete(item, fallback_outlet=host)


def with_linked_page(entry: ArticleInput, limits: Limits) -> ArticleInput:
    """A feed entry whose text is only a teaser takes the body of the page it links to."""
    if not entry.url or len(entry.body) >= TEASER_CHARS or not is_url(entry.url):
        return entry
    try:
        data, _content_type, final_url = fetch(entry.url, limits)
        page = parse_html(data, source=entry.source, url=final_url)[0]
    except IngestError:
        return entry  # the teaser is better than nothing
    return replace(entry, body=page.body, byline=entry.byline or page.byline)


def read_file(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
        check_size(size, limits.max_bytes)
        return path.read_bytes()
    except FileNotFoundError:
        raise IngestError("no such file") from None
    except IsADirectoryError:
        raise IngestError("is a folder") from None
    except PermissionError:
        raise IngestError("permission denied") from None
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror}") from None


def fetch(url: str, limits: Limits) -> tuple[bytes, str, str]:
    """GET a URL, reading at most the size limit; returns (body, content type, final URL)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with open_url(
            request, timeout=limits.timeout, allow_private=limits.allow_private
        ) as response:
            declared = int(response.headers.get("Content-Length") or 0)
            check_size(declared, limits.max_bytes)
            data = response.read(limits.max_bytes + 1)
            check_size(len(data), limits.max_bytes)
            return data, response.headers.get("Content-Type", ""), response.geturl()
    except BlockedAddress as exc:
        raise IngestError(f"refused: {exc}") from None
    except urllib.error.HTTPError as exc:
        raise IngestError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise IngestError(f"unreachable: {exc.reason}") from None
    except TimeoutError:
        raise IngestError(f"timed out after {limits.timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise IngestError(f"unreachable: {exc}") from None
