"""Demo content of the enterprises app: the organisations index, a section per host
country and two profiles per country, in every language; and some demo
opportunities linked to their host organisation.

The profiles and English texts are in ``enterprises.yaml`` (beside this module), their
translations in ``enterprises/locale/<language>/LC_MESSAGES/demo.po`` (see
``home.demo_catalogue``); organisation names stay in their own language. Deterministic
and idempotent: pages are found by slug before they are made, a page already translated
into a locale is left as it is, and an opportunity that already names a host keeps it.
"""

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, Revision

from home.demo_catalogue import DemoCatalogue, load_data, translate_pages

from .. import sections as tree
from ..models import (
    PROFILE_MODELS,
    OrganisationCommitment,
    OrganisationLanguage,
    OrganisationPage,
    OrganisationSector,
    OrganisationSupport,
)

APP = "enterprises"
SMALL_PROFILES = 1  # size="small" (tests): the first profile only
OPPORTUNITIES_PER_PROFILE = 2
INDEX_FIELDS = ("title", "introduction", "register_introduction")


def data():
    return load_data(APP)


def profiles(content, size="full"):
    return content["profiles"] if size == "full" else content["profiles"][:SMALL_PROFILES]


def profile_texts(content, profile):
    return [profile["description"], content["contact_roles"][profile["role"]]]


def source_texts(size="full"):
    """Every English text the builder translates."""
    content = data()
    texts = [content["index"][name] for name in INDEX_FIELDS]
    return texts + [text for profile in profiles(content, size) for text in profile_texts(content, profile)]


@transaction.atomic
def ensure_profile(content, section, profile):
    page = OrganisationPage.objects.child_of(section).filter(slug=profile["slug"]).first()
    if page is not None:
        return page.specific, False
    model = PROFILE_MODELS[profile["kind"]]
    extra = {name: profile[name] for name in ("partner_type", "mobility_role") if name in profile}
    domain = f"{profile['slug']}.example"
    page = model(
        title=profile["title"],
        slug=profile["slug"],
        country=profile["country"],
        city=profile["city"],
        size=profile["size"],
        description=f"<p>{escape(profile['description'])}</p>",
        website=f"https://www.{domain}/",
        contact_role=content["contact_roles"][profile["role"]],
        contact_email=f"mobility@{domain}",
        **extra,
    )
    page.sectors = [OrganisationSector(sector=code) for code in profile["sectors"]]
    page.languages = [OrganisationLanguage(language=code) for code in profile["languages"]]
    page.supports = [OrganisationSupport(support=code) for code in profile["supports"]]
    page.commitments = [OrganisationCommitment(principle=code) for code in profile["commitments"]]
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
    content = data()
    catalogue = DemoCatalogue(APP)
    index_texts = {name: catalogue.text(content["index"][name]) for name in INDEX_FIELDS}
    _index, sections = tree.setup(log=log, index_texts=index_texts)
    made = [
        (ensure_profile(content, sections[profile["country"]], profile)[0], profile)
        for profile in profiles(content, size)
    ]
    log(f"enterprises: {len(made)} organisation profiles in {settings.LANGUAGE_CODE}")
    translate_pages(APP, [(page, profile_texts(content, profile)) for page, profile in made], log)
    link_opportunities([page for page, _profile in made], log)
    return made
