import pytest

from claims.crossref.graph import claim_graph, relation_path, speaker_claims, statement_blindspots
from claims.models import Claim
from tests.factories import make_article, make_relation, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    """Three outlets on one story: A and B both carry the minister's statement; C covers the
    story (its casualty figure is linked to A's) but leaves the statement out."""
    minister = make_speaker("Jane Minister")
    a, b, c = (make_article(outlet=name) for name in ("Outlet A", "Outlet B", "Outlet C"))
    said_a = make_statement(article=a, speaker=minister)
    said_b = make_statement(article=b, speaker=minister)
    figure_a = make_statement(article=a, start=0, end=9)
    figure_c = make_statement(article=c, start=0, end=9)
    claim = Claim.objects.create(summary="minister statement", speaker=minister)
    for s in (said_a, said_b):
        s.claim = claim
        s.save()
    agree = make_relation(said_a, said_b, "agrees", claim=claim, same_claim=True)
    number = make_relation(figure_a, figure_c, "number")
    return locals()


def test_everything_linked_to_a_claim(story):
    graph = claim_graph(claim=story["claim"])
    assert {s.pk for s in graph.statements} == {story["said_a"].pk, story["said_b"].pk}
    assert [r.pk for r in graph.relations] == [story["agree"].pk]


def test_a_speakers_claims_across_outlets(story):
    claims = list(speaker_claims(speaker_id=story["minister"].pk))
    assert claims == [story["claim"]]
    assert claims[0].outlets == 2


def test_outlets_that_covered_the_story_but_left_the_statement_out(story):
    blind = statement_blindspots(statement=story["said_a"])
    assert [o.name for o in blind] == ["Outlet C"]
    assert list(statement_blindspots(statement=story["figure_a"])) == [
        story["said_b"].article.outlet
    ]


def test_the_shortest_path_of_relations_between_two_statements(story):
    bridge = make_relation(story["said_b"], story["figure_c"], "attribution")
    path = relation_path(start=story["said_a"], goal=story["figure_c"])
    assert [r.pk for r in path] == [story["agree"].pk, bridge.pk]
    assert relation_path(start=story["said_a"], goal=make_statement()) == []
