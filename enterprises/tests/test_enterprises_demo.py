"""The enterprises demo builder: its data is valid and its texts are real translations; it builds the
tree and profiles in every language, links demo opportunities to their hosts, and is idempotent."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from enterprises import demo
from enterprises.models import OrganisationCountrySectionPage, OrganisationIndexPage, OrganisationPage
from enterprises.vocabularies import KINDS, SOCIAL_PARTNER_TYPES, VET_PROVIDER_ROLES
from home import vocabularies as vocab
from home.demo_catalogue import DemoCatalogue
from home.factories import HomePageFactory
from opportunities.factories import OpportunityPageFactory

DATA = demo.data()
PROFILES = DATA["profiles"]


def test_every_demo_text_is_translated_into_every_language():
    catalogue = DemoCatalogue("enterprises")
    for source in demo.source_texts():
        text = catalogue.text(source)
        assert sorted(text) == sorted(code for code, _name in settings.LANGUAGES), source
        others = [value for code, value in text.items() if code != settings.LANGUAGE_CODE]
        assert all(value != source for value in others), source


def test_demo_profiles_cover_every_host_country_with_valid_codes():
    assert set(DATA["contact_roles"]) >= {p["role"] for p in PROFILES}
    for country in settings.PATHWAY_HOST_COUNTRIES:
        assert len([p for p in PROFILES if p["country"] == country]) >= 2
    assert {p["kind"] for p in PROFILES} == set(vocab.codes(KINDS))
    assert len({p["slug"] for p in PROFILES}) == len(PROFILES)
    for profile in PROFILES:
        assert set(profile["sectors"]) <= set(vocab.codes(vocab.SECTORS))
        assert set(profile["languages"]) <= set(vocab.codes(vocab.LANGUAGES))
        assert set(profile["supports"]) <= set(vocab.codes(vocab.SUPPORT))
        assert set(profile["commitments"]) <= set(vocab.codes(vocab.QUALITY_PRINCIPLES))
        assert profile.get("partner_type", "chamber") in vocab.codes(SOCIAL_PARTNER_TYPES)
        assert profile.get("mobility_role", "both") in vocab.codes(VET_PROVIDER_ROLES)


@pytest.fixture
def translate_on_commit(monkeypatch, django_capture_on_commit_callbacks):
    """wagtail-localize publishes on commit: run each page's translation in its own capture block
    (one page per transaction, as in the demo command), without a transactional test."""
    from home import translation

    original = translation.translate_page

    def translate(page, locale, strings, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return original(page, locale, strings, **kwargs)

    # The builder and the sections translate through home.translation.translate_everywhere.
    monkeypatch.setattr("home.translation.translate_page", translate)
    return translate


@pytest.mark.django_db
def test_build_in_two_languages_links_opportunities_and_is_idempotent(client, translate_on_commit):
    """English and German only (translating into six languages is the demo command's test)."""
    english, _ = Locale.objects.get_or_create(language_code="en")
    german, _ = Locale.objects.get_or_create(language_code="de")
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node(), locale=english)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    translate_on_commit(home, german, {"Home": "Startseite"})

    from opportunities.sections import setup as setup_opportunities

    _index, opportunity_sections = setup_opportunities(log=lambda message: None)
    hotel_job = OpportunityPageFactory(parent=opportunity_sections["DE"], title="Hotel kitchen", sector="I")
    translate_on_commit(hotel_job, german, {"Hotel kitchen": "Hotelküche"})

    log = io.StringIO()
    made = demo.build(log=lambda message: log.write(message + "\n"), size="small")
    assert len(made) == demo.SMALL_PROFILES
    index = OrganisationIndexPage.objects.get(locale=english)
    assert index.slug == "enterprises" and index.show_in_menus
    assert OrganisationCountrySectionPage.objects.filter(locale=english).count() == len(settings.PATHWAY_HOST_COUNTRIES)

    catalogue = DemoCatalogue("enterprises")
    german_hotel = OrganisationPage.objects.get(locale=german, slug=PROFILES[0]["slug"])
    assert german_hotel.alias_of_id is None
    assert german_hotel.description == f"<p>{catalogue.translate(PROFILES[0]['description'], 'de')}</p>"
    assert german_hotel.contact_role == catalogue.translate(DATA["contact_roles"][PROFILES[0]["role"]], "de")
    assert german_hotel.contact_role == "Ausbildungsleitung"
    assert [row.sector for row in german_hotel.sectors.all()] == PROFILES[0]["sectors"]
    assert OrganisationIndexPage.objects.get(locale=german).title == "Unternehmen und Sozialpartner"

    # The demo opportunity of the profile's sector now names it as host, in each language.
    english_hotel = OrganisationPage.objects.get(locale=english, slug=PROFILES[0]["slug"])
    hotel_job.refresh_from_db()
    assert hotel_job.host_organisation_id == english_hotel.pk
    german_job = hotel_job.get_translation(german)
    assert german_job.specific.host_organisation_id == german_hotel.pk
    assert hotel_job.get_latest_revision_as_object().host_organisation_id == english_hotel.pk
    response = client.get(german_hotel.url)
    assert response.status_code == 200
    assert "Hotelküche" in response.content.decode()

    pages, revisions = Page.objects.count(), sum(p.revisions.count() for p in Page.objects.all())
    demo.build(log=lambda message: None, size="small")
    assert Page.objects.count() == pages
    assert sum(p.revisions.count() for p in Page.objects.all()) == revisions


@pytest.mark.django_db
def test_setup_command_needs_a_home_page():
    Page.objects.filter(depth=2).delete()
    with pytest.raises(RuntimeError):
        call_command("setup_organisation_sections", stdout=io.StringIO())
