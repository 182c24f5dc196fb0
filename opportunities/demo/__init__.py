"""Demo opportunities: every role of ``opportunities.yaml`` placed in every host country.

The roles, host countries and English texts are in ``opportunities.yaml`` (beside this
module), their translations in ``opportunities/locale/<language>/LC_MESSAGES/demo.po``
(see ``home.demo_catalogue``). Deterministic (seeded per page), idempotent (found by
slug before being made), translated into every language through wagtail-localize, one
page at a time. Deadlines are relative to today, so the demo never goes stale; a few are closed.
"""

import datetime
import random

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from home import vocabularies as vocab
from home.demo_catalogue import load_data, translate_pages

from ..models import (
    OpportunityCommitment,
    OpportunityLanguage,
    OpportunityPage,
    OpportunityStartPeriod,
    OpportunitySupport,
)
from ..sections import setup

APP = "opportunities"
SMALL_ROLES = 1  # size="small" (tests): one role per country


def data():
    return load_data(APP)


def _slug(role, country):
    return f"{role['key']}-{country.lower()}"


def _paragraph(text):
    return f"<p>{escape(text)}</p>"


def _values(content, role, country, position):
    """The synchronised facts of one opportunity, from a generator seeded by its slug."""
    rng = random.Random(f"{content['seed']}-{_slug(role, country)}")
    today = timezone.localdate()
    closed = position % 11 == 5  # a few closed ones, still reachable
    deadline = today + datetime.timedelta(days=-rng.randint(5, 60) if closed else rng.randint(14, 200))
    first_start = deadline + datetime.timedelta(days=rng.randint(30, 75))
    host = content["countries"][country]
    city, region = host["cities"][position % len(host["cities"])]
    supports = sorted(rng.sample(vocab.codes(vocab.SUPPORT), rng.randint(2, 6)))
    if position % 3 == 0 and "accompanying_person" not in supports:
        supports.append("accompanying_person")
    commitments = sorted(rng.sample(vocab.codes(vocab.QUALITY_PRINCIPLES), rng.randint(4, 10)))
    host_language = host["language"]
    languages = [(host_language, rng.choice(["A1", "A2", "B1"]))]
    second = content["second_language"]  # some placements also accept a common working language
    if host_language != second and rng.random() < 0.4:
        languages.append((second, rng.choice(["A2", "B1"])))
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


def role_texts(content, role):
    """Every translatable text of a role's page, in English."""
    unit = role["unit"]
    common = content["common"]
    return [
        role["title"],
        role["summary"],
        role["keywords"],
        unit["title"],
        unit["knowledge"],
        unit["skills"],
        unit["autonomy"],
        common["costs_covered"],
        common["how_to_apply"],
        common["contact_role"],
    ]


def roles(content, size="full"):
    return content["roles"] if size == "full" else content["roles"][:SMALL_ROLES]


def source_texts(size="full"):
    """Every English text the builder translates."""
    content = data()
    return [text for role in roles(content, size) for text in role_texts(content, role)]


@transaction.atomic
def ensure_opportunity(content, section, role, position):
    slug = _slug(role, section.country)
    page = OpportunityPage.objects.child_of(section).filter(slug=slug).first()
    if page is not None:
        return page, False
    values = _values(content, role, section.country, position)
    unit = role["unit"]
    common = content["common"]
    page = OpportunityPage(
        title=role["title"],
        slug=slug,
        summary=role["summary"],
        search_keywords=role["keywords"],
        learning_outcomes=[
            (
                "unit",
                {
                    "title": unit["title"],
                    "knowledge": unit["knowledge"],
                    "skills": unit["skills"],
                    "responsibility_autonomy": unit["autonomy"],
                    "esco_uri": unit.get("esco") or "",
                },
            )
        ],
        costs_covered=_paragraph(common["costs_covered"]),
        how_to_apply=_paragraph(common["how_to_apply"]),
        contact_role=common["contact_role"],
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
    content = data()
    _index, sections = setup(log=log)
    chosen = roles(content, size)
    made = []
    for country_position, section in enumerate(sections.values()):
        for role_position, role in enumerate(chosen):
            position = country_position * len(chosen) + role_position
            page, _created = ensure_opportunity(content, section, role, position)
            made.append((page, role))
    log(f"opportunities: {len(made)} opportunities in {settings.LANGUAGE_CODE} across {len(sections)} countries")
    translate_pages(APP, [(page, role_texts(content, role)) for page, role in made], log, every=24)
    return made
