"""What the home page shows of the network: open placements per host country, sectors,
organisations, the latest placements.

``home`` is the ground floor: it imports no app (the import-linter contracts in
``pyproject.toml``), yet these figures are about placements and organisations, which live in
apps above it. They are reached here by model label through Django's app registry
(``apps.get_model("opportunities", "OpportunityPage")``), which is a dependency by name, not by
import: a site that installs ``home`` without those apps gets a home page without figures
(``None``) instead of an ``ImportError``. The conditions themselves stay in their apps
(``OpportunityPage.objects.open()`` and ``newest_first()`` are the opportunities app's
queryset methods); this module only counts.

Each placement is counted once: the live, public placements of the page's locale (every
placement has exactly one page in each locale, translated or an alias of its source), which
is also what the listing ``/<lang>/opportunities/?country=XX`` the map links to shows.
One query per figure; the page cache (``pathway.page_cache``) keeps the rendered page.
"""

from django.apps import apps
from django.db.models import Count

PLACEMENT_MODEL = ("opportunities", "OpportunityPage")
ORGANISATION_MODEL = ("enterprises", "OrganisationPage")
LATEST = 3


def _model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def open_placements(locale):
    """The live, public, open placements of ``locale``, or ``None`` without the opportunities app."""
    model = _model(*PLACEMENT_MODEL)
    if model is None:
        return None
    return model.objects.live().public().filter(locale=locale).open()


def placements_per_country(placements):
    """``{country code: number}`` of ``placements`` (one query)."""
    rows = placements.order_by().values("country").annotate(number=Count("pk")).values_list("country", "number")
    return dict(rows)


def figures(locale, latest=LATEST):
    """The home page's headline numbers, its map's counts and its ``latest`` placements (four
    queries, and one for each ``public()``: Wagtail reads the view restrictions when it is
    called). Without the opportunities app, ``None`` and no placements; without the
    enterprises app, no count of organisations."""
    placements = open_placements(locale)
    organisations = _model(*ORGANISATION_MODEL)
    result = {
        "per_country": None,
        "open_placements": None,
        "host_countries": None,
        "sectors": None,
        "organisations": None,
        "latest": [],
    }
    if placements is not None:
        per_country = placements_per_country(placements)
        result.update(
            per_country=per_country,
            open_placements=sum(per_country.values()),
            host_countries=len(per_country),
            sectors=placements.order_by().values("sector").distinct().count(),
            latest=list(placements.newest_first()[:latest]),
        )
    if organisations is not None:
        result["organisations"] = organisations.objects.live().public().filter(locale=locale).count()
    return result
