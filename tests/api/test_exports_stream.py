"""CSV and JSON Lines exports of filtered lists stream from a server-side cursor in chunks."""

import csv
import io
import json
from collections.abc import Iterator

import pytest
from django.db import connection

from claims.api import exports
from tests.factories import make_article, make_statement

pytestmark = pytest.mark.django_db


def content(response) -> str:
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def test_statements_export_as_csv_with_the_list_filters(api, graph):
    response = api("analyst").get("/api/exports/statements.csv", {"speaker": graph.speaker.pk})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="statements.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(content(response))))
    assert [int(r["id"]) for r in rows] == [graph.a.pk, graph.b.pk]
    assert rows[0]["outlet"] == "Alliance News" and rows[0]["speaker"] == "Rustem Umerov"


def test_relations_export_as_csv(api, graph):
    response = api("analyst").get("/api/exports/relations.csv", {"type": "number"})
    (row,) = csv.DictReader(io.StringIO(content(response)))
    assert (row["type"], row["a_outlet"], row["b_outlet"]) == (
        "number",
        "Alliance News",
        "Wire Daily",
    )
    assert json.loads(row["evidence"]) == {
        "a_value": "8,000",
        "b_value": "800",
        "dimension": "count",
    }


def test_exports_as_json_lines_match_the_api_representation(api, graph):
    response = api("analyst").get("/api/exports/relations.jsonl")
    assert response["Content-Type"] == "application/x-ndjson"
    lines = [json.loads(line) for line in content(response).splitlines()]
    detail = api("analyst").get(f"/api/relations/{graph.number.pk}/").json()
    assert detail in lines and len(lines) == 2
    statements = content(api("analyst").get("/api/exports/statements.jsonl")).splitlines()
    assert len(statements) == 3


def test_a_cell_that_looks_like_a_formula_is_defused(api):
    article = make_article(body='=HYPERLINK("http://evil") said the minister, at length.')
    make_statement(article=article)
    (row,) = csv.DictReader(io.StringIO(content(api("analyst").get("/api/exports/statements.csv"))))
    assert row["content"].startswith("'=HYPERLINK")


def test_an_export_reads_in_chunks_from_a_server_side_cursor(api, monkeypatch):
    monkeypatch.setattr(exports, "CHUNK_SIZE", 10)
    for _ in range(35):
        make_statement()
    response = api("analyst").get("/api/exports/statements.csv")
    lines = response.streaming_content
    assert response.streaming and isinstance(lines, Iterator) and not isinstance(lines, list)
    next(lines), next(lines)  # header and first row: one chunk fetched, the rest not yet
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_cursors WHERE NOT is_holdable OR is_holdable")
        open_cursors = [row[0] for row in cursor.fetchall()]
    assert any("claims_statement" in sql for sql in open_cursors), open_cursors
    assert len(list(lines)) == 34


def test_an_export_runs_a_fixed_number_of_queries_whatever_its_length(
    api, django_assert_max_num_queries
):
    for _ in range(40):
        make_statement()
    client = api("analyst")
    client.get("/api/statements/")  # token bookkeeping out of the way
    with django_assert_max_num_queries(6):
        content(client.get("/api/exports/statements.csv"))
