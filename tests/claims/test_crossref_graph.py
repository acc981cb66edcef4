"""The cross-referencing service writes the claim graph: incremental, idempotent, and it keeps
editors' decisions. Statements are made by hand here so that only the graph logic is tested."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import User

from claims.crossref.services import article_crossref
from claims.models import Claim, Relation
from claims.review import relation_review
from claims.speakers import speaker_resolve
from tests.factories import make_article, make_statement

pytestmark = pytest.mark.django_db

QUOTE = "They will constantly look for reasons not to end the war."


def article_with(outlet: str, text: str, quote: str, speaker: str, day: int = 29, **fields):
    article = make_article(
        outlet=outlet, body=text, published_at=datetime(2025, 5, day, tzinfo=UTC)
    )
    start = text.index(quote)
    make_statement(
        article=article,
        start=start,
        end=start + len(quote),
        speaker=speaker_resolve(name=speaker, kind="person"),
        speaker_name=speaker,
        **fields,
    )
    return article


def graph() -> set[tuple]:
    return set(
        Relation.objects.values_list(
            "statement_a__article_id",
            "statement_a__content_start",
            "statement_b__article_id",
            "statement_b__content_start",
            "type",
        )
    )


def first_report():
    return article_with(
        "Outlet One",
        f'Zelensky said in Berlin: "{QUOTE}"',
        QUOTE,
        "Volodymyr Zelensky",
        kind="direct",
    )


def second_report():
    return article_with(
        "Outlet Two",
        f'"{QUOTE[:-1]}," Zelenskyy said at a press conference.',
        QUOTE[:-1],
        "Volodymyr Zelenskyy",
        kind="direct",
    )


@pytest.fixture
def two_reports():
    return first_report(), second_report()


def test_the_same_quote_in_two_outlets_becomes_one_claim_that_agrees():
    first = first_report()
    article_crossref(article_id=first.pk)
    assert graph() == set()  # nothing to link to yet
    second = second_report()
    article_crossref(article_id=second.pk)
    relation = Relation.objects.get()
    assert relation.type == Relation.Type.AGREES
    assert relation.claim is not None
    assert set(relation.claim.statements.values_list("article_id", flat=True)) == {
        first.pk,
        second.pk,
    }
    second.refresh_from_db()
    assert second.linked_at is not None


def test_rerunning_gives_the_same_graph(two_reports):
    for article in two_reports:
        article_crossref(article_id=article.pk)
    before = (graph(), list(Relation.objects.values_list("pk", "evidence", "score")))
    claims = list(Claim.objects.values_list("pk", flat=True))
    for article in two_reports:
        article_crossref(article_id=article.pk)
    assert (graph(), list(Relation.objects.values_list("pk", "evidence", "score"))) == before
    assert list(Claim.objects.values_list("pk", flat=True)) == claims


def test_a_third_article_joins_the_existing_claim_without_relinking_the_others(two_reports):
    for article in two_reports:
        article_crossref(article_id=article.pk)
    existing = Relation.objects.get()
    third = article_with(
        "Outlet Three", f'The president warned: "{QUOTE}"', QUOTE, "Zelensky", kind="direct"
    )
    article_crossref(article_id=third.pk)
    assert Relation.objects.filter(pk=existing.pk, updated_at=existing.updated_at).exists()
    assert Relation.objects.count() == 3
    assert Claim.objects.count() == 1
    assert Claim.objects.get().statements.count() == 3


def test_editor_decisions_survive_a_rerun_even_when_the_engine_changes_its_mind(two_reports):
    for article in two_reports:
        article_crossref(article_id=article.pk)
    editor = User.objects.create_user("ed")
    relation = relation_review(
        relation=Relation.objects.get(), actor=editor, status="dismissed", note="different event"
    )
    # the engine would no longer propose the link: one side now says something else
    statement = relation.statement_b
    statement.content = "We will rebuild every bridge by spring."
    statement.save()
    article_crossref(article_id=statement.article_id)
    relation.refresh_from_db()
    assert (relation.review_status, relation.reviewed_by) == ("dismissed", editor)


def test_statements_that_share_only_a_speaker_are_not_linked():
    article_with(
        "Outlet One",
        "Trump said tariffs on steel will rise to 50 percent next month.",
        "tariffs on steel will rise to 50 percent next month",
        "Donald Trump",
    )
    other = article_with(
        "Outlet Two",
        "Trump said he would meet the Pope at the Vatican in the spring.",
        "he would meet the Pope at the Vatican in the spring",
        "Donald Trump",
    )
    article_crossref(article_id=other.pk)
    assert graph() == set()


def test_articles_far_apart_in_time_are_not_compared(two_reports):
    first, _second = two_reports
    late = article_with(
        "Outlet Three",
        f'"{QUOTE}" he said again.',
        QUOTE,
        "Volodymyr Zelensky",
        day=1,
        kind="direct",
    )
    late.published_at = datetime(2025, 9, 1, tzinfo=UTC)
    late.save()
    article_crossref(article_id=late.pk)
    assert not Relation.objects.filter(statement_a__article=late).exists()
    assert not Relation.objects.filter(statement_b__article=late).exists()
