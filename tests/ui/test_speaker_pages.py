import pytest

from claims.models import AuditEntry, Speaker, Statement
from tests.factories import make_speaker

pytestmark = pytest.mark.django_db


def test_the_speaker_page_shows_aliases_role_timeline_and_claims(analyst_client, story):
    page = analyst_client.get(f"/speakers/{story.umerov.pk}/").content.decode()
    assert "Rustem Umerov" in page and "Defence Minister of Ukraine" in page
    assert "Umerov" in page
    for outlet in ("Alliance News", "Radio Free Europe/Radio Liberty"):
        assert outlet in page
    assert "The Russian side has at least four more days" in page  # plain text in a timeline
    assert story.umerov_claim.summary in page
    assert "Merge into" not in page  # analysts read only


def test_an_editor_merges_a_duplicate_speaker(editor_client, story):
    duplicate = make_speaker("R. Umerov")
    statement = story.statements["r_four_days"]
    Statement.objects.filter(pk=statement.pk).update(speaker=duplicate)
    response = editor_client.post(f"/speakers/{story.umerov.pk}/merge/", {"others": [duplicate.pk]})
    assert response.status_code == 302
    assert not Speaker.objects.filter(pk=duplicate.pk).exists()
    statement.refresh_from_db()
    assert statement.speaker == story.umerov
    page = editor_client.get(response["Location"]).content.decode()
    assert "Merged R. Umerov into Rustem Umerov." in page
    assert "speaker.merged" in page


def test_an_editor_splits_a_name_off_a_speaker(editor_client, story):
    zelenskyy = story.zelensky.aliases.get(name="Volodymyr Zelenskyy")
    response = editor_client.post(
        f"/speakers/{story.zelensky.pk}/split/",
        {"aliases": [zelenskyy.pk], "canonical_name": "Volodymyr Zelenskyy"},
    )
    new = Speaker.objects.get(canonical_name="Volodymyr Zelenskyy")
    assert response["Location"] == f"/speakers/{new.pk}/"
    assert Statement.objects.get(pk=story.statements["r_reasons"].pk).speaker == new
    assert AuditEntry.objects.get(action="speaker.split").speaker == new


def test_a_split_that_takes_every_name_is_refused_with_the_reason(editor_client, story):
    ids = list(story.zelensky.aliases.values_list("pk", flat=True))
    response = editor_client.post(f"/speakers/{story.zelensky.pk}/split/", {"aliases": ids})
    assert response.status_code == 400
    assert "keep at least one alias" in response.content.decode()


def test_an_analyst_cannot_merge_or_split_speakers(analyst_client, story):
    other = make_speaker("Someone Else")
    assert (
        analyst_client.post(f"/speakers/{story.umerov.pk}/merge/", {"others": [other.pk]})
    ).status_code == 403
    alias = story.zelensky.aliases.first()
    assert (
        analyst_client.post(f"/speakers/{story.zelensky.pk}/split/", {"aliases": [alias.pk]})
    ).status_code == 403
    assert Speaker.objects.filter(pk=other.pk).exists()
    assert not AuditEntry.objects.exists()
