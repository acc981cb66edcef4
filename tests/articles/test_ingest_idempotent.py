from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Outlet

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_seeding_twice_reports_two_duplicates_and_creates_nothing(seeded):
    before = list(Article.objects.values_list("id", "updated_at", "status").order_by("id"))
    assert "0 new, 2 duplicate, 0 failed" in run("seed")
    assert "0 new, 2 duplicate, 0 failed" in run("ingest", "seeds")
    after = list(Article.objects.values_list("id", "updated_at", "status").order_by("id"))
    assert after == before
    assert Outlet.objects.count() == 2


def test_seeds_carry_their_metadata(seeded):
    alliance = Article.objects.get(outlet__name="Alliance News")
    assert alliance.dateline_place == "MOSCOW"
    assert alliance.published_at.date().isoformat() == "2025-05-29"
    assert alliance.body.startswith("MOSCOW, May 29 (Alliance News):")
    rferl = Article.objects.get(outlet__name="Radio Free Europe/Radio Liberty")
    assert rferl.url == "https://www.rferl.org/a/33427925.html"


def test_same_text_with_other_whitespace_is_a_duplicate(tmp_path):
    (tmp_path / "a.txt").write_text("The minister said the deal is done.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The  minister said\nthe deal is done.", encoding="utf-8")
    assert "1 new, 1 duplicate" in run("ingest", str(tmp_path))


def test_same_url_with_edited_text_is_a_duplicate(tmp_path):
    import json

    for name, text in [("a.json", "First version."), ("b.json", "Corrected version.")]:
        (tmp_path / name).write_text(
            json.dumps({"text": text, "url": "https://example.org/x"}), encoding="utf-8"
        )
    assert "1 new, 1 duplicate" in run("ingest", str(tmp_path))
