"""The personalised passport lists what the placement offers and asks: its support and its
languages (alternatives), in the booklet's language. Rendered as HTML, so no PDF tools needed;
test_passport_pdf.py checks the laid-out PDF."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from opportunities.factories import OpportunityPageFactory
from passport_pages.pdf import PassportBooklet

pytestmark = pytest.mark.django_db


def booklet_html(passport, opportunity):
    booklet = PassportBooklet(passport, opportunity)
    with translation.override(booklet.locale.language_code):
        return render_to_string("passport_pages/pdf/booklet.html", booklet.context())


def test_the_placement_page_lists_its_support_and_languages(sections, passport_page):
    opportunity = OpportunityPageFactory(
        parent=sections["DE"],
        rows__languages=[("de", "A2"), ("en", "B1")],
        rows__supports=["accompanying_person", "local_buddy"],
    )
    page = booklet_html(passport_page, opportunity)
    placement = page[page.index('id="placement"') :]
    assert "Support you get" in placement
    assert "Accompanying person, Local buddy" in placement
    assert "German at level A2 or above or English at level B1 or above" in placement


def test_without_support_or_languages_it_says_so(sections, passport_page):
    opportunity = OpportunityPageFactory(parent=sections["DE"])
    placement = booklet_html(passport_page, opportunity)
    assert "No language level required" in placement
    assert "Support you get" not in placement
