import pytest

pytestmark = pytest.mark.django_db


def test_a_missing_page_gets_the_designed_404(analyst_client):
    response = analyst_client.get("/speakers/999999/")
    assert response.status_code == 404
    assert "Nothing here" in response.content.decode()


def test_a_forbidden_change_gets_the_designed_403(analyst_client, story):
    response = analyst_client.post(f"/relations/{story.channel.pk}/review/", {"decision": "x"})
    assert response.status_code == 403
    assert "You can’t do that here" in response.content.decode()
