"""Publishing a passport page pre-renders its generic booklet (no opportunity) as a task.

The task (``passport_pages.pdf.prerender_booklet``) is queued once the publication commits, on
the project's task backend: at once in development and tests (``django_capture_on_commit_callbacks``
runs what a commit would), stored in the database for the worker in production. It carries only
the page's id. A failed render is logged and never breaks the publication.
"""

import logging
import sys

import pytest
from django.core.cache import cache
from django.test import override_settings
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from passport_pages.pdf import PassportBooklet

from .test_passport_pdf import pdf_info, pdf_text, requires_pdf_tools

pytestmark = pytest.mark.django_db

QUEUED = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "pathway": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


@pytest.fixture
def no_render(monkeypatch):
    """From now on, any render fails the test: what is served must come from the cache."""

    def layout(booklet):
        raise AssertionError("the booklet was rendered in the request")

    def forbid():
        monkeypatch.setattr(PassportBooklet, "layout", layout)

    return forbid


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a page and commit (the test's transaction never does: run what a commit runs)."""

    def _publish(page):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            page.save_revision().publish()
        return callbacks

    return _publish


def generic_key(passport):
    return PassportBooklet(passport).cache_key


def test_publishing_leaves_the_generic_booklet_in_the_cache(client, passport_page, publish, fake_layout, no_render):
    publish(passport_page)
    assert fake_layout == [generic_key(passport_page)]
    cached = cache.get(generic_key(passport_page))
    assert cached == b"%PDF-1.7 fake 1"

    no_render()
    response = client.get("/en/passport/pdf/")
    assert response.status_code == 200
    assert response.content == cached


def test_nothing_is_rendered_before_the_publication_commits(
    passport_page, django_capture_on_commit_callbacks, fake_layout
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        passport_page.save_revision().publish()
    assert fake_layout == [] and len(callbacks) == 1  # a rolled-back publication renders nothing


def test_a_publication_of_the_same_content_again_is_not_rendered_twice(passport_page, publish, fake_layout):
    publish(passport_page)
    from passport_pages.pdf import prerender_booklet

    assert prerender_booklet.call(passport_page.pk) is True  # a second task for the same version
    assert len(fake_layout) == 1


def test_every_language_gets_its_own_booklet(client, passport_page, translate, fake_layout, no_render):
    translate(passport_page.get_parent(), "pl", {"Home": "Strona główna"})
    polish = translate(passport_page, "pl", {"Pathway passport": "Paszport Pathway"})  # commits: rendered
    assert fake_layout == [generic_key(polish)]
    assert ":pl:" in fake_layout[0]

    no_render()
    assert client.get("/pl/passport/pdf/").content == b"%PDF-1.7 fake 1"


def test_other_pages_and_unpublished_passports_are_not_rendered(passport_page, home_page, publish, fake_layout):
    publish(home_page)
    assert fake_layout == []

    from passport_pages.pdf import prerender_booklet

    passport_page.unpublish()
    assert prerender_booklet.call(passport_page.pk) is False  # unpublished before the task ran
    assert prerender_booklet.call(987654) is False
    assert fake_layout == []


def test_a_failed_render_is_logged_and_the_publication_stands(client, passport_page, publish, monkeypatch, caplog):
    def layout(booklet):
        raise RuntimeError("pango fell over")

    monkeypatch.setattr(PassportBooklet, "layout", layout)
    with caplog.at_level(logging.ERROR, logger="passport_pages.pdf"):
        publish(passport_page)
    assert "Pre-rendering the passport booklet of page" in caplog.text
    assert "pango fell over" in caplog.text
    passport_page.refresh_from_db()
    assert passport_page.live and not passport_page.has_unpublished_changes
    assert cache.get(generic_key(passport_page)) is None


def test_without_weasyprint_the_task_logs_and_returns(client, passport_page, publish, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` now raises ImportError
    with caplog.at_level(logging.WARNING, logger="passport_pages.pdf"):
        publish(passport_page)
    assert "cannot be pre-rendered: weasyprint cannot run here" in caplog.text
    assert "libpango-1.0-0" in caplog.text
    assert cache.get(generic_key(passport_page)) is None
    assert client.get("/en/passport/pdf/").status_code == 503  # as before


def test_a_failure_to_queue_is_logged_and_the_publication_stands(passport_page, publish, monkeypatch, caplog):
    def enqueue(*args, **kwargs):
        raise ConnectionError("the task store is down")

    monkeypatch.setattr("passport_pages.signals.enqueue", enqueue)
    with caplog.at_level(logging.ERROR, logger="passport_pages.signals"):
        publish(passport_page)
    assert "Could not queue the pre-rendering" in caplog.text
    passport_page.refresh_from_db()
    assert passport_page.live


@override_settings(TASKS=QUEUED)
def test_with_the_database_backend_the_publication_stores_a_task_and_the_worker_renders(
    client, passport_page, publish, fake_layout, no_render, run_worker
):
    assert isinstance(task_backends["pathway"], DatabaseBackend)
    publish(passport_page)

    # Stored, not rendered: one task row carrying only the page's id, as JSON.
    assert fake_layout == []
    queued = DBTaskResult.objects.get()
    assert (queued.backend_name, queued.task_path, queued.status) == (
        "pathway",
        "passport_pages.pdf.prerender_booklet",
        "READY",
    )
    assert queued.args_kwargs == {"args": [passport_page.pk], "kwargs": {}}

    run_worker()

    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"
    assert fake_layout == [generic_key(passport_page)]
    no_render()
    response = client.get("/en/passport/pdf/")
    assert response.status_code == 200 and response.content == b"%PDF-1.7 fake 1"

    run_worker()  # nothing is rendered twice
    assert len(fake_layout) == 1


@requires_pdf_tools
def test_a_real_booklet_is_in_the_cache_after_publishing(client, passport_page, publish, no_render):
    publish(passport_page)
    data = cache.get(generic_key(passport_page))
    assert data is not None and data.startswith(b"%PDF-")

    no_render()
    response = client.get("/en/passport/pdf/")
    assert response.status_code == 200 and response.content == data
    info = pdf_info(data)
    assert int(info["Pages"]) % 4 == 0 and info["Form"] == "AcroForm"
    assert "My preparation" in pdf_text(data)
