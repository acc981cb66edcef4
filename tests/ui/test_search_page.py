import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_statements_and_articles_with_facet_counts(analyst_client, story):
    response = analyst_client.get("/search/", {"q": "memorandum"})
    search = response.context
    statements = {s.pk for s in search["page"].object_list}
    assert statements == {story.statements["a_awaiting"].pk, story.statements["r_awaiting"].pk}
    assert {a.pk for a in search["results"].articles} == {story.alliance.pk, story.rferl.pk}
    facets = {name: {f.label: f.count for f, _ in items} for name, _l, items in search["facets"]}
    assert facets["speaker"] == {"Rustem Umerov": 2}
    assert facets["outlet"] == {"Alliance News": 1, "Radio Free Europe/Radio Liberty": 1}
    assert facets["day"] == {"29 May 2025": 2}
    assert facets["type"] == {"Channel differs": 1}


def test_a_facet_narrows_the_results_through_a_shareable_url(analyst_client, story):
    response = analyst_client.get(
        "/search/", {"q": "memorandum", "outlet": story.rferl.outlet.slug}
    )
    assert [s.pk for s in response.context["page"].object_list] == [
        story.statements["r_awaiting"].pk
    ]
    assert [a.pk for a in response.context["results"].articles] == [story.rferl.pk]
    page = response.content.decode()
    assert "Outlet: Radio Free Europe/Radio Liberty" in page
    assert 'href="?q=memorandum"' in page  # removing the filter keeps the query


def test_relation_type_and_date_facets_filter_statements(analyst_client, story):
    response = analyst_client.get("/search/", {"type": "number", "day": "2025-05-29"})
    assert {s.pk for s in response.context["page"].object_list} == {
        story.statements["a_third_year"].pk,
        story.statements["r_three_years"].pk,
    }


def test_a_search_with_no_words_shows_a_prompt_not_everything(analyst_client, story):
    response = analyst_client.get("/search/")
    assert "results" not in response.context
    assert "Type a few words" in response.content.decode()


def test_invalid_filters_in_a_url_are_ignored_with_a_notice(analyst_client, story):
    response = analyst_client.get("/search/", {"q": "war", "day": "yesterday"})
    assert response.status_code == 200
    assert "were ignored" in response.content.decode()
