"""`manage.py crossref`: one article's failure is recorded against it, the others' relations
are printed, and the command exits non-zero only then."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article
from claims.crossref import runner

pytestmark = pytest.mark.django_db

TRUMP = "“I’m very disappointed with Russia,” President Donald Trump told reporters on {day}."


def _write(tmp_path, name: str, text: str, outlet: str) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(
        json.dumps({"text": text, "outlet": outlet, "published": "2025-05-29", "title": name})
    )
    return str(path)


def _run(*files):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("crossref", "--keep", *files, stdout=out, stderr=err)
        code = 0
    except CommandError:
        code = 1
    return code, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_a_doubled_quotation_mark_does_not_stop_the_run(tmp_path):
    odd = _write(tmp_path, "odd", '""We have nothing to hide," Trump said. ' + TRUMP, "A")
    plain = _write(tmp_path, "plain", TRUMP.format(day="Thursday"), "B")
    code, relations, err = _run(odd.replace("{day}", "Thursday"), plain)
    assert code == 0, err
    assert {r["a"]["file"] for r in relations} | {r["b"]["file"] for r in relations} == {
        odd,
        plain,
    }


def test_a_failing_article_is_named_and_the_others_are_linked(tmp_path, monkeypatch):
    broken = _write(tmp_path, "broken", "This one breaks. " + TRUMP.format(day="Monday"), "A")
    first = _write(tmp_path, "first", TRUMP.format(day="Thursday"), "B")
    second = _write(tmp_path, "second", "In Washington, " + TRUMP.format(day="Thursday"), "C")
    real_extract = runner.article_extract

    def extract(*, article_id):
        if Article.objects.get(pk=article_id).body.startswith("This one breaks"):
            raise RuntimeError("the parser fell over")
        return real_extract(article_id=article_id)

    monkeypatch.setattr(runner, "article_extract", extract)

    code, relations, err = _run(broken, first, second)

    assert code == 1
    assert f"FAILED {broken}: RuntimeError: the parser fell over" in err
    assert relations and all(broken not in (r["a"]["file"], r["b"]["file"]) for r in relations)
    failed = Article.objects.get(body__startswith="This one breaks")
    assert failed.status == Article.Status.FAILED
    assert "the parser fell over" in failed.error
