"""Translations show as out of date to their translators after the source changes."""

import pytest

from home.factories import ContentPageFactory
from home.testing import verified_login
from home.translation_status import outdated

pytestmark = pytest.mark.django_db


def test_source_edit_marks_its_translations_out_of_date(client, home_page, translate, admin_user):
    page = ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice")
    translate(home_page, "de")
    german = translate(page, "de", {"Privacy notice": "Datenschutz"})
    assert not outdated(type(german).objects.filter(pk=german.pk)).exists()

    page.title = "Privacy notice (updated)"
    page.save_revision().publish()
    assert [p.pk for p in outdated(type(german).objects.filter(pk=german.pk))] == [german.pk]

    verified_login(client, admin_user)
    report = client.get("/admin/reports/outdated-translations/")
    assert report.status_code == 200
    assert "Datenschutz" in report.content.decode()
    editor = client.get(f"/admin/pages/{german.pk}/edit/", follow=True)
    assert "The source of this translation has changed" in editor.content.decode()

    translate(page, "de", {"Privacy notice (updated)": "Datenschutzerklärung"})
    assert not outdated(type(german).objects.filter(pk=german.pk)).exists()
