"""The filters a feed consumer needs, and a clear 400 for every value they cannot use."""

import pytest

from claims.models import Relation

pytestmark = pytest.mark.django_db


def ids(response) -> set[int]:
    assert response.status_code == 200, response.json()
    return {row["id"] for row in response.json()["results"]}


def test_statements_filter_by_speaker_outlet_article_and_kind(api, graph):
    get = api("analyst").get
    assert ids(get("/api/statements/", {"speaker": graph.speaker.pk})) == {graph.a.pk, graph.b.pk}
    assert ids(get("/api/statements/", {"outlet": "wire-daily"})) == {graph.b.pk, graph.c.pk}
    outlet_id = graph.article_a.outlet_id
    assert ids(get("/api/statements/", {"outlet": outlet_id})) == {graph.a.pk}
    assert ids(get("/api/statements/", {"article": graph.article_b.pk})) == {graph.b.pk}
    assert ids(get("/api/statements/", {"kind": "direct"})) == set()


def test_statements_match_full_text(api, graph):
    get = api("analyst").get
    assert ids(get("/api/statements/", {"q": "troops"})) == {graph.a.pk, graph.b.pk}
    assert ids(get("/api/statements/", {"q": '"8,000 troops" -nothing'})) == {graph.a.pk}


def test_statements_filter_by_publication_date(api, graph):
    get = api("analyst").get
    assert ids(get("/api/statements/", {"published_after": "2025-06-01"})) == {graph.b.pk}
    after = get("/api/statements/", {"published_before": "2025-05-29T09:00:00+00:00"})
    assert ids(after) == {graph.a.pk}


def test_updated_since_keeps_only_later_changes(api, graph):
    get = api("analyst").get
    graph.c.save()  # touched now
    since = graph.c.updated_at.isoformat()
    assert ids(get("/api/statements/", {"updated_since": since})) == {graph.c.pk}


def test_relations_filter_by_type_status_speaker_outlet_and_text(api, graph):
    get = api("analyst").get
    assert ids(get("/api/relations/", {"type": "number"})) == {graph.number.pk}
    both = get("/api/relations/?type=number&type=agrees")
    assert ids(both) == {graph.number.pk, graph.agrees.pk}
    assert ids(get("/api/relations/", {"status": "confirmed"})) == set()
    assert ids(get("/api/relations/", {"speaker": graph.other_speaker.pk})) == {graph.agrees.pk}
    assert ids(get("/api/relations/", {"outlet": "alliance-news"})) == {
        graph.number.pk,
        graph.agrees.pk,
    }
    assert ids(get("/api/relations/", {"q": "800"})) == {graph.number.pk}
    assert ids(get("/api/relations/", {"published_after": "2025-06-01"})) == {graph.number.pk}


def test_claims_filter_by_speaker_outlet_and_text(api, graph):
    from claims.models import Claim

    claim = Claim.objects.create(speaker=graph.speaker)
    graph.a.claim = claim
    graph.a.save()
    Claim.objects.create(speaker=graph.other_speaker)
    get = api("analyst").get
    assert ids(get("/api/claims/", {"speaker": graph.speaker.pk})) == {claim.pk}
    assert ids(get("/api/claims/", {"outlet": "alliance-news"})) == {claim.pk}
    assert ids(get("/api/claims/", {"q": "troops"})) == {claim.pk}
    assert ids(get("/api/claims/", {"published_before": "2025-05-30"})) == {claim.pk}


def test_articles_and_speakers_and_outlets_filter(api, graph):
    get = api("analyst").get
    assert ids(get("/api/articles/", {"outlet": "alliance-news"})) == {graph.article_a.pk}
    assert ids(get("/api/articles/", {"q": "800 troops"})) == {graph.article_b.pk}
    assert ids(get("/api/articles/", {"status": "failed"})) == set()
    assert ids(get("/api/speakers/", {"q": "umer"})) == {graph.speaker.pk}
    assert ids(get("/api/speakers/", {"kind": "organisation"})) == set()
    assert len(ids(get("/api/outlets/", {"q": "wire"}))) == 1


@pytest.mark.parametrize(
    "url, params, field",
    [
        ("/api/statements/", {"speaker": 987654}, "speaker"),
        ("/api/statements/", {"speaker": "umerov"}, "speaker"),
        ("/api/statements/", {"outlet": "no-such-outlet"}, "outlet"),
        ("/api/statements/", {"kind": "rumour"}, "kind"),
        ("/api/statements/", {"published_after": "yesterday"}, "published_after"),
        ("/api/statements/", {"updated_since": "2025-13-45"}, "updated_since"),
        ("/api/statements/", {"updated_since": "100%s"}, "updated_since"),
        ("/api/statements/", {"updated_since": "0001-01-01T00:00:00+05:00"}, "updated_since"),
        ("/api/statements/", {"speakr": 1}, "speakr"),
        ("/api/relations/", {"type": "disagrees"}, "type"),
        ("/api/relations/", {"status": "open"}, "status"),
        ("/api/articles/", {"status": "done"}, "status"),
        ("/api/statements/", {"page_size": 0}, "page_size"),
        ("/api/statements/", {"page_size": "many"}, "page_size"),
        ("/api/statements/", {"ordering": "content"}, "ordering"),
        ("/api/statements/", {"cursor": "not-a-cursor"}, "cursor"),
        ("/api/exports/statements.csv", {"speaker": 987654}, "speaker"),
    ],
)
def test_a_bad_filter_value_is_a_400_naming_the_parameter(api, graph, url, params, field):
    response = api("analyst").get(url, params)
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400 and body["code"] == "invalid"
    assert field in body["errors"] and field in body["detail"]


def test_relation_types_in_the_filter_are_the_model_types(api, graph):
    for value in Relation.Type.values:
        assert api("analyst").get("/api/relations/", {"type": value}).status_code == 200


def test_any_utc_offset_python_reads_is_accepted(api, graph):
    response = api("analyst").get(
        "/api/statements/", {"updated_since": "2001-03-27T01:41:09+23:08"}
    )
    assert response.status_code == 200
