"""`manage.py extract`: the JSON contract other tools read."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

ARTICLE = (
    "BRUSSELS, March 3 (Wire): “We will not accept this,” Commissioner Ana Lind said on "
    "Monday.\nLind added that the proposal “ignores the facts” and told reporters the vote "
    "would be delayed.\n"
)


def _run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("extract", *args, stdout=out, stderr=err)
        code = 0
    except CommandError:
        code = 1
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def article_files(tmp_path):
    json_file = tmp_path / "lind.json"
    json_file.write_text(
        json.dumps({"text": ARTICLE, "published": "2025-03-05", "outlet": "Wire", "title": "t"}),
        encoding="utf-8",
    )
    text_file = tmp_path / "lind.txt"
    text_file.write_text("\ufeffPreamble.\r\n" + ARTICLE, encoding="utf-8")
    return json_file, text_file


def test_it_prints_one_json_object_per_file_with_offsets_into_the_text(article_files):
    json_file, text_file = article_files
    code, out, _err = _run("--json", str(json_file), str(text_file))
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2
    texts = [ARTICLE, text_file.read_bytes().decode("utf-8")]
    for line, text, path in zip(lines, texts, article_files, strict=True):
        record = json.loads(line)
        assert record["file"] == str(path)
        assert record["statements"]
        for s in record["statements"]:
            assert set(s) >= {"speaker", "cue", "content", "kind", "confidence"}
            assert set(s["speaker"]) >= {"text", "start", "end", "canonical"}
            assert s["kind"] in {"direct", "indirect", "mixed"}
            assert 0.0 <= s["confidence"] <= 1.0
            for key in ("speaker", "content", "cue"):
                span = s[key]
                if span is not None:
                    assert text[span["start"] : span["end"]] == span["text"]


def test_it_reports_the_statements_of_the_article(article_files):
    code, out, _err = _run("--json", str(article_files[0]))
    statements = json.loads(out)["statements"]
    direct = next(s for s in statements if s["kind"] == "direct")
    assert direct["content"]["text"] == "We will not accept this"
    assert direct["speaker"]["canonical"] == "Ana Lind"
    assert direct["said_on"] == "2025-03-03"
    assert any(s["channel"] == "reporters" for s in statements)
    assert any(s["kind"] == "mixed" for s in statements)


def test_an_unreadable_file_is_reported_and_the_others_still_run(article_files, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, out, err = _run("--json", str(broken), str(article_files[0]), str(tmp_path / "gone.txt"))
    assert code == 1
    assert len(out.strip().splitlines()) == 1
    assert "broken.json" in err and "gone.txt" in err


def test_without_json_it_prints_a_table(article_files):
    code, out, _err = _run(str(article_files[0]))
    assert code == 0
    assert "Ana Lind" in out and "direct" in out
