from datetime import date
from types import SimpleNamespace

from django.template import loader

from claims.templatetags.charts import bar_chart
from claims.templatetags.claims_ui import diff_against, evidence_items, facts, highlighted_body


def statement(pk, start, end, **fields):
    return SimpleNamespace(
        pk=pk,
        content_start=start,
        content_end=end,
        speaker_id=None,
        speaker_text=fields.get("who", ""),
        cue=fields.get("cue", ""),
        channel="",
        colour=0,
        get_kind_display=lambda: "Direct quote",
    )


def article(body):
    return SimpleNamespace(body=body, outlet=SimpleNamespace(name="<b>Outlet</b>"))


def test_article_text_is_escaped_piece_by_piece_and_never_trusted():
    body = 'He said "<script>alert(1)</script>" & left.\nNext <i>line</i>.'
    html = highlighted_body(article(body), [statement(1, 9, 34, who="<img src=x>")])
    assert "<script>" not in html and "<i>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<mark class="stmt c0" id="s1"' in html
    assert '<span class="para-break"></span>' in html


def test_overlapping_statements_never_nest_marks():
    body = "abcdefghijklmnopqrstuvwxyz"
    html = highlighted_body(article(body), [statement(1, 0, 10), statement(2, 5, 15)])
    assert html.count("<mark") == 2
    assert html.index('id="s2"') > html.index("</mark>")


def test_the_word_diff_marks_only_the_words_the_other_version_lacks():
    html = diff_against("the war enters its third year", "the war entered its fourth year")
    assert '<mark class="diff">enters</mark>' in html
    assert '<mark class="diff"><span class="fact">third</span></mark>' in html
    assert "the war" in html and "year" in html


def test_numbers_and_dates_are_highlighted():
    html = facts("over 50,000 troops on Monday, June 2, in three days")
    for word in ("50,000", "Monday,", "June", "2,", "three"):
        assert f'<span class="fact">{word}</span>' in html
    assert '<span class="fact">troops</span>' not in html


def test_evidence_of_any_shape_becomes_key_value_pairs():
    evidence = {"a": {"text": "third year", "value": 3}, "values": [3, "3+"], "diff": [{"x": 1}]}
    assert evidence_items(evidence) == [
        ("a.text", "third year"),
        ("a.value", "3"),
        ("values", "3, 3+"),
        ("diff[0].x", "1"),
    ]
    assert evidence_items({}) == []
    assert evidence_items("plain") == [("value", "plain")]


def test_the_chart_draws_a_bar_per_outlet_and_day():
    rows = [
        {"day": date(2025, 5, 29), "outlet": "A", "n": 4},
        {"day": date(2025, 5, 29), "outlet": "B", "n": 2},
        {"day": date(2025, 5, 30), "outlet": "A", "n": 1},
    ]
    chart = bar_chart(rows)
    assert len(chart["bars"]) == 4  # B has an empty bar on the 30th
    tallest = max(chart["bars"], key=lambda b: b["h"])
    assert tallest["title"] == "A, 29 May 2025: 4 statements"
    assert bar_chart([]) == {"empty": True}


def test_the_500_page_renders_without_any_context():
    html = loader.get_template("500.html").render()
    assert "Something went wrong" in html
