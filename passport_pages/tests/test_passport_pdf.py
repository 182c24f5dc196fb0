"""The passport PDF: a real A5 booklet, personalised by ?opportunity=, cached, rate-limited, never a 500.

Rendering tests need weasyprint's system libraries (pango) and poppler-utils'
``pdftotext``/``pdfinfo``/``pdffonts`` (both installed by ``.ci/run``); they
are skipped with the reason when missing. Cache, 404, rate-limit and 503 tests
replace the layout step and run everywhere.
"""

import datetime
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest
from django.template.loader import render_to_string
from wagtail.models import PageViewRestriction

from home.factories import ContentPageFactory
from opportunities.factories import OpportunityPageFactory
from passport_pages import views
from passport_pages.factories import GuidelineCountrySectionPageFactory, GuidelinePageFactory
from passport_pages.pdf import PassportBooklet

pytestmark = pytest.mark.django_db


def _pdf_tools_problem():
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        return f"weasyprint cannot be imported here ({error}); install libpango-1.0-0 libpangoft2-1.0-0"
    for tool in ("pdftotext", "pdfinfo", "pdffonts"):
        if shutil.which(tool) is None:
            return f"{tool} is missing: apt-get install poppler-utils"
    return None


PDF_TOOLS_PROBLEM = _pdf_tools_problem()
requires_pdf_tools = pytest.mark.skipif(PDF_TOOLS_PROBLEM is not None, reason=PDF_TOOLS_PROBLEM or "")


def pdf_text(data):
    """The PDF's text, ligatures (ﬁ, ﬂ) unfolded and whitespace collapsed."""
    text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_info(data):
    out = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True).stdout.decode()
    return dict(re.findall(r"^([^:]+):\s+(.*)$", out, re.M))


UNIT = {
    "title": "Prepare cold dishes",
    "knowledge": "Food hygiene rules",
    "skills": "Cut and plate vegetables",
    "responsibility_autonomy": "Prepares the salad bar alone",
    "esco_uri": "",
}


@pytest.fixture
def placement(home_page, sections, passport_page, guideline_index):
    """An opportunity in Germany with a host page, a unit of learning outcomes, and guidelines around it."""
    host = ContentPageFactory(parent=home_page, title="Hotel Zur Post", slug="hotel-zur-post")
    host.save_revision().publish()
    opportunity = OpportunityPageFactory(
        parent=sections["DE"],
        title="Hotel kitchen in Berlin",
        city="Berlin",
        host_organisation=host,
        contact_email="kitchen@example.org",
        learning_outcomes=[("unit", UNIT)],
        rows__start_dates=[datetime.date(2031, 4, 14)],
    )
    germany = GuidelineCountrySectionPageFactory(parent=guideline_index, country="DE")
    spain = GuidelineCountrySectionPageFactory(parent=guideline_index, country="ES")

    def guideline(parent, title, phase, items, audiences=("trainee",)):
        return GuidelinePageFactory(
            parent=parent,
            title=title,
            phase=phase,
            rows__audiences=list(audiences),
            body=[("checklist", {"title": "", "items": items})],
        )

    return {
        "opportunity": opportunity,
        "host": host,
        "passport": passport_page,
        "before": guideline(guideline_index, "Getting ready", "before", ["Valid ID card", "Insurance card"]),
        "during": guideline(guideline_index, "Your mentor", "during", ["Weekly talk with the mentor"]),
        "after": guideline(germany, "Back in Germany", "after", ["Europass Mobility signed"]),
        "hosts_only": guideline(guideline_index, "Welcoming", "during", ["Name a mentor"], audiences=["host"]),
        "spain_only": guideline(spain, "Living in Spain", "before", ["Learn the siesta hours"]),
    }


# --- Real booklets ------------------------------------------------------------------
@requires_pdf_tools
def test_personalised_booklet_is_an_a5_pdf_with_the_placement_and_checklists(client, placement):
    opportunity = placement["opportunity"]
    response = client.get(f"/en/passport/pdf/?opportunity={opportunity.pk}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="pathway-passport-en-{opportunity.slug}.pdf"'
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    data = response.content
    assert data.startswith(b"%PDF-")

    info = pdf_info(data)
    pages = int(info["Pages"])
    assert pages >= 8 and pages % 4 == 0  # whole folded sheets: cover, contents, placement, three parts, back
    width, height = (float(number) for number in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (148, 210)  # A5, in millimetres
    assert info["Form"] == "AcroForm"  # the fill-in spaces are real form fields
    assert info["Title"] == "Pathway passport: Hotel kitchen in Berlin"
    fonts = subprocess.run(["pdffonts", "-"], input=data, capture_output=True, check=True).stdout.decode()
    assert "DejaVu-Sans" in fonts
    assert all(" yes " in line for line in fonts.splitlines()[2:] if line.strip())  # every font embedded

    text = pdf_text(data)
    for chapter in ("My preparation", "My diary", "Next steps", "Before the stay", "During the stay", "After the stay"):
        assert chapter in text
    for fact in ("Hotel kitchen in Berlin", "Hotel Zur Post", "Berlin, Germany", "2031", "4 to 12 weeks"):
        assert fact in text
    assert "Mobility coordinator: kitchen@example.org" in text
    for unit_text in UNIT.values():
        assert unit_text in text
    # Each phase's checklists for the trainee, network-wide and the host country's own ...
    for item in ("Valid ID card", "Insurance card", "Weekly talk with the mentor", "Europass Mobility signed"):
        assert item in text
    assert text.index("Valid ID card") < text.index("Weekly talk") < text.index("Europass Mobility signed")
    # ... but not those for hosts, nor another country's.
    assert "Name a mentor" not in text and "siesta" not in text


@requires_pdf_tools
def test_polish_booklet_for_an_opportunity_is_in_polish(client, placement, translate, opportunity_index, sections):
    """Done when: a youth worker opens an opportunity, follows its passport link and gets a Polish booklet."""
    translate(placement["passport"].get_parent(), "pl", {"Home": "Strona główna"})
    translate(
        placement["passport"],
        "pl",
        {
            "Pathway passport": "Paszport Pathway",
            "My preparation": "Moje przygotowanie",
            "My diary": "Mój dziennik",
            "Next steps": "Kolejne kroki",
            "Your booklet for the stay abroad.": "Zażółć gęślą jaźń: Straße, café, España",
        },
    )
    translate(placement["before"].get_parent(), "pl", {"Guidelines": "Poradniki"})
    translate(placement["before"], "pl", {"Valid ID card": "Ważny dowód osobisty"})
    translate(opportunity_index, "pl")
    translate(sections["DE"], "pl", {"DE": "Niemcy"})
    polish = translate(placement["opportunity"], "pl", {"Hotel kitchen in Berlin": "Kuchnia hotelowa w Berlinie"})

    link = f'href="/pl/passport/pdf/?opportunity={polish.pk}" rel="nofollow"'
    assert link in client.get(polish.url).content.decode()

    # The English id works too: the Polish translation of the opportunity is used.
    response = client.get(f"/pl/passport/pdf/?opportunity={placement['opportunity'].pk}")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert int(pdf_info(response.content)["Pages"]) % 4 == 0
    text = pdf_text(response.content)
    for polish_text in (
        "Paszport Pathway",
        "Moje przygotowanie",
        "Mój dziennik",
        "Kolejne kroki",
        "Zażółć gęślą jaźń: Straße, café, España",
        "Kuchnia hotelowa w Berlinie",
        "Ważny dowód osobisty",
        "kitchen@example.org",
        "Prepare cold dishes",
    ):
        assert polish_text in text
    assert "Weekly talk" not in text  # that guideline is not in Polish (nor an alias) here


def test_every_fill_in_space_is_a_uniquely_named_form_field(placement):
    booklet = PassportBooklet(placement["passport"], placement["opportunity"])
    html = render_to_string("passport_pages/pdf/booklet.html", booklet.context())
    html += render_to_string("passport_pages/pdf/tail.html", {**booklet.context(), "notes_pages": range(1, 4)})
    names = re.findall(r'<(?:input|textarea)[^>]* name="([^"]+)"', html)
    assert len(names) == len(set(names)) > 10
    assert set(re.findall(r'<label for="([^"]+)"', html)) == set(re.findall(r' id="([^"]+)" name=', html))


# --- Bad ids: 404, never 500 ----------------------------------------------------------
@pytest.mark.parametrize("raw", ["abc", "1.5", "-1", "", " ", "0x10", "1e3", "99999999999999999999", "１２", "1;2"])
def test_malformed_ids_answer_404(client, passport_page, fake_layout, raw):
    response = client.get("/en/passport/pdf/", {"opportunity": raw})
    assert response.status_code == 404
    assert fake_layout == []


def test_unknown_unpublished_private_or_wrong_type_ids_answer_404(client, placement, fake_layout):
    opportunity = placement["opportunity"]
    assert client.get("/en/passport/pdf/?opportunity=987654").status_code == 404
    assert client.get(f"/en/passport/pdf/?opportunity={placement['passport'].pk}").status_code == 404

    PageViewRestriction.objects.create(page=opportunity, restriction_type="password", password="secret")
    assert client.get(f"/en/passport/pdf/?opportunity={opportunity.pk}").status_code == 404
    PageViewRestriction.objects.all().delete()

    opportunity.unpublish()
    assert client.get(f"/en/passport/pdf/?opportunity={opportunity.pk}").status_code == 404
    assert fake_layout == []


# --- Cache and its content version ----------------------------------------------------
def test_cache_hit_and_invalidation_by_every_page_drawn_on(client, placement, fake_layout):
    url = f"/en/passport/pdf/?opportunity={placement['opportunity'].pk}"

    def get():
        response = client.get(url)
        assert response.status_code == 200
        return response.content

    first = get()
    assert get() == first and len(fake_layout) == 1  # cached: no second render

    expected = 1
    for name in ("passport", "opportunity", "host", "before", "during", "after"):
        placement[name].save_revision().publish()
        expected += 1
        assert get() != first
        assert len(fake_layout) == expected, f"publishing {name} must be seen at once"
        get()
        assert len(fake_layout) == expected

    # Pages the booklet does not draw on change nothing.
    placement["hosts_only"].save_revision().publish()
    placement["spain_only"].save_revision().publish()
    get()
    assert len(fake_layout) == expected

    # A guideline added or unpublished changes the booklet.
    GuidelinePageFactory(parent=placement["before"].get_parent(), phase="after")
    get()
    placement["during"].unpublish()
    get()
    assert len(fake_layout) == expected + 2

    # Each language and each opportunity is a booklet of its own.
    client.get("/en/passport/pdf/")
    assert len(fake_layout) == expected + 3


def test_etag_lets_browsers_revalidate(client, placement, fake_layout):
    url = f"/en/passport/pdf/?opportunity={placement['opportunity'].pk}"
    response = client.get(url)
    assert "no-cache" in response["Cache-Control"]
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    placement["passport"].save_revision().publish()
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 200


# --- Rate limit and missing libraries ---------------------------------------------------
def test_renders_are_rate_limited_but_cached_booklets_are_served(client, passport_page, fake_layout):
    for _render in range(views.PDF_RATE_LIMIT):
        passport_page.save_revision().publish()  # a new version: a real render each time
        assert client.get("/en/passport/pdf/").status_code == 200
    assert client.get("/en/passport/pdf/").status_code == 200  # cached: not counted

    passport_page.save_revision().publish()
    response = client.get("/en/passport/pdf/")
    assert response.status_code == 429
    assert response["Retry-After"] == str(views.PDF_RATE_WINDOW)
    assert "Please wait a few minutes" in response.content.decode()
    assert len(fake_layout) == views.PDF_RATE_LIMIT


def test_without_weasyprint_the_pdf_answers_503_and_the_site_runs(client, passport_page, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` now raises ImportError
    response = client.get("/en/passport/pdf/")
    assert response.status_code == 503
    html = response.content.decode()
    assert "apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core" in html
    assert 'href="/en/passport/"' in html
    assert client.get("/en/passport/").status_code == 200
