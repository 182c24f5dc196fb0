"""Build ``MatchEntry`` rows from opportunity pages, and turn rows into engine candidates.

Bit layouts (derived data: ``rebuild()`` after changing a vocabulary's order):

- ``support_mask``: bit ``i`` = ``SUPPORT[i]``.
- ``language_bits_<k>``: language ``LANGUAGES[i]`` lives in column ``i // 10``,
  its six CEFR levels in bits ``(i % 10) * 6 + rank - 1``. An opportunity sets the
  bit of each (language, minimum level) it accepts; a trainee's mask sets every
  level up to their own, so ``entry & trainee != 0`` means "meets one of them".
"""

import datetime
import time
from collections import defaultdict

from django.db import transaction
from wagtail.models import Locale

from home import vocabularies as vocab
from opportunities.models import (
    OpportunityLanguage,
    OpportunityPage,
    OpportunityStartPeriod,
    OpportunitySupport,
    OpportunityTag,
)

from . import engine
from .models import MatchEntry

SUPPORT_CODES = tuple(vocab.codes(vocab.SUPPORT))
SUPPORT_BIT = {code: 1 << index for index, code in enumerate(SUPPORT_CODES)}
LANGUAGE_CODES = tuple(vocab.codes(vocab.LANGUAGES))
LANGUAGES_PER_COLUMN = 10
LANGUAGE_COLUMNS = ("language_bits_0", "language_bits_1", "language_bits_2")
LEVELS = len(engine.CEFR_LEVELS)
BATCH = 2000

if len(LANGUAGE_CODES) > LANGUAGES_PER_COLUMN * len(LANGUAGE_COLUMNS):  # pragma: no cover - a vocabulary guard
    raise RuntimeError("More languages than MatchEntry's language bit columns hold: add a column.")


# --- Encoding ----------------------------------------------------------------
def support_mask(codes):
    mask = 0
    for code in codes:
        mask |= SUPPORT_BIT.get(code, 0)
    return mask


def supports_from_mask(mask):
    return frozenset(code for code, bit in SUPPORT_BIT.items() if mask & bit)


def language_bit(language, level):
    """``(column index, bit)`` of one requirement, or None for a code outside the vocabulary."""
    if language not in LANGUAGE_CODES or level not in engine.CEFR_RANK:
        return None
    index = LANGUAGE_CODES.index(language)
    offset = (index % LANGUAGES_PER_COLUMN) * LEVELS
    return index // LANGUAGES_PER_COLUMN, 1 << (offset + engine.CEFR_RANK[level] - 1)


def requirement_masks(requirements):
    """The entry's three columns for ``{language: minimum level}``."""
    masks = [0] * len(LANGUAGE_COLUMNS)
    for language, level in requirements.items():
        found = language_bit(language, level)
        if found:
            masks[found[0]] |= found[1]
    return masks


def trainee_masks(languages):
    """The trainee's three columns: for each language, every level up to theirs."""
    masks = [0] * len(LANGUAGE_COLUMNS)
    for language, level in languages.items():
        if language not in LANGUAGE_CODES or level not in engine.CEFR_RANK:
            continue
        index = LANGUAGE_CODES.index(language)
        offset = (index % LANGUAGES_PER_COLUMN) * LEVELS
        masks[index // LANGUAGES_PER_COLUMN] |= ((1 << engine.CEFR_RANK[level]) - 1) << offset
    return masks


def languages_text(requirements):
    return ",".join(f"{language}:{level}" for language, level in sorted(requirements.items()))


def languages_from_text(text):
    pairs = (item.split(":", 1) for item in (text or "").split(",") if ":" in item)
    return dict(pairs)


# --- Pages -> rows -----------------------------------------------------------
PAGE_FIELDS = (
    "pk",
    "locale_id",
    "title",
    "country",
    "sector",
    "eqf_min",
    "eqf_max",
    "duration_min_weeks",
    "duration_max_weeks",
    "application_deadline",
    "age_min",
    "age_max",
    "search_keywords",
)


def _requirements(language_rows):
    """``{language: lowest minimum level}`` from (language, level) rows (one language twice: the easier counts)."""
    requirements = {}
    for language, level in language_rows:
        if language and level in engine.CEFR_RANK:
            current = requirements.get(language)
            if current is None or engine.CEFR_RANK[level] < engine.CEFR_RANK[current]:
                requirements[language] = level
    return requirements


def build_entry(fields, language_rows, supports, start_dates, tags):
    """An unsaved ``MatchEntry`` from a page's ``PAGE_FIELDS`` and its child rows."""
    requirements = _requirements(language_rows)
    masks = requirement_masks(requirements)
    starts = sorted({start for start in start_dates if start})
    return MatchEntry(
        page_id=fields["pk"],
        locale_id=fields["locale_id"],
        title=fields["title"][:255],
        country=fields["country"],
        sector=fields["sector"],
        eqf_min=fields["eqf_min"],
        eqf_max=fields["eqf_max"],
        duration_min_weeks=fields["duration_min_weeks"],
        duration_max_weeks=fields["duration_max_weeks"],
        application_deadline=fields["application_deadline"],
        age_min=fields["age_min"],
        age_max=fields["age_max"],
        support_mask=support_mask(supports),
        language_bits_0=masks[0],
        language_bits_1=masks[1],
        language_bits_2=masks[2],
        languages=languages_text(requirements)[:200],
        start_dates=",".join(start.isoformat() for start in starts),
        keywords=engine.normalise_text(f"{fields['title']} {fields['search_keywords']} {' '.join(tags)}"),
    )


def entry_for(page):
    """An unsaved ``MatchEntry`` for ``page`` (its child rows and tags as they are on the instance,
    in memory or stored)."""
    return build_entry(
        {name: getattr(page, name) for name in PAGE_FIELDS},
        [(row.language, row.min_level) for row in page.languages.all()],
        [row.support for row in page.supports.all()],
        [row.start_date for row in page.start_periods.all()],
        [tag.name for tag in page.tags.all()],
    )


def _is_listed(page):
    return page.live and OpportunityPage.objects.filter(pk=page.pk).public().exists()


def refresh_entry(page):
    """Create, update or remove the entry of one page, as it is now."""
    if not _is_listed(page):
        remove_entry(page.pk)
        return None
    entry = entry_for(page)
    entry.save()
    return entry


def remove_entry(page_id):
    MatchEntry.objects.filter(page_id=page_id).delete()


def rebuild(locale=None, log=print):
    """Recreate the entries of every live, public opportunity (of ``locale``, else all), in one
    transaction, in batches of plain-value queries (five per batch)."""
    started = time.monotonic()
    if isinstance(locale, str):
        locale = Locale.objects.get(language_code=locale)
    entries = MatchEntry.objects.all()
    pages = OpportunityPage.objects.live().public().order_by("pk")
    if locale is not None:
        entries = entries.filter(locale=locale)
        pages = pages.filter(locale=locale)
    total = pages.count()
    done = 0
    last_pk = 0
    with transaction.atomic():
        entries.delete()
        while True:
            chunk = list(pages.filter(pk__gt=last_pk).values(*PAGE_FIELDS)[:BATCH])
            if not chunk:
                break
            ids = [fields["pk"] for fields in chunk]
            languages, supports, starts, tags = (defaultdict(list) for _ in range(4))
            for page_id, language, level in OpportunityLanguage.objects.filter(page_id__in=ids).values_list(
                "page_id", "language", "min_level"
            ):
                languages[page_id].append((language, level))
            for page_id, code in OpportunitySupport.objects.filter(page_id__in=ids).values_list("page_id", "support"):
                supports[page_id].append(code)
            for page_id, day in OpportunityStartPeriod.objects.filter(page_id__in=ids).values_list(
                "page_id", "start_date"
            ):
                starts[page_id].append(day)
            for page_id, name in OpportunityTag.objects.filter(content_object_id__in=ids).values_list(
                "content_object_id", "tag__name"
            ):
                tags[page_id].append(name)
            MatchEntry.objects.bulk_create(
                [
                    build_entry(fields, languages[pk], supports[pk], starts[pk], tags[pk])
                    for fields, pk in zip(chunk, ids, strict=True)
                ],
                batch_size=500,
            )
            last_pk = ids[-1]
            done += len(chunk)
            log(f"  match index: {done} of {total}")
    log(f"Match index rebuilt: {done} entries in {time.monotonic() - started:.1f} s")
    return done


# --- Rows -> candidates ------------------------------------------------------
CANDIDATE_FIELDS = (
    "page_id",
    "title",
    "country",
    "sector",
    "eqf_min",
    "eqf_max",
    "duration_min_weeks",
    "duration_max_weeks",
    "application_deadline",
    "age_min",
    "age_max",
    "support_mask",
    "languages",
    "start_dates",
    "keywords",
)


def candidate_from_row(row):
    """An ``engine.Candidate`` from a ``values(*CANDIDATE_FIELDS)`` row."""
    return engine.Candidate(
        id=row["page_id"],
        title=row["title"],
        country=row["country"],
        sector=row["sector"],
        application_deadline=row["application_deadline"],
        keywords=row["keywords"],
        eqf_min=row["eqf_min"],
        eqf_max=row["eqf_max"],
        duration_min_weeks=row["duration_min_weeks"],
        duration_max_weeks=row["duration_max_weeks"],
        age_min=row["age_min"],
        age_max=row["age_max"],
        languages=languages_from_text(row["languages"]),
        supports=supports_from_mask(row["support_mask"]),
        start_dates=tuple(datetime.date.fromisoformat(day) for day in row["start_dates"].split(",") if day),
    )
