"""Bulk loader for benchmark sizes: thousands of opportunities in one locale, fast.

No revisions, no per-page signals, no translations: rows are inserted in batches
straight into the page tree (materialised paths computed here), then the search
index is rebuilt once at the end. For benchmarks and load tests only; the demo
content (``opportunities.demo``) goes through the real editing machinery.
"""

import datetime
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home import vocabularies as vocab

from .demo_data import ROLES
from .models import CountrySectionPage, OpportunityLanguage, OpportunityPage, OpportunityStartPeriod, OpportunitySupport

BATCH = 2000
HOST_LANGUAGE = {"DE": "de", "ES": "es", "IT": "it", "PL": "pl", "FR": "fr", "IE": "en"}


def _child_path(parent, position):
    """treebeard's materialised path of the ``position``-th child (1-based)."""
    return Page._get_path(parent.path, parent.depth + 1, position)


def _opportunity_fields(rng, number, country, today):
    role = ROLES[number % len(ROLES)]
    deadline = today + datetime.timedelta(days=rng.randint(-30, 180))
    return role, {
        "title": f"{role['title']['en']} ({number})",
        "summary": role["summary"]["en"],
        "country": country,
        "city": "City",
        "region": "",
        "sector": role["sector"],
        "nace_revision": vocab.NACE_REVISION,
        "field_of_education": role["field"],
        "eqf_min": role["eqf"][0],
        "eqf_max": role["eqf"][1],
        "opportunity_type": role["type"],
        "duration_min_weeks": role["weeks"][0],
        "duration_max_weeks": role["weeks"][1],
        "application_deadline": deadline,
        "places": rng.randint(1, 5),
        "age_min": rng.choice([16, 17, 18]),
        "age_max": rng.choice([25, 27, 29]),
        "learning_outcomes": [],
        "costs_covered": "",
        "how_to_apply": "",
        "contact_role": "Mobility coordinator",
        "contact_email": f"mobility-{country.lower()}@example.org",
        "search_keywords": role["keywords"]["en"],
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
                _role, fields = _opportunity_fields(rng, number, section.country, today)
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
                host_language = HOST_LANGUAGE.get(child.country, "en")
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
    from .matching.index import rebuild as rebuild_match_index

    rebuild_match_index(locale, log)
    log(f"Bulk load done: {count} opportunities in {time.monotonic() - started:.1f} s")


def rebuild_index(locale, log=print):
    """Index the opportunities once, in chunks, with progress."""
    backend = get_search_backend()
    search_index = backend.get_index_for_model(OpportunityPage)
    queryset = OpportunityPage.objects.filter(locale=locale).order_by("pk")
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
