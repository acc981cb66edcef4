"""One Speaker per person across articles, whatever the spelling; namesakes stay apart."""

import pytest
from django.contrib.auth.models import User

from claims.models import AuditEntry, Speaker
from claims.speakers import SpeakerEditError, speaker_merge, speaker_resolve, speaker_split
from tests.factories import make_statement

pytestmark = pytest.mark.django_db


def test_spelling_variants_and_titles_become_one_speaker():
    first = speaker_resolve(name="Volodymyr Zelensky", kind="person", role="Ukrainian President")
    assert speaker_resolve(name="Volodymyr Zelenskyy") == first
    assert speaker_resolve(name="Zelenskyy") == first
    assert speaker_resolve(name="President Volodymyr Zelensky") == first
    assert Speaker.objects.count() == 1
    first.refresh_from_db()
    assert first.role == "Ukrainian President" and first.kind == "person"
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskyy"} <= set(
        first.aliases.values_list("name", flat=True)
    )


def test_a_bare_surname_seen_first_grows_into_the_full_name():
    trump = speaker_resolve(name="Trump")
    assert speaker_resolve(name="Donald Trump") == trump
    assert speaker_resolve(name="President Donald Trump") == trump
    trump.refresh_from_db()
    assert trump.canonical_name == "Donald Trump"


def test_two_people_sharing_a_surname_stay_two():
    donald = speaker_resolve(name="Donald Trump")
    melania = speaker_resolve(name="Melania Trump")
    assert donald != melania
    # a bare surname is now ambiguous and must not be pinned on either by guesswork
    bare = speaker_resolve(name="Trump")
    assert bare not in (donald, melania) or Speaker.objects.count() == 2


def test_editors_merge_speakers_and_their_statements_follow():
    editor = User.objects.create_user("ed")
    a = speaker_resolve(name="Heorhiy Tykhiy")
    b = Speaker.objects.create(canonical_name="Georgii Tykhyi")
    b.aliases.create(name="Georgii Tykhyi", normalized="georgii tykhyi", surname_key="tykh")
    statement = make_statement(speaker=b, speaker_name="Georgii Tykhyi")
    speaker_merge(target=a, others=[b], actor=editor)
    statement.refresh_from_db()
    assert statement.speaker == a
    assert not Speaker.objects.filter(pk=b.pk).exists()
    assert set(a.aliases.values_list("name", flat=True)) == {"Heorhiy Tykhiy", "Georgii Tykhyi"}
    assert AuditEntry.objects.get(action="speaker.merged").details["merged_name"] == (
        "Georgii Tykhyi"
    )


def test_editors_split_a_wrongly_merged_speaker():
    editor = User.objects.create_user("ed")
    joined = speaker_resolve(name="John Smith")
    other_alias = joined.aliases.create(
        name="Jon Smith", normalized="jon smith", surname_key="smit"
    )
    keep = make_statement(speaker=joined, speaker_name="John Smith")
    move = make_statement(speaker=joined, speaker_name="Jon Smith")
    new = speaker_split(speaker=joined, alias_ids=[other_alias.pk], actor=editor)
    keep.refresh_from_db()
    move.refresh_from_db()
    assert (keep.speaker, move.speaker) == (joined, new)
    assert new.canonical_name == "Jon Smith"
    with pytest.raises(SpeakerEditError):
        speaker_split(speaker=new, alias_ids=[other_alias.pk], actor=editor)
