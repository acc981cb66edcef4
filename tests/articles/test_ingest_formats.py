"""Every supported input shape becomes an article with its metadata."""

import json

import pytest
from django.core.management import call_command

from articles.models import Article

pytestmark = pytest.mark.django_db

WIRE = (
    "BERLIN, March 3 (Example Wire): The chancellor said on Monday that talks would continue.\n"
    "Officials declined to comment further.\n"
)


def ingest(*sources: str, **options) -> str:
    from io import StringIO

    out = StringIO()
    call_command("ingest", *sources, stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


def test_plain_text_takes_outlet_place_and_date_from_the_dateline(tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    assert "1 new, 0 duplicate, 0 failed" in ingest(str(tmp_path / "wire.txt"))
    article = Article.objects.get()
    assert article.outlet.name == "Example Wire"
    assert article.dateline_place == "BERLIN"
    assert article.published_at.date().month == 3 and article.published_at.date().day == 3
    assert article.body == WIRE  # kept exactly, so character offsets stay valid
    assert article.status == Article.Status.PENDING


def test_json_list_of_articles_with_metadata(tmp_path):
    records = [
        {
            "text": "First story. The minister said it was fine.",
            "outlet": "Daily One",
            "published": "2024-02-01",
            "title": "One",
            "url": "https://example.org/1",
            "byline": "A. Writer",
        },
        {
            "text": "Second story, different text.",
            "outlet": "Daily Two",
            "published": "2024-02-02T10:30:00+01:00",
            "title": "Two",
        },
    ]
    (tmp_path / "batch.json").write_text(json.dumps(records), encoding="utf-8")
    assert "2 new" in ingest(str(tmp_path / "batch.json"))
    one = Article.objects.get(title="One")
    assert (one.outlet.name, one.url, one.byline) == (
        "Daily One",
        "https://example.org/1",
        "A. Writer",
    )
    assert one.published_at.isoformat().startswith("2024-02-01")
    assert Article.objects.get(title="Two").published_at.isoformat() == "2024-02-02T09:30:00+00:00"


HTML = """<!doctype html><html><head><title>Talks resume in Geneva</title>
<meta property="og:site_name" content="The Example Times">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2023-09-14T08:00:00Z">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Talks resume in Geneva</h1>
<p>Negotiators returned to Geneva on Thursday, the foreign ministry said in a statement.</p>
<p>"We are ready to work," the envoy told reporters outside the venue, adding that a deal
was possible within weeks if both sides showed flexibility and good faith.</p>
<script>document.write('tracking')</script>
<p onclick="steal()">Analysts said the mood was cautiously optimistic after months of delay.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_main_text_and_metadata_without_markup_or_scripts(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    ingest(str(tmp_path / "page.html"))
    article = Article.objects.get()
    assert article.title == "Talks resume in Geneva"
    assert article.outlet.name == "The Example Times"
    assert article.byline == "Jane Reporter"
    assert article.published_at.date().isoformat() == "2023-09-14"
    assert "the envoy told reporters" in article.body
    assert "tracking" not in article.body and "<" not in article.body
    assert "Home | World" not in article.body


def test_a_folder_is_walked_and_hidden_files_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Story A said the minister.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Story B is different.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Not an article.", encoding="utf-8")
    assert "2 new" in ingest(str(tmp_path))
    assert Article.objects.count() == 2


def test_an_http_url_is_fetched_and_parsed(web):
    url = web.put("story.html", HTML)
    ingest(url)
    article = Article.objects.get()
    assert article.url == url
    assert article.title == "Talks resume in Geneva"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Feed News</title><link>{base}</link>
<item><title>Full entry</title><link>{base}/full</link>
<pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate><author>desk@example.org (Desk)</author>
<description><![CDATA[<p>{long}</p>]]></description></item>
<item><title>Teaser entry</title><link>{base}/story.html</link>
<pubDate>Wed, 11 Jun 2025 09:00:00 GMT</pubDate>
<description>Short teaser only.</description></item>
</channel></rss>"""


def test_rss_entries_become_articles_and_teasers_take_the_linked_page(web):
    web.put("story.html", HTML)
    long_text = "The mayor said the bridge would reopen in July. " * 30
    feed = web.put("news.rss", RSS.format(base=web.base, long=long_text))
    assert "2 new" in ingest(feed)
    full = Article.objects.get(title="Full entry")
    assert full.outlet.name == "Example Feed News"
    assert full.published_at.date().isoformat() == "2025-06-10"
    assert full.body.startswith("The mayor said")
    teaser = Article.objects.get(title="Teaser entry")
    assert "the envoy told reporters" in teaser.body  # fetched from the link


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Atom story</title><link href="https://example.invalid/atom-1"/>
<updated>2025-01-05T12:00:00Z</updated>
<content type="html">&lt;p&gt;The council voted 7 to 2, the clerk said on Sunday.&lt;/p&gt;
</content>
</entry></feed>"""


def test_atom_feed_without_fetching_links(tmp_path):
    (tmp_path / "desk.atom").write_text(ATOM, encoding="utf-8")
    ingest(str(tmp_path / "desk.atom"), no_fetch_links=True)
    article = Article.objects.get()
    assert (article.title, article.outlet.name) == ("Atom story", "Atom Desk")
    assert article.body == "The council voted 7 to 2, the clerk said on Sunday."
    assert article.url == "https://example.invalid/atom-1"


def test_outlet_option_overrides_metadata(tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    ingest(str(tmp_path / "wire.txt"), outlet="My Desk")
    assert Article.objects.get().outlet.name == "My Desk"
