"""Demo content of passport_pages: guidelines, the quality charter and the passport, in every language.

Deterministic and idempotent: each page is found by its slug before it is made,
and a page already translated into a locale is left as it is. Texts (with their
translations) are in ``demo_texts``; they are written for young people with
fewer opportunities, in plain language.
"""

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale

from home.models import HomePage
from home.translation import is_translated, strings_for, translate_page

from .demo_texts import CHARTER, GUIDELINE_INDEX, GUIDELINES, PASSPORT
from .models import (
    CHARTER_SLUG,
    GUIDELINES_SLUG,
    PASSPORT_SLUG,
    GuidelineAudience,
    GuidelineIndexPage,
    GuidelinePage,
    GuidelineTopic,
    PassportPage,
    QualityCharterPage,
)

SMALL_GUIDELINES = 1  # size="small" (tests): the first article only


def _en(text):
    return text["en"]


def _paragraph(text):
    return f"<p>{escape(text['en'])}</p>"


def _english_home():
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=2).first()
    if home is None:
        raise RuntimeError("No home page yet: run the home app's demo builder first.")
    return home


@transaction.atomic
def _ensure_child(parent, model, slug, **fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(instance=model(slug=slug, **fields))
        page.save_revision().publish()
    return page


# --- Pages and the texts each one is translated with ----------------------------
def ensure_index(home):
    data = GUIDELINE_INDEX
    page = _ensure_child(
        home,
        GuidelineIndexPage,
        GUIDELINES_SLUG,
        title=_en(data["title"]),
        introduction=_en(data["introduction"]),
        show_in_menus=True,
    )
    return page, [data["title"], data["introduction"]]


def guideline_body(data):
    return [
        ("checklist", {"title": _en(data["checklist_title"]), "items": [_en(item) for item in data["items"]]}),
        ("callout", {"kind": data["tip_kind"], "title": _en(data["tip_title"]), "text": _paragraph(data["tip"])}),
    ]


@transaction.atomic
def ensure_guideline(index, data):
    page = GuidelinePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if page is None:
        page = GuidelinePage(
            slug=data["slug"],
            title=_en(data["title"]),
            phase=data["phase"],
            introduction=_en(data["introduction"]),
            body=guideline_body(data),
        )
        page.audiences = [GuidelineAudience(audience=code) for code in data["audiences"]]
        page.topics = [GuidelineTopic(topic=code) for code in data["topics"]]
        index.add_child(instance=page)
        page.save_revision().publish()
    texts = [
        data["title"],
        data["introduction"],
        data["checklist_title"],
        *data["items"],
        data["tip_title"],
        data["tip"],
    ]
    return page, texts


def ensure_charter(home):
    data = CHARTER
    principles = [
        ("principle", {"principle": row["code"], "title": _en(row["title"]), "explanation": _en(row["explanation"])})
        for row in data["principles"]
    ]
    page = _ensure_child(
        home,
        QualityCharterPage,
        CHARTER_SLUG,
        title=_en(data["title"]),
        introduction=_en(data["introduction"]),
        principles=principles,
        show_in_menus=True,
    )
    texts = [data["title"], data["introduction"]]
    for row in data["principles"]:
        texts += [row["title"], row["explanation"]]
    return page, texts


def ensure_passport(home):
    data = PASSPORT
    chapters = [
        (
            "chapter",
            {
                "phase": chapter["phase"],
                "title": _en(chapter["title"]),
                "intro": _en(chapter["intro"]),
                "prompts": [
                    {"text": _en(prompt["text"]), "space": prompt["space"], "lines": prompt.get("lines", 3)}
                    for prompt in chapter["prompts"]
                ],
            },
        )
        for chapter in data["chapters"]
    ]
    page = _ensure_child(
        home,
        PassportPage,
        PASSPORT_SLUG,
        title=_en(data["title"]),
        introduction=_en(data["introduction"]),
        back_cover=_en(data["back_cover"]),
        chapters=chapters,
        show_in_menus=True,
    )
    texts = [data["title"], data["introduction"], data["back_cover"]]
    for chapter in data["chapters"]:
        texts += [chapter["title"], chapter["intro"], *(prompt["text"] for prompt in chapter["prompts"])]
    return page, texts


def build(log=print, size="full"):
    """Create the English pages, then translate them into every other language.

    ``size="small"`` (for tests) makes only the first guideline article.
    """
    home = _english_home()
    index, index_texts = ensure_index(home)
    articles = GUIDELINES if size == "full" else GUIDELINES[:SMALL_GUIDELINES]
    work = [(index, index_texts)]  # the index first: it is the articles' parent in every language
    work += [ensure_guideline(index, data) for data in articles]
    work += [ensure_charter(home), ensure_passport(home)]
    log(f"passport_pages: {len(articles)} guidelines, the quality charter and the passport in {settings.LANGUAGE_CODE}")

    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code"):
        done = 0
        for page, texts in work:
            # One page per transaction: translating a parent and its child together breaks the tree.
            if not is_translated(page, locale):
                translate_page(page, locale, strings_for(locale.language_code, texts))
            done += 1
        log(f"passport_pages: {done} of {len(work)} pages translated into {locale.language_code}")
    return work
