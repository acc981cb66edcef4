"""Candidates of a new article: one read for the whole article, the statements sharing the rarest
blocking keys first, the same from either side of a pair."""

from datetime import UTC, datetime

import pytest

from claims.crossref.selectors import article_candidates
from tests.factories import make_article, make_statement

pytestmark = pytest.mark.django_db

DAY = datetime(2025, 5, 29, tzinfo=UTC)


def report(text: str, **fields):
    article = make_article(body=text, published_at=fields.pop("published_at", DAY))
    return make_statement(article=article, **fields)


def test_it_ranks_the_statements_sharing_the_most_keys_first():
    new = report("Russia proposed direct peace talks with Ukraine in Istanbul next Monday.")
    close = report("Moscow proposed peace talks with Kyiv to be held in Istanbul on Monday.")
    loose = report("Ukraine said the harvest of wheat would be late this year.")

    found = article_candidates(new.article)[new.pk]

    assert found == [close.pk, loose.pk]


def test_a_rare_shared_name_outranks_words_every_report_uses():
    new = report("Medinsky said the government budget plan would cut hospital funding.")
    for n in range(8):
        report(f"The government budget plan number {n} was published on Friday.")
    common = report("The government budget plan was debated in parliament again.")
    rare = report("Medinsky left the Istanbul talks early.")

    found = article_candidates(new.article)[new.pk]

    assert found.index(rare.pk) < found.index(common.pk)


def test_it_keeps_only_the_best_candidates_when_there_are_many():
    new = report("Russia proposed direct peace talks with Ukraine in Istanbul next Monday.")
    best = report("Moscow proposed peace talks with Kyiv to be held in Istanbul on Monday.")
    for n in range(4):
        report(f"Ukraine said the harvest of wheat number {n} would be late this year.")

    found = article_candidates(new.article, limit=2)[new.pk]

    assert len(found) == 2 and found[0] == best.pk


def test_a_pair_is_found_from_either_article():
    one = report("Russia proposed direct peace talks with Ukraine in Istanbul next Monday.")
    other = report(
        "Moscow proposed peace talks with Kyiv to be held in Istanbul on Monday.",
        published_at=datetime(2025, 6, 7, tzinfo=UTC),
    )

    assert other.pk in article_candidates(one.article)[one.pk]
    assert one.pk in article_candidates(other.article)[other.pk]


def test_statements_of_the_same_article_or_outside_the_window_are_not_candidates():
    new = report("Russia proposed direct peace talks with Ukraine in Istanbul next Monday.")
    same_article = make_statement(article=new.article, start=0, end=34)
    late = report(
        "Moscow proposed peace talks with Kyiv in Istanbul.",
        published_at=datetime(2025, 6, 12, tzinfo=UTC),
    )

    found = article_candidates(new.article)

    assert same_article.pk not in found[new.pk]
    assert late.pk not in found[new.pk]


def test_a_crowded_window_gives_each_statement_its_best_within_the_article_budget(monkeypatch):
    from claims.crossref import selectors

    monkeypatch.setattr(selectors, "DISTINCT_PER_STATEMENT", 1)
    first = "Russia proposed direct peace talks with Ukraine in Istanbul next Monday."
    body = first + " Zelensky said the harvest of wheat would be late this year."
    article = make_article(body=body, published_at=DAY)
    new = make_statement(article=article, end=len(first))
    second = make_statement(article=article, start=len(first) + 1)
    talks = report("Moscow proposed peace talks with Kyiv to be held in Istanbul on Monday.")
    harvest = report("Zelensky warned that the wheat harvest would be late this year.")
    for n in range(4):
        report(f"Officials in Istanbul said the wheat price {n} would rise this year.")

    found = article_candidates(new.article)

    assert found[new.pk][0] == talks.pk and found[second.pk][0] == harvest.pk
    assert len(set(found[new.pk]) | set(found[second.pk])) == 2
