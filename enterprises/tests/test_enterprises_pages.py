"""Organisation profiles: tree rules, detail page, hosted opportunities, listing with filters and counts."""

import re

import pytest
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase

from enterprises.factories import EnterprisePageFactory, SocialPartnerPageFactory, VetProviderPageFactory
from enterprises.filters import LISTING
from enterprises.models import (
    EnterprisePage,
    OrganisationCountrySectionPage,
    OrganisationIndexPage,
    OrganisationPage,
    SocialPartnerPage,
    VetProviderPage,
)
from home.models import HomePage
from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db
URL = "/en/enterprises/"
PROFILE_TYPES = {EnterprisePage, SocialPartnerPage, VetProviderPage}


def titles(response):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


@pytest.fixture
def directory(organisation_sections):
    de, es, it = (organisation_sections[code] for code in ("DE", "ES", "IT"))
    return {
        "bakery": EnterprisePageFactory(
            parent=de,
            title="Bäckerei Sonnenschein",
            country="DE",
            city="Leipzig",
            rows__sectors=["C", "I"],
            rows__languages=["de", "en"],
            rows__supports=["local_buddy"],
            rows__commitments=["mentoring"],
        ),
        "chamber": SocialPartnerPageFactory(
            parent=de, title="Handwerkskammer Leipzig", country="DE", rows__sectors=["F"]
        ),
        "hotel": EnterprisePageFactory(
            parent=es, title="Hotel Mar Azul", country="ES", city="Valencia", rows__sectors=["I"]
        ),
        "school": VetProviderPageFactory(
            parent=it, title="Istituto Tecnico Bologna", country="IT", city="Bologna", rows__sectors=["P"]
        ),
    }


class OrganisationTreeRulesTests(WagtailPageTestCase):
    def test_where_each_page_type_lives(self):
        self.assertAllowedParentPageTypes(OrganisationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(OrganisationIndexPage, {OrganisationCountrySectionPage})
        self.assertAllowedParentPageTypes(OrganisationCountrySectionPage, {OrganisationIndexPage})
        self.assertAllowedSubpageTypes(OrganisationCountrySectionPage, PROFILE_TYPES)
        for model in PROFILE_TYPES:
            self.assertAllowedParentPageTypes(model, {OrganisationCountrySectionPage})
            self.assertAllowedSubpageTypes(model, {})

    def test_the_shared_base_is_not_creatable_and_the_index_is_one_per_home(self):
        assert OrganisationPage.is_creatable is False
        assert all(model.is_creatable for model in PROFILE_TYPES)
        assert OrganisationIndexPage.max_count_per_parent == 1


def test_kind_is_set_by_the_page_type(directory):
    assert directory["bakery"].kind == "enterprise"
    assert directory["chamber"].kind == "social_partner"
    assert directory["school"].kind == "vet_provider"
    assert OrganisationPage.objects.of_kind("social_partner").get().pk == directory["chamber"].pk
    assert set(OrganisationPage.objects.in_sector("I").values_list("title", flat=True)) == {
        "Bäckerei Sonnenschein",
        "Hotel Mar Azul",
    }


def test_profile_page_shows_what_the_organisation_offers(client, directory):
    response = client.get(directory["bakery"].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Bäckerei Sonnenschein</h1>" in html
    assert "Enterprise (host company)" in html
    assert "Leipzig, Germany" in html
    assert "Manufacturing, Hospitality: hotels, restaurants and catering" in html
    assert "German, English" in html
    assert "Local buddy" in html and "Mentoring" in html
    assert 'href="mailto:training@example.org"' in html
    assert "No opportunity with this organisation is published at the moment." in html


def test_social_partner_and_vet_provider_show_their_own_facts(client, directory):
    assert "Chamber (of commerce, industry or crafts)" in client.get(directory["chamber"].url).content.decode()
    assert "Sending and hosting organisation" in client.get(directory["school"].url).content.decode()


def test_section_page_leads_to_the_listing_of_its_country(client, directory, organisation_sections):
    response = client.get(organisation_sections["DE"].url, follow=True)
    assert response.redirect_chain == [("/en/enterprises/?country=DE", 302)]
    assert titles(response) == ["Bäckerei Sonnenschein", "Handwerkskammer Leipzig"]


def test_hosted_opportunities_are_the_reverse_of_host_organisation(client, directory, sections):
    bakery = directory["bakery"]
    hosted = OpportunityPageFactory(parent=sections["DE"], title="Baker's assistant in Leipzig")
    hosted.host_organisation = bakery
    hosted.save_revision().publish()
    OpportunityPageFactory(parent=sections["DE"], title="Someone else's placement")
    assert [page.title for page in bakery.hosted_opportunities()] == ["Baker's assistant in Leipzig"]
    html = client.get(bakery.url).content.decode()
    assert "Baker&#x27;s assistant in Leipzig" in html
    assert "Someone else" not in html


def test_hosted_opportunities_follow_the_profiles_translation(
    directory, home_page, organisation_index, organisation_sections, opportunity_index, sections, translate
):
    """A translated opportunity keeps pointing at the English profile (a synchronised field);
    the German profile still finds it, in German."""
    bakery = directory["bakery"]
    opportunity = OpportunityPageFactory(parent=sections["DE"], title="Baker's assistant")
    opportunity.host_organisation = bakery
    opportunity.save_revision().publish()
    for page in (home_page, organisation_index, organisation_sections["DE"], bakery, opportunity_index, sections["DE"]):
        translate(page, "de")
    german_opportunity = translate(opportunity, "de", {"Baker's assistant": "Bäckereihelfer/in"})
    german_bakery = bakery.get_translation(Locale.objects.get(language_code="de")).specific
    assert german_opportunity.host_organisation_id == bakery.pk
    assert [page.title for page in german_bakery.hosted_opportunities()] == ["Bäckereihelfer/in"]
    assert [page.title for page in bakery.hosted_opportunities()] == ["Baker's assistant"]


# --- Listing ---------------------------------------------------------------------
def test_listing_shows_every_profile_with_counts(client, directory):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(response) == [
        "Bäckerei Sonnenschein",
        "Handwerkskammer Leipzig",
        "Hotel Mar Azul",
        "Istituto Tecnico Bologna",
    ]
    assert "4 organisations found" in html
    assert re.search(r'value="DE">\s*<label[^>]*>Germany <span class="count">\(2\)</span>', html)
    assert re.search(
        r'value="I">\s*<label[^>]*>Hospitality: hotels, restaurants and catering <span class="count">\(2\)', html
    )
    assert re.search(r'value="vet_provider">\s*<label[^>]*>VET provider <span class="count">\(1\)', html)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("country=DE", ["Bäckerei Sonnenschein", "Handwerkskammer Leipzig"]),
        ("country=de&country=IT", ["Bäckerei Sonnenschein", "Handwerkskammer Leipzig", "Istituto Tecnico Bologna"]),
        ("sector=I", ["Bäckerei Sonnenschein", "Hotel Mar Azul"]),
        ("kind=social_partner", ["Handwerkskammer Leipzig"]),
        ("country=DE&sector=I", ["Bäckerei Sonnenschein"]),
        ("kind=enterprise,vet_provider&sector=P", ["Istituto Tecnico Bologna"]),
    ],
)
def test_listing_filters(client, directory, query, expected):
    assert titles(client.get(f"{URL}?{query}")) == expected


def test_facet_counts_count_each_filter_given_the_others(directory):
    counts = LISTING.count(OrganisationPage.objects.live(), {"country": ["DE"], "sector": [], "kind": ["enterprise"]})
    # Country counts ignore the country filter but honour the kind filter.
    assert counts["country"] == {"DE": 1, "ES": 1}
    # Kind counts ignore the kind filter but honour the country filter.
    assert counts["kind"] == {"enterprise": 1, "social_partner": 1}
    assert counts["sector"] == {"C": 1, "I": 1}


def test_facet_counts_take_two_queries(directory, django_assert_num_queries):
    chosen = {"country": ["DE", "ES"], "sector": ["I"], "kind": ["enterprise"]}
    with django_assert_num_queries(2):
        counts = LISTING.count(OrganisationPage.objects.live(), chosen)
    assert counts["country"]["DE"] == 1 and counts["kind"]["enterprise"] == 2 and counts["sector"]["C"] == 1


def test_unknown_filter_values_are_ignored_with_a_note(client, directory):
    response = client.get(f"{URL}?country=XX&kind=<script>&sector=ZZ")
    assert response.status_code == 200
    html = response.content.decode()
    assert len(titles(response)) == 4
    assert "Unknown value “XX” for “country” was ignored." in html
    assert "<script>" not in html
    assert "&lt;SCRIPT&gt;" in html or "&lt;script&gt;" in html


def test_listing_shows_only_live_profiles_of_the_language(client, directory):
    directory["hotel"].unpublish()
    assert "Hotel Mar Azul" not in titles(client.get(URL))


def test_listing_query_count_does_not_grow_with_the_number_of_profiles(
    client, organisation_sections, django_assert_max_num_queries
):
    def make(n):
        return [EnterprisePageFactory(parent=organisation_sections["DE"], rows__sectors=["C", "I"]) for _ in range(n)]

    make(2)
    client.get(URL)  # warm Wagtail's caches (site root paths, content types)
    with django_assert_max_num_queries(30) as small:
        client.get(URL)
    small_count = len(small.captured_queries)  # read now: the query log keeps only the last 9,000
    make(8)[-1].save_revision().publish()  # saved live by the factory; a publication renews the cached counts
    client.get(URL)  # the new content generation's first request counts again
    with django_assert_max_num_queries(small_count) as large:
        response = client.get(URL)
    assert len(titles(response)) == 10
    assert len(large.captured_queries) == small_count


def test_registration_link_on_the_listing(client, directory):
    assert 'href="/en/enterprises/register/"' in client.get(URL).content.decode()


def test_every_profile_type_is_found_on_one_table(directory):
    assert {type(page.specific) for page in OrganisationPage.objects.all()} == PROFILE_TYPES
    assert Page.objects.type(OrganisationPage).count() == 4


# --- Editing a profile in the admin --------------------------------------------------------
def profile_form_data(**changes):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    data = {
        "title": "Hotel Mar Azul",
        "slug": "hotel-mar-azul",
        "country": "ES",
        "city": "Valencia",
        "address": "",
        "description": rich_text("<p>A hotel by the sea.</p>"),
        "size": "small",
        "sectors": inline_formset([{"sector": "I"}]),
        "languages": inline_formset([{"language": "es"}]),
        "supports": inline_formset([]),
        "commitments": inline_formset([]),
        "website": "",
        "contact_role": "Training manager",
        "contact_email": "",
        "tags": "",
        "seo_title": "",
        "search_description": "",
        "slug_placeholder": "",
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def admin_client(client, organisation_sections):
    from django.contrib.auth.models import User

    from home.testing import verified_login

    verified_login(client, User.objects.create_superuser("admin", "admin@partner.example", "x"))
    return client


def test_an_editor_creates_a_profile_in_the_admin(admin_client, organisation_sections):
    url = f"/admin/pages/add/enterprises/enterprisepage/{organisation_sections['ES'].pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, profile_form_data())
    assert response.status_code == 302
    page = EnterprisePage.objects.get(slug="hotel-mar-azul", locale__language_code="en")
    assert (page.kind, page.country, page.live) == ("enterprise", "ES", False)
    # wagtail-localize makes it exist in every other language, as an alias until translated.
    assert EnterprisePage.objects.filter(slug="hotel-mar-azul", alias_of=page).count() == 5
    assert [row.sector for row in page.get_latest_revision_as_object().sectors.all()] == ["I"]


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"country": "DE"}, "its country must be Spain"),
        ({"sectors": None}, "Each sector can be listed only once."),
    ],
)
def test_profile_editor_rules(admin_client, organisation_sections, changes, message):
    from wagtail.test.utils.form_data import inline_formset

    if changes.get("sectors", "") is None:
        changes["sectors"] = inline_formset([{"sector": "I"}, {"sector": "I"}])
    url = f"/admin/pages/add/enterprises/enterprisepage/{organisation_sections['ES'].pk}/"
    response = admin_client.post(url, profile_form_data(**changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EnterprisePage.objects.filter(slug="hotel-mar-azul").exists()
