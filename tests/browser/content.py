"""One compact site for the browser tests, in English and German, built with the factories.

Every page type a visitor sees exists once and is translated into German through
wagtail-localize (``home.translation.translate_page``, one page per transaction:
translations are published on commit, and in these tests commits really happen).
"""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Page, Site

from enterprises.factories import (
    EnterprisePageFactory,
    OrganisationCountrySectionPageFactory,
    OrganisationIndexPageFactory,
)
from home.factories import ContentPageFactory, HomePageFactory
from home.locales import sync_locales
from home.translation import translate_page
from opportunities.factories import CountrySectionPageFactory, OpportunityIndexPageFactory, OpportunityPageFactory
from passport_pages.factories import (
    GuidelineCountrySectionPageFactory,
    GuidelineIndexPageFactory,
    GuidelinePageFactory,
    PassportPageFactory,
    QualityCharterPageFactory,
)

OTHER_LANGUAGE = "de"
LANGUAGES = ("en", OTHER_LANGUAGE)

# Source text (or a segment's context) -> German.
GERMAN = {
    "Home": "Startseite",
    "Your vocational training abroad starts here": "Deine Berufsausbildung im Ausland beginnt hier",
    "Find a placement in another European country.": "Finde einen Praktikumsplatz in einem anderen Land Europas.",
    "Privacy notice": "Datenschutzerklärung",
    "What we store and why.": "Was wir speichern und warum.",
    "Opportunities": "Angebote",
    "Placements abroad for trainees.": "Praktika im Ausland für Auszubildende.",
    "Germany": "Deutschland",
    "Spain": "Spanien",
    "Hotel kitchen in Berlin": "Hotelküche in Berlin",
    "Hotel reception in Valencia": "Hotelrezeption in Valencia",
    "Metalwork in Stuttgart": "Metallbau in Stuttgart",
    "Work in a team and learn the trade.": "Arbeite im Team und lerne den Beruf.",
    "Mobility coordinator": "Mobilitätskoordinatorin",
    "Enterprises and social partners": "Unternehmen und Sozialpartner",
    "Host organisations in every partner country.": "Gastorganisationen in allen Partnerländern.",
    "Maschinenbau Schwarz GmbH": "Maschinenbau Schwarz GmbH",
    "We build machines and train apprentices.": "Wir bauen Maschinen und bilden Lehrlinge aus.",
    "Training manager": "Ausbildungsleiterin",
    "Guidelines": "Leitfäden",
    "Support before, during and after your stay.": "Unterstützung vor, während und nach deinem Aufenthalt.",
    "Your mentor abroad": "Deine Mentorin im Ausland",
    "What to do and why.": "Was zu tun ist und warum.",
    "Your mentor abroad: checklist": "Deine Mentorin im Ausland: Checkliste",
    "First thing": "Als Erstes",
    "Second thing": "Als Zweites",
    "Quality charter": "Qualitätscharta",
    "What every partner commits to.": "Wozu sich jeder Partner verpflichtet.",
    "Information": "Information",
    "Clear.": "Klar und verständlich.",
    "Mentoring": "Begleitung",
    "A mentor for you.": "Eine Mentorin für dich.",
    "Pathway passport": "Pathway-Pass",
    "Your booklet for the stay abroad.": "Dein Heft für den Aufenthalt im Ausland.",
    "Keep this booklet with you.": "Hab dieses Heft immer dabei.",
    "My preparation": "Meine Vorbereitung",
    "Tick what is done.": "Hake ab, was erledigt ist.",
    "My passport is valid": "Mein Reisepass ist gültig",
    "What I want to learn": "Was ich lernen will",
    "My diary": "Mein Tagebuch",
    "My first week": "Meine erste Woche",
    "Next steps": "Nächste Schritte",
    "What I will do next": "Was ich als Nächstes tue",
}


def build(port=80):
    """Build the site, served on ``localhost:port``; returns ``{name: English page}`` (German: ``german(page)``).

    The site's port is the live server's, so that absolute links (the matching results'
    links, canonical and hreflang) lead back to it.
    """
    sync_locales()
    english = Locale.objects.get(language_code="en")
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, locale=english)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=port, root_page=home, is_default_site=True, site_name="VET Pathway")

    pages = {"home": home}
    pages["privacy"] = _publish(
        ContentPageFactory(
            parent=home,
            title="Privacy notice",
            slug="privacy",
            introduction="What we store and why.",
            show_in_footer=True,
        )
    )
    listing = OpportunityIndexPageFactory(parent=home, show_in_menus=True)
    listing.introduction = "Placements abroad for trainees."
    pages["listing"] = _publish(listing)
    pages["section_de"] = _publish(CountrySectionPageFactory(parent=listing, country="DE", title="Germany"))
    pages["section_es"] = _publish(CountrySectionPageFactory(parent=listing, country="ES", title="Spain"))

    organisations = _publish(
        OrganisationIndexPageFactory(
            parent=home, show_in_menus=True, introduction="Host organisations in every partner country."
        )
    )
    pages["organisations"] = organisations
    pages["organisation_section"] = _publish(
        OrganisationCountrySectionPageFactory(parent=organisations, country="DE", title="Germany")
    )
    pages["organisation"] = EnterprisePageFactory(
        parent=pages["organisation_section"],
        title="Maschinenbau Schwarz GmbH",
        slug="maschinenbau-schwarz",
        rows__sectors=["C", "I"],
        rows__languages=["de", "en"],
        rows__supports=["accompanying_person"],
        rows__commitments=["mentoring"],
    )

    today = timezone.localdate()
    person = ["accompanying_person"]
    pages["opportunity"] = OpportunityPageFactory(
        parent=pages["section_de"],
        title="Hotel kitchen in Berlin",
        slug="hotel-kitchen-berlin",
        sector="I",
        host_organisation=pages["organisation"],
        application_deadline=today + datetime.timedelta(days=20),
        rows__languages=[("en", "B1")],
        rows__supports=person,
    )
    pages["opportunity_es"] = OpportunityPageFactory(
        parent=pages["section_es"],
        title="Hotel reception in Valencia",
        slug="hotel-reception-valencia",
        country="ES",
        city="Valencia",
        sector="I",
        application_deadline=today + datetime.timedelta(days=25),
        rows__languages=[("en", "A2")],
        rows__supports=person + ["local_buddy"],
    )
    pages["opportunity_other_sector"] = OpportunityPageFactory(
        parent=pages["section_de"],
        title="Metalwork in Stuttgart",
        slug="metalwork-stuttgart",
        city="Stuttgart",
        sector="C",
        application_deadline=today + datetime.timedelta(days=10),
    )

    guidelines = _publish(GuidelineIndexPageFactory(parent=home, show_in_menus=True))
    pages["guidelines"] = guidelines
    pages["guideline_section"] = _publish(
        GuidelineCountrySectionPageFactory(parent=guidelines, country="DE", title="Germany")
    )
    pages["guideline"] = GuidelinePageFactory(
        parent=pages["guideline_section"], title="Your mentor abroad", slug="your-mentor"
    )
    pages["charter"] = _publish(QualityCharterPageFactory(parent=home))
    pages["passport"] = _publish(PassportPageFactory(parent=home, show_in_menus=True))

    # Parents before children, one page (and one transaction) at a time.
    for page in pages.values():
        translate_page(page, OTHER_LANGUAGE, GERMAN)
    return pages


def german(page):
    return page.get_translation(Locale.objects.get(language_code=OTHER_LANGUAGE)).specific


def _publish(page):
    page.save_revision().publish()
    return page
