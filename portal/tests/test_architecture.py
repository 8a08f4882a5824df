"""The apps form layers: each imports only the apps below it, so there is no import cycle to dodge.

From the bottom: the portal's building blocks (search fields, listings, translation rules, links,
rich text, domain errors), the outbox, accounts, clusters, then the content apps built on
clusters, and the search on top of them all. The project's own wiring (URLs, the home page, the
demo loader, settings) sits above everything. Imports inside functions count as well.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Each app may import the apps of the layers below its own: not those above, nor its neighbours.
LAYERS = [
    {"portal"},
    {"outbox"},
    {"accounts"},
    {"clusters"},
    {"members", "practices", "agenda", "documents"},
    {"proposals"},
    {"news"},
    {"meetings", "following"},
    {"observatory"},
    {"search"},
]
APPS = sorted(set().union(*LAYERS))


def layer(app: str) -> int:
    return next(number for number, apps in enumerate(LAYERS) if app in apps)


# The project's wiring in portal/: it assembles the apps, so it may import any of them.
PORTAL_WIRING = ("portal/urls.py", "portal/models.py", "portal/api.py", "portal/demo/", "portal/management/")


def modules(app: str) -> list[Path]:
    return [
        path
        for path in sorted((ROOT / app).rglob("*.py"))
        if not {"tests", "migrations"} & set(path.relative_to(ROOT).parts)
        and not str(path.relative_to(ROOT)).startswith(PORTAL_WIRING)
    ]


def imported_apps(path: Path) -> dict[str, int]:
    """The project apps a module imports (anywhere in it), with the line of the first import."""
    found: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in APPS:
                found.setdefault(top, node.lineno)
    return found


@pytest.mark.parametrize("app", APPS)
def test_each_app_imports_only_the_layers_below_it(app):
    allowed = {app, *(other for other in APPS if layer(other) < layer(app))}
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {imported}"
        for path in modules(app)
        for imported, line in imported_apps(path).items()
        if imported not in allowed
    ]
    assert wrong == []


def test_content_apps_never_import_the_search():
    content = [app for app in APPS if layer("clusters") <= layer(app) < layer("search")]
    wrong = [str(path.relative_to(ROOT)) for app in content for path in modules(app) if "search" in imported_apps(path)]
    assert wrong == []


def test_the_building_blocks_import_no_app():
    wrong = [str(path.relative_to(ROOT)) for path in modules("portal") if set(imported_apps(path)) - {"portal"}]
    assert wrong == []


def test_the_check_sees_an_import_inside_a_function(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("def later():\n    from search.results import search_portal\n")
    assert imported_apps(module) == {"search": 2}
