"""Bulk loader for benchmark sizes: thousands of opportunities in one locale, fast.

No revisions, no per-page signals, no translations: rows are inserted in batches
straight into the page tree (materialised paths computed here), then the search
index is rebuilt once at the end. For benchmarks and load tests only; the demo
content (``opportunities.demo``) goes through the real editing machinery.

The texts are synthetic (a job name, its sector's label and a few seeded filler
words): no demo prose. The facts (sector, field, type, EQF levels, weeks) follow
the kinds of placements the site is made for.
"""

import datetime
import random
import time
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from home import vocabularies as vocab
from home.models import HomePage
from opportunities.models import (
    CountrySectionPage,
    OpportunityLanguage,
    OpportunityPage,
    OpportunityStartPeriod,
    OpportunitySupport,
)
from opportunities.signals import opportunities_bulk_loaded

BATCH = 2000
HOST_LANGUAGE = {"DE": "de", "ES": "es", "IT": "it", "PL": "pl", "FR": "fr", "IE": "en"}

# (job, sector, field of education, opportunity type, EQF levels, weeks)
JOBS = [
    ("kitchen assistant", "I", "10", "work_placement", (1, 3), (4, 12)),
    ("hotel cook", "I", "10", "apprenticeship", (3, 4), (8, 26)),
    ("restaurant cook", "I", "10", "work_placement", (2, 4), (4, 16)),
    ("hotel receptionist", "I", "10", "school_based", (3, 4), (4, 12)),
    ("cafe waiter", "I", "10", "job_shadowing", (1, 2), (2, 4)),
    ("garden helper", "A", "08", "pre_vocational", (1, 2), (4, 8)),
    ("bakery apprentice", "C", "07", "apprenticeship", (2, 4), (8, 24)),
    ("carpentry apprentice", "C", "07", "apprenticeship", (3, 4), (12, 26)),
    ("metalwork assistant", "C", "07", "work_placement", (2, 3), (6, 16)),
    ("painter helper", "F", "07", "work_placement", (1, 3), (4, 12)),
    ("electrician helper", "F", "07", "apprenticeship", (3, 4), (12, 26)),
    ("supermarket assistant", "G", "04", "work_placement", (1, 3), (3, 10)),
    ("car mechanic apprentice", "G", "07", "apprenticeship", (3, 4), (8, 20)),
    ("warehouse assistant", "H", "10", "pre_vocational", (1, 2), (2, 6)),
    ("IT support assistant", "J", "06", "school_based", (3, 5), (8, 16)),
    ("cleaning assistant", "N", "10", "pre_vocational", (1, 2), (2, 8)),
    ("office assistant", "N", "04", "work_placement", (2, 4), (4, 12)),
    ("elderly care assistant", "Q", "09", "work_placement", (2, 4), (6, 16)),
    ("kindergarten assistant", "Q", "09", "job_shadowing", (2, 3), (2, 6)),
    ("sports and leisure assistant", "R", "10", "work_placement", (2, 4), (4, 10)),
    ("hairdressing apprentice", "S", "10", "apprenticeship", (2, 4), (8, 26)),
    ("junior graphic designer", "M", "02", "school_based", (4, 5), (6, 16)),
    ("recycling assistant", "E", "07", "pre_vocational", (1, 2), (2, 6)),
    ("event technician helper", "R", "02", "job_shadowing", (2, 3), (2, 6)),
]
FILLER = (
    "team customers tools safety hygiene mentor workshop practice service quality "
    "machines clients planning teamwork equipment training guests materials"
).split()


def keywords(job, sector, rng):
    """A job's search keywords: its name, its sector's first words and two seeded filler words."""
    sector_words = vocab.label(vocab.SECTORS, sector).split(":")[0].split(",")[0].lower()
    return ", ".join([job, *job.split()[:1], sector_words, *rng.sample(FILLER, 2)])


@transaction.atomic
def ensure_home_page():
    """A plain home page in the source language, the default site's root (Wagtail's welcome page goes)."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        welcome_pages = Page.objects.filter(
            depth=2, numchild=0, content_type__app_label="wagtailcore", content_type__model="page"
        )
        for welcome in welcome_pages:
            welcome.delete()  # its Site goes with it and is made again below
        home = Page.get_first_root_node().add_child(
            instance=HomePage(
                title="Home", slug="home", locale=locale, hero_heading="Benchmark", hero_text="Benchmark data."
            )
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True, hostname="localhost")
    if site.root_page_id != home.pk:
        site.root_page, site.port, site.site_name = home, 80, "VET Pathway (benchmark)"
        site.save()
    return home


def _child_path(parent, position):
    """treebeard's materialised path of the ``position``-th child (1-based)."""
    return Page._get_path(parent.path, parent.depth + 1, position)


def _opportunity_fields(rng, number, country, today):
    job, sector, field, kind, eqf, weeks = JOBS[number % len(JOBS)]
    deadline = today + datetime.timedelta(days=rng.randint(-30, 180))
    title = f"{job[0].upper()}{job[1:]} ({number})"
    return {
        "title": title,
        "summary": f"Benchmark placement {number}: {job}, {weeks[0]} to {weeks[1]} weeks in {country}.",
        "country": country,
        "city": "City",
        "region": "",
        "sector": sector,
        "nace_revision": vocab.NACE_REVISION,
        "field_of_education": field,
        "eqf_min": eqf[0],
        "eqf_max": eqf[1],
        "opportunity_type": kind,
        "duration_min_weeks": weeks[0],
        "duration_max_weeks": weeks[1],
        "application_deadline": deadline,
        "places": rng.randint(1, 5),
        "age_min": rng.choice([16, 17, 18]),
        "age_max": rng.choice([25, 27, 29]),
        "learning_outcomes": [],
        "costs_covered": "",
        "how_to_apply": "",
        "contact_role": "Mobility coordinator",
        "contact_email": f"mobility-{country.lower()}@example.org",
        "search_keywords": keywords(job, sector, rng),
    }


def load(count, locale, seed=42, log=print, index=True):
    """Insert ``count`` opportunities spread over the country sections of ``locale``."""
    started = time.monotonic()
    rng = random.Random(seed)
    sections = list(CountrySectionPage.objects.filter(locale=locale).order_by("path"))
    if not sections:
        raise RuntimeError(f"No country sections in locale {locale}: run setup_country_sections first.")
    content_type = ContentType.objects.get_for_model(OpportunityPage)
    page_fields = {f.attname for f in Page._meta.concrete_fields} - {"id"}
    local_fields = OpportunityPage._meta.local_concrete_fields
    now = timezone.now()
    today = timezone.localdate()
    next_position = {s.pk: (s.get_last_child().path if s.numchild else None) for s in sections}
    next_position = {pk: (int(path[-Page.steplen :], 36) if path else 0) + 1 for pk, path in next_position.items()}
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        with transaction.atomic():
            bases, details = [], []
            added = {s.pk: 0 for s in sections}
            for offset in range(size):
                number = done + offset
                section = sections[number % len(sections)]
                fields = _opportunity_fields(rng, number, section.country, today)
                position = next_position[section.pk] + added[section.pk]
                added[section.pk] += 1
                slug = f"bench-{number}"
                base = Page(
                    path=_child_path(section, position),
                    depth=section.depth + 1,
                    numchild=0,
                    title=fields["title"],
                    draft_title=fields["title"],
                    slug=slug,
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    url_path=f"{section.url_path}{slug}/",
                    first_published_at=now,
                    last_published_at=now,
                    live_revision=None,
                    locale=locale,
                    translation_key=uuid.UUID(int=rng.getrandbits(128)),
                )
                bases.append(base)
                details.append(fields)
            Page.objects.bulk_create(bases, batch_size=500)
            if any(base.pk is None for base in bases):  # a backend that does not return ids
                paths = {b.path: b for b in bases}
                for pk, path in Page.objects.filter(path__in=list(paths)).values_list("pk", "path"):
                    paths[path].pk = pk
            children = []
            for base, fields in zip(bases, details, strict=True):
                child = OpportunityPage(
                    page_ptr_id=base.pk, **{k: getattr(base, k) for k in page_fields if hasattr(base, k)}
                )
                for name, value in fields.items():
                    setattr(child, name, value)
                children.append(child)
            OpportunityPage._base_manager._insert(children, fields=local_fields)
            starts, languages, supports = [], [], []
            for child in children:
                first = child.application_deadline + datetime.timedelta(days=rng.randint(20, 60))
                starts.append(OpportunityStartPeriod(page_id=child.pk, start_date=first, sort_order=0))
                host_language = HOST_LANGUAGE.get(child.country, settings.LANGUAGE_CODE)
                languages.append(
                    OpportunityLanguage(
                        page_id=child.pk, language=host_language, min_level=rng.choice(["A1", "A2", "B1"])
                    )
                )
                for order, support in enumerate(rng.sample(vocab.codes(vocab.SUPPORT), rng.randint(1, 5))):
                    supports.append(OpportunitySupport(page_id=child.pk, support=support, sort_order=order))
            OpportunityStartPeriod.objects.bulk_create(starts, batch_size=1000)
            OpportunityLanguage.objects.bulk_create(languages, batch_size=1000)
            OpportunitySupport.objects.bulk_create(supports, batch_size=1000)
            for section in sections:
                if added[section.pk]:
                    Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + added[section.pk])
                    next_position[section.pk] += added[section.pk]
                    section.numchild += added[section.pk]
        done += size
        log(f"  {done} of {count} opportunities inserted ({time.monotonic() - started:.1f} s)")
    if index:
        rebuild_index(locale, log)
    opportunities_bulk_loaded.send(sender=OpportunityPage, locale=locale, log=log)  # derived tables, e.g. matching
    if connection.vendor == "postgresql":
        # Fresh planner statistics: right after a bulk insert autovacuum has not analysed the tables
        # yet, and the plans it then picks made the listing 16x, the API 90x and search 70x slower.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    log(f"Bulk load done: {count} opportunities in {time.monotonic() - started:.1f} s")


def rebuild_index(locale, log=print):
    """Index the opportunities once, in chunks, with progress."""
    backend = get_search_backend()
    search_index = backend.get_index_for_model(OpportunityPage)
    queryset = OpportunityPage.get_indexed_objects().filter(locale=locale).order_by("pk")  # with what it reads
    total = queryset.count()
    done = 0
    last_pk = 0
    while True:
        chunk = list(queryset.filter(pk__gt=last_pk)[:BATCH])
        if not chunk:
            break
        search_index.add_items(OpportunityPage, chunk)
        last_pk = chunk[-1].pk
        done += len(chunk)
        log(f"  search index: {done} of {total}")
