"""Canonical speakers across articles: one Speaker per person or body, many aliases.

Inside an article the extraction engine already maps "Umerov" and "he" to "Rustem Umerov";
here the in-article names meet the ones seen before in other articles.
"""

import zlib

from django.db import connection, transaction

from claims.extraction.names import name_variants_match, normalize_name, surname

from .models import Speaker, SpeakerAlias


def _lock_surname(key: str) -> None:
    """Serialise creation of speakers who share a surname, so that two workers reading the
    same new name at once make one Speaker, not two."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(key.encode())])


def surname_key(name: str) -> str:
    return normalize_name(surname(name) or name)[:4]


def speaker_find(*, name: str) -> Speaker | None:
    normalized = normalize_name(name)
    if not normalized:
        return None
    alias = SpeakerAlias.objects.select_related("speaker").filter(normalized=normalized).first()
    if alias:
        return alias.speaker
    key = surname_key(name)
    if not key:
        return None
    candidates = {
        a.speaker_id: a.speaker
        for a in SpeakerAlias.objects.select_related("speaker").filter(surname_key=key)
        if name_variants_match(name, a.name)
    }
    # A bare surname shared by several known people is ambiguous: do not guess.
    return next(iter(candidates.values())) if len(candidates) == 1 else None


def speaker_resolve(*, name: str, kind: str = "unknown", role: str = "") -> Speaker | None:
    """The Speaker for a resolved in-article name, created on first sight."""
    name = " ".join(name.split())
    if not normalize_name(name):
        return None
    with transaction.atomic():
        _lock_surname(surname_key(name))
        speaker = speaker_find(name=name)
        if speaker is None:
            speaker = Speaker.objects.create(
                canonical_name=name,
                kind=kind if kind in Speaker.Kind.values else "unknown",
                role=role[:300],
            )
        _remember_alias(speaker, name)
        _improve(speaker, name=name, kind=kind, role=role)
    return speaker


def _remember_alias(speaker: Speaker, name: str) -> None:
    SpeakerAlias.objects.get_or_create(
        speaker=speaker,
        normalized=normalize_name(name),
        defaults={"name": name, "surname_key": surname_key(name)},
    )


def _improve(speaker: Speaker, *, name: str, kind: str, role: str) -> None:
    """A fuller name replaces a bare surname; a known kind or role fills a blank one."""
    changed = []
    if len(name.split()) > len(speaker.canonical_name.split()):
        speaker.canonical_name = name
        changed.append("canonical_name")
    if speaker.kind == Speaker.Kind.UNKNOWN and kind in Speaker.Kind.values and kind != "unknown":
        speaker.kind = kind
        changed.append("kind")
    if not speaker.role and role:
        speaker.role = role[:300]
        changed.append("role")
    if changed:
        speaker.save(update_fields=[*changed, "updated_at"])
