import pytest

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def rows(client, url):
    return client.get(url).context["rows"]


def test_related_statements_share_a_row_and_unmatched_ones_leave_a_gap(analyst_client, story):
    s = story.statements
    compared = rows(analyst_client, f"/compare/?a={story.alliance.pk}&b={story.rferl.pk}")
    placed = {
        st.pk: (index, column)
        for index, row in enumerate(compared)
        for column, cell in enumerate(row.cells)
        for st in cell.statements
    }
    assert placed[s["a_third_year"].pk][0] == placed[s["r_three_years"].pk][0]
    assert placed[s["a_reasons"].pk][0] == placed[s["r_reasons"].pk][0]
    alone = compared[placed[s["a_substantive"].pk][0]]
    assert not alone.matched and alone.cells[1].statements == []
    assert placed[s["a_third_year"].pk][1] == 0 and placed[s["r_three_years"].pk][1] == 1


def test_the_comparison_marks_changed_words_and_numbers(analyst_client, story):
    page = analyst_client.get(f"/compare/?a={story.alliance.pk}&b={story.rferl.pk}")
    html = page.content.decode()
    assert '<span class="fact">third</span>' in html
    assert '<span class="fact">three</span>' in html
    assert "Not reported by Radio Free Europe/Radio Liberty" in html
    assert "a_value" in html and "more than three years" in html  # evidence, rendered generically


def test_a_story_compares_every_related_article(analyst_client, story):
    response = analyst_client.get(f"/compare/?story={story.alliance.pk}")
    assert [a.pk for a in response.context["columns"]] == [story.alliance.pk, story.rferl.pk]


def test_comparing_an_unknown_article_is_a_404(analyst_client, story):
    assert analyst_client.get("/compare/?a=999999&b=1").status_code == 404
    assert analyst_client.get("/compare/?a=x").status_code == 404


def test_comparing_articles_without_statements_says_so(analyst_client):
    a, b = make_article(outlet="One"), make_article(outlet="Two")
    page = analyst_client.get(f"/compare/?a={a.pk}&b={b.pk}").content.decode()
    assert "Neither article has extracted statements yet." in page


def test_the_claim_page_shows_every_outlets_version_relations_and_history(editor_client, story):
    editor_client.post(
        f"/relations/{story.four_days.pk}/review/", {"decision": "dismissed", "note": "same ask"}
    )
    page = editor_client.get(f"/claims/{story.umerov_claim.pk}/").content.decode()
    assert "The Russian side has at least" in page
    assert "Russia to provide its proposal at least" in page
    assert "Wording differs" in page and "Channel differs" in page
    assert "relation.dismissed" in page and "same ask" in page


def test_the_article_page_highlights_statements_with_escaped_text(analyst_client, story):
    page = analyst_client.get(f"/articles/{story.alliance.pk}/").content.decode()
    a = story.statements["a_substantive"]
    assert f'<mark class="stmt c1" id="s{a.pk}"' in page
    assert "Rustem Umerov · “stated” · Indirect speech" in page
    assert f"/compare/?a={story.alliance.pk}&amp;b={story.rferl.pk}#cmp-s" in page
