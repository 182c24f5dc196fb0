"""The demo command builds the tree in every language, and a second run changes nothing."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page, ReferenceIndex, Site
from wagtail_localize.models import StringTranslation, Translation

from home.models import ContentPage, HomePage
from opportunities.models import OpportunityPage

# Real transactions: wagtail-localize publishes translations on commit. serialized_rollback
# restores what the migrations made (root page, default locale) for the tests that follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def counts():
    return {
        "pages": Page.objects.count(),
        "aliases": Page.objects.filter(alias_of__isnull=False).count(),
        "homes": HomePage.objects.count(),
        "legal": ContentPage.objects.filter(show_in_footer=True).count(),
        "revisions": sum(p.revisions.count() for p in Page.objects.all()),
    }


def test_demo_content_is_built_in_every_language_and_is_idempotent(client):
    call_command("load_demo_content", size="small", stdout=open("/dev/null", "w"))
    first = counts()
    languages = len(settings.LANGUAGES)
    assert first["homes"] == languages
    assert first["legal"] == 3 * languages
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage

    second_run = io.StringIO()
    call_command("load_demo_content", size="small", stdout=second_run)
    assert counts() == first
    # It found everything in place, so it left the indexes as the first run made them.
    assert "nothing new: the search, reference and matching indexes are left as they are" in second_run.getvalue()
    assert "search index updated" not in second_run.getvalue()

    # Translated through wagtail-localize: the German privacy notice is German.
    german_privacy = ContentPage.objects.get(locale__language_code="de", slug="privacy")
    assert german_privacy.alias_of_id is None
    assert german_privacy.title == "Datenschutzerklärung"
    response = client.get("/de/privacy/")
    assert response.status_code == 200
    assert "Datenschutzerklärung" in response.content.decode()
    # Every app's pages, from the demo catalogues (<app>/locale/<language>/LC_MESSAGES/demo.po).
    assert ContentPage.objects.get(locale__language_code="pl", slug="privacy").title == "Polityka prywatności"
    polish_passport = client.get("/pl/passport/").content.decode()
    assert "Mój paszport Pathway" in polish_passport
    german_job = client.get("/de/opportunities/de/kitchen-assistant-de/")
    assert german_job.status_code == 200 and "Küchenhilfe" in german_job.content.decode()

    # The German home page signposts the German listing, in German.
    home = client.get("/de/").content.decode()
    assert '<a href="/de/opportunities/">Finde einen Praktikumsplatz</a>' in home
    listing = client.get("/de/opportunities/")
    assert listing.status_code == 200

    # Built with the indexes deferred, then brought up to date once: site search finds the
    # German placement by its German title, and the reference index knows its tags.
    found = client.get("/de/search/", {"q": "Küchenhilfe"})
    assert found.status_code == 200 and "/de/opportunities/de/kitchen-assistant-de/" in found.content.decode()
    german_job_page = OpportunityPage.objects.get(locale__language_code="de", slug="kitchen-assistant-de")
    assert ReferenceIndex.get_references_for_object(german_job_page).exists()

    # A translator opens the translation in wagtail-localize's editor: its strings are there,
    # stored as a translator's own (manual) translations.
    german = german_job_page.locale
    job_translation = Translation.objects.get(source__object_id=german_job_page.translation_key, target_locale=german)
    assert job_translation.enabled
    title = StringTranslation.objects.get(
        context__object_id=german_job_page.translation_key, context__path="title", locale=german
    )
    assert title.data == "Küchenhilfe" and title.translation_type == "manual"
    total, translated = job_translation.get_progress()
    assert 0 < translated <= total
