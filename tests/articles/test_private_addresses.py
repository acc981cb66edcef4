"""Pages and feeds users ask for never make the server fetch from itself or its private
network, unless the deployment allows it (OUTBOUND_ALLOW_PRIVATE)."""

import pytest
from django.test import override_settings

from articles.models import Article
from articles.web_ingest import ingest_url
from newsclaims.outbound import BlockedAddress, check_public

STORY = 'KYIV, May 29 (Example Wire): "Talks will go ahead," the minister said on Monday.'


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/admin/",
        "http://localhost/",
        "http://10.1.2.3/feed.xml",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
def test_local_and_private_addresses_are_refused(url):
    with pytest.raises(BlockedAddress):
        check_public(url)


def test_a_public_address_passes():
    check_public("http://93.184.215.14/news")  # an address literal: no DNS needed


@pytest.mark.django_db
@override_settings(OUTBOUND_ALLOW_PRIVATE=False)
def test_ingesting_a_page_on_a_private_address_is_refused_and_stores_nothing(web):
    url = web.put("story.txt", STORY)

    summary = ingest_url(url)

    [outcome] = summary.outcomes
    assert outcome.status == "failed" and outcome.reason.startswith("refused")
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_deployment_that_allows_private_addresses_ingests_from_them(web):
    url = web.put("story.txt", STORY)

    with override_settings(OUTBOUND_ALLOW_PRIVATE=True):
        summary = ingest_url(url)

    assert [outcome.status for outcome in summary.outcomes] == ["new"]


def test_a_public_page_redirecting_to_a_private_address_is_refused():
    import urllib.request

    from newsclaims.outbound import _CheckedRedirects

    request = urllib.request.Request("http://93.184.215.14/story")

    with pytest.raises(BlockedAddress):
        _CheckedRedirects().redirect_request(
            request, None, 302, "Found", {}, "http://127.0.0.1:5432/"
        )


@pytest.mark.django_db
@override_settings(OUTBOUND_ALLOW_PRIVATE=False)
def test_the_operator_ingest_command_may_read_the_local_network(web):
    from django.core.management import call_command

    call_command("ingest", web.put("story.txt", STORY))

    assert Article.objects.count() == 1
