import pytest

from claims.models import AuditEntry, Flag, Relation

pytestmark = pytest.mark.django_db


def review(client, relation, **data):
    return client.post(f"/relations/{relation.pk}/review/", data)


def test_an_analyst_cannot_confirm_a_discrepancy(analyst_client, story):
    response = review(analyst_client, story.third_year, decision="confirmed", note="fine")
    assert response.status_code == 403
    story.third_year.refresh_from_db()
    assert story.third_year.review_status == Relation.Review.SUGGESTED
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize(
    "url", ["/review/bulk/", "/relations/{r}/assign/", "/flags/{f}/resolve/", "/flags/{f}/assign/"]
)
def test_an_analyst_cannot_make_any_review_change(analyst_client, story, editor, url):
    flag = Flag.objects.create(relation=story.third_year, note="check", raised_by=editor)
    url = url.format(r=story.third_year.pk, f=flag.pk)
    data = {"relations": [story.third_year.pk], "decision": "dismissed", "resolution": "done"}
    assert analyst_client.post(url, data).status_code == 403
    flag.refresh_from_db()
    assert flag.status == Flag.Status.OPEN


def test_an_editor_confirms_a_discrepancy_and_the_note_lands_in_its_audit_log(editor_client, story):
    response = review(editor_client, story.third_year, decision="confirmed", note="RFE/RL right")
    assert response.status_code == 302
    assert response["Location"] == f"/relations/{story.third_year.pk}/"
    page = editor_client.get(response["Location"]).content.decode()
    assert "relation.confirmed" in page
    assert "RFE/RL right" in page
    story.third_year.refresh_from_db()
    assert story.third_year.review_status == Relation.Review.CONFIRMED


def test_flagging_a_contradiction_needs_a_note(editor_client, story):
    response = review(editor_client, story.third_year, decision="contradiction", note="")
    assert response.status_code == 302
    assert not Flag.objects.exists()
    page = editor_client.get(response["Location"]).content.decode()
    assert "Say why this is a contradiction." in page


def test_an_editor_flags_a_contradiction_and_then_resolves_the_flag(editor_client, story):
    review(editor_client, story.third_year, decision="contradiction", note="3rd year ≠ 3+ years")
    flag = Flag.objects.get(relation=story.third_year)
    assert "3rd year" in editor_client.get("/flags/").content.decode()
    response = editor_client.post(f"/flags/{flag.pk}/resolve/", {"resolution": "Asked Alliance"})
    assert response.status_code == 302
    flag.refresh_from_db()
    assert (flag.status, flag.resolution) == (Flag.Status.RESOLVED, "Asked Alliance")
    actions = list(
        AuditEntry.objects.filter(relation=story.third_year).values_list("action", flat=True)
    )
    assert sorted(actions) == ["flag.raised", "flag.resolved", "relation.confirmed"]
    assert (
        "flag.resolved" in editor_client.get(f"/relations/{story.third_year.pk}/").content.decode()
    )


def test_an_editor_dismisses_several_discrepancies_at_once(editor_client, story):
    chosen = [story.third_year, story.four_days]
    response = editor_client.post(
        "/review/bulk/",
        {"relations": [r.pk for r in chosen], "decision": "dismissed", "note": "same fact"},
    )
    assert response.status_code == 302
    statuses = dict(Relation.objects.values_list("pk", "review_status"))
    assert [statuses[r.pk] for r in chosen] == ["dismissed", "dismissed"]
    assert statuses[story.channel.pk] == "suggested"
    assert AuditEntry.objects.filter(action="relation.dismissed", note="same fact").count() == 2


def test_a_bulk_action_with_nothing_ticked_changes_nothing(editor_client, story):
    response = editor_client.post("/review/bulk/", {"decision": "confirmed"}, follow=True)
    assert "Tick at least one discrepancy." in response.content.decode()
    assert not AuditEntry.objects.exists()


def test_assigning_a_discrepancy_gives_it_an_open_flag_for_the_assignee(
    editor_client, editor, story
):
    editor_client.post(f"/relations/{story.channel.pk}/assign/", {"assignee": editor.pk})
    flag = Flag.objects.get(relation=story.channel)
    assert flag.assignee == editor
    queue = editor_client.get("/review/").content.decode()
    assert f'id="relation-{story.channel.pk}"' in queue


def test_the_queue_filters_by_type_outlet_speaker_and_status(editor_client, story):
    def shown(**params):
        page = editor_client.get("/review/", params).content.decode()
        return {r.pk for r in Relation.objects.all() if f'id="relation-{r.pk}"' in page}

    discrepancies = {story.third_year.pk, story.four_days.pk, story.channel.pk}
    assert shown() == discrepancies  # agreements never enter the queue
    assert shown(type="number") == {story.third_year.pk}
    assert shown(speaker=story.umerov.pk) == {story.four_days.pk, story.channel.pk}
    assert shown(outlet=story.rferl.outlet.slug) == discrepancies
    review(editor_client, story.channel, decision="confirmed")
    assert shown() == {story.third_year.pk, story.four_days.pk}
    assert shown(status="confirmed") == {story.channel.pk}


def test_after_a_decision_the_editor_returns_to_the_page_they_came_from_never_offsite(
    editor_client, story
):
    ok = review(editor_client, story.channel, decision="confirmed", next="/review/?type=channel")
    assert ok["Location"] == "/review/?type=channel"
    offsite = review(
        editor_client, story.four_days, decision="confirmed", next="https://evil.example/"
    )
    assert offsite["Location"] == f"/relations/{story.four_days.pk}/"


def test_a_decision_sent_by_htmx_answers_with_the_updated_queue_row(editor_client, story):
    response = editor_client.post(
        f"/relations/{story.channel.pk}/review/",
        {"decision": "confirmed"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    row = response.content.decode()
    assert row.startswith('<li id="relation-')
    assert "Confirmed" in row and "just-decided" in row
