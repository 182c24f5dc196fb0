"""The front door (issue 18): compact header with search and a details-based menu, the
listing's filter panel, the language switcher keeping the query, collation of filter
options, favicon, meta description and Open Graph tags."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from home.factories import ContentPageFactory
from home.locales import sync_trees
from opportunities.factories import CountrySectionPageFactory, OpportunityIndexPageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db


def header_of(html):
    return html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]


@pytest.fixture
def listing(home_page):
    """An English listing with placements in Latvia, Lithuania, Luxembourg and Austria, and its
    aliases in every other language."""
    index = OpportunityIndexPageFactory(
        parent=home_page, locale=home_page.locale, introduction="Placements abroad for trainees."
    )
    for code in ("LV", "LT", "LU", "AT"):
        section = CountrySectionPageFactory(parent=index, country=code, title=code)
        OpportunityPageFactory(parent=section, country=code, title=f"Placement in {code}")
    sync_trees()
    return index


def test_header_has_a_labelled_search_form_on_every_page(client, home_page):
    ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice")
    for url in ("/en/", "/en/privacy/", "/en/match/", "/en/search/?q=trade"):
        response = client.get(url)
        assert response.status_code == 200, url
        header = header_of(response.content.decode())
        form = re.search(r'<form class="site-search" role="search" method="get" action="([^"]+)"', header)
        assert form is not None, url
        assert form.group(1) == "/en/search/"
        assert '<label class="visually-hidden" for="site-search-q">' in header
        assert '<input id="site-search-q" type="search" name="q"' in header


def test_header_navigation_and_languages_collapse_in_details(client, home_page):
    ContentPageFactory(parent=home_page, slug="about", title="About us", show_in_menus=True)
    html = client.get("/en/").content.decode()
    header = header_of(html)
    assert header.count("<details") == 2
    menu = header.split('<details class="menu collapsible">', 1)[1].split("</details>", 1)[0]
    assert '<summary class="collapsible__toggle">Menu</summary>' in menu
    assert '<nav class="main-nav" aria-label="Main navigation">' in menu
    assert '<a href="/en/about/">About us</a>' in menu
    # The matching view is in the main navigation.
    assert '<a href="/en/match/">Find a match</a>' in menu
    languages = header.split('<details class="language-menu collapsible">', 1)[1].split("</details>", 1)[0]
    assert 'aria-label="Choose a language"' in languages
    assert '<span lang="en">EN</span>' in languages
    assert header.count("<script") == 0 and "style=" not in header


def test_the_cached_main_menu_is_renewed_by_a_publication(client, home_page):
    # The menu is kept in the content cache (the listing's and detail page's query budgets count
    # it out); a publication starts a new content generation, so the next page shows the change.
    about = ContentPageFactory(parent=home_page, slug="about", title="About us", show_in_menus=True)
    assert '<a href="/en/about/">About us</a>' in header_of(client.get("/en/").content.decode())
    about.title = "About the network"
    about.save_revision().publish()
    menu = header_of(client.get("/en/").content.decode())
    assert '<a href="/en/about/">About the network</a>' in menu and "About us" not in menu


def test_the_matching_view_is_marked_current_in_the_navigation(client, home_page):
    html = client.get("/en/match/").content.decode()
    assert '<a href="/en/match/" aria-current="page">' in header_of(html)


def test_listing_filters_wait_behind_a_details_panel_with_a_count(client, listing):
    html = client.get("/en/opportunities/").content.decode()
    panel = re.search(r'<details class="filter-panel">\s*<summary>([^<]*)</summary>', html)
    assert panel is not None and panel.group(1) == "Filter"
    # The panel has its own apply button, and comes before the results in the document.
    details = html.split('<details class="filter-panel">', 1)[1].split("</details>", 1)[0]
    assert '<button class="button" type="submit">Show results</button>' in details
    assert html.index('class="filter-panel"') < html.index('id="results-heading"')

    html = client.get("/en/opportunities/?country=LV&country=LT&q=placement").content.decode()
    panel = re.search(r'<details class="filter-panel">\s*<summary>([^<]*)</summary>', html)
    assert panel.group(1) == "Filter (3 active)"
    # Active filters are removable chips above the results.
    results = html.split('id="results-heading"', 1)[1]
    assert results.index('class="chips"') < results.index('class="opportunity-list"')


def test_organisation_and_guideline_listings_share_the_panel():
    for template in (
        "enterprises/templates/enterprises/organisation_index_page.html",
        "passport_pages/templates/passport_pages/guideline_index_page.html",
    ):
        text = (Path(settings.BASE_DIR) / template).read_text()
        assert '<details class="filter-panel">' in text, template
        assert "Filter ({{ counter }} active)" in text, template


def test_language_switcher_keeps_filters_and_words(client, listing):
    html = client.get("/en/opportunities/?country=LV&sector=I&q=k%C3%BCche").content.decode()
    links = {lang: href for href, lang in re.findall(r'<a href="([^"]+)" lang="([a-z]{2})" hreflang', html)}
    assert links["de"] == "/de/opportunities/?country=LV&amp;sector=I&amp;q=k%C3%BCche"
    assert links["pl"] == "/pl/opportunities/?country=LV&amp;sector=I&amp;q=k%C3%BCche"
    # Without a query, plain links.
    html = client.get("/en/opportunities/").content.decode()
    assert 'href="/de/opportunities/" lang="de"' in html


def test_language_switcher_of_a_view_keeps_its_query(client, home_page):
    html = client.get("/en/search/?q=kitchen").content.decode()
    assert 'href="/de/search/?q=kitchen" lang="de"' in html


def test_language_switcher_drops_parameters_no_page_reads(client, listing):
    """The page cache keys a page by the parameters it reads only: stray ones must not be
    written into a cached page's links (nor the page number, which differs by language)."""
    html = client.get("/en/opportunities/?utm_source=x&country=LV&page=2&sort=").content.decode()
    assert 'href="/de/opportunities/?country=LV" lang="de"' in html
    html = client.get("/en/search/?q=kitchen&ref=mail").content.decode()
    assert 'href="/de/search/?q=kitchen" lang="de"' in html
    html = client.get("/en/?utm_campaign=spring").content.decode()
    assert 'href="/de/" lang="de"' in html


def country_labels(html):
    fieldset = html.split("<legend>", 1)[1].split("</fieldset>", 1)[0] if "<legend>" in html else ""
    return re.findall(r'<label for="f-country-[A-Z]{2}">([^<]+?) <span class="count">', fieldset)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Austria", "Latvia", "Lithuania", "Luxembourg"]),
        ("pl", ["Austria", "Litwa", "Luksemburg", "Łotwa"]),
        ("de", ["Lettland", "Litauen", "Luxemburg", "Österreich"]),
    ],
)
def test_country_filter_is_sorted_in_the_page_language(client, listing, language, expected):
    response = client.get(f"/{language}/opportunities/")
    assert response.status_code == 200
    assert country_labels(response.content.decode()) == expected


def test_favicon_is_linked_from_every_page(client, home_page):
    html = client.get("/en/").content.decode()
    match = re.search(r'<link rel="icon" href="([^"]+\.svg)" type="image/svg\+xml">', html)
    assert match is not None
    path = Path(settings.BASE_DIR) / "site" / "static" / "img" / "favicon.svg"
    assert path.read_text().startswith("<svg")


def test_meta_description_and_open_graph(client, listing):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    html = client.get("/en/opportunities/").content.decode()
    head = html.split("</head>", 1)[0]
    assert '<meta name="description" content="Placements abroad for trainees.">' in head
    assert '<meta property="og:description" content="Placements abroad for trainees.">' in head
    assert '<meta property="og:title" content="Opportunities">' in head
    assert '<meta property="og:type" content="website">' in head
    assert f'<meta property="og:url" content="{base}/en/opportunities/">' in head

    # A placement: its summary.
    from opportunities.models import OpportunityPage

    placement = OpportunityPage.objects.get(title="Placement in LV", locale=listing.locale)
    html = client.get(placement.url).content.decode()
    assert '<meta name="description" content="Work in a team and learn the trade.">' in html


def test_every_page_has_a_meta_description(client, home_page):
    ContentPageFactory(parent=home_page, slug="imprint", title="Imprint", introduction="")
    for url in ("/en/", "/en/imprint/", "/en/match/", "/en/search/"):
        head = client.get(url).content.decode().split("</head>", 1)[0]
        match = re.search(r'<meta name="description" content="([^"]*)">', head)
        assert match is not None and match.group(1).strip(), url
        assert re.search(r'<meta property="og:url" content="https?://[^"]+">', head), url


def test_search_description_wins_and_is_cut_to_160_characters(client, home_page):
    ContentPageFactory(parent=home_page, slug="long", title="Long", introduction="x " * 200, search_description="")
    head = client.get("/en/long/").content.decode().split("</head>", 1)[0]
    description = re.search(r'<meta name="description" content="([^"]*)">', head).group(1)
    assert len(description) <= 160
    ContentPageFactory(parent=home_page, slug="own", title="Own", introduction="Intro", search_description="Mine")
    head = client.get("/en/own/").content.decode().split("</head>", 1)[0]
    assert '<meta name="description" content="Mine">' in head


def test_form_choices_are_sorted_by_name_in_the_page_language():
    """The matching and registration forms list countries, sectors and languages as the reader
    scans them: by name in their language (Polish: Litwa < Luksemburg < Łotwa)."""
    from django.utils import translation

    from enterprises.registration_forms import EmployerRegistrationForm
    from home.collation import sort_key
    from opportunities.matching.forms import MatchForm

    with translation.override("pl"):
        for form, name in [
            (MatchForm(), "destination_countries"),
            (MatchForm(), "sectors"),
            (EmployerRegistrationForm(), "country"),
            (EmployerRegistrationForm(), "sector"),
            (EmployerRegistrationForm(), "languages"),
        ]:
            labels = [str(label) for code, label in form.fields[name].choices if code]
            assert len(labels) > 3, name
            assert labels == sorted(labels, key=lambda label: sort_key(label, "pl")), name
        countries = [str(label) for _code, label in MatchForm().fields["destination_countries"].choices]
        assert countries.index("Litwa") < countries.index("Luksemburg") < countries.index("Łotwa")
