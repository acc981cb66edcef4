"""Tiny factories for the claim graph; each call makes distinct rows."""

import itertools

from articles.models import Article
from articles.services import content_hash, outlet_get_or_create
from claims.models import Claim, Relation, Speaker, Statement

_seq = itertools.count(1)


def make_article(*, outlet: str = "Test Outlet", body: str | None = None, **fields) -> Article:
    n = next(_seq)
    body = body or f"Article {n}. The minister said the plan number {n} is ready."
    return Article.objects.create(
        outlet=outlet_get_or_create(name=outlet),
        body=body,
        content_hash=content_hash(body),
        title=fields.pop("title", f"Article {n}"),
        **fields,
    )


def make_speaker(name: str = "Jane Minister", **fields) -> Speaker:
    return Speaker.objects.create(canonical_name=name, **fields)


def make_statement(
    *, article: Article | None = None, start: int = 0, end: int | None = None, **fields
) -> Statement:
    article = article or make_article()
    end = end if end is not None else len(article.body)
    return Statement.objects.create(
        article=article,
        content=article.body[start:end],
        content_start=start,
        content_end=end,
        kind=fields.pop("kind", Statement.Kind.INDIRECT),
        **fields,
    )


def make_relation(a: Statement, b: Statement, type: str = Relation.Type.AGREES, **fields):
    first, second = sorted([a, b], key=lambda s: s.pk)
    return Relation.objects.create(statement_a=first, statement_b=second, type=type, **fields)


def make_claim_in_three_outlets(*, troops: tuple[str, str, str], score: float):
    """One remark carried by three outlets, the first giving another number: two number
    relations (one to one, one to three) and an agreement (two and three)."""
    speaker = make_speaker("Oleksandr Syrskyi")
    n = next(_seq)
    claim = Claim.objects.create(summary="troops near Sumy", speaker=speaker)
    statements = [
        make_statement(
            article=make_article(
                outlet=outlet, body=f"{outlet}, story {n}: Syrskyi said {count} troops massed."
            ),
            speaker=speaker,
            claim=claim,
        )
        for outlet, count in zip(("Wire One", "Wire Two", "Wire Three"), troops, strict=True)
    ]
    one, two, three = statements

    def number(a, b, a_value, b_value):
        return make_relation(
            a,
            b,
            Relation.Type.NUMBER,
            score=score,
            claim=claim,
            same_claim=True,
            evidence={"a_value": a_value, "b_value": b_value, "dimension": "count"},
        )

    relations = [
        number(one, two, troops[0], troops[1]),
        number(one, three, troops[0], troops[2]),
    ]
    make_relation(two, three, Relation.Type.AGREES, score=score, claim=claim, same_claim=True)
    return claim, relations
