"""Demo content of passport_pages: guidelines, the quality charter and the passport, in every language.

The texts are in ``passport_pages.yaml`` (beside this module), written for young people
with fewer opportunities in plain language; their translations are in
``passport_pages/locale/<language>/LC_MESSAGES/demo.po`` (see ``home.demo_catalogue``).
No "&", "<" or ">" in the texts: the rich-text ones are matched as HTML by wagtail-localize.
Deterministic and idempotent: each page is found by its slug before it is made, and a
page already translated into a locale is left as it is.
"""

from django.conf import settings
from django.db import transaction
from django.utils.html import escape

from home.demo_catalogue import load_data, translate_pages
from home.models import HomePage

from ..models import (
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

APP = "passport_pages"
SMALL_GUIDELINES = 1  # size="small" (tests): the first article only


def data():
    return load_data(APP)


def _paragraph(text):
    return f"<p>{escape(text)}</p>"


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


# --- The texts each page is translated with --------------------------------------
def index_texts(index):
    return [index["title"], index["introduction"]]


def guideline_texts(guideline):
    return [
        guideline["title"],
        guideline["introduction"],
        guideline["checklist_title"],
        *guideline["items"],
        guideline["tip_title"],
        guideline["tip"],
    ]


def charter_texts(charter):
    texts = [charter["title"], charter["introduction"]]
    for row in charter["principles"]:
        texts += [row["title"], row["explanation"]]
    return texts


def passport_texts(passport):
    texts = [passport["title"], passport["introduction"], passport["back_cover"]]
    for chapter in passport["chapters"]:
        texts += [chapter["title"], chapter["intro"], *(prompt["text"] for prompt in chapter["prompts"])]
    return texts


def guidelines(content, size="full"):
    return content["guidelines"] if size == "full" else content["guidelines"][:SMALL_GUIDELINES]


def source_texts(size="full"):
    """Every English text the builder translates."""
    content = data()
    texts = index_texts(content["guideline_index"])
    texts += [text for guideline in guidelines(content, size) for text in guideline_texts(guideline)]
    return texts + charter_texts(content["charter"]) + passport_texts(content["passport"])


# --- Pages -------------------------------------------------------------------------
def ensure_index(home, index):
    return _ensure_child(
        home,
        GuidelineIndexPage,
        GUIDELINES_SLUG,
        title=index["title"],
        introduction=index["introduction"],
        show_in_menus=True,
    )


def guideline_body(guideline):
    return [
        ("checklist", {"title": guideline["checklist_title"], "items": list(guideline["items"])}),
        (
            "callout",
            {"kind": guideline["tip_kind"], "title": guideline["tip_title"], "text": _paragraph(guideline["tip"])},
        ),
    ]


@transaction.atomic
def ensure_guideline(index, guideline):
    page = GuidelinePage.objects.child_of(index).filter(slug=guideline["slug"]).first()
    if page is None:
        page = GuidelinePage(
            slug=guideline["slug"],
            title=guideline["title"],
            phase=guideline["phase"],
            introduction=guideline["introduction"],
            body=guideline_body(guideline),
        )
        page.audiences = [GuidelineAudience(audience=code) for code in guideline["audiences"]]
        page.topics = [GuidelineTopic(topic=code) for code in guideline["topics"]]
        index.add_child(instance=page)
        page.save_revision().publish()
    return page


def ensure_charter(home, charter):
    principles = [
        ("principle", {"principle": row["code"], "title": row["title"], "explanation": row["explanation"]})
        for row in charter["principles"]
    ]
    return _ensure_child(
        home,
        QualityCharterPage,
        CHARTER_SLUG,
        title=charter["title"],
        introduction=charter["introduction"],
        principles=principles,
        show_in_menus=True,
    )


def ensure_passport(home, passport):
    chapters = [
        (
            "chapter",
            {
                "phase": chapter["phase"],
                "title": chapter["title"],
                "intro": chapter["intro"],
                "prompts": [
                    {"text": prompt["text"], "space": prompt["space"], "lines": prompt.get("lines", 3)}
                    for prompt in chapter["prompts"]
                ],
            },
        )
        for chapter in passport["chapters"]
    ]
    return _ensure_child(
        home,
        PassportPage,
        PASSPORT_SLUG,
        title=passport["title"],
        introduction=passport["introduction"],
        back_cover=passport["back_cover"],
        chapters=chapters,
        show_in_menus=True,
    )


def build(log=print, size="full"):
    """Create the English pages, then translate them into every other language.

    ``size="small"`` (for tests) makes only the first guideline article.
    """
    content = data()
    home = _english_home()
    index = ensure_index(home, content["guideline_index"])
    articles = guidelines(content, size)
    work = [(index, index_texts(content["guideline_index"]))]  # the index first: the articles' parent
    work += [(ensure_guideline(index, guideline), guideline_texts(guideline)) for guideline in articles]
    work += [
        (ensure_charter(home, content["charter"]), charter_texts(content["charter"])),
        (ensure_passport(home, content["passport"]), passport_texts(content["passport"])),
    ]
    log(f"passport_pages: {len(articles)} guidelines, the quality charter and the passport in {settings.LANGUAGE_CODE}")
    translate_pages(APP, work, log)
    return work
