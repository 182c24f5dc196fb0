"""The online passport page: chapters by phase, a print stylesheet, the PDF link, translation."""

import pytest
from django.contrib.staticfiles import finders

from passport_pages.models import PassportPage

pytestmark = pytest.mark.django_db


def test_passport_page_shows_chapters_by_phase_and_links_the_pdf(client, passport_page):
    response = client.get("/en/passport/")
    assert response.status_code == 200
    html = response.content.decode()
    main = html.split("<main")[1].split("</main>")[0]
    assert main.index("Before the stay") < main.index("My preparation") < main.index("During the stay")
    assert main.index("My diary") < main.index("After the stay") < main.index("Next steps")
    assert 'href="/en/passport/pdf/" rel="nofollow"' in main
    assert '<span class="tick-box" aria-hidden="true"></span>' in main
    assert 'class="write-space write-space--lines lines-4"' in main
    assert 'class="write-space write-space--box lines-6"' in main
    assert "Keep this booklet with you." in main


def test_passport_page_prints_with_its_own_a5_stylesheet(client, passport_page):
    html = client.get("/en/passport/").content.decode()
    assert '<link rel="stylesheet" href="/static/passport_pages/passport_print.css" media="print">' in html
    assert '<body class="passport-page">' in html
    with open(finders.find("passport_pages/passport_print.css"), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    assert "size: A5" in css and ".passport__actions" in css and "print-color-adjust: exact" in css


def test_chapters_by_phase_leaves_out_empty_phases(passport_page):
    passport_page.chapters = [c for c in passport_page.chapters.raw_data if c["value"]["phase"] != "during"]
    passport_page.save_revision().publish()
    page = PassportPage.objects.get(pk=passport_page.pk)
    assert [phase["code"] for phase in page.chapters_by_phase()] == ["before", "after"]
    assert [c["title"] for c in page.chapters_by_phase()[0]["chapters"]] == ["My preparation"]


def test_editors_translate_the_passport_per_locale(client, translated_home, passport_page, translate):
    german = translate(
        passport_page,
        "de",
        {"Pathway passport": "Pathway-Pass", "My diary": "Mein Tagebuch", "My first week": "Meine erste Woche"},
    )
    assert german.slug == "passport"
    chapters = german.chapters_by_phase()
    assert [phase["code"] for phase in chapters] == ["before", "during", "after"]  # phases are codes, kept
    diary = chapters[1]["chapters"][0]
    assert diary["title"] == "Mein Tagebuch"
    assert [(p["text"], p["space"], p["lines"]) for p in diary["prompts"]] == [("Meine erste Woche", "box", 6)]
    html = client.get("/de/passport/").content.decode()
    assert "<h1>Pathway-Pass</h1>" in html and 'href="/de/passport/pdf/" rel="nofollow"' in html
