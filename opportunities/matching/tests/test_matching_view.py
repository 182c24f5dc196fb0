"""/<lang>/match/: the form (GET), results (POST only), two interface languages, privacy, query budget."""

import logging
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from opportunities.matching.models import MatchEntry

pytestmark = pytest.mark.django_db
URL = "/en/match/"


def html(response):
    return response.content.decode()


def result_titles(page, section_id):
    """Titles of the cards inside the section labelled ``section_id``."""
    match = re.search(rf'aria-labelledby="{section_id}">(.*?)</section>', page, re.S)
    return re.findall(r"<h3>(?:<a [^>]+>)?([^<]+)", match.group(1)) if match else []


def assert_no_store(response):
    assert "no-store" in response["Cache-Control"]


def test_get_shows_the_empty_accessible_form(client, home_page):
    response = client.get(URL)
    assert response.status_code == 200
    assert_no_store(response)
    page = html(response)
    assert '<html lang="en"' in page
    assert 'method="post" action="/en/match/"' in page
    assert page.count("<fieldset") >= 8 and page.count("<legend>") == page.count("<fieldset")
    for name in ("destination_countries", "sectors", "support_needs", "weights"):
        assert f'name="{name}"' in page
    for name in ("keywords", "age", "eqf_level", "available_from", "max_weeks"):
        assert f'<label for="id_{name}">' in page and f'id="id_{name}"' in page
    assert page.count('name="languages"') == 3 and page.count('name="language_levels"') == 3
    assert 'for="id_languages_1"' in page and 'for="id_language_levels_3"' in page
    assert 'aria-describedby="id_keywords_helptext"' in page
    assert "<script>" not in page and "style=" not in page


def test_get_prefills_country_and_sector_codes_only(client, home_page):
    response = client.get(URL + "?destination_countries=DE&sectors=I&sectors=zz&age=19&country=es")
    page = html(response)
    assert re.search(r'value="DE"[^>]*checked', page)
    assert re.search(r'value="ES"[^>]*checked', page)
    assert re.search(r'name="sectors" value="I"[^>]*checked', page)
    assert 'value="19"' not in page  # nothing else about the visitor is taken from a URL


def test_post_ranks_with_reasons_and_lists_near_misses_apart(client, match_catalogue, example_trainee):
    response = client.post(URL, example_trainee)
    assert response.status_code == 200
    assert_no_store(response)
    page = html(response)
    assert result_titles(page, "results-heading") == ["Hotel reception in Valencia"]  # not the farm in Italy
    assert "Organic farm in Tuscany" not in page and "other-heading" not in page
    assert result_titles(page, "near-heading") == [
        "Bakery in Leipzig",  # 100, deadline passed 3 days ago
        "Hotel kitchen in Berlin",  # 100, deadline in 15 days
        "Restaurant in Munich",  # 100, deadline in 25 days
        "Café in Hamburg",  # 75: the support needed is missing
    ]
    assert "Hotel in Dresden" not in page  # fails two constraints
    for constraint in ("support", "language", "duration", "deadline"):
        assert f'data-constraint="{constraint}"' in page
    assert "It is in Spain, a country you chose." in page
    assert "It offers the support you need: Accompanying person." in page
    assert "Your English (B1) is enough: it asks for B1." in page
    assert "It asks for German at B1." in page
    assert "% match" in page
    assert 'href="http://localhost/en/opportunities/es/' in page
    # What the trainee told us is on the printable page, and only there.
    assert "What you told us" in page and "Accompanying person" in page
    assert 'media="print"' in page or "matching.css" in page


def test_change_your_answers_posts_them_back_into_the_form(client, match_catalogue):
    sent = {
        "destination_countries": ["DE"],
        "age": "19",
        "languages": ["", "en"],
        "language_levels": ["", "B1"],
        "keywords": "cook",
    }
    page = html(client.post(URL, sent))
    button = re.search(
        r'<form class="match-change no-print" method="post" action="/en/match/">(.*?)</form>', page, re.S
    )
    hidden = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', button.group(1))
    assert ("age", "19") in hidden and ("keywords", "cook") in hidden and ("edit", "1") in hidden
    data = {}
    for name, value in hidden:
        if name != "csrfmiddlewaretoken":
            data.setdefault(name, []).append(value)
    response = client.post(URL, data)
    assert_no_store(response)
    form = html(response)
    assert "results-heading" not in form and "error-summary" not in form
    assert re.search(r'value="DE" id="id_destination_countries_\d+" checked', form)
    assert 'name="age" value="19"' in form and 'value="cook"' in form
    assert '<option value="en" selected>' in form and '<option value="B1" selected>' in form


def test_post_with_nothing_given_lists_every_open_placement(client, match_catalogue):
    page = html(client.post(URL, {}))
    assert len(result_titles(page, "results-heading")) == 6


def test_errors_are_listed_and_linked_to_their_fields(client, home_page):
    response = client.post(
        URL,
        {"age": "nine", "languages": ["de", "en"], "language_levels": ["", "B1"], "destination_countries": ["XX"]},
    )
    assert response.status_code == 200
    assert_no_store(response)
    page = html(response)
    assert 'class="error-summary" role="alert"' in page
    assert (
        'href="#id_age"' in page and 'href="#id_languages_1"' in page and 'href="#id_destination_countries_0"' in page
    )
    assert re.search(
        r'<input[^>]*aria-describedby="id_age_error"[^>]*aria-invalid="true"|<input[^>]*aria-invalid="true"[^>]*aria-describedby="id_age_error"',
        page,
    ) or ('aria-invalid="true"' in page and 'id="id_age_error"' in page)
    assert 'id="id_languages_error"' in page and "Choose your level for German." in page
    # The rows keep what was sent.
    assert re.search(r'<option value="en" selected>', page)


def test_only_get_and_post(client, home_page):
    assert client.put(URL).status_code == 405


def test_the_form_posts_are_rate_limited(client, home_page):
    statuses = [client.post(URL, {"age": "19"}).status_code for _ in range(31)]
    assert statuses[:30] == [200] * 30 and statuses[30] == 429


def test_nothing_is_logged_stored_or_put_in_a_session(client, match_catalogue, caplog):
    caplog.set_level(logging.DEBUG)
    entries = MatchEntry.objects.count()
    response = client.post(URL, {"keywords": "confidentialword", "age": "19"})
    assert "confidentialword" in html(response)
    assert "confidentialword" not in caplog.text
    assert "sessionid" not in response.cookies
    assert MatchEntry.objects.count() == entries


def test_german_interface(client, match_catalogue, example_trainee, locales):
    """/de/match/ in the German interface, matching the German tree (here aliases of the English pages)."""
    from wagtail_localize.synctree import synchronize_tree

    synchronize_tree(locales["en"], locales["de"])
    get = client.get("/de/match/")
    assert get.status_code == 200
    assert '<html lang="de"' in html(get)
    assert 'action="/de/match/"' in html(get)
    response = client.post("/de/match/", example_trainee)
    assert_no_store(response)
    page = html(response)
    assert '<html lang="de"' in page
    assert len(result_titles(page, "results-heading")) == 1
    assert len(result_titles(page, "near-heading")) == 4
    assert 'href="http://localhost/de/opportunities/es/' in page
    assert 'href="http://localhost/en/' not in page


def test_detail_page_links_to_a_prefilled_form(client, match_catalogue):
    page = html(client.get(match_catalogue["es_hotel"].url))
    assert 'href="/en/match/?destination_countries=ES&amp;sectors=I"' in page


@pytest.mark.parametrize("size", [10, 60])
def test_query_count_does_not_grow_with_the_number_of_opportunities(client, sections, locales, size, example_trainee):
    from bench import bulk

    bulk.load(size, locales["en"], log=lambda *a: None, index=False)
    profile = dict(example_trainee, languages=["en:B1", "de:B2", "es:B2"], support_needs=[])
    client.post(URL, profile)  # warm the site-root cache
    with CaptureQueriesContext(connection) as queries:
        response = client.post(URL, profile)
    assert response.status_code == 200
    assert result_titles(html(response), "results-heading")
    assert len(queries) == MATCH_VIEW_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)


# The locale; the candidates and the near misses (one query each); the result pages'
# URLs. base.html's home translations, the site and the navigation come from
# home.content_cache (read by the warm-up request).
MATCH_VIEW_QUERIES = 4
