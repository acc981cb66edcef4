"""Rendering helpers for statements: highlighted article text, word diffs, numbers and dates.

Article text is escaped piece by piece here and only the markup this module adds is trusted,
so nothing an outlet wrote can become HTML.
"""

import difflib
import json
import re
from collections.abc import Iterable

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|half|twice|"
    r"a week and a half"
)
MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday"
FACT = re.compile(
    rf"^[\"'“‘(\[]*(?:\d[\d,.:/-]*(?:st|nd|rd|th|%|s)?|(?:{NUMBER_WORDS}|{MONTHS}|{DAYS})"
    rf"(?:-\w+)?)[\"'”’)\].,;:!?]*$",
    re.IGNORECASE,
)
WORD = re.compile(r"\S+")


def is_fact(word: str) -> bool:
    """A number, a number word, a month or a day: the words a report gets wrong."""
    return bool(FACT.match(word))


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def _normal(word: str) -> str:
    return re.sub(r"[^\w%]", "", word.casefold().replace("’", "'"))


def _render(text: str, changed: set[int] = frozenset()) -> SafeString:
    """The text escaped, numbers/dates wrapped in .fact, changed word runs wrapped in .diff."""
    out: list[str] = []
    position = 0
    words = _words(text)
    in_run = False
    for index, (start, end, word) in enumerate(words):
        out.append(escape(text[position:start]))
        if index in changed and not in_run:
            out.append('<mark class="diff">')
            in_run = True
        piece = escape(word)
        out.append(f'<span class="fact">{piece}</span>' if is_fact(word) else piece)
        if in_run and index + 1 not in changed:
            out.append("</mark>")
            in_run = False
        position = end
    if in_run:
        out.append("</mark>")
    out.append(escape(text[position:]))
    return mark_safe("".join(out))


@register.filter
def facts(text: str) -> SafeString:
    """Text with its numbers and dates marked."""
    return _render(text or "")


@register.filter
def diff_against(text: str, other: str | None) -> SafeString:
    """`text` with the words `other` does not have marked, numbers and dates highlighted."""
    if not other:
        return _render(text or "")
    mine = [_normal(w) for _s, _e, w in _words(text)]
    theirs = [_normal(w) for _s, _e, w in _words(other)]
    matcher = difflib.SequenceMatcher(a=theirs, b=mine, autojunk=False)
    changed = {
        index
        for tag, _i1, _i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
        for index in range(j1, j2)
    }
    return _render(text, changed)


@register.simple_tag
def highlighted_body(article, statements: Iterable) -> SafeString:
    """The article body with each statement's content span wrapped in a focusable <mark>;
    overlapping spans are clipped so that no mark is nested in another."""
    body = article.body
    out: list[str] = []
    position = 0
    for s in sorted(statements, key=lambda s: (s.content_start, -s.content_end)):
        start, end = max(s.content_start, position), min(s.content_end, len(body))
        if start >= end:
            continue
        out.append(_paragraphs(body[position:start]))
        who = s.speaker.canonical_name if s.speaker_id else (s.speaker_text or article.outlet.name)
        tip = " · ".join(
            part for part in (who, s.cue and f"“{s.cue}”", s.get_kind_display(), s.channel) if part
        )
        out.append(
            format_html(
                '<mark class="stmt c{}" id="s{}" tabindex="0" data-statement="{}" '
                'aria-describedby="tip{}">{}<span class="tip" role="tooltip" id="tip{}">{}</span>'
                "</mark>",
                getattr(s, "colour", 0),
                s.pk,
                s.pk,
                s.pk,
                _paragraphs(body[start:end]),
                s.pk,
                tip,
            )
        )
        position = end
    out.append(_paragraphs(body[position:]))
    return mark_safe("".join(out))


def _paragraphs(text: str) -> SafeString:
    """Escaped text whose line breaks become paragraph gaps (offsets stay those of the body)."""
    pieces = re.split(r"(\n+)", text)
    return mark_safe(
        "".join(
            '<span class="para-break"></span>' if piece.startswith("\n") else escape(piece)
            for piece in pieces
        )
    )


@register.filter
def evidence_items(evidence) -> list[tuple[str, str]]:
    """A relation's evidence flattened to (key path, value) pairs, whatever its shape."""
    items: list[tuple[str, str]] = []

    def walk(prefix: str, value) -> None:
        if isinstance(value, dict) and value:
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        elif isinstance(value, list) and value and all(not isinstance(v, dict) for v in value):
            items.append((prefix, ", ".join(_plain(v) for v in value)))
        elif isinstance(value, list) and value:
            for index, inner in enumerate(value):
                walk(f"{prefix}[{index}]", inner)
        else:
            items.append((prefix or "value", _plain(value)))

    if evidence not in (None, {}, [], ""):
        walk("", evidence)
    return items


def _plain(value) -> str:
    if isinstance(value, str):
        return value or "—"
    if value is None:
        return "—"
    return json.dumps(value, ensure_ascii=False, default=str)


@register.filter
def relation_tone(type: str) -> str:
    return {"agrees": "ok", "wording": "info", "channel": "info"}.get(type, "warn")


@register.filter
def relation_label(type: str) -> str:
    """The type's display name ("Number differs") from its code."""
    from claims.models import Relation

    return Relation.Type(type).label if type in Relation.Type.values else type


@register.filter
def percent(value) -> str:
    """A probability as a whole percentage: 0.874 → "87%"."""
    try:
        return f"{round(float(value) * 100)}%"
    except (TypeError, ValueError):
        return "—"


@register.simple_tag(takes_context=True)
def param_url(context, name: str, value="") -> str:
    """The current URL's query with `name` set to `value` (removed when empty), page reset."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    if value in (None, ""):
        params.pop(name, None)
    else:
        params[name] = value
    return f"?{params.urlencode()}" if params else "?"


@register.simple_tag(takes_context=True)
def page_url(context, number: int) -> str:
    params = context["request"].GET.copy()
    params["page"] = number
    return f"?{params.urlencode()}"


@register.filter
def can(user, action: str) -> bool:
    """Whether the user's role allows `action` (read, review, flag, edit_speakers, ingest);
    only for showing controls: every write view checks again on the server."""
    from claims import roles

    return getattr(roles, f"can_{action}")(user)
