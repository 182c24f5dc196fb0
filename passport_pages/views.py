"""The guideline listing (served by GuidelineIndexPage) and the passport PDF (a route of PassportPage)."""

from django.http import HttpResponse, HttpResponseNotModified
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.text import slugify

from home import usage
from home.ratelimit import is_rate_limited

from . import vocabularies as vocab
from .filters import LISTING
from .pdf import DEBIAN_PACKAGES, PdfUnavailable, booklet_for

PDF_RATE_LIMIT = 10  # renders (cache misses) per client ...
PDF_RATE_WINDOW = 600  # ... per ten minutes


def guideline_listing(request, index_page):
    faceted = LISTING.run(request.GET, index_page.guidelines())
    results = list(faceted.results.prefetch_related("audiences"))
    groups = []
    for code, label in vocab.PHASES:
        items = [page for page in results if page.phase == code]
        if items:
            groups.append({"code": code, "label": label, "guidelines": items})
    context = index_page.get_context(request)
    context.update(
        {
            "filters": faceted,
            "facets": faceted.facets,
            "chips": faceted.chips,
            "groups": groups,
            "result_count": len(results),
        }
    )
    return TemplateResponse(request, "passport_pages/guideline_index_page.html", context)


def passport_pdf(request, passport):
    """The A5 booklet; ``?opportunity=<id>`` personalises it (404 for a bad id)."""
    booklet = booklet_for(passport, request.GET.get("opportunity"))
    etag = f'"{booklet.version}"'
    if etag in request.headers.get("If-None-Match", ""):
        return HttpResponseNotModified(headers={"ETag": etag})

    data = booklet.cached_pdf()
    if data is None:
        # Only real renders count: a cached booklet costs nothing to hand out.
        if is_rate_limited(request, "passport-pdf", PDF_RATE_LIMIT, PDF_RATE_WINDOW):
            response = TemplateResponse(request, "passport_pages/pdf_rate_limited.html", {"page": passport}, status=429)
            response["Retry-After"] = str(PDF_RATE_WINDOW)
            return response
        try:
            data = booklet.render()
        except PdfUnavailable:
            response = TemplateResponse(
                request,
                "passport_pages/pdf_unavailable.html",
                {"page": passport, "packages": DEBIAN_PACKAGES},
                status=503,
            )
            response["Retry-After"] = "3600"
            return response

    name = f"pathway-passport-{passport.locale.language_code}"
    if booklet.opportunity is not None:
        name += f"-{slugify(booklet.opportunity.slug)[:60]}"
    usage.record("passport_pdf", passport.locale.language_code)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    response["ETag"] = etag
    response["X-Robots-Tag"] = "noindex, nofollow"
    # Revalidate every time (cheap, thanks to the ETag) so that a publish is seen at once.
    patch_cache_control(response, public=True, no_cache=True)
    return response
