"""Guidelines (listing filters, article blocks, translation) and the quality charter."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from opportunities.factories import OpportunityPageFactory
from passport_pages.blocks import CharterStreamBlock, PromptBlock
from passport_pages.factories import GuidelineCountrySectionPageFactory, GuidelinePageFactory, QualityCharterPageFactory
from passport_pages.models import (
    GuidelineCountrySectionPage,
    GuidelineIndexPage,
    GuidelinePage,
    PassportPage,
    QualityCharterPage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidelines(guideline_index):
    """Five guidelines: two before, two during (one for hosts), one after in a country section."""
    section = GuidelineCountrySectionPageFactory(parent=guideline_index, country="DE", title="Germany")
    return {
        "pack": GuidelinePageFactory(parent=guideline_index, title="Pack your bag", phase="before"),
        "money": GuidelinePageFactory(
            parent=guideline_index, title="Money", phase="before", rows__audiences=["trainee", "sending"]
        ),
        "mentor": GuidelinePageFactory(
            parent=guideline_index, title="Your mentor", phase="during", rows__audiences=["trainee", "mentor"]
        ),
        "hosts": GuidelinePageFactory(
            parent=guideline_index, title="Welcoming a trainee", phase="during", rows__audiences=["host"]
        ),
        "home": GuidelinePageFactory(parent=section, title="Coming home", phase="after"),
    }


def titles(response):
    return [page.title for group in response.context["groups"] for page in group["guidelines"]]


def counts(response, name):
    facet = next(f for f in response.context["facets"] if f["name"] == name)
    return {option["code"]: option["count"] for option in facet["options"]}


class GuidelineTreeRulesTests(WagtailPageTestCase):
    def test_where_each_page_type_lives(self):
        self.assertAllowedParentPageTypes(GuidelineIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GuidelineIndexPage, {GuidelinePage, GuidelineCountrySectionPage})
        self.assertAllowedParentPageTypes(GuidelineCountrySectionPage, {GuidelineIndexPage})
        self.assertAllowedSubpageTypes(GuidelineCountrySectionPage, {GuidelinePage})
        self.assertAllowedParentPageTypes(GuidelinePage, {GuidelineIndexPage, GuidelineCountrySectionPage})
        self.assertAllowedSubpageTypes(GuidelinePage, {})
        self.assertAllowedParentPageTypes(QualityCharterPage, {HomePage})
        self.assertAllowedSubpageTypes(QualityCharterPage, {})
        self.assertAllowedParentPageTypes(PassportPage, {HomePage})
        self.assertAllowedSubpageTypes(PassportPage, {})


def test_one_index_charter_and_passport_per_home(home_page, guideline_index, passport_page):
    QualityCharterPageFactory(parent=home_page)
    for model in (GuidelineIndexPage, QualityCharterPage, PassportPage):
        assert not model.can_create_at(home_page), model


# --- Listing ----------------------------------------------------------------------
def test_listing_groups_every_live_guideline_by_phase(client, guidelines):
    response = client.get("/en/guidelines/")
    assert response.status_code == 200
    assert [group["code"] for group in response.context["groups"]] == ["before", "during", "after"]
    assert titles(response) == ["Pack your bag", "Money", "Your mentor", "Welcoming a trainee", "Coming home"]
    html = response.content.decode()
    assert "5 guidelines" in html
    assert "<legend>When</legend>" in html and "<legend>For whom</legend>" in html


def test_phase_and_audience_filters_with_counts(client, guidelines):
    response = client.get("/en/guidelines/?phase=before")
    assert titles(response) == ["Pack your bag", "Money"]
    assert counts(response, "phase") == {"before": 2, "during": 2, "after": 1}  # each given the other filter
    assert counts(response, "audience") == {"trainee": 2, "sending": 1, "host": 0, "mentor": 0}

    response = client.get("/en/guidelines/?audience=host&audience=mentor")
    assert titles(response) == ["Your mentor", "Welcoming a trainee"]
    assert counts(response, "phase") == {"before": 0, "during": 2, "after": 0}

    response = client.get("/en/guidelines/?phase=during,after&audience=trainee")
    assert titles(response) == ["Your mentor", "Coming home"]
    assert 'value="during" checked' in response.content.decode()


def test_unknown_filter_values_are_ignored_with_a_note(client, guidelines):
    response = client.get("/en/guidelines/?phase=tomorrow&audience=<script>&phase=BEFORE")
    assert response.status_code == 200
    assert titles(response) == ["Pack your bag", "Money"]  # BEFORE read as before
    html = response.content.decode()
    assert "Unknown value “tomorrow” for “phase” was ignored." in html
    assert "&lt;script&gt;" in html and "<script>" not in html.split("<main")[1].split("</main>")[0]


def test_listing_leaves_out_drafts_private_pages_and_other_languages(client, guidelines, guideline_index):
    guidelines["money"].unpublish()
    PageViewRestriction.objects.create(page=guidelines["pack"], restriction_type="password", password="x")
    response = client.get("/en/guidelines/")
    assert "Money" not in titles(response)
    assert "Pack your bag" not in titles(response)
    assert guideline_index.guidelines().filter(locale__language_code="de").count() == 0


# Listing 4; Wagtail serving (the listing page itself, with the menu: home.routing and
# home.content_cache), the translations and home pages come from the content cache after the
# first request
LISTING_QUERIES = 4


def test_listing_query_count_does_not_grow(client, guideline_index, django_assert_num_queries):
    for _number in range(3):
        GuidelinePageFactory(parent=guideline_index, phase="before")
    client.get("/en/guidelines/")  # warm up the site root cache
    with django_assert_num_queries(LISTING_QUERIES):
        client.get("/en/guidelines/?audience=trainee")
    for number in range(6):
        GuidelinePageFactory(parent=guideline_index, phase=["during", "after"][number % 2], rows__topics=["cultural"])
    client.get("/en/guidelines/")  # the first request after a publication fills the lookups again
    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get("/en/guidelines/?audience=trainee")
    assert response.context["result_count"] == 9


def test_country_section_leads_to_its_own_guidelines(client, guidelines):
    response = client.get("/en/guidelines/de/", follow=True)
    assert response.redirect_chain == [("/en/guidelines/?country=DE", 302)]
    assert [page.title for group in response.context["groups"] for page in group["guidelines"]] == ["Coming home"]


# --- Article --------------------------------------------------------------------
def test_article_renders_every_block(client, guideline_index):
    document = get_document_model().objects.create(
        title="Learning agreement template", file=ContentFile(b"%PDF-1.4 template", name="agreement.pdf")
    )
    page = GuidelinePageFactory(
        parent=guideline_index,
        title="Your learning agreement",
        phase="before",
        rows__audiences=["trainee", "host"],
        rows__topics=["recognition"],
        body=[
            ("heading", {"text": "What it says", "level": "h2"}),
            ("paragraph", "<p>The agreement lists your tasks.</p>"),
            ("checklist", {"title": "Check it", "items": ["Tasks", "Units"]}),
            ("callout", {"kind": "tip", "title": "Tip", "text": "<p>Ask before you sign.</p>"}),
            ("callout", {"kind": "warning", "title": "Careful", "text": "<p>Keep a copy.</p>"}),
            (
                "steps",
                {"title": "How", "steps": [{"title": "Read it", "text": "Slowly."}, {"title": "Sign it", "text": ""}]},
            ),
            ("document", {"document": document, "title": "", "description": "A template to fill in."}),
            (
                "questions",
                {"title": "Questions", "questions": [{"question": "Who signs?", "answer": "<p>All three of you.</p>"}]},
            ),
        ],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Your learning agreement</h1>" in html
    assert "<dd>Before the stay</dd>" in html
    assert "Trainee, Host organisation" in html and "<dd>Recognition</dd>" in html
    assert "<h2>What it says</h2>" in html
    assert '<ul class="checklist__items"><li>Tasks</li><li>Units</li></ul>' in html
    assert 'class="callout callout--tip"' in html and 'class="callout callout--warning"' in html
    assert '<strong class="steps__title">Read it</strong>' in html
    assert f'href="{document.url}" download>Learning agreement template</a>' in html
    assert "<dt>Who signs?</dt>" in html and "All three of you." in html
    assert 'href="/en/guidelines/"' in html  # back to the listing
    assert "passport_pages/passport_pages.css" in html


def test_checklists_of_a_guideline(guideline_index):
    page = GuidelinePageFactory(
        parent=guideline_index,
        body=[
            ("paragraph", "<p>Intro</p>"),
            ("checklist", {"title": "", "items": ["One"]}),
            ("checklist", {"title": "Second", "items": ["Two", "Three"]}),
        ],
    )
    page = GuidelinePage.objects.get(pk=page.pk)
    assert page.checklists() == [{"title": "", "items": ["One"]}, {"title": "Second", "items": ["Two", "Three"]}]


def test_translation_keeps_codes_and_slug_and_translates_text(client, translated_home, guideline_index, translate):
    page = GuidelinePageFactory(
        parent=guideline_index,
        title="Your mentor",
        slug="your-mentor",
        phase="during",
        rows__audiences=["trainee", "mentor"],
        rows__topics=["pedagogical"],
        body=[("checklist", {"title": "Talk about", "items": ["What I learned"]})],
    )
    translate(guideline_index, "de", {"Guidelines": "Leitfäden"})
    german = translate(page, "de", {"Your mentor": "Deine Mentorin", "What I learned": "Was ich gelernt habe"})
    assert german.slug == "your-mentor"
    assert german.phase == "during"
    assert [row.audience for row in german.audiences.all()] == ["trainee", "mentor"]
    assert [row.topic for row in german.topics.all()] == ["pedagogical"]
    assert german.checklists() == [{"title": "Talk about", "items": ["Was ich gelernt habe"]}]

    response = client.get("/de/guidelines/?phase=during&audience=mentor")
    assert response.status_code == 200
    assert titles(response) == ["Deine Mentorin"]
    assert client.get("/de/guidelines/your-mentor/").status_code == 200


def test_contract_slugs_cannot_be_translated(translated_home, guideline_index, passport_page, translate):
    german_index = translate(guideline_index, "de", {"slug": "leitfaeden"})
    german_passport = translate(passport_page, "de", {"slug": "pass"})
    assert (german_index.slug, german_passport.slug) == ("guidelines", "passport")


# --- Quality charter --------------------------------------------------------------
def test_charter_page_shows_each_principle_with_an_anchor(client, home_page):
    charter = QualityCharterPageFactory(parent=home_page)
    charter.save_revision().publish()
    response = client.get("/en/quality-charter/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<li class="principle" id="principle-information_guidance">' in html
    assert "<h2>Mentoring</h2>" in html and "A mentor for you." in html


def test_charter_translation_keeps_principle_codes(translated_home, home_page, translate):
    charter = QualityCharterPageFactory(parent=home_page)
    german = translate(charter, "de", {"Mentoring": "Begleitung", "A mentor for you.": "Eine Mentorin für dich."})
    values = [block.value for block in german.principles]
    assert [v["principle"] for v in values] == ["information_guidance", "mentoring"]
    assert values[1]["title"] == "Begleitung" and values[1]["explanation"] == "Eine Mentorin für dich."
    assert german.slug == "quality-charter"


def test_each_principle_appears_once_in_the_charter():
    block = CharterStreamBlock()
    value = block.to_python(
        [
            {"type": "principle", "value": {"principle": "mentoring", "title": "A", "explanation": "a"}},
            {"type": "principle", "value": {"principle": "mentoring", "title": "B", "explanation": "b"}},
        ]
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_prompt_needs_lines_unless_it_is_a_tick_box():
    block = PromptBlock()
    assert block.clean(block.to_python({"text": "Done?", "space": "tick", "lines": None}))["space"] == "tick"
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "Write", "space": "lines", "lines": None}))


# --- Links from opportunities -------------------------------------------------------
def test_opportunity_page_links_its_passport_and_the_charter(client, sections):
    from opportunities.models import OpportunityCommitment

    opportunity = OpportunityPageFactory(parent=sections["DE"])
    opportunity.commitments = [OpportunityCommitment(principle="mentoring")]
    opportunity.save_revision().publish()
    html = client.get(opportunity.url).content.decode()
    assert f'href="/en/passport/pdf/?opportunity={opportunity.pk}" rel="nofollow"' in html
    assert "Passport for this opportunity" in html
    assert 'href="/en/quality-charter/"' in html


def test_robots_txt_keeps_crawlers_off_the_pdf(client):
    assert "Disallow: /*/passport/pdf/" in client.get("/robots.txt").content.decode()
