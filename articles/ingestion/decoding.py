"""Bytes to text, refusing what is not article text: too large, binary, not UTF-8, empty."""

from .types import IngestError

MEGABYTE = 1024 * 1024


def human_size(n: int) -> str:
    return f"{n / MEGABYTE:.1f} MB" if n >= MEGABYTE else f"{n} bytes"


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise IngestError(f"too large ({human_size(size)}; the limit is {human_size(limit)})")


def decode_text(data: bytes, *, encoding: str | None = None) -> str:
    """Decode UTF-8 (a BOM is dropped); another declared encoding is honoured for HTML."""
    if b"\x00" in data[:8192]:
        raise IngestError("binary file, not text")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except (UnicodeDecodeError, LookupError) as exc:
        if isinstance(exc, UnicodeDecodeError):
            bad = exc.start
            raise IngestError(
                f"not valid {encoding or 'UTF-8'} text (undecodable byte 0x{data[bad]:02x} at "
                f"offset {bad}); convert it first, e.g. iconv -f latin1 -t utf-8"
            ) from None
        raise IngestError(f"unknown text encoding {encoding!r}") from None
    if "\x00" in text:
        raise IngestError("binary file, not text")
    return text


def require_text(body: str) -> str:
    if not body or not body.strip():
        raise IngestError("empty article: no text")
    if "\x00" in body:
        raise IngestError("text contains NUL characters")
    return body
