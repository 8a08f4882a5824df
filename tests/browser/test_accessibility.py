"""Accessibility of each kind of page: axe-core's checks, one heading, labelled fields, visible focus."""

import warnings

import pytest
from playwright.sync_api import expect

from conftest import require_service

# They only read the demo content (see `demo_site`).
pytestmark = pytest.mark.django_db

PAGES = {
    "home-en": "/en/",
    "home-ar": "/ar/",
    "cluster-index": "/en/clusters/",
    "cluster": "/en/clusters/ce3m/",
    "search-results": "/en/search/?q=CE3M",
    "login": "/en/accounts/login/",
    "signup": "/en/accounts/signup/",
    "not-found": "/en/no-such-page/",
}
BLOCKING_IMPACTS = {"serious", "critical"}

# Fields a person fills in (not hidden ones, not buttons), with no accessible name.
UNLABELLED_FIELDS = """() => {
  const excluded = ['hidden', 'submit', 'button', 'reset', 'image'].map((type) => `:not([type=${type}])`).join('');
  const fields = document.querySelectorAll(`input${excluded}, select, textarea`);
  const named = (field) => {
    if (field.getAttribute('aria-label')?.trim()) return true;
    const labelledBy = field.getAttribute('aria-labelledby');
    const labels = (labelledBy || '').split(/\\s+/).map((id) => document.getElementById(id));
    if (labels.some((label) => label?.textContent.trim())) return true;
    if (field.id && [...document.querySelectorAll('label[for]')].some(
      (label) => label.htmlFor === field.id && label.textContent.trim())) return true;
    return Boolean(field.closest('label')?.textContent.trim());
  };
  const visible = (field) => field.checkVisibility({visibilityProperty: true});
  return [...fields].filter((field) => visible(field) && !named(field)).map((field) => field.outerHTML);
}"""

FOCUS_STYLE = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    html: element.outerHTML,
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth),
    boxShadow: style.boxShadow,
    inViewport: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0
      && box.bottom <= innerHeight && box.right <= innerWidth,
  };
}"""


def describe(violations):
    lines = []
    for violation in violations:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        lines.append(
            f"{violation['impact']} {violation['id']}: {violation['help']} ({violation['helpUrl']}) at {targets}"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_page_is_accessible(demo_site, axe_page, axe_source, path):
    require_service("chromium")
    page = axe_page
    response = page.goto(f"{demo_site.url}{path}")
    assert response.status == (404 if path == PAGES["not-found"] else 200)
    if path == PAGES["search-results"]:
        expect(page.locator(".search-results").get_by_role("link", name="CE3M", exact=True)).to_be_visible()

    # axe-core: no serious or critical violation.
    page.add_script_tag(content=axe_source)
    results = page.evaluate("() => axe.run(document)")
    assert results["passes"], "axe-core ran no check"
    blocking = [violation for violation in results["violations"] if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe-core found on {path}:\n{describe(blocking)}"
    if minor := [violation for violation in results["violations"] if violation not in blocking]:
        warnings.warn(f"axe-core found on {path}:\n{describe(minor)}", stacklevel=1)

    # One main heading.
    expect(page.locator("h1")).to_have_count(1)

    # Every field a person fills in has a label.
    assert page.evaluate(UNLABELLED_FIELDS) == []

    # The first Tab reaches the skip link, which shows where the focus is.
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUS_STYLE)
    assert 'class="skip-link"' in focused["html"], f"the first Tab focused {focused['html']}"
    has_outline = focused["outlineStyle"] != "none" and focused["outlineWidth"] > 0
    assert has_outline or focused["boxShadow"] != "none", f"no visible focus indicator on {path}: {focused}"
    assert focused["inViewport"], f"the focused skip link is off screen on {path}: {focused}"
