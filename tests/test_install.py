"""Each app installs into a minimal second Wagtail project: ``home`` plus that app and the apps
it links to, Django's and Wagtail's usual apps, wagtail-localize, and nothing of this project
(``pathway`` is not on the path).

For each install a subprocess writes nothing but a settings module in a temporary directory,
runs ``migrate`` on a fresh SQLite database, imports every module of the installed apps (an
import of a project app that is not installed fails there and names the module that tried), and
creates one page of each of the app's creatable page types under a parent where Wagtail allows it.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)

# The installs ignore DATABASE_URL (each migrates its own SQLite file); one worker runs them all
# (the module's fixture starts the six side by side), so that two workers do not each start six.
pytestmark = [pytest.mark.database_independent, pytest.mark.xdist_group("install")]
PROJECT_APPS = ["home", "opportunities", "opportunities.matching", "enterprises", "passport_pages", "search"]

# What a second project installs anyway: Django's contrib apps, Wagtail's usual apps (as
# `wagtail start` writes them) and wagtail-localize.
BASE_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

# Each install: the apps it adds to home, anything else it needs, and the pages it builds
# (factory, parent key, key), parents first.
INSTALLS = {
    "home": {
        "apps": ["home"],
        "extra": [],
        "pages": [
            ("home.factories.ContentPageFactory", "home", "content"),
        ],
    },
    "opportunities": {
        "apps": ["home", "opportunities"],
        "extra": [],
        "pages": [
            ("opportunities.factories.OpportunityIndexPageFactory", "home", "opportunities"),
            ("opportunities.factories.CountrySectionPageFactory", "opportunities", "opportunities_de"),
            ("opportunities.factories.OpportunityPageFactory", "opportunities_de", "opportunity"),
        ],
    },
    "enterprises": {
        "apps": ["home", "opportunities", "enterprises"],
        "extra": [],
        "pages": [
            ("enterprises.factories.OrganisationIndexPageFactory", "home", "organisations"),
            ("enterprises.factories.OrganisationCountrySectionPageFactory", "organisations", "organisations_de"),
            ("enterprises.factories.EnterprisePageFactory", "organisations_de", "enterprise"),
            ("enterprises.factories.SocialPartnerPageFactory", "organisations_de", "social_partner"),
            ("enterprises.factories.VetProviderPageFactory", "organisations_de", "vet_provider"),
        ],
    },
    "passport_pages": {
        "apps": ["home", "opportunities", "passport_pages"],
        "extra": [],
        "pages": [
            ("passport_pages.factories.GuidelineIndexPageFactory", "home", "guidelines"),
            ("passport_pages.factories.GuidelineCountrySectionPageFactory", "guidelines", "guidelines_de"),
            ("passport_pages.factories.GuidelinePageFactory", "guidelines_de", "guideline"),
            ("passport_pages.factories.QualityCharterPageFactory", "home", "charter"),
            ("passport_pages.factories.PassportPageFactory", "home", "passport"),
        ],
    },
    "search": {
        "apps": ["home", "search"],
        "extra": ["wagtail.contrib.search_promotions"],  # search.views shows promoted results
        "pages": [],
    },
}

SETTINGS = """
from pathlib import Path

SECRET_KEY = "install-test"
DEBUG = False
INSTALLED_APPS = {installed_apps!r}
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
TEMPLATES = [
    {{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {{
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        }},
    }},
]
DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": {database!r},
        "OPTIONS": {{"init_command": "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY"}},  # a throwaway database
    }}
}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("de", "German")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "Second project"
WAGTAILADMIN_BASE_URL = "http://localhost"
STATIC_URL = "/static/"
ROOT_URLCONF = "install_urls"
"""

# The second project's URLs: Wagtail's, and each installed app's as the app asks to be included.
URLS = """
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [path("admin/", include(wagtailadmin_urls))]
localized = []
if "opportunities" in settings.INSTALLED_APPS:
    from opportunities import urls as opportunity_urls

    urlpatterns.append(path("", include((opportunity_urls.api_urlpatterns, "opportunities_api"))))
    localized.append(path("", include((opportunity_urls.localized_urlpatterns, "opportunities"))))
if "search" in settings.INSTALLED_APPS:
    localized.append(path("search/", include("search.urls")))
urlpatterns += i18n_patterns(*localized, path("", include(wagtail_urls)))
"""

# Runs in the second project: refuse the project's apps that are not installed, migrate, import
# every module of the installed apps, create one page of each page type, print a JSON report.
SCRIPT = r"""
import importlib, importlib.abc, json, pkgutil, sys, traceback

INSTALLED = set(sys.argv[1].split(","))
BLOCKED = [app for app in sys.argv[2].split(",") if app not in INSTALLED]
PAGES = json.loads(sys.argv[3])
SUBJECT = sys.argv[4]
report = {"blocked_imports": [], "errors": []}


class RefuseUninstalledApps(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        for app in BLOCKED:
            if name == app or name.startswith(app + "."):
                importer = sys._getframe(1)
                while importer and importer.f_globals.get("__name__", "").startswith(("importlib", "_frozen")):
                    importer = importer.f_back
                who = importer.f_globals.get("__name__") if importer else "?"
                report["blocked_imports"].append(f"{who} imports {name}")
                raise ImportError(f"{name} belongs to {app}, which this project does not install")
        return None


sys.meta_path.insert(0, RefuseUninstalledApps())


def done(code):
    print("REPORT " + json.dumps(report))
    sys.exit(code)


try:
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
except Exception:
    report["errors"].append("migrate: " + traceback.format_exc(limit=4))
    done(1)

def import_all(package):
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if info.name.rpartition(".")[2] in ("tests", "migrations") or info.name in BLOCKED:
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception as error:
            report["errors"].append(f"import {info.name}: {type(error).__name__}: {error}")
            continue
        if info.ispkg:
            import_all(module)


for app in sorted(INSTALLED):
    import_all(importlib.import_module(app))

try:
    from django.apps import apps
    from wagtail.models import Page, Site

    from home.factories import HomePageFactory

    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    created = {"home": HomePageFactory(parent=root)}
    Site.objects.create(hostname="localhost", root_page=created["home"], is_default_site=True)
    for dotted, parent_key, key in PAGES:
        module, _, name = dotted.rpartition(".")
        factory = getattr(importlib.import_module(module), name)
        parent = created[parent_key]
        model = factory._meta.get_model_class()
        if not model.can_create_at(parent):
            report["errors"].append(f"{model.__name__} cannot be created under {type(parent).__name__}")
            continue
        created[key] = factory(parent=parent, slug=key.replace("_", "-"))
    report["created"] = sorted({type(page).__name__ for page in created.values()})
    config = next(config for config in apps.get_app_configs() if config.name == SUBJECT)
    page_types = {model.__name__ for model in config.get_models() if issubclass(model, Page) and model.is_creatable}
    report["page_types"] = sorted(page_types)
    missing = page_types - set(report["created"])
    if missing:
        report["errors"].append(f"page types not created: {sorted(missing)}")
except Exception:
    report["errors"].append("pages: " + traceback.format_exc(limit=6))
done(1 if report["errors"] or report["blocked_imports"] else 0)
"""


def start_install(tmp_path, name):
    """Start one install in a subprocess (they run side by side: each migrates from scratch)."""
    spec = INSTALLS[name]
    apps = spec["apps"]
    (tmp_path / "install_settings.py").write_text(
        SETTINGS.format(installed_apps=[*apps, *spec["extra"], *BASE_APPS], database=str(tmp_path / "db.sqlite3")),
        encoding="utf-8",
    )
    (tmp_path / "install_urls.py").write_text(URLS, encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO", "DATABASE_URL", "REDIS_URL", "PYTEST", "PATHWAY"))
    }
    env.update(DJANGO_SETTINGS_MODULE="install_settings", PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, ",".join(apps), ",".join(PROJECT_APPS), json.dumps(spec["pages"]), name],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def installs(tmp_path_factory):
    """``{name: (report, stdout, stderr)}`` for every install, run in parallel."""
    running = {name: start_install(tmp_path_factory.mktemp(name), name) for name in INSTALLS}
    results = {}
    for name, process in running.items():
        stdout, stderr = process.communicate(timeout=600)
        lines = [line for line in stdout.splitlines() if line.startswith("REPORT ")]
        report = json.loads(lines[-1].removeprefix("REPORT ")) if lines else None
        results[name] = (report, stdout, stderr)
    return results


@pytest.mark.parametrize("name", INSTALLS)
def test_app_installs_into_a_second_project(installs, name):
    report, stdout, stderr = installs[name]
    assert report is not None, stdout + stderr
    assert report["blocked_imports"] == [], report
    assert report["errors"] == [], "\n".join(report["errors"]) + stderr[-3000:]
    if name != "search":  # search has no page types
        assert report["page_types"], report
    assert set(report["page_types"]) <= set(report["created"])
