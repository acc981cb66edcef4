"""Ingesting what an editor hands the web page: pasted text, uploaded files, a URL or a feed.

Bytes in, outcomes out: the same parsers, limits and storage as the `ingest` command.
"""

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from .batch import Summary, default_limits, ingest_item
from .ingestion.decoding import check_size
from .ingestion.formats import parse_text
from .ingestion.metadata import complete
from .ingestion.sources import is_url, parse_payload, read_source
from .ingestion.types import IngestError


def ingest_pasted(
    *,
    text: str,
    outlet: str = "",
    title: str = "",
    url: str = "",
    published_at: datetime | None = None,
) -> Summary:
    """One article from pasted text; given metadata wins over what the text itself suggests."""
    summary = Summary()
    try:
        limits = default_limits()
        data = text.encode("utf-8")
        check_size(len(data), limits.max_bytes)
        [item] = parse_text(data, source="pasted text")
        item = replace(item, title=title, url=url, published_at=published_at, outlet=outlet)
        result = complete(item)
    except IngestError as exc:
        result = exc
    summary.outcomes.append(ingest_item(result, source="pasted text"))
    return summary


def ingest_uploads(files: Iterable[tuple[str, bytes, int]], *, outlet: str = "") -> Summary:
    """Every article in the uploaded files (a JSON file may hold many, a feed many entries).
    Each file comes as (name, its first bytes, its full size): a file over the limit is
    refused by its size, without being read whole."""
    summary = Summary()
    limits = default_limits(fetch_feed_links=False)
    for name, data, size in files:
        try:
            check_size(size, limits.max_bytes)
            items = list(parse_payload(data, source=name, name=name, limits=limits))
        except IngestError as exc:
            items = [exc]
        for item in items:
            summary.outcomes.append(ingest_item(item, source=name, outlet=outlet))
    return summary


def ingest_url(url: str, *, outlet: str = "") -> Summary:
    """A page or a feed on the web; never a path on this server."""
    summary = Summary()
    if not is_url(url):
        items = [IngestError("only http and https addresses can be fetched")]
    else:
        items = read_source(url, default_limits())
    for item in items:
        summary.outcomes.append(ingest_item(item, source=url, outlet=outlet))
    return summary
