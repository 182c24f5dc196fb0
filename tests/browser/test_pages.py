"""Every public page type in English and German: axe-core (no serious or critical violation),
the Nu HTML Checker (no error), and screenshots at 360 and 1280 pixels (not blank, not an error,
no sideways scrolling on a phone, nothing refused by the site's Content-Security-Policy).

Screenshots are saved under var/screenshots/ (not committed) to look at after a run.
"""

import json
import shutil
import subprocess

import pytest
from PIL import Image

from tests.browser.content import LANGUAGES
from tests.browser.tools import AXE_JS, SCREENSHOTS, VNU_JAR
from tests.browser.visits import PAGE_IDS, PAGE_PARAMS, PAGE_TYPES, is_error_page, visit

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]

BLOCKING_IMPACTS = {"serious", "critical"}
WIDTHS = (360, 1280)


def axe_violations(page):
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        """async () => {
            const results = await axe.run(document, {resultTypes: ["violations"]});
            return results.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => n.target.join(" ") + ": " + n.failureSummary.replace(/\\s+/g, " ")),
            }));
        }"""
    )


def describe(violations):
    return "\n".join(
        f"[{v['impact']}] {v['id']}: {v['help']}\n" + "\n".join(f"    {node}" for node in v["nodes"][:5])
        for v in violations
    )


@pytest.mark.parametrize(("lang", "name"), PAGE_PARAMS, ids=PAGE_IDS)
def test_no_serious_or_critical_axe_violation(page, site_pages, lang, name):
    response = visit(page, site_pages, lang, name)
    assert response.ok, f"{name}: HTTP {response.status}"
    violations = axe_violations(page)
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    if violations:
        print(describe(violations))
    assert not blocking, f"axe on {lang} {name}:\n{describe(blocking)}"


@pytest.mark.parametrize(("lang", "name"), PAGE_PARAMS, ids=PAGE_IDS)
def test_screenshots_are_neither_blank_nor_an_error(new_page, site_pages, lang, name):
    page = new_page(width=WIDTHS[-1], bypass_csp=False)
    refused = []
    page.on("console", lambda message: "Content Security Policy" in message.text and refused.append(message.text))
    response = visit(page, site_pages, lang, name)
    assert response.status == 200, f"{name}: HTTP {response.status}"
    assert not is_error_page(page.content())
    assert page.locator("h1").count() == 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        path = SCREENSHOTS / f"{lang}-{name}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 5_000, f"{path.name} is suspiciously small"
        with Image.open(path) as image:
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert len(colours) > 10, f"{path.name} looks blank ({len(colours)} colours)"
        if width == 360:
            assert page.evaluate("document.documentElement.scrollWidth") <= 360, f"{name} scrolls sideways at 360 px"
    assert not refused, "\n".join(refused)


def test_every_page_type_is_valid_html(page, site_pages, tmp_path):
    """The server's HTML of every page type in both languages, checked in one run of the Nu HTML Checker."""
    if shutil.which("java") is None:
        pytest.skip("the Nu HTML Checker needs Java: apt-get install default-jre-headless")
    for lang in LANGUAGES:
        for name, _target in PAGE_TYPES:
            response = visit(page, site_pages, lang, name)
            (tmp_path / f"{lang}-{name}.html").write_text(response.text(), encoding="utf-8")
    files = sorted(str(path) for path in tmp_path.glob("*.html"))
    assert len(files) == len(PAGE_IDS)
    checker = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(checker.stderr or checker.stdout or '{"messages": []}')
    errors = [
        f"{message.get('url', '').rsplit('/', 1)[-1]}:{message.get('lastLine')}: {message['message']}"
        f" ({message.get('extract', '').strip()[:120]!r})"
        for message in report["messages"]
        if message.get("type") in ("error", "non-document-error")
    ]
    assert not errors, "Nu HTML Checker:\n" + "\n".join(errors)
