"""Canonical speakers across articles: one Speaker per person or body, many aliases.

Inside an article the extraction engine already maps "Umerov" and "he" to "Rustem Umerov";
here the in-article names meet the ones seen before in other articles.
"""

import zlib
from collections.abc import Iterable

from django.db import connection, transaction

from claims.extraction.names import name_variants_match, normalize_name, surname

from .models import AuditEntry, Claim, Speaker, SpeakerAlias, Statement


def _surname_lock(key: str) -> int:
    return zlib.crc32(key.encode())


def _lock_surnames(keys: list[str]) -> None:
    """Serialise creation of speakers who share a surname, so that two workers reading the
    same new name at once make one Speaker, not two. The locks are taken in the order given."""
    if connection.vendor == "postgresql" and keys:
        locks = list(dict.fromkeys(_surname_lock(key) for key in keys))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(lock) FROM unnest(%s::bigint[])"
                " WITH ORDINALITY AS locks(lock, position) ORDER BY position",
                [locks],
            )


def proper_name(name: str) -> str:
    """The name as written without its title: "Donald Trump" for "President Donald Trump"."""
    count = len(normalize_name(name).split())
    words = name.split()
    return " ".join(words[-count:]) if 0 < count <= len(words) else name


def surname_key(name: str) -> str:
    return normalize_name(surname(name) or name)[:4]


def _find(name: str) -> tuple[Speaker | None, bool]:
    """The known speaker of `name`, and whether `name` is already one of its aliases."""
    normalized = normalize_name(name)
    if not normalized:
        return None, False
    alias = SpeakerAlias.objects.select_related("speaker").filter(normalized=normalized).first()
    if alias:
        return alias.speaker, True
    key = surname_key(name)
    if not key:
        return None, False
    candidates = {
        a.speaker_id: a.speaker
        for a in SpeakerAlias.objects.select_related("speaker").filter(surname_key=key)
        if name_variants_match(name, a.name)
    }
    # A bare surname shared by several known people is ambiguous: do not guess.
    return (next(iter(candidates.values())) if len(candidates) == 1 else None), False


def speaker_resolve(*, name: str, kind: str = "unknown", role: str = "") -> Speaker | None:
    """The Speaker for a resolved in-article name, created on first sight."""
    name = " ".join(name.split())
    if not normalize_name(name):
        return None
    with transaction.atomic():
        _lock_surnames([surname_key(name)])
        return _resolve_locked(name=name, kind=kind, role=role)


Mention = tuple[str, str, str]  # (name, kind, role)


def speakers_resolve(*, mentions: Iterable[Mention]) -> dict[Mention, Speaker | None]:
    """`speaker_resolve` for each distinct (name, kind, role), as one batch.

    Inside a transaction the surname locks are held until it ends, so they are all taken at
    once, in lock order: two workers storing articles that name the same people never wait
    on each other in a cycle. Names of one surname keep their order, and names of different
    surnames never meet, so the speakers found are those of resolving one by one.
    """
    names = {mention: " ".join(mention[0].split()) for mention in mentions}
    found: dict[Mention, Speaker | None] = dict.fromkeys(names)
    valid = [mention for mention, name in names.items() if normalize_name(name)]
    ordered = sorted(valid, key=lambda mention: _surname_lock(surname_key(names[mention])))
    with transaction.atomic():
        _lock_surnames([surname_key(names[mention]) for mention in ordered])
        for mention in ordered:
            found[mention] = _resolve_locked(name=names[mention], kind=mention[1], role=mention[2])
    return found


def _resolve_locked(*, name: str, kind: str, role: str) -> Speaker:
    speaker, known_alias = _find(name)
    if speaker is None:
        speaker = Speaker.objects.create(
            canonical_name=proper_name(name),
            kind=kind if kind in Speaker.Kind.values else "unknown",
            role=role[:300],
        )
        # A speaker made just now has no aliases yet: no need to look first.
        SpeakerAlias.objects.create(speaker=speaker, **_alias_fields(name))
    elif not known_alias:
        _remember_alias(speaker, name)
    _improve(speaker, name=name, kind=kind, role=role)
    return speaker


def _alias_fields(name: str) -> dict[str, str]:
    return {"normalized": normalize_name(name), "name": name, "surname_key": surname_key(name)}


def _remember_alias(speaker: Speaker, name: str) -> None:
    fields = _alias_fields(name)
    normalized = fields.pop("normalized")
    SpeakerAlias.objects.get_or_create(speaker=speaker, normalized=normalized, defaults=fields)


def _improve(speaker: Speaker, *, name: str, kind: str, role: str) -> None:
    """A fuller name replaces a bare surname; a known kind or role fills a blank one."""
    changed = []
    proper = proper_name(name)
    if len(proper.split()) > len(normalize_name(speaker.canonical_name).split()):
        speaker.canonical_name = proper
        changed.append("canonical_name")
    if speaker.kind == Speaker.Kind.UNKNOWN and kind in Speaker.Kind.values and kind != "unknown":
        speaker.kind = kind
        changed.append("kind")
    if not speaker.role and role:
        speaker.role = role[:300]
        changed.append("role")
    if changed:
        speaker.save(update_fields=[*changed, "updated_at"])


class SpeakerEditError(ValueError):
    """A merge or split that cannot be done as asked."""


@transaction.atomic
def speaker_merge(*, target: Speaker, others: list[Speaker], actor) -> Speaker:
    """Fold `others` into `target`: their aliases, statements and claims move over."""
    others = [o for o in others if o.pk != target.pk]
    if not others:
        raise SpeakerEditError("choose at least one other speaker to merge")
    known = set(target.aliases.values_list("normalized", flat=True))
    for other in others:
        for alias in other.aliases.all():
            if alias.normalized in known:
                alias.delete()
            else:
                alias.speaker = target
                alias.save(update_fields=["speaker"])
                known.add(alias.normalized)
        moved = Statement.objects.filter(speaker=other).update(speaker=target)
        Claim.objects.filter(speaker=other).update(speaker=target)
        AuditEntry.objects.filter(speaker=other).update(speaker=target)
        AuditEntry.objects.create(
            actor=actor,
            action="speaker.merged",
            speaker=target,
            details={
                "merged_id": other.pk,
                "merged_name": other.canonical_name,
                "statements": moved,
            },
        )
        other.delete()
    return target


@transaction.atomic
def speaker_split(
    *, speaker: Speaker, alias_ids: list[int], actor, canonical_name: str = ""
) -> Speaker:
    """Move some aliases, and the statements that were resolved to them, to a new speaker."""
    aliases = list(speaker.aliases.filter(pk__in=alias_ids))
    if not aliases:
        raise SpeakerEditError("choose at least one alias to split off")
    if len(aliases) == speaker.aliases.count():
        raise SpeakerEditError("keep at least one alias on the original speaker")
    name = canonical_name.strip() or max((a.name for a in aliases), key=len)
    new = Speaker.objects.create(canonical_name=name, kind=speaker.kind)
    normalized = {a.normalized for a in aliases}
    SpeakerAlias.objects.filter(pk__in=[a.pk for a in aliases]).update(speaker=new)
    moving = [
        s.pk
        for s in speaker.statements.only("pk", "speaker_name")
        if normalize_name(s.speaker_name) in normalized
    ]
    Statement.objects.filter(pk__in=moving).update(speaker=new)
    AuditEntry.objects.create(
        actor=actor,
        action="speaker.split",
        speaker=new,
        details={
            "from_id": speaker.pk,
            "from_name": speaker.canonical_name,
            "aliases": sorted(a.name for a in aliases),
            "statements": len(moving),
        },
    )
    return new
