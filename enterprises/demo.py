"""Demo content of the enterprises app: the organisations index, a section per host
country and two profiles per country, in every language; and some demo
opportunities linked to their host organisation.

Deterministic and idempotent: pages are found by slug before they are made, a page
already translated into a locale is left as it is, and an opportunity that already
names a host keeps it. Texts (with their translations) are in ``demo_data``.
"""

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Revision

from home.translation import is_translated, translate_page

from . import sections as tree
from .demo_data import INDEX, PROFILES, ROLES
from .models import (
    PROFILE_MODELS,
    OrganisationCommitment,
    OrganisationLanguage,
    OrganisationPage,
    OrganisationSector,
    OrganisationSupport,
)

SMALL_PROFILES = 1  # size="small" (tests): the first profile only
OPPORTUNITIES_PER_PROFILE = 2


@transaction.atomic
def ensure_profile(section, data):
    page = OrganisationPage.objects.child_of(section).filter(slug=data["slug"]).first()
    if page is not None:
        return page.specific, False
    model = PROFILE_MODELS[data["kind"]]
    extra = {name: data[name] for name in ("partner_type", "mobility_role") if name in data}
    domain = f"{data['slug']}.example"
    page = model(
        title=data["title"],
        slug=data["slug"],
        country=data["country"],
        city=data["city"],
        size=data["size"],
        description=f"<p>{escape(data['description']['en'])}</p>",
        website=f"https://www.{domain}/",
        contact_role=ROLES[data["role"]]["en"],
        contact_email=f"mobility@{domain}",
        **extra,
    )
    page.sectors = [OrganisationSector(sector=code) for code in data["sectors"]]
    page.languages = [OrganisationLanguage(language=code) for code in data["languages"]]
    page.supports = [OrganisationSupport(support=code) for code in data["supports"]]
    page.commitments = [OrganisationCommitment(principle=code) for code in data["commitments"]]
    section.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def link_opportunities(profiles, log):
    """Name each profile as host of up to two demo opportunities of its country (preferring its
    sectors), in every language; opportunities that already name a host are left alone."""
    try:
        from opportunities.models import OpportunityPage
    except ImportError:  # the opportunities app is not installed
        return 0
    english = settings.LANGUAGE_CODE
    linked = 0
    for profile in profiles:
        if profile.kind == "social_partner":
            continue
        if OpportunityPage.objects.filter(locale__language_code=english, host_organisation=profile).exists():
            continue
        sectors = list(profile.sectors.values_list("sector", flat=True))
        free = OpportunityPage.objects.filter(
            locale__language_code=english, alias_of__isnull=True, country=profile.country, host_organisation=None
        )
        chosen = list(free.filter(sector__in=sectors).order_by("pk")[:OPPORTUNITIES_PER_PROFILE])
        if not chosen:
            chosen = list(free.order_by("pk")[:1])
        profile_by_locale = {
            page.locale_id: page.pk for page in Page.objects.filter(translation_key=profile.translation_key)
        }
        for opportunity in chosen:
            # host_organisation is synchronised: set it on every language's copy (and its latest
            # revision, so that the next edit keeps it), each pointing at the profile in that language.
            for copy in OpportunityPage.objects.filter(translation_key=opportunity.translation_key):
                host = profile_by_locale.get(copy.locale_id, profile.pk)
                OpportunityPage.objects.filter(pk=copy.pk).update(host_organisation=host)
                revision = Revision.objects.filter(pk=copy.latest_revision_id).first()
                if revision is not None:
                    revision.content["host_organisation"] = host
                    revision.save(update_fields=["content"])
            linked += 1
    if linked:
        log(f"enterprises: {linked} demo opportunities now name their host organisation")
    return linked


def build(log=print, size="full"):
    """Create the tree and the profiles in English, translate them, link opportunities."""
    index_texts = {name: INDEX[name] for name in ("title", "introduction", "register_introduction")}
    _index, sections = tree.setup(log=log, index_texts=index_texts)
    chosen = PROFILES if size == "full" else PROFILES[:SMALL_PROFILES]
    made = [(ensure_profile(sections[data["country"]], data)[0], data) for data in chosen]
    log(f"enterprises: {len(made)} organisation profiles in {settings.LANGUAGE_CODE}")

    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code"):
        done = 0
        for page, data in made:
            # One transaction per page: translating a parent and child together breaks the tree.
            if not is_translated(page, locale):
                texts = (data["description"], ROLES[data["role"]])
                translate_page(
                    page,
                    locale,
                    {text["en"]: text[locale.language_code] for text in texts if locale.language_code in text},
                )
            done += 1
        log(f"enterprises: {done} of {len(made)} profiles translated into {locale.language_code}")

    link_opportunities([page for page, _data in made], log)
    return made
