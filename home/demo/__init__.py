"""Demo content of the home app: the home page and legal pages in every language.

The texts are in ``home.yaml`` (beside this module), their translations in
``home/locale/<language>/LC_MESSAGES/demo.po`` (see ``home.demo_catalogue``).
Deterministic and idempotent: pages are found by slug before they are created,
and a page already translated into a locale is left as it is.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from ..demo_catalogue import load_data, translate_pages
from ..models import ContentPage, HomePage
from ..public_urls import base_url

APP = "home"


def data():
    return load_data(APP)


def paragraphs_body(paragraphs):
    return [("paragraph", f"<p>{escape(paragraph)}</p>") for paragraph in paragraphs]


def home_body(home):
    """The introduction, then signposts to more of the site (the three ways in to placements,
    matching and the passport are the home page's own fields: ``ways_in``)."""
    signposts = [
        {"title": row["title"], "text": row["text"], "page": None, "url": row["path"]} for row in home["signposts"]
    ]
    return [*paragraphs_body(home["paragraphs"]), ("signposts", signposts)]


def home_texts(home):
    signposts = [text for row in home["signposts"] for text in (row["title"], row["text"])]
    ways_in = list(home["ways_in"].values())
    return [home["title"], home["hero_heading"], home["hero_text"], *home["paragraphs"], *ways_in, *signposts]


def legal_texts(page):
    return [page["title"], page["introduction"], *page["paragraphs"]]


def source_texts(size="full"):
    """Every English text the builder translates (the same at every size)."""
    content = data()
    return home_texts(content["home"]) + [text for page in content["legal_pages"] for text in legal_texts(page)]


@transaction.atomic
def ensure_home_page(content=None):
    """The English home page, made the default site's root.

    Wagtail's own migration leaves a "Welcome to your new Wagtail site!" page
    (a plain ``Page`` with the slug "home"): it is replaced.
    """
    content = content or data()["home"]
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
                title=content["title"],
                slug="home",
                locale=locale,
                hero_heading=content["hero_heading"],
                hero_text=content["hero_text"],
                body=home_body(content),
                **content["ways_in"],
            )
        )
        home.save_revision().publish()
    ensure_site(home)
    return home


def site_address():
    """``(hostname, port)`` of the public base URL (``WAGTAILADMIN_BASE_URL``)."""
    parts = urlsplit(base_url())
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def ensure_site(home):
    """The default Site: rooted at ``home``, its hostname and port those of the public base URL,
    so that Wagtail's own absolute URLs agree with ``home.public_urls``."""
    hostname, port = site_address()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    wanted = {"root_page_id": home.pk, "hostname": hostname, "port": port, "site_name": "VET Pathway"}
    if any(getattr(site, field) != value for field, value in wanted.items()):
        Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).delete()
        for field, value in wanted.items():
            setattr(site, field, value)
        site.save()
    return site


@transaction.atomic
def ensure_legal_page(home, page_data):
    page = ContentPage.objects.filter(locale=home.locale, slug=page_data["slug"]).first()
    if page is None:
        page = home.add_child(
            instance=ContentPage(
                title=page_data["title"],
                slug=page_data["slug"],
                introduction=page_data["introduction"],
                body=paragraphs_body(page_data["paragraphs"]),
                show_in_footer=True,
            )
        )
        page.save_revision().publish()
    return page


def build(log=print, size="full"):
    """Create the English pages, then translate them into every other language (same at every size)."""
    content = data()
    home = ensure_home_page(content["home"])
    work = [(home, home_texts(content["home"]))]
    work += [(ensure_legal_page(home, page), legal_texts(page)) for page in content["legal_pages"]]
    log(f"home: {len(work)} pages in {settings.LANGUAGE_CODE}")
    translate_pages(APP, work, log)
    return home
