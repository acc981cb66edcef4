"""Fault injection: throwaway Redis and PostgreSQL servers that a test may stop, kill and
restart, and app processes (Celery workers, gunicorn, manage.py) started as process groups so
a test can kill one outright, children included. The machine's shared services are untouched.
"""

import contextlib
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import psycopg2
import pytest
import redis
from django.conf import settings

from articles.models import Article
from claims.extraction import extract_statements
from claims.models import Relation
from claims.services import outlet_assertions
from tests.workers import celery_worker_command, wait_for

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.json"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def app_env(*, database_url: str, broker_url: str, **extra: str) -> dict[str, str]:
    """Production-shape settings (DEBUG off) for a process of the app."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsclaims.settings",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker_url,
        "CELERY_QUEUE": "newsclaims",
        "SECRET_KEY": "fault-tests-secret-key",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DEBUG": "false",
        "LOG_LEVEL": "INFO",
        **extra,
    }


class Processes:
    """App processes of one test, each in its own process group, all killed at the end."""

    def __init__(self, logs: Path):
        self.logs = logs
        self.started: list[subprocess.Popen] = []

    def spawn(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "a")  # noqa: SIM115  (closed with the process)
        proc = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        proc.log = log  # type: ignore[attr-defined]
        proc.name = name  # type: ignore[attr-defined]
        self.started.append(proc)
        return proc

    def worker(self, name: str, env: dict[str, str], *, beat: bool = False) -> subprocess.Popen:
        args = celery_worker_command(name, env["CELERY_QUEUE"])
        if beat:
            args += ["-B", "-s", str(self.logs / f"{name}-beat-schedule")]
        return self.spawn(name, args, env)

    def wait_for_log(self, proc: subprocess.Popen, text: str, *, timeout: float) -> bool:
        log = self.logs / f"{proc.name}.log"  # type: ignore[attr-defined]
        return wait_for(lambda: text in log.read_text(errors="replace"), timeout=timeout)

    def kill(self, proc: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
        """Signal the whole group (main process and pool children), then reap the leader."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        # children killed with the group may linger a moment as they die
        wait_for(lambda: not _group_alive(proc.pid), timeout=10, interval=0.1)
        proc.log.close()  # type: ignore[attr-defined]

    def stop_all(self) -> None:
        for proc in self.started:
            if proc.poll() is None or _group_alive(proc.pid):
                self.kill(proc, signal.SIGTERM)

    def tail(self, lines: int = 40) -> str:
        out = []
        for log in sorted(self.logs.glob("*.log")):
            text = log.read_text(errors="replace").splitlines()[-lines:]
            out.append(f"--- {log.name}\n" + "\n".join(text))
        return "\n".join(out)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def manage(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def processes(tmp_path):
    procs = Processes(tmp_path)
    yield procs
    procs.stop_all()


class RedisServer:
    """A Redis of the test's own on a free port: stopping it fails nothing else."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_connect_timeout=1, socket_timeout=5)

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                shutil.which("redis-server") or "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        assert wait_for(self._answers, timeout=15), "the throwaway Redis did not start"

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None

    def _answers(self) -> bool:
        try:
            return bool(self.client().ping())
        except redis.RedisError:
            return False

    def wait_until_unacked_redeliverable(self, visibility_timeout: float) -> None:
        """Wait until every unacknowledged message is older than the visibility timeout, so a
        worker starting now puts them back on the queue."""
        scores = [s for _, s in self.client().zrange("unacked_index", 0, -1, withscores=True)]
        if scores:
            time.sleep(max(0.0, max(scores) + visibility_timeout + 0.5 - time.time()))


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


class PostgresServer:
    """A PostgreSQL cluster of the test's own (initdb in a temporary directory, run as the
    postgres user when the tests run as root), on a free port, restartable at will."""

    def __init__(self):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key)
        if not bins:
            pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
        self.bin = Path(bins[-1])
        self.dir = Path(tempfile.mkdtemp(prefix="newsclaims-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def _run(self, tool: str, *args: str, timeout: float = 60) -> None:
        command = [str(self.bin / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=timeout, cwd=self.dir)

    def _ctl(self, action: str, *args: str) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.dir / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            *args,
            action,
        )

    def start(self) -> None:
        self._ctl("start")

    def restart(self) -> None:
        self._ctl("restart", "-m", "fast")

    def stop(self) -> None:
        self._ctl("stop", "-m", "immediate")

    def createdb(self, name: str) -> None:
        conn = psycopg2.connect(self.url("postgres"))
        try:
            conn.autocommit = True
            conn.cursor().execute(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()

    def remove(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def _version_key(path: str) -> tuple:
    return tuple(int(p) for p in Path(path).parent.name.split(".") if p.isdigit())


@pytest.fixture
def postgres_server():
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.remove()


# A long report that takes the engine seconds, not milliseconds: the window in which a test
# catches a worker mid-extraction must not depend on how fast extraction has become.
LONG_REPORT = {
    "outlet": "Hansard Digest",
    "published": "2025-05-29",
    "title": "Committee hearing, full record",
    "text": "".join(
        f'"We will review clause {i} of the draft before the vote," committee chair Anna '
        f"Kovacs said in session {i}, adding that amendment {i} needed {i + 2} more days. "
        f"Deputy Marek Hale told reporters the clause would cost {i * 3} million euros.\n"
        for i in range(400)
    ),
}


def seed_files(folder: Path) -> Path:
    """The seed articles, and a long report, as JSON files in their own folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in SEEDS:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "long-report.json").write_text(json.dumps(LONG_REPORT), encoding="utf-8")
    return folder


def seed_records() -> list[dict]:
    return [
        *(json.loads(path.read_text(encoding="utf-8")) for path in SEEDS),
        LONG_REPORT,
    ]


def statements_of(article: Article) -> list[tuple]:
    return sorted(article.statements.values_list("content_start", "content_end", "kind"))


def clean_extraction(article: Article) -> list[tuple]:
    published = article.published_at.date() if article.published_at else None
    return clean_extraction_of(article.body, published)


def clean_extraction_of(body: str, published: date | None) -> list[tuple]:
    """(start, end, kind) of each statement that extracting `body` once, undisturbed, gives."""
    found = extract_statements(body, published=published, model=settings.SPACY_MODEL)
    found = [*found, *outlet_assertions(body, found)]
    return sorted((s.content.start, s.content.end, s.kind) for s in found)


def edges() -> list[tuple]:
    return sorted(
        Relation.objects.values_list(
            "statement_a__article_id",
            "statement_a__content_start",
            "statement_b__article_id",
            "statement_b__content_start",
            "type",
        )
    )


def queue_drained(redis_server) -> bool:
    client = redis_server.client()
    # Kombu keeps one list per priority: "newsclaims", then "newsclaims\x06\x163" and so on.
    waiting = sum(client.llen(key) for key in client.keys("newsclaims*"))
    return waiting == 0 and client.zcard("unacked_index") == 0


def all_linked() -> bool:
    articles = list(Article.objects.all())
    return bool(articles) and all(
        a.status == Article.Status.EXTRACTED and a.linked_at and a.linked_at >= a.extracted_at
        for a in articles
    )
