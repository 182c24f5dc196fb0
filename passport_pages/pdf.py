"""The pathway passport as an A5 PDF booklet, made with weasyprint.

weasyprint is imported inside ``load_weasyprint()`` only: where its system
libraries (pango) are missing, the site still runs and the PDF view answers 503
naming the Debian packages to install.

A booklet draws on the passport page, optionally an opportunity (and its host
organisation's page), and the checklists of the guidelines written for the
trainee. Its bytes are cached under a key built from the language, the
opportunity and a content version of every page it draws on, so a publish of
any of them is seen at once. Nothing about the trainee is ever part of it: the
fill-in spaces are empty PDF form fields.
"""

import hashlib
import logging
import re
import threading
from pathlib import Path

from django.core.cache import cache
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task
from wagtail.models import Page

from home.public_urls import page_url

from . import vocabularies as vocab

# Bump when the booklet's template or stylesheet changes in a way that matters.
LAYOUT_VERSION = "1"
CACHE_TIMEOUT = 24 * 60 * 60
DEBIAN_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"
STYLESHEET = Path(__file__).resolve().parent / "static" / "passport_pages" / "passport_pdf.css"
OPPORTUNITY_ID = re.compile(r"[0-9]{1,12}")
PAGES_PER_SHEET = 4  # an A5 booklet is printed four pages to a folded A4 sheet

logger = logging.getLogger(__name__)


class PdfUnavailable(Exception):
    """weasyprint or its system libraries cannot be loaded on this server."""


def load_weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: pango's shared libraries are missing
        raise PdfUnavailable(str(error)) from error
    return weasyprint


def find_opportunity(raw_id, locale):
    """The live opportunity named by ``?opportunity=``, in ``locale`` when it is translated.

    ``None`` when no id is given; 404 for a malformed, unknown, unpublished or
    private one.
    """
    from opportunities.models import OpportunityPage

    if raw_id is None:
        return None
    raw_id = raw_id.strip()
    if not OPPORTUNITY_ID.fullmatch(raw_id):
        raise Http404("Malformed opportunity id.")
    live = OpportunityPage.objects.live().public()
    opportunity = live.filter(pk=int(raw_id)).first()
    if opportunity is None:
        raise Http404("No such opportunity.")
    if opportunity.locale_id != locale.pk:
        opportunity = live.filter(translation_key=opportunity.translation_key, locale=locale).first() or opportunity
    return opportunity


def find_host(opportunity, locale):
    """The host organisation's live page, in ``locale`` when it is translated."""
    if opportunity is None or not opportunity.host_organisation_id:
        return None
    live = Page.objects.live().public()
    host = live.filter(pk=opportunity.host_organisation_id).first()
    if host is not None and host.locale_id != locale.pk:
        host = live.filter(translation_key=host.translation_key, locale=locale).first() or host
    return host


class PassportBooklet:
    """One booklet: a passport page, optionally personalised for one opportunity."""

    def __init__(self, passport, opportunity=None):
        from .models import GuidelinePage

        self.passport = passport
        self.opportunity = opportunity
        self.locale = passport.locale
        self.host = find_host(opportunity, self.locale)
        self.guidelines = []
        if opportunity is not None:
            self.guidelines = list(GuidelinePage.objects.for_passport(self.locale, opportunity.country))
        self._version = None

    # --- Cache -----------------------------------------------------------------
    def pages(self):
        return [page for page in (self.passport, self.opportunity, self.host, *self.guidelines) if page is not None]

    @property
    def version(self):
        """A digest of every page drawn on: id, latest revision and publication time.

        Aliases show their source's content, so the source counts too. One query.
        """
        if self._version is None:
            pages = self.pages()
            ids = {page.pk for page in pages} | {page.alias_of_id for page in pages if page.alias_of_id}
            rows = sorted(Page.objects.filter(pk__in=ids).values_list("pk", "latest_revision_id", "last_published_at"))
            drawn_on = [page.pk for page in pages]  # a guideline added or removed changes the list
            payload = f"{LAYOUT_VERSION}|{drawn_on}|{rows}"
            self._version = hashlib.sha256(payload.encode()).hexdigest()[:24]
        return self._version

    @property
    def cache_key(self):
        opportunity_id = self.opportunity.pk if self.opportunity is not None else 0
        return f"passport-pdf:{self.locale.language_code}:{self.passport.pk}:{opportunity_id}:{self.version}"

    def cached_pdf(self):
        return cache.get(self.cache_key)

    def get_pdf(self):
        """``(pdf bytes, True if it came from the cache)``."""
        data = self.cached_pdf()
        if data is not None:
            return data, True
        return self.render(), False

    # --- Content ---------------------------------------------------------------
    def phases(self):
        """The booklet's parts in phase order, each with its checklists and chapters.

        Every fill-in space gets a unique form-field name here, so the template
        stays simple.
        """
        chapters = {code: [] for code in vocab.PHASE_ORDER}
        for phase in self.passport.chapters_by_phase():
            chapters[phase["code"]] = phase["chapters"]
        checklists = {code: [] for code in vocab.PHASE_ORDER}
        for guideline in self.guidelines:
            for checklist in guideline.checklists():
                checklists.setdefault(guideline.phase, []).append({"guideline": guideline.title, **checklist})

        parts = []
        for code, label in vocab.PHASES:
            part = {"code": code, "label": label, "checklists": [], "chapters": []}
            for c, checklist in enumerate(checklists[code], start=1):
                part["checklists"].append(
                    {
                        "title": checklist["title"] or checklist["guideline"],
                        "guideline": checklist["guideline"],
                        "items": [
                            {"text": item, "field": f"{code}-list{c}-item{i}"}
                            for i, item in enumerate(checklist["items"], start=1)
                        ],
                    }
                )
            for c, chapter in enumerate(chapters[code], start=1):
                part["chapters"].append(
                    {
                        "title": chapter["title"],
                        "intro": chapter["intro"],
                        "prompts": [
                            {
                                "text": prompt["text"],
                                "space": prompt["space"],
                                "lines": max(1, min(int(prompt["lines"] or 3), 14)),
                                "field": f"{code}-chapter{c}-prompt{p}",
                            }
                            for p, prompt in enumerate(chapter["prompts"], start=1)
                        ],
                    }
                )
            if part["checklists"] or part["chapters"]:
                parts.append(part)
        return parts

    def context(self):
        return {
            "passport": self.passport,
            "opportunity": self.opportunity,
            "host": self.host,
            "parts": self.phases(),
            "language_code": self.locale.language_code,
            "passport_url": page_url(self.passport),
            "opportunity_url": page_url(self.opportunity) if self.opportunity is not None else "",
        }

    # --- Rendering -------------------------------------------------------------
    def render(self):
        """Lay out the booklet, cache its bytes and return them."""
        data = self.layout()
        cache.set(self.cache_key, data, CACHE_TIMEOUT)
        return data

    def layout(self):
        """The PDF bytes, padded to whole sheets with notes pages. Raises ``PdfUnavailable``.

        The booklet is laid out once, as one document ending with three notes pages and the back
        cover; the notes pages that the body does not need to fill its last sheet are left out.
        """
        weasyprint = load_weasyprint()
        fetcher = weasyprint.urls.URLFetcher(allowed_protocols=["data"])  # nothing from the network or disk
        with translation.override(self.locale.language_code):
            context = {**self.context(), "notes_pages": range(1, PAGES_PER_SHEET)}
            html = render_to_string("passport_pages/pdf/booklet.html", context)
            document = weasyprint.HTML(string=html, url_fetcher=fetcher).render(
                stylesheets=[_stylesheet(weasyprint)], font_config=_font_config(weasyprint), pdf_forms=True
            )
        pages = document.pages
        body = _first_page_with(pages, "notes-1")
        back = _first_page_with(pages, "back-cover")
        notes = -(body + len(pages) - back) % PAGES_PER_SHEET
        return document.copy([*pages[:body], *pages[body : body + notes], *pages[back:]]).write_pdf(pdf_forms=True)


_cached = threading.local()  # per thread: weasyprint's font configuration is not thread-safe


def _stylesheet(weasyprint):
    """The booklet's stylesheet, parsed once per thread (and again when the file changes)."""
    changed = STYLESHEET.stat().st_mtime_ns
    if getattr(_cached, "stylesheet_changed", None) != changed:
        fetcher = weasyprint.urls.URLFetcher(allowed_protocols=["data"])
        _cached.stylesheet = weasyprint.CSS(filename=str(STYLESHEET), url_fetcher=fetcher)
        _cached.stylesheet_changed = changed
    return _cached.stylesheet


def _font_config(weasyprint):
    """One font configuration per thread: the fonts found, loaded and shaped for one booklet are
    ready for the next (the booklet has no ``@font-face``)."""
    if getattr(_cached, "font_config", None) is None:
        from weasyprint.text.fonts import FontConfiguration

        _cached.font_config = FontConfiguration()
    return _cached.font_config


def _first_page_with(pages, anchor):
    return next(number for number, page in enumerate(pages) if anchor in page.anchors)


def booklet_for(passport, raw_opportunity_id=None):
    """The booklet a request asks for; 404 for a bad ``?opportunity=``."""
    return PassportBooklet(passport, find_opportunity(raw_opportunity_id, passport.locale))


@task()
def prerender_booklet(passport_id):
    """Render the generic booklet (no opportunity) of one live passport page into the cache.

    Queued on publication (``passport_pages.signals``) with the page's id only, so that the first
    visitor gets the booklet from the cache. Returns whether the booklet is cached now; a failed
    render is logged, never raised (the visitor's request renders it again).
    """
    from .models import PassportPage

    passport = PassportPage.objects.live().filter(pk=passport_id).first()
    if passport is None:  # unpublished or deleted since
        return False
    try:
        booklet = PassportBooklet(passport)
        if booklet.cached_pdf() is None:
            booklet.render()
    except PdfUnavailable as error:
        logger.warning(
            "The passport booklet of page %s cannot be pre-rendered: weasyprint cannot run here (%s); install %s.",
            passport_id,
            error,
            DEBIAN_PACKAGES,
        )
        return False
    except Exception:
        logger.exception("Pre-rendering the passport booklet of page %s failed.", passport_id)
        return False
    return True
