"""Demo content of the home app: the home page and legal pages in every language.

Deterministic and idempotent: pages are found by slug before they are created,
and a page already translated into a locale is left as it is.
"""

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from .demo_texts import HOME, LEGAL_PAGES, SIGNPOSTS
from .models import ContentPage, HomePage
from .translation import is_translated, strings_for, translate_page


def paragraphs_body(paragraphs):
    return [("paragraph", f"<p>{escape(p['en'])}</p>") for p in paragraphs]


def home_body():
    """Signposts to the site's main parts, then the introduction."""
    signposts = [
        {"title": title["en"], "text": text["en"], "page": None, "url": path} for path, title, text in SIGNPOSTS
    ]
    return [("signposts", signposts), *paragraphs_body(HOME["paragraphs"])]


@transaction.atomic
def ensure_home_page():
    """The English home page, made the default site's root.

    Wagtail's own migration leaves a "Welcome to your new Wagtail site!" page
    (a plain ``Page`` with the slug "home"): it is replaced.
    """
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        welcome_pages = Page.objects.filter(
            depth=2, numchild=0, content_type__app_label="wagtailcore", content_type__model="page"
        )
        for welcome in welcome_pages:  # with its aliases in other locales, if any
            welcome.delete()  # its Site goes with it (on_delete=CASCADE) and is made again below
        home = Page.get_first_root_node().add_child(
            instance=HomePage(
                title=HOME["title"]["en"],
                slug="home",
                locale=locale,
                hero_heading=HOME["hero_heading"]["en"],
                hero_text=HOME["hero_text"]["en"],
                body=home_body(),
            )
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True, hostname="localhost")
    if site.root_page_id != home.pk:
        site.root_page = home
        site.port = 80
        site.site_name = "VET Pathway"
        site.save()
    return home


@transaction.atomic
def ensure_legal_page(home, data):
    page = ContentPage.objects.filter(locale=home.locale, slug=data["slug"]).first()
    if page is None:
        page = home.add_child(
            instance=ContentPage(
                title=data["title"]["en"],
                slug=data["slug"],
                introduction=data["introduction"]["en"],
                body=paragraphs_body(data["paragraphs"]),
                show_in_footer=True,
            )
        )
        page.save_revision().publish()
    return page


def build(log=print, size="full"):
    """Create the English pages, then translate them into every other language (same at every size)."""
    home = ensure_home_page()
    legal = [(ensure_legal_page(home, data), data) for data in LEGAL_PAGES]
    log(f"home: {1 + len(legal)} pages in {settings.LANGUAGE_CODE}")

    signpost_texts = [text for _path, title, body in SIGNPOSTS for text in (title, body)]
    work = [(home, (HOME["title"], HOME["hero_heading"], HOME["hero_text"], *HOME["paragraphs"], *signpost_texts))]
    for page, data in legal:
        work.append((page, (data["title"], data["introduction"], *data["paragraphs"])))

    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code"):
        done = 0
        for page, texts in work:
            # One transaction per page: translating a parent and child together breaks the tree.
            if not is_translated(page, locale):
                translate_page(page, locale, strings_for(locale.language_code, texts))
            done += 1
        log(f"home: {done} of {len(work)} pages translated into {locale.language_code}")
    return home
