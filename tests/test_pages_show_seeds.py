import pytest

pytestmark = pytest.mark.django_db


def test_the_article_pages_show_the_seed_articles(seeded, admin_client):
    listing = admin_client.get("/articles/").content.decode()
    for article in seeded:
        assert article.title in listing
        page = admin_client.get(article.get_absolute_url()).content.decode()
        assert article.outlet.name in page
        assert "They will constantly look for reasons not to end the war" in page


def test_the_admin_lists_the_seed_articles(seeded, admin_client):
    page = admin_client.get("/admin/articles/article/").content.decode()
    assert "2 articles" in page
    for article in seeded:
        assert article.title in page
