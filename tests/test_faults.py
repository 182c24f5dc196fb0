"""Fault tests against a served site: gunicorn on loopback, with its own Redis stopped or hung,
and with an unreachable PostgreSQL. Each asserts status codes and times.

Nothing shared is touched: the tests start their own ``redis-server`` on a free port, a
listener that accepts connections and never answers, and gunicorn on a copy of the
freshly migrated SQLite test database. They run in the SQLite pass of the test suite
(skipped on PostgreSQL, where there is no file to copy) and need ``redis-server``.
"""

import http.client
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

# django_db: pytest-django sets up the test database only for a session whose tests ask for it,
# and these tests serve a copy of it (run alone, nothing else would ask).
pytestmark = [pytest.mark.faults, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
REDIS_SERVER = shutil.which("redis-server")
HOST = "localhost"  # the same Host header for every server, so that they share page-cache keys

CONTENT_SCRIPT = """
import django
django.setup()
from wagtail.models import Locale, Page, Site
from home.locales import sync_locales
from home.models import HomePage
sync_locales()
root = Page.get_first_root_node()
Page.objects.filter(depth=2).delete()
home = root.add_child(instance=HomePage(
    title="Home", slug="home", hero_heading="Faults", hero_text="Served under faults.",
    locale=Locale.objects.get(language_code="en"),
))
home.save_revision().publish()
Site.objects.all().delete()
Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="VET Pathway")
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port, path, method="GET", body=None, headers=None):
    """(status, headers, body text, seconds) of one request to the served site."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    started = time.perf_counter()
    connection.request(method, path, body=body, headers={"Host": HOST, **(headers or {})})
    response = connection.getresponse()
    content = response.read().decode("utf-8", errors="replace")
    elapsed = time.perf_counter() - started
    connection.close()
    print(f"{method} {path} -> {response.status} in {elapsed * 1000:.0f} ms")  # figures for the CI log (-rP)
    return response.status, {name.lower(): value for name, value in response.getheaders()}, content, elapsed


def wait_for(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{what} did not come up within {seconds} s")


@pytest.fixture(scope="module")
def site_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A copy of the migrated test database with a home page, built outside the test transaction."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("fault tests run in the SQLite pass (they serve a copy of the SQLite test database)")
    if not GUNICORN.exists():
        pytest.skip(f"gunicorn not found at {GUNICORN}")
    target = tmp_path_factory.mktemp("faults") / "site.sqlite3"
    with django_db_blocker.unblock():
        source = sqlite3.connect(ROOT / connection.creation._get_test_db_name())
        copy = sqlite3.connect(target)
        source.backup(copy)
        copy.close()
        source.close()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{target}", "DJANGO_SETTINGS_MODULE": "tests.fault_settings"}
    env.pop("REDIS_URL", None)
    subprocess.run(
        [sys.executable, "-c", CONTENT_SCRIPT],
        cwd=ROOT,
        env={**env, "PYTHONPATH": f"{ROOT}:{ROOT / 'site'}"},
        check=True,
    )
    return target


class Server:
    """gunicorn serving the site with the given environment, its stderr kept in a file."""

    def __init__(self, tmp_path, **environment):
        self.port = free_port()
        self.log = tmp_path / f"gunicorn-{self.port}.log"
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.fault_settings", "PAGE_CACHE_SECONDS": "60"}
        env.pop("REDIS_URL", None)
        env.update(environment)
        command = [str(GUNICORN), "--pythonpath", f"{ROOT / 'site'},{ROOT}", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", "1", "--threads", "4", "--worker-class", "gthread", "--timeout", "30", "pathway.wsgi"]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        wait_for(lambda: self.alive() and fetch(self.port, "/robots.txt")[0] == 200, 40, "gunicorn")

    def alive(self):
        if self.process.poll() is not None:
            raise AssertionError("gunicorn exited:\n" + self.log.read_text())
        return True

    def get(self, path, **kwargs):
        return fetch(self.port, path, **kwargs)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class RedisServer:
    def __init__(self):
        if not REDIS_SERVER:
            pytest.skip("redis-server is not installed (Debian: apt-get install redis-server)")
        self.port = free_port()
        command = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self.ping, 10, "redis-server")

    def ping(self):
        with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


class HungListener:
    """Accepts TCP connections and never answers: a Redis that hangs."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(128)
        self.port = self.socket.getsockname()[1]
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                self.connections.append(self.socket.accept()[0])
            except OSError:
                return

    def stop(self):
        self.socket.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture(scope="module")
def redis():
    server = RedisServer()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def site(site_database, redis, tmp_path_factory):
    server = Server(
        tmp_path_factory.mktemp("site"),
        DATABASE_URL=f"sqlite:///{site_database}",
        REDIS_URL=f"redis://127.0.0.1:{redis.port}/0",
    )
    yield server
    server.stop()


def test_with_redis_up_pages_are_cached_and_health_is_ok(site):
    first = site.get("/en/")
    assert first[0] == 200 and first[1]["x-cache"] == "MISS"
    second = site.get("/en/")
    assert second[0] == 200 and second[1]["x-cache"] == "HIT"
    status, _headers, body, _elapsed = site.get("/health/")
    assert status == 200 and '"cache": "ok"' in body


def test_database_unreachable_cached_pages_serve_the_rest_is_a_503(site, redis, tmp_path):
    site.get("/en/")  # in the shared cache
    unreachable = Server(
        tmp_path,
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{free_port()}/pathway",
        REDIS_URL=f"redis://127.0.0.1:{redis.port}/0",
    )
    try:
        status, headers, _body, elapsed = unreachable.get("/en/")
        assert (status, headers.get("x-cache")) == (200, "HIT") and elapsed < 1.0
        for path, language in (("/en/no-such-page/", "en"), ("/de/", "de")):
            status, headers, body, elapsed = unreachable.get(path)
            assert status == 503, (path, body[:500])
            assert headers["retry-after"] == "30" and f'lang="{language}"' in body and elapsed < 2.0
        status, headers, body, elapsed = unreachable.get("/api/v2/opportunities/")
        assert status == 503 and headers["content-type"].startswith("application/json") and elapsed < 2.0
        status, _headers, body, elapsed = unreachable.get("/health/")
        assert status == 503 and '"database": "unavailable"' in body and '"cache": "ok"' in body
    finally:
        unreachable.stop()


def test_redis_stopped_pages_serve_uncached_and_fast(site, redis):
    redis.stop()
    timings = []
    for path in ["/en/", "/en/", "/api/v2/opportunities/", "/sitemap.xml"] * 3:
        status, headers, _body, elapsed = site.get(path)
        assert status == 200, path
        assert headers.get("x-cache") != "HIT"
        timings.append(elapsed)
    assert max(timings) < 1.0, timings
    status, _headers, body, _elapsed = site.get("/health/")
    assert status == 200 and '"cache": "unavailable"' in body and '"database": "ok"' in body
    # The match API's rate limit fails open (a read); a form's fails closed (tests/test_resilience.py).
    status, _headers, _body, elapsed = site.get("/api/match/", method="POST", body=b"{}", headers=JSON)
    assert status == 200 and elapsed < 2.0
    log = site.log.read_text()
    assert log.count("is unavailable") == 1, log  # one warning, not one per request
    assert "Internal Server Error" not in log


JSON = {"Content-Type": "application/json"}


def test_redis_hung_each_request_waits_at_most_a_quarter_second(site_database, tmp_path):
    hung = HungListener()
    server = Server(tmp_path, DATABASE_URL=f"sqlite:///{site_database}", REDIS_URL=f"redis://127.0.0.1:{hung.port}/0")
    try:
        timings = []
        for path in ["/en/", "/en/", "/api/v2/opportunities/", "/health/"] * 3:
            status, _headers, body, elapsed = server.get(path)
            assert status == 200, (path, body[:300])
            timings.append(elapsed)
        assert timings[0] < 1.5, timings  # the first call waits for the socket timeout (0.25 s)
        assert max(timings[1:]) < 1.0, timings  # then the breaker stops trying
        assert '"cache": "unavailable"' in server.get("/health/")[2]
    finally:
        server.stop()
        hung.stop()
