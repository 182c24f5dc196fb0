"""`/api/v2/opportunities/`: the listing's filters as JSON.

Wagtail's stock pages endpoint reserves ``type``, reads one value per parameter
and answers 400 to unknown ones, so this is a plain view reusing the listing's
``OpportunityFilters``. Read-only and public.
"""

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from home import vocabularies as vocab
from home.filtering import paginate

from .filters import OpportunityFilters
from .models import OpportunityPage

API_PAGE_SIZE = 20


def serialise(item, request):
    return {
        "id": item.pk,
        "title": item.title,
        "summary": item.summary,
        "meta": {
            "type": "opportunities.OpportunityPage",
            "html_url": item.get_full_url(request),
            "locale": item.locale.language_code,
            "translation_key": str(item.translation_key),
        },
        "country": item.country,
        "country_label": vocab.label(vocab.COUNTRIES, item.country),
        "city": item.city,
        "sector": item.sector,
        "sector_label": vocab.label(vocab.SECTORS, item.sector),
        "nace_revision": item.nace_revision,
        "type": item.opportunity_type,
        "type_label": vocab.label(vocab.OPPORTUNITY_TYPES, item.opportunity_type),
        "eqf_min": item.eqf_min,
        "eqf_max": item.eqf_max,
        "duration_weeks": {"min": item.duration_min_weeks, "max": item.duration_max_weeks},
        "application_deadline": item.application_deadline.isoformat(),
        "is_open": item.is_open,
    }


@require_GET
def opportunities(request):
    notes = []
    language = (request.GET.get("locale") or settings.LANGUAGE_CODE).strip().lower()
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        notes.append(f"Unknown locale '{language[:20]}' was ignored.")
        locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    with translation.override(locale.language_code):
        filters = OpportunityFilters.from_query(request.GET)
        queryset = OpportunityPage.objects.live().public().filter(locale=locale)
        page_obj = paginate(
            request, filters.apply(queryset).select_related("locale").defer_streamfields(), API_PAGE_SIZE
        )
        data = {
            "meta": {
                "total_count": page_obj.paginator.count,
                "page": page_obj.number,
                "num_pages": page_obj.paginator.num_pages,
                "locale": locale.language_code,
                "notes": [str(note) for note in filters.notes] + notes,
            },
            "items": [serialise(item, request) for item in page_obj.object_list],
        }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response
