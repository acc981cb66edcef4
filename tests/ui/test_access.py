import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

READ_PAGES = ["/", "/articles/", "/compare/", "/speakers/", "/claims/", "/review/", "/flags/"]


@pytest.mark.parametrize("url", READ_PAGES + ["/search/?q=war"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_the_login_page_is_open_to_anonymous_visitors(client):
    page = client.get("/accounts/login/")
    assert page.status_code == 200
    assert "Log in" in page.content.decode()


@pytest.mark.parametrize("url", ["/admin/", "/api/", "/feeds/", "/static/css/app.css"])
def test_admin_api_feeds_and_static_keep_their_own_access_rules(client, url):
    response = client.get(url)
    assert not response.get("Location", "").startswith("/accounts/login/")


def test_a_signed_in_user_without_a_role_gets_403(nobody):
    client = Client()
    client.force_login(nobody)
    response = client.get("/")
    assert response.status_code == 403
    assert "no role" in response.content.decode()


def test_a_signed_in_user_without_a_role_can_still_log_out(nobody):
    client = Client()
    client.force_login(nobody)
    assert client.post("/accounts/logout/").status_code == 302


@pytest.mark.parametrize("url", READ_PAGES)
def test_an_analyst_reads_every_page(analyst_client, story, url):
    assert analyst_client.get(url).status_code == 200


def test_public_read_lets_anonymous_visitors_read_but_not_write(client, story, settings):
    settings.PUBLIC_READ = True
    assert client.get(f"/articles/{story.alliance.pk}/").status_code == 200
    response = client.post(f"/relations/{story.third_year.pk}/review/", {"decision": "confirmed"})
    assert response.status_code == 403


def test_write_views_accept_only_post(editor_client, story):
    response = editor_client.get(f"/relations/{story.third_year.pk}/review/")
    assert response.status_code == 405


def test_write_views_refuse_a_post_without_the_csrf_token(editor, story):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(f"/relations/{story.third_year.pk}/review/", {"decision": "confirmed"})
    assert response.status_code == 403
    story.third_year.refresh_from_db()
    assert story.third_year.review_status == "suggested"
