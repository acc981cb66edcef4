"""The API, the feeds and the CSV export group discrepancies by claim as the queue does: one
entry per claim, each outlet's value side by side, the pairs behind each difference."""

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from claims.api.tokens import token_create
from tests.factories import make_claim_in_three_outlets

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def analyst_client(api):
    return api("analyst")


@pytest.fixture
def claim(db):
    claim, relations = make_claim_in_three_outlets(troops=("50,000", "70,000", "70,000"), score=0.9)
    claim.number_relations = relations
    return claim


def test_the_discrepancy_list_has_one_entry_per_claim(analyst_client, claim):
    body = analyst_client.get("/api/discrepancies/").json()

    assert body["count"] == 1
    (entry,) = body["results"]
    assert entry["claim"] == claim.pk and entry["speaker"] == "Oleksandr Syrskyi"
    assert entry["outlets"] == ["Wire One", "Wire Two", "Wire Three"]
    (difference,) = entry["differences"]
    assert difference["type"] == "number" and difference["pending"]
    sides = {(side["outlet"], side["value"]) for side in difference["sides"]}
    assert sides == {("Wire One", "50,000"), ("Wire Two", "70,000"), ("Wire Three", "70,000")}
    assert {r["id"] for r in difference["relations"]} == {r.pk for r in claim.number_relations}


def test_a_claims_discrepancies_are_one_call_away(analyst_client, claim):
    body = analyst_client.get(f"/api/claims/{claim.pk}/discrepancies/").json()
    assert body["key"] == f"claim-{claim.pk}"
    assert [d["type"] for d in body["differences"]] == ["number"]


def test_a_bad_filter_is_a_clear_400(analyst_client, claim):
    response = analyst_client.get("/api/discrepancies/", {"type": "rumour"})
    assert response.status_code == 400
    assert "type" in response.json()["errors"]


def test_the_feed_has_one_entry_per_claim(analyst_client, claim):
    user = User.objects.create_user("feed-reader")
    user.groups.add(Group.objects.get(name="analyst"))
    feed = Client().get("/feeds/discrepancies.atom", {"token": token_create(user=user).key})
    root = ET.fromstring(feed.content)
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert titles == ["Number differs: Oleksandr Syrskyi (Wire One vs Wire Two vs Wire Three)"]


def test_the_csv_export_has_one_row_per_difference_of_a_claim(analyst_client, claim):
    response = analyst_client.get("/api/exports/discrepancies.csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    assert rows[0]["claim_id"] == str(claim.pk)
    assert rows[0]["values"] == "Wire One: 50,000 | Wire Two: 70,000 | Wire Three: 70,000"


def test_anonymous_readers_are_refused(claim):
    assert Client().get("/api/discrepancies/").status_code in (401, 403)
