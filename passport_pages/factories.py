"""factory_boy factories for guidelines, the quality charter and the passport (wagtail-factories handles the tree)."""

import factory
import wagtail_factories

from home.factories import CountrySectionFactory


class GuidelineIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guidelines"
    slug = "guidelines"
    introduction = "Support before, during and after your stay."

    class Meta:
        model = "passport_pages.GuidelineIndexPage"


class GuidelineCountrySectionPageFactory(CountrySectionFactory):
    class Meta:
        model = "passport_pages.GuidelineCountrySectionPage"


class GuidelinePageFactory(wagtail_factories.PageFactory):
    """A published guideline; pass ``rows__audiences`` (default ``["trainee"]``) and ``rows__topics``."""

    title = factory.Sequence(lambda n: f"Guideline {n}")
    slug = factory.Sequence(lambda n: f"guideline-{n}")
    phase = "before"
    introduction = "What to do and why."
    body = factory.LazyAttribute(
        lambda o: [("checklist", {"title": f"{o.title}: checklist", "items": ["First thing", "Second thing"]})]
    )

    class Meta:
        model = "passport_pages.GuidelinePage"
        skip_postgeneration_save = True

    @factory.post_generation
    def rows(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy's signature
        from passport_pages.models import GuidelineAudience, GuidelineTopic

        obj.audiences = [GuidelineAudience(audience=code) for code in kwargs.get("audiences", ["trainee"])]
        obj.topics = [GuidelineTopic(topic=code) for code in kwargs.get("topics", [])]
        if create:
            obj.save()
            obj.save_revision().publish()


class QualityCharterPageFactory(wagtail_factories.PageFactory):
    title = "Quality charter"
    slug = "quality-charter"
    introduction = "What every partner commits to."
    principles = factory.LazyFunction(
        lambda: [
            ("principle", {"principle": "information_guidance", "title": "Information", "explanation": "Clear."}),
            ("principle", {"principle": "mentoring", "title": "Mentoring", "explanation": "A mentor for you."}),
        ]
    )

    class Meta:
        model = "passport_pages.QualityCharterPage"


def _passport_chapters():
    return [
        (
            "chapter",
            {
                "phase": "before",
                "title": "My preparation",
                "intro": "Tick what is done.",
                "prompts": [
                    {"text": "My passport is valid", "space": "tick", "lines": 1},
                    {"text": "What I want to learn", "space": "lines", "lines": 4},
                ],
            },
        ),
        (
            "chapter",
            {
                "phase": "during",
                "title": "My diary",
                "intro": "",
                "prompts": [{"text": "My first week", "space": "box", "lines": 6}],
            },
        ),
        (
            "chapter",
            {
                "phase": "after",
                "title": "Next steps",
                "intro": "",
                "prompts": [{"text": "What I will do next", "space": "lines", "lines": 3}],
            },
        ),
    ]


class PassportPageFactory(wagtail_factories.PageFactory):
    title = "Pathway passport"
    slug = "passport"
    introduction = "Your booklet for the stay abroad."
    back_cover = "Keep this booklet with you."
    chapters = factory.LazyFunction(_passport_chapters)

    class Meta:
        model = "passport_pages.PassportPage"
