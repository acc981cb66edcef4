"""Cross-referencing cost and throughput (run by hand, not a test).

    .venv/bin/python bench/crossref.py [--sizes 1000,10000,100000] [--probes 9]
                                       [--skip-scaling] [--skip-throughput]

1. Scaling: the time to link one new article into a graph of 10^3, 10^4 and 10^5
   statements, printed as ratios to the smallest graph. The graph is synthetic but shaped
   like news: many speakers with Zipf-skewed output (a few say thousands of things),
   articles spread over a year in stories that several outlets cover, sentences from
   templates with numbers and dates, and same-claim relations among the reports of one
   claim. Target: 10^5 / 10^3 <= 2.
2. Throughput: articles per second through ingest -> extract -> cross-reference with two
   Celery worker processes on Redis, against bare spaCy `nlp.pipe(n_process=2)` on the same
   texts (BASIL dev articles when ../shared/devsets is present, else the seeds).
   Target: ratio >= 0.6.

Both run in a throwaway PostgreSQL database (dropped at the end) and a throwaway queue.
Settings: BENCH_POSTGRES (server URL, default postgres://postgres@127.0.0.1:5432/postgres),
BENCH_REDIS (default redis://127.0.0.1:6379/0).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/0")
DB_NAME = f"newsclaims_bench_{os.getpid()}"
QUEUE = f"newsclaims-bench-{os.getpid()}"
DATABASE_URL = SERVER.rsplit("/", 1)[0] + "/" + DB_NAME


def _admin(sql: str) -> None:
    import psycopg2

    conn = psycopg2.connect(SERVER)
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(sql)
    conn.close()


def setup_django() -> None:
    _admin(f'DROP DATABASE IF EXISTS "{DB_NAME}"')
    _admin(f'CREATE DATABASE "{DB_NAME}"')
    os.environ.update(
        DATABASE_URL=DATABASE_URL,
        CELERY_BROKER_URL=REDIS,
        CELERY_TASK_ALWAYS_EAGER="false",
        CELERY_QUEUE=QUEUE,
        DJANGO_SETTINGS_MODULE="newsclaims.settings",
        DEBUG="false",
        SECRET_KEY="bench",
        ALLOWED_HOSTS="localhost",
        LOG_LEVEL="WARNING",
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def drop_database() -> None:
    from django.db import connections

    connections.close_all()
    _admin(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')


# --- a synthetic graph -------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_ONSETS = _words("b c d f g h k l m n p r s t v w z br cr dr fr gr kr pl pr st tr sh ch")
_VOWELS = _words("a e i o u ai ea io ou")
_CODAS = ["", "n", "r", "s", "l", "t", "nd", "rk", "st", "m"]
_COMMON = _words("""
    government plan budget tax law court vote election campaign policy deal trade tariff
    border security police health care school water energy oil gas price prices market
    economy jobs workers union strike talks agreement sanctions troops war ceasefire attack
    report investigation inquiry charges evidence testimony hearing committee council city
    region province capital army navy missile drone weapons nuclear program funding debt
    deficit spending reform rights protest protesters crisis emergency storm flood fire
    vaccine hospital patients doctors students teachers parents children families voters
    """)
_VERBS = _words("""
    approve reject support oppose increase cut raise lower expand block delay announce
    propose demand warn promise deny confirm investigate pass sign veto fund end start
    """)
_HEDGES = ["", "", "more than ", "about ", "at least ", "nearly ", "over "]
_UNITS = ["people", "troops", "jobs", "homes", "votes", "days", "weeks", "percent", "million"]
_MONTHS = "January February March April May June July August September October November December"
_TEMPLATES = [
    "the {noun} will {verb} {hedge}{number} {unit} by {date}",
    "{name} would {verb} the {topic} {noun} before {date}",
    "we are going to {verb} the {noun} and the {topic} {noun2} is not acceptable",
    "{hedge}{number} {unit} were affected by the {topic} {noun} since {date}",
    "the {topic} {noun} must {verb} the {noun2} in {place}",
    "I have never seen a {noun} like this {topic} {noun2}, it is {adjective}",
    "{place} will {verb} the {noun} unless {name} agrees to {verb2} the {noun2}",
]
_ADJECTIVES = _words("unacceptable historic dangerous reckless necessary unfair urgent clear")


class Vocabulary:
    """Pseudo-words for names, places and story topics; real words for the rest."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.topics = [self.word(2) for _ in range(3000)]
        self.places = [self.word(3).capitalize() for _ in range(600)]
        firsts = [self.word(2).capitalize() for _ in range(800)]
        lasts = [self.word(3).capitalize() for _ in range(4000)]
        self.people = [f"{rng.choice(firsts)} {last}" for last in lasts]

    def word(self, syllables: int) -> str:
        rng = self.rng
        return "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
        )


def zipf_choice(rng: random.Random, items: list, s: float = 1.1):
    """An item by Zipf rank: the first few are chosen far more often than the rest."""
    weights = _zipf_weights(len(items), s)
    return items[rng.choices(range(len(items)), cum_weights=weights)[0]]


_ZIPF_CACHE: dict[tuple[int, float], list[float]] = {}


def _zipf_weights(n: int, s: float) -> list[float]:
    if (n, s) not in _ZIPF_CACHE:
        total, cumulative = 0.0, []
        for rank in range(1, n + 1):
            total += 1 / rank**s
            cumulative.append(total)
        _ZIPF_CACHE[(n, s)] = cumulative
    return _ZIPF_CACHE[(n, s)]


def sentence(rng: random.Random, vocab: Vocabulary, story: dict, day: date) -> str:
    when = day + timedelta(days=rng.randint(-20, 40))
    fields = {
        "noun": zipf_choice(rng, _COMMON, 0.8),
        "noun2": zipf_choice(rng, _COMMON, 0.8),
        "verb": rng.choice(_VERBS),
        "verb2": rng.choice(_VERBS),
        "hedge": rng.choice(_HEDGES),
        "number": f"{rng.choice([2, 3, 5, 12, 40, 250, 1200, 50000])}",
        "unit": rng.choice(_UNITS),
        "date": f"{_MONTHS.split()[when.month - 1]} {when.day}",
        "name": rng.choice(story["people"]),
        "topic": rng.choice(story["topics"]),
        "place": rng.choice(story["places"]),
        "adjective": rng.choice(_ADJECTIVES),
    }
    return rng.choice(_TEMPLATES).format(**fields)


def new_story(rng: random.Random, vocab: Vocabulary, start: date) -> dict:
    return {
        "day": start + timedelta(days=rng.randint(0, 364)),
        "topics": rng.sample(vocab.topics, 3),
        "places": [zipf_choice(rng, vocab.places)],
        "people": [zipf_choice(rng, vocab.people) for _ in range(4)],
        "claims": [],  # (speaker, content) said in the story, repeated by other outlets
    }


class GraphBuilder:
    STATEMENTS_PER_ARTICLE = 20
    ARTICLES_PER_STORY = 6
    REPEAT_SHARE = 0.3  # a statement another outlet of the story already reported

    def __init__(self, seed: int = 7) -> None:
        from articles.models import Outlet

        self.rng = random.Random(seed)
        self.vocab = Vocabulary(self.rng)
        self.start = date(2024, 6, 1)
        self.outlets = [
            Outlet.objects.get_or_create(name=f"Outlet {i}", slug=f"outlet-{i}")[0]
            for i in range(40)
        ]
        self.speakers: dict[str, int] = {}
        self.story: dict | None = None
        self.stories: list[dict] = []
        self.story_articles = 0
        self.article_count = 0
        self.statement_count = 0

    def speaker_id(self, name: str) -> int:
        from claims.models import Speaker

        if name not in self.speakers:
            self.speakers[name] = Speaker.objects.create(canonical_name=name, kind="person").pk
        return self.speakers[name]

    def grow_to(self, statements: int) -> None:
        while self.statement_count < statements:
            self.add_articles(min(200, (statements - self.statement_count) // 20 + 1))

    def article_content(self, story: dict | None = None) -> tuple[dict, date, list]:
        """The next article of the story being built, or another one of `story`."""
        rng = self.rng
        if story is None:
            if self.story is None or self.story_articles >= self.ARTICLES_PER_STORY:
                self.story, self.story_articles = new_story(rng, self.vocab, self.start), 0
                self.stories.append(self.story)
            story = self.story
            self.story_articles += 1
        day = story["day"] + timedelta(days=rng.randint(0, 3))
        items = []
        for _ in range(self.STATEMENTS_PER_ARTICLE):
            if story["claims"] and rng.random() < self.REPEAT_SHARE:
                speaker, content = rng.choice(story["claims"])
                items.append((speaker, content, True))
                continue
            # Zipf over all people: a handful of speakers are in every story.
            speaker = (
                rng.choice(story["people"])
                if rng.random() < 0.5
                else zipf_choice(rng, self.vocab.people, 1.2)
            )
            content = sentence(rng, self.vocab, story, day)
            story["claims"].append((speaker, content))
            items.append((speaker, content, False))
        return story, day, items

    def add_articles(self, count: int) -> None:
        from articles.models import Article
        from claims.crossref.keys import stored_keys
        from claims.models import Claim, Relation, Statement

        rng = self.rng
        articles, pending = [], []
        for _ in range(count):
            story, day, items = self.article_content()
            self.article_count += 1
            body = " ".join(f'"{content}," {speaker} said.' for speaker, content, _ in items)
            published = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
            articles.append(
                Article(
                    outlet=rng.choice(self.outlets),
                    url=f"https://bench.example/{self.article_count}",
                    title=f"Story {id(story)}",
                    published_at=published,
                    body=body,
                    content_hash=f"bench-{self.article_count}",
                    status=Article.Status.EXTRACTED,
                    linked_at=published,
                )
            )
            pending.append(items)
        Article.objects.bulk_create(articles)
        statements, repeats = [], []
        for article, items in zip(articles, pending, strict=True):
            offset = 0
            for speaker, content, repeated in items:
                start = offset + 1
                statements.append(
                    Statement(
                        article=article,
                        speaker_id=self.speaker_id(speaker),
                        speaker_text=speaker,
                        speaker_name=speaker,
                        cue="said",
                        content=content,
                        content_start=start,
                        content_end=start + len(content),
                        kind="direct",
                        match_keys=stored_keys(content),
                    )
                )
                repeats.append(repeated)
                offset = start + len(content) + len(speaker) + 10
        Statement.objects.bulk_create(statements, batch_size=2000)
        self.statement_count += len(statements)
        # The graph already links reports of one claim: star edges to its first report.
        first_of: dict[str, Statement] = getattr(self, "_first_of", {})
        self._first_of = first_of
        relations, claimed = [], []
        for statement, repeated in zip(statements, repeats, strict=True):
            first = first_of.get(statement.content)
            if first is None:
                first_of[statement.content] = statement
                continue
            if repeated and first.article_id != statement.article_id:
                if first.claim_id is None:
                    first.claim = Claim.objects.create(summary=first.content[:200])
                    claimed.append(first)
                statement.claim = first.claim
                claimed.append(statement)
                a, b = sorted((first, statement), key=lambda s: s.pk)
                relations.append(
                    Relation(
                        statement_a=a,
                        statement_b=b,
                        claim=first.claim,
                        type="agrees",
                        same_claim=True,
                        score=1.0,
                        evidence={},
                    )
                )
        Statement.objects.bulk_update(claimed, ["claim"], batch_size=2000)
        Relation.objects.bulk_create(relations, batch_size=2000, ignore_conflicts=True)

    def probe_article(self):
        """A new article of a story already in the graph, stored as extraction would store
        it. The graph is left as it was: the story's claims are only read."""
        from articles.models import Article
        from claims.models import Statement

        story = self.rng.choice(self.stories)
        claims = list(story["claims"])
        story, day, items = self.article_content(story)
        story["claims"] = claims
        self.article_count += 1
        article = Article.objects.create(
            outlet=self.rng.choice(self.outlets),
            url=f"https://bench.example/probe-{self.article_count}",
            title=f"Story {id(story)}",
            published_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
            body="probe " + str(self.article_count),
            content_hash=f"bench-probe-{self.article_count}",
            status=Article.Status.EXTRACTED,
        )
        offset = 0
        for speaker, content, _ in items:
            Statement.objects.create(
                article=article,
                speaker_id=self.speaker_id(speaker),
                speaker_text=speaker,
                speaker_name=speaker,
                cue="said",
                content=content,
                content_start=offset,
                content_end=offset + len(content),
                kind="direct",
            )
            offset += len(content) + 1
        return article


def time_probes(builder: GraphBuilder, probes: int) -> tuple[float, int, int]:
    """Median seconds to link a new article, and the median candidates and relations."""
    from claims.crossref.selectors import article_candidates
    from claims.crossref.services import article_crossref
    from claims.crossref.similarity import clear_caches
    from claims.models import Relation

    times, candidates, edges = [], [], []
    for _ in range(probes):
        article = builder.probe_article()
        clear_caches()  # a worker meets most graph statements for the first time
        started = time.perf_counter()
        edges.append(article_crossref(article_id=article.pk) or 0)
        times.append(time.perf_counter() - started)
        candidates.append(sum(len(found) for found in article_candidates(article).values()))
        # Leave the graph as it was, so every size is probed on the graph it claims to be.
        Relation.objects.filter(statement_a__article=article).delete()
        Relation.objects.filter(statement_b__article=article).delete()
        article.delete()
    return (
        statistics.median(times),
        int(statistics.median(candidates)),
        int(statistics.median(edges)),
    )


def explain_candidates(builder: GraphBuilder) -> str:
    """EXPLAIN ANALYZE of the candidate query (the window's statements) for a new article."""
    from django.db import connection

    from claims.crossref import selectors

    article = builder.probe_article()
    query = selectors._nearby(article).values_list("pk", "speaker_id", "match_keys").query
    sql, params = query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    article.delete()
    return plan


def scaling(sizes: list[int], probes: int, explain: bool) -> None:
    builder = GraphBuilder()
    baseline = None
    print("scaling: link one new article (20 statements) into a graph of N statements")
    print(f"  {'N':>8} {'build s':>8} {'median s':>9} {'ratio':>6} {'candidates':>11} {'edges':>6}")
    for size in sizes:
        started = time.perf_counter()
        builder.grow_to(size)
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        built = time.perf_counter() - started
        time_probes(builder, 1)  # warm caches and connections
        median, candidates, edges = time_probes(builder, probes)
        baseline = baseline or median
        print(
            f"  {builder.statement_count:>8} {built:>8.1f} {median:>9.3f} "
            f"{median / baseline:>6.2f} {candidates:>11} {edges:>6}"
        )
        if explain and size == sizes[-1]:
            print("  EXPLAIN ANALYZE of the candidate query at the largest size:")
            for line in explain_candidates(builder).splitlines():
                print("    " + line)


# --- end-to-end throughput ---------------------------------------------------------------


def corpus_files() -> list[Path]:
    basil = ROOT.parent / "shared" / "devsets" / "basil-dev"
    files = sorted(basil.glob("*/*.json"))
    return files or sorted((ROOT / "seeds").glob("*.json"))


def _text(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["text"]


def start_workers(count: int, log: str = "") -> list[subprocess.Popen]:
    env = {**os.environ, "CELERY_WARM_MODEL": "true"}
    out = open(log, "a") if log else subprocess.DEVNULL  # noqa: SIM115
    return [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "newsclaims",
                "worker",
                "--pool=prefork",
                "--concurrency=1",
                "-Q",
                QUEUE,
                "-n",
                f"bench{i}-{os.getpid()}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-l",
                "INFO" if log else "WARNING",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        for i in range(count)
    ]


def stop_workers(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        worker.terminate()
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()


def ingest_and_wait(files: list[Path], timeout: float = 900) -> float:
    from articles.batch import default_limits, ingest_item
    from articles.ingestion.sources import read_source
    from articles.models import Article

    started = time.perf_counter()
    ids = []
    for file in files:
        for item in read_source(str(file), default_limits(fetch_feed_links=False)):
            outcome = ingest_item(item, source=str(file))
            if outcome.article_id:
                ids.append(outcome.article_id)
    while time.perf_counter() - started < timeout:
        pending = Article.objects.filter(pk__in=ids, linked_at=None)
        failed = Article.objects.filter(pk__in=ids, status=Article.Status.FAILED)
        if not pending.exclude(pk__in=failed).exists():
            break
        time.sleep(0.05)
    return time.perf_counter() - started


def throughput(worker_log: str = "") -> None:
    from django.conf import settings

    from articles.models import Article
    from claims.extraction import get_nlp

    files = corpus_files()
    texts = [_text(f) for f in files]
    words = sum(len(t.split()) for t in texts)
    print(f"throughput: {len(files)} articles, {words} words ({files[0].parent.parent.name})")

    nlp = get_nlp(settings.SPACY_MODEL)
    started = time.perf_counter()
    list(nlp.pipe(["Warm up.", "Warm up again."], n_process=2))
    startup = time.perf_counter() - started
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, n_process=2, batch_size=4):
        pass
    spacy_time = time.perf_counter() - started
    spacy_rate = len(texts) / spacy_time
    spacy_warm_rate = len(texts) / max(spacy_time - startup, 1e-6)

    workers = start_workers(2, worker_log)
    try:
        warm = sorted((ROOT / "seeds").glob("*.json"))
        ingest_and_wait(warm)  # workers load spaCy and connect before the clock starts
        elapsed = ingest_and_wait(files)
    finally:
        stop_workers(workers)
    failed = Article.objects.filter(status=Article.Status.FAILED).count()
    unlinked = Article.objects.filter(linked_at=None).count()
    rate = len(files) / elapsed
    print(f"  nlp.pipe n_process=2           {spacy_rate:7.2f} articles/s ({spacy_time:.1f} s)")
    print(
        f"  nlp.pipe without process start {spacy_warm_rate:7.2f} articles/s "
        f"(start {startup:.1f} s)"
    )
    print(f"  ingest->extract->crossref, 2 workers {rate:7.2f} articles/s ({elapsed:.1f} s)")
    print(f"  ratio to nlp.pipe              {rate / spacy_rate:7.2f}  (target >= 0.6)")
    print(f"  ratio without process start   {rate / spacy_warm_rate:7.2f}")
    if failed or unlinked:
        print(f"  WARNING: {failed} failed, {unlinked} not linked")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probes", type=int, default=9)
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the selector")
    parser.add_argument("--worker-log", default="", help="append the workers' INFO log here")
    args = parser.parse_args()
    setup_django()
    try:
        if not args.skip_scaling:
            scaling([int(n) for n in args.sizes.split(",")], args.probes, args.explain)
        if not args.skip_throughput:
            from django.core.management import call_command

            call_command("flush", interactive=False, verbosity=0)
            throughput(args.worker_log)
    finally:
        drop_database()


if __name__ == "__main__":
    main()
