"""Languages: URL prefixes, Accept-Language redirect, <html lang>, translated interface,
language switcher, hreflang, and how an untranslated page (an alias) behaves."""

import re

import pytest
from django.conf import settings

from home.factories import ContentPageFactory
from home.locales import sync_trees

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# The skip link in base.html, as each language's .po file translates it.
SKIP_LINK = {
    "en": "Skip to main content",
    "de": "Zum Hauptinhalt springen",
    "es": "Saltar al contenido principal",
    "it": "Vai al contenuto principale",
    "pl": "Przejdź do treści głównej",
    "fr": "Aller au contenu principal",
}


def html_lang(response):
    match = re.search(r'<html lang="([^"]+)"', response.content.decode())
    return match.group(1) if match else None


def test_six_languages_are_configured():
    assert LANGUAGE_CODES == ["en", "de", "es", "it", "pl", "fr"]
    assert set(SKIP_LINK) == set(LANGUAGE_CODES)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_each_locale_home_renders_in_its_language(client, home_page, translate, code):
    if code != "en":
        translate(home_page, code)
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert html_lang(response) == code
    assert SKIP_LINK[code] in response.content.decode()


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("de-DE,de;q=0.9,en;q=0.5", "/de/"),
        ("pl", "/pl/"),
        ("fr-CA,fr;q=0.8", "/fr/"),
        ("ja,zh;q=0.8", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_page, accept, expected):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_switcher_and_hreflang_point_at_real_translations(client, home_page, translate):
    privacy = ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice", show_in_footer=True)
    translate(home_page, "de")
    translate(privacy, "de", {"Privacy notice": "Datenschutzerklärung"})
    sync_trees()  # every other locale gets aliases

    html = client.get("/en/privacy/").content.decode()
    # Switcher: the German link goes to the German translation, Spanish to the Spanish alias.
    assert 'href="/de/privacy/" lang="de"' in html
    assert 'href="/es/privacy/" lang="es"' in html
    # hreflang only for real translations, plus x-default (the English source).
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))
    base = settings.WAGTAILADMIN_BASE_URL  # absolute links are on the public base URL (home.public_urls)
    assert alternates == {
        "en": f"{base}/en/privacy/",
        "de": f"{base}/de/privacy/",
        "x-default": f"{base}/en/privacy/",
    }
    german = client.get("/de/privacy/").content.decode()
    assert "<h1>Datenschutzerklärung</h1>" in german
    assert f'<link rel="canonical" href="{base}/de/privacy/">' in german


def test_switcher_falls_back_to_the_locale_home(client, home_page, translate):
    """A page with no counterpart in a language links to that language's home."""
    translate(home_page, "it")
    ContentPageFactory(parent=home_page, slug="only-english", title="Only English")
    html = client.get("/en/only-english/").content.decode()
    assert 'href="/it/" lang="it"' in html


def test_alias_says_not_translated_keeps_source_language_and_canonical(client, home_page, translate):
    privacy = ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice")
    translate(home_page, "pl")
    sync_trees()
    response = client.get("/pl/privacy/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html_lang(response) == "pl"  # the interface is Polish
    assert "Ta strona nie została jeszcze przetłumaczona" in html  # the notice, in Polish
    assert '<div lang="en">' in html  # the content keeps its source's language
    assert f'<link rel="canonical" href="{settings.WAGTAILADMIN_BASE_URL}{privacy.url}">' in html
    assert 'hreflang="pl"' not in html.split("</head>")[0]


def test_footer_links_legal_pages_in_the_current_language(client, home_page, translate):
    privacy = ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice", show_in_footer=True)
    ContentPageFactory(parent=home_page, slug="about", title="About", show_in_footer=False)
    translate(home_page, "fr")
    translate(privacy, "fr", {"Privacy notice": "Politique de confidentialité"})
    footer = client.get("/fr/").content.decode().split('<footer class="site-footer">')[1]
    assert '<a href="/fr/privacy/">Politique de confidentialité</a>' in footer
    assert "About" not in footer


def test_contract_slugs_stay_the_same_in_every_language(home_page, translate):
    privacy = ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice")
    translate(home_page, "de")
    german = translate(privacy, "de", {"privacy": "datenschutz", "Privacy notice": "Datenschutz"})
    assert german.slug == "privacy"
