"""The review queue is grouped by claim: one remark carried by three outlets is one row with
each outlet's value side by side, the most confident first, and a difference below the
discrepancy threshold is not shown at all."""

import re

import pytest
from django.test import override_settings

from claims.models import Relation
from tests.factories import make_claim_in_three_outlets

pytestmark = pytest.mark.django_db


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr id="(claim-\d+|pair-\d+)"', html)


def test_one_remark_in_three_outlets_is_one_row_with_the_values_side_by_side(editor_client):
    claim, relations = make_claim_in_three_outlets(troops=("50,000", "70,000", "70,000"), score=0.9)

    html = editor_client.get("/review/").content.decode()

    assert _rows(html) == [f"claim-{claim.pk}"]
    row = html[html.index(f'id="claim-{claim.pk}"') :]
    row = row[: row.index("</tr>")]
    assert row.count('class="difference"') == 1  # the same 50,000 vs 70,000, merged
    for outlet, value in (("Wire One", "50,000"), ("Wire Two", "70,000"), ("Wire Three", "70,000")):
        assert f"<dt>{outlet}</dt><dd>{value}" in row
    for relation in relations:  # the pairs behind it stay reachable
        assert f'id="relation-{relation.pk}"' in row
        assert f'href="/relations/{relation.pk}/"' in row
    assert f'href="/claims/{claim.pk}/"' in row


def test_the_most_confident_claim_comes_first(editor_client):
    doubtful, _ = make_claim_in_three_outlets(troops=("1,000", "2,000", "2,000"), score=0.65)
    sure, _ = make_claim_in_three_outlets(troops=("50,000", "70,000", "70,000"), score=0.95)

    html = editor_client.get("/review/").content.decode()

    assert _rows(html) == [f"claim-{sure.pk}", f"claim-{doubtful.pk}"]


@override_settings(CROSSREF_DISCREPANCY_MIN_SCORE=0.8)
def test_a_difference_below_the_threshold_is_not_shown_as_a_discrepancy(editor_client):
    doubtful, _ = make_claim_in_three_outlets(troops=("1,000", "2,000", "2,000"), score=0.65)
    sure, _ = make_claim_in_three_outlets(troops=("50,000", "70,000", "70,000"), score=0.95)

    html = editor_client.get("/review/").content.decode()

    assert _rows(html) == [f"claim-{sure.pk}"]
    assert doubtful.summary not in html


def test_confirming_from_the_grouped_row_keeps_the_editor_in_the_queue(editor_client):
    _, (first, _second) = make_claim_in_three_outlets(
        troops=("50,000", "70,000", "70,000"), score=0.9
    )

    response = editor_client.post(
        f"/relations/{first.pk}/review/", {"decision": "confirmed", "next": "/review/"}
    )

    assert response["Location"] == "/review/"
    first.refresh_from_db()
    assert first.review_status == Relation.Review.CONFIRMED
