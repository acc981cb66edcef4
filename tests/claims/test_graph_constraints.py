"""The database itself keeps the claim graph sane, whatever code writes to it."""

import pytest
from django.db import IntegrityError, transaction

from claims.models import Flag, Relation, Statement
from tests.factories import make_article, make_relation, make_statement

pytestmark = pytest.mark.django_db


def refused(**kwargs) -> bool:
    try:
        with transaction.atomic():
            kwargs.pop("create")()
    except IntegrityError:
        return True
    return False


def test_a_statement_cannot_relate_to_itself():
    s = make_statement()
    assert refused(
        create=lambda: Relation.objects.create(statement_a=s, statement_b=s, type="agrees")
    )


def test_an_edge_is_stored_once_per_pair_and_type():
    a, b = make_statement(), make_statement()
    make_relation(a, b, "number")
    assert refused(create=lambda: make_relation(a, b, "number"))
    # the reverse direction is the same edge: the lower id always comes first
    assert refused(
        create=lambda: Relation.objects.create(
            statement_a=max(a, b, key=lambda s: s.pk),
            statement_b=min(a, b, key=lambda s: s.pk),
            type="date",
        )
    )
    assert make_relation(a, b, "date").pk  # another type on the same pair is a new edge


def test_one_statement_per_span_of_an_article():
    article = make_article(body="The minister said the plan is ready. Nobody else spoke.")
    make_statement(article=article, start=0, end=35)
    assert refused(create=lambda: make_statement(article=article, start=0, end=35))
    assert refused(create=lambda: make_statement(article=article, start=10, end=10))


def test_a_flag_targets_exactly_one_statement_or_relation():
    a, b = make_statement(), make_statement()
    relation = make_relation(a, b)
    assert refused(create=lambda: Flag.objects.create(note="both", statement=a, relation=relation))
    assert refused(create=lambda: Flag.objects.create(note="neither"))
    assert Flag.objects.create(note="ok", relation=relation).pk


def test_deleting_an_article_removes_its_statements_and_their_edges():
    a, b = make_statement(), make_statement()
    make_relation(a, b)
    a.article.delete()
    assert not Statement.objects.filter(pk=a.pk).exists()
    assert Relation.objects.count() == 0
