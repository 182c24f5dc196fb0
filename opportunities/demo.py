"""Demo opportunities: every role of ``demo_data.ROLES`` placed in every host country.

Deterministic (seeded per page), idempotent (found by slug before being made),
translated into every language through wagtail-localize, one page at a time.
Deadlines are relative to today, so the demo never goes stale; a few are closed.
"""

import datetime
import random

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from home import vocabularies as vocab
from home.translation import translate_page

from .demo_data import COMMON, ROLES
from .models import (
    OpportunityCommitment,
    OpportunityLanguage,
    OpportunityPage,
    OpportunityStartPeriod,
    OpportunitySupport,
)
from .sections import setup

CITIES = {
    "DE": [("München", "Bayern"), ("Leipzig", "Sachsen"), ("Hamburg", ""), ("Köln", "Nordrhein-Westfalen")],
    "ES": [("Valencia", "Comunitat Valenciana"), ("Sevilla", "Andalucía"), ("Bilbao", "País Vasco")],
    "IT": [("Bologna", "Emilia-Romagna"), ("Torino", "Piemonte"), ("Bari", "Puglia")],
    "PL": [("Kraków", "Małopolska"), ("Gdańsk", "Pomorze"), ("Wrocław", "Dolny Śląsk")],
    "FR": [("Lyon", "Auvergne-Rhône-Alpes"), ("Nantes", "Pays de la Loire"), ("Lille", "Hauts-de-France")],
    "IE": [("Cork", "Munster"), ("Galway", "Connacht"), ("Dublin", "Leinster")],
}
HOST_LANGUAGE = {"DE": "de", "ES": "es", "IT": "it", "PL": "pl", "FR": "fr", "IE": "en"}
SEED = 2026


def _slug(role, country):
    return f"{role['key']}-{country.lower()}"


def _paragraph(text):
    from django.utils.html import escape

    return f"<p>{escape(text)}</p>"


def _values(role, country, position):
    """The synchronised facts of one opportunity, from a generator seeded by its slug."""
    rng = random.Random(f"{SEED}-{_slug(role, country)}")
    today = timezone.localdate()
    closed = position % 11 == 5  # a few closed ones, still reachable
    deadline = today + datetime.timedelta(days=-rng.randint(5, 60) if closed else rng.randint(14, 200))
    first_start = deadline + datetime.timedelta(days=rng.randint(30, 75))
    city, region = CITIES[country][position % len(CITIES[country])]
    supports = sorted(rng.sample(vocab.codes(vocab.SUPPORT), rng.randint(2, 6)))
    if position % 3 == 0 and "accompanying_person" not in supports:
        supports.append("accompanying_person")
    commitments = sorted(rng.sample(vocab.codes(vocab.QUALITY_PRINCIPLES), rng.randint(4, 10)))
    host_language = HOST_LANGUAGE[country]
    languages = [(host_language, rng.choice(["A1", "A2", "B1"]))]
    if host_language != "en" and rng.random() < 0.4:
        languages.append(("en", rng.choice(["A2", "B1"])))
    return {
        "fields": {
            "country": country,
            "city": city,
            "region": region,
            "sector": role["sector"],
            "field_of_education": role["field"],
            "opportunity_type": role["type"],
            "eqf_min": role["eqf"][0],
            "eqf_max": role["eqf"][1],
            "duration_min_weeks": role["weeks"][0],
            "duration_max_weeks": role["weeks"][1],
            "application_deadline": deadline,
            "places": rng.randint(1, 4),
            "age_min": rng.choice([16, 17, 18]),
            "age_max": rng.choice([25, 27, 29]),
            "contact_email": f"mobility-{country.lower()}@vetpathway.example",
        },
        "starts": [first_start, first_start + datetime.timedelta(days=rng.choice([91, 182]))],
        "languages": languages,
        "supports": supports,
        "commitments": commitments,
        "tags": [role["key"].split("-")[0], vocab.label(vocab.SECTORS, role["sector"]).split(":")[0].split(",")[0]],
    }


def _texts(role):
    """Every translatable text of the page, as {language: text} dicts (English first)."""
    unit = role["unit"]
    return [
        role["title"],
        role["summary"],
        role["keywords"],
        unit["title"],
        unit["knowledge"],
        unit["skills"],
        unit["autonomy"],
        COMMON["costs_covered"],
        COMMON["how_to_apply"],
        COMMON["contact_role"],
    ]


@transaction.atomic
def ensure_opportunity(section, role, position):
    slug = _slug(role, section.country)
    page = OpportunityPage.objects.child_of(section).filter(slug=slug).first()
    if page is not None:
        return page, False
    values = _values(role, section.country, position)
    unit = role["unit"]
    page = OpportunityPage(
        title=role["title"]["en"],
        slug=slug,
        summary=role["summary"]["en"],
        search_keywords=role["keywords"]["en"],
        learning_outcomes=[
            (
                "unit",
                {
                    "title": unit["title"]["en"],
                    "knowledge": unit["knowledge"]["en"],
                    "skills": unit["skills"]["en"],
                    "responsibility_autonomy": unit["autonomy"]["en"],
                    "esco_uri": unit.get("esco") or "",
                },
            )
        ],
        costs_covered=_paragraph(COMMON["costs_covered"]["en"]),
        how_to_apply=_paragraph(COMMON["how_to_apply"]["en"]),
        contact_role=COMMON["contact_role"]["en"],
        **values["fields"],
    )
    page.start_periods = [OpportunityStartPeriod(start_date=d) for d in values["starts"]]
    page.languages = [OpportunityLanguage(language=c, min_level=lvl) for c, lvl in values["languages"]]
    page.supports = [OpportunitySupport(support=s) for s in values["supports"]]
    page.commitments = [OpportunityCommitment(principle=p) for p in values["commitments"]]
    section.add_child(instance=page)
    page.tags.add(*values["tags"])
    page.save_revision().publish()
    return page, True


def build(log=print, size="full"):
    """Create the opportunities: every role in every host country; ``size="small"``, one role (for tests)."""
    _index, sections = setup(log=log)
    roles = ROLES if size == "full" else ROLES[:1]
    made = []
    for country_position, section in enumerate(sections.values()):
        for role_position, role in enumerate(roles):
            page, _created = ensure_opportunity(section, role, country_position * len(roles) + role_position)
            made.append((page, role))
    log(f"opportunities: {len(made)} opportunities in {settings.LANGUAGE_CODE} across {len(sections)} countries")

    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code"):
        translated = set(
            Page.objects.filter(locale=locale, alias_of__isnull=True).values_list("translation_key", flat=True)
        )
        done = 0
        for page, role in made:
            if page.translation_key not in translated:
                strings = {
                    text["en"]: text[locale.language_code] for text in _texts(role) if locale.language_code in text
                }
                translate_page(page, locale, strings)
            done += 1
            if done % 24 == 0 or done == len(made):
                log(f"opportunities: {done} of {len(made)} translated into {locale.language_code}")
    return made
