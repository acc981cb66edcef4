"""Fixtures for the web UI: analyst and editor accounts, and the seed story's claim graph built
by hand (real offsets into the seed articles), so the pages can be tested on their own."""

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from django.test import Client

from articles.models import Article
from claims.extraction.names import normalize_name
from claims.models import Claim, Relation, Speaker, SpeakerAlias, Statement
from claims.roles import roles_sync
from claims.speakers import surname_key
from tests.factories import make_relation, make_statement

# Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls from a
# thread with a running loop unless told it is safe (the live server runs in its own thread).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PASSWORD = "correct horse battery staple"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
ALLIANCE, RFERL = "Alliance News", "Radio Free Europe/Radio Liberty"


def make_user(username: str, group: str | None) -> User:
    # Transactional (browser) tests flush the database, groups made by migration included.
    roles_sync(Group, Permission)
    user = User.objects.create_user(username=username, password=PASSWORD)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def analyst(db):
    return make_user("ana", "analyst")


@pytest.fixture
def editor(db):
    return make_user("ed", "editor")


@pytest.fixture
def nobody(db):
    return make_user("norole", None)


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def analyst_client(analyst):
    return client_for(analyst)


@pytest.fixture
def editor_client(editor):
    return client_for(editor)


@dataclass
class Story:
    alliance: Article
    rferl: Article
    umerov: Speaker
    zelensky: Speaker
    statements: dict[str, Statement]
    third_year: Relation  # the "third year" vs "more than three years" discrepancy
    four_days: Relation
    channel: Relation
    agrees: Relation
    umerov_claim: Claim


def _speaker(name: str, *aliases: str, role: str = "") -> Speaker:
    speaker = Speaker.objects.create(canonical_name=name, kind="person", role=role)
    for alias in (name, *aliases):
        SpeakerAlias.objects.create(
            speaker=speaker,
            name=alias,
            normalized=normalize_name(alias),
            surname_key=surname_key(alias),
        )
    return speaker


def _said(article: Article, text: str, **fields) -> Statement:
    start = article.body.index(text)
    return make_statement(article=article, start=start, end=start + len(text), **fields)


def build_story() -> Story:
    call_command("seed", verbosity=0)
    alliance = Article.objects.get(outlet__name=ALLIANCE)
    rferl = Article.objects.get(outlet__name=RFERL)
    umerov = _speaker("Rustem Umerov", "Umerov", role="Defence Minister of Ukraine")
    zelensky = _speaker(
        "Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskyy", role="President of Ukraine"
    )
    direct, indirect, assertion = "direct", "indirect", "assertion"
    s = {
        "a_substantive": _said(
            alliance,
            "Ukraine is not opposed to further negotiations, but emphasized that diplomacy must "
            "be “substantive” and produce concrete outcomes.",
            speaker=umerov,
            speaker_text="Ukrainian Defence Minister Rustem Umerov",
            speaker_name="Rustem Umerov",
            cue="stated",
            kind=indirect,
        ),
        "a_awaiting": _said(
            alliance,
            "We are awaiting their memorandum,",
            speaker=umerov,
            speaker_text="Umerov",
            speaker_name="Rustem Umerov",
            cue="posted",
            channel="X",
            kind=direct,
        ),
        "a_four_days": _said(
            alliance,
            "Russia to provide its proposal at least four days in advance.",
            speaker=umerov,
            speaker_text="Umerov",
            speaker_name="Rustem Umerov",
            cue="urging",
            kind=indirect,
        ),
        "a_third_year": _said(
            alliance,
            "This comes as the devastating war enters its third year, with no ceasefire in sight.",
            kind=assertion,
        ),
        "a_reasons": _said(
            alliance,
            "They will constantly look for reasons not to end the war.",
            speaker=zelensky,
            speaker_text="he",
            speaker_name="Volodymyr Zelensky",
            cue="said",
            kind=direct,
        ),
        "r_awaiting": _said(
            rferl,
            "We are not opposed to further meetings with the Russians and are awaiting their "
            "memorandum,",
            speaker=umerov,
            speaker_text="Umerov",
            speaker_name="Rustem Umerov",
            cue="said",
            kind=direct,
        ),
        "r_four_days": _said(
            rferl,
            "The Russian side has at least four more days before their departure to provide us "
            "with their document for review.",
            speaker=umerov,
            speaker_text="Umerov",
            speaker_name="Rustem Umerov",
            cue="said",
            kind=direct,
        ),
        "r_three_years": _said(
            rferl,
            "Medinsky, a Russian political scientist and former culture minister, led Russia's "
            "negotiating team on May 16 during the first round of direct talks in the more than "
            "three years since Russia launched its full-scale invasion of Ukraine.",
            kind=assertion,
        ),
        "r_reasons": _said(
            rferl,
            "They will constantly look for reasons not to end the war,",
            speaker=zelensky,
            speaker_text="he",
            speaker_name="Volodymyr Zelenskyy",
            cue="said",
            kind=direct,
        ),
    }
    umerov_claim = Claim.objects.create(
        summary="Umerov: Russia should hand over its memorandum days before the talks",
        speaker=umerov,
    )
    Statement.objects.filter(
        pk__in=[s[k].pk for k in ("a_awaiting", "a_four_days", "r_awaiting", "r_four_days")]
    ).update(claim=umerov_claim)
    third_year = make_relation(
        s["a_third_year"],
        s["r_three_years"],
        Relation.Type.NUMBER,
        score=0.82,
        evidence={
            "a_value": "third year",
            "b_value": "more than three years",
            "a_interval": "[730.5, 1095.75) day",
            "b_interval": "(1095.75, inf) day",
            "dimension": "duration",
            "unit": "day",
        },
    )
    four_days = make_relation(
        s["a_four_days"],
        s["r_four_days"],
        Relation.Type.WORDING,
        score=0.74,
        claim=umerov_claim,
        evidence={"diff": ["proposal", "document for review"]},
    )
    channel = make_relation(
        s["a_awaiting"],
        s["r_awaiting"],
        Relation.Type.CHANNEL,
        score=0.9,
        claim=umerov_claim,
        evidence={"a_channel": "X", "b_channel": "said", "a_cue": "posted", "b_cue": "said"},
    )
    agrees = make_relation(s["a_reasons"], s["r_reasons"], Relation.Type.AGREES, score=0.97)
    return Story(
        alliance, rferl, umerov, zelensky, s, third_year, four_days, channel, agrees, umerov_claim
    )


@pytest.fixture
def story(db):
    return build_story()


# Browser ------------------------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def log_in(live_server):
    def log_in(page, user: User) -> None:
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("User name").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{live_server.url}/")

    return log_in


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
