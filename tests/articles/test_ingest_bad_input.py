"""The catalogue of bad input: each item gets one clear line, the good ones are still stored."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article

pytestmark = pytest.mark.django_db


def test_every_bad_item_is_reported_once_and_the_good_ones_are_stored(tmp_path, web, settings):
    settings.INGEST_FETCH_TIMEOUT = 3
    good = tmp_path / "good.txt"
    good.write_text("The mayor said the bridge will reopen in July.", encoding="utf-8")
    also_good = tmp_path / "good.json"
    also_good.write_text(json.dumps({"text": "The council said it would vote.", "outlet": "X"}))
    bad = {
        "empty.txt": b"",
        "blank.txt": b"   \n\t  \n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "latin1.txt": "Der Minister sagte: Grüße aus Köln".encode("latin-1"),
        "broken.json": b'{"text": "unterminated',
        "nobody.json": b'{"title": "no text here"}',
        "broken.html": b"<html><body><div><p></p></div>",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # 50 MB, sparse: refused by size before it is read
        f.truncate(50 * 1024 * 1024)
    missing_page = web.url("gone.html")
    unreachable = "http://127.0.0.1:9/nothing-listens-here"

    err = StringIO()
    out = StringIO()
    with pytest.raises(CommandError, match="10 item"):
        call_command(
            "ingest",
            str(good),
            *(str(tmp_path / n) for n in bad),
            str(huge),
            missing_page,
            unreachable,
            str(also_good),
            stdout=out,
            stderr=err,
        )
    lines = [line for line in err.getvalue().splitlines() if line.startswith("FAILED")]
    expected = {
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "binary.txt": "binary file",
        "latin1.txt": "not valid UTF-8",
        "broken.json": "broken JSON",
        "nobody.json": 'no "text" field',
        "broken.html": "no article text found",
        "huge.txt": "too large (50.0 MB; the limit is 10.0 MB)",
        "gone.html": "HTTP 404",
        "nothing-listens-here": "unreachable",
    }
    assert len(lines) == len(expected)
    for name, reason in expected.items():
        matching = [line for line in lines if name in line]
        assert len(matching) == 1, name
        assert reason in matching[0], matching[0]
    assert "2 new, 0 duplicate, 10 failed" in out.getvalue()
    assert sorted(Article.objects.values_list("body", flat=True)) == [
        "The council said it would vote.",
        "The mayor said the bridge will reopen in July.",
    ]


def test_one_bad_record_in_a_json_list_does_not_lose_the_others(tmp_path):
    (tmp_path / "list.json").write_text(
        json.dumps([{"text": "Good one said the chief."}, 42, {"text": ""}, {"text": "Good two."}])
    )
    err = StringIO()
    with pytest.raises(CommandError, match="2 item"):
        call_command("ingest", str(tmp_path / "list.json"), stdout=StringIO(), stderr=err)
    assert "record 1: expected a JSON object" in err.getvalue()
    assert "record 2: empty article" in err.getvalue()
    assert sorted(Article.objects.values_list("body", flat=True)) == [
        "Good one said the chief.",
        "Good two.",
    ]


def test_deeply_nested_json_is_refused_cleanly(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path / "deep.json"), stdout=StringIO(), stderr=err)
    assert "nested too deeply" in err.getvalue()
