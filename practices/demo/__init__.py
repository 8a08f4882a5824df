"""Demo best practices, two or more per demo cluster, in English, French and Arabic.

CE3M's practices follow its interview with Berytech, and their figures are the ones
it gives. The other clusters' practices are illustrative examples consistent with
their sectors, without figures, meant to be replaced by their managers.
"""

from wagtail.models import Locale

from clusters.models import ClusterPage, Sector
from practices.models import BestPracticePage, PracticeFigure, Theme

from .ce3m import CE3M_PRACTICES
from .other_clusters import OTHER_PRACTICES

PRACTICE_INDEX = {
    "en": {
        "title": "Best practices",
        "intro": "How clusters around the Mediterranean finance themselves, share equipment, buy together, "
        "support startups and work with universities: case studies you can replicate.",
    },
    "fr": {
        "title": "Bonnes pratiques",
        "intro": "Comment les clusters de la Méditerranée s’autofinancent, mutualisent des équipements, achètent "
        "ensemble, accompagnent des startups et travaillent avec les universités : des cas à reproduire.",
    },
    "ar": {
        "title": "أفضل الممارسات",
        "intro": "كيف تموّل التجمعات المتوسطية نفسها، وتتقاسم المعدات، وتشتري معًا، وتدعم الشركات الناشئة، "
        "وتعمل مع الجامعات: حالات قابلة للتكرار.",
    },
}

PRACTICES = [{"cluster": "ce3m", **practice} for practice in CE3M_PRACTICES] + OTHER_PRACTICES

CONTACT_NAMES = {"en": "{acronym} cluster team", "fr": "Équipe du cluster {acronym}", "ar": "فريق تجمع {acronym}"}


def load_practices(command, locales: dict[str, Locale]) -> None:
    """Create the demo practices under their clusters, once; a second run creates nothing.

    `command` is the load_demo command: its `translate` helper creates the French and
    Arabic versions, and `created` counts what was added.
    """
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    for data in PRACTICES:
        cluster = ClusterPage.objects.get(locale=locales["en"], slug=data["cluster"])
        command.step(f"practice {cluster.acronym}: {data['slug']}")
        practice = BestPracticePage.objects.child_of(cluster).filter(slug=data["slug"]).first()
        if practice is None:
            practice = BestPracticePage(
                slug=data["slug"],
                locale=locales["en"],
                contact_name=CONTACT_NAMES["en"].format(acronym=cluster.acronym),
                contact_email=f"manager@{cluster.slug}.example.org",
                **data["en"],
            )
            practice.themes = [themes[slug] for slug in data.get("themes", [])]
            practice.sectors = [sectors[slug] for slug in data.get("sectors", [])]
            practice.results_figures = figures(data, "en")
            cluster.add_child(instance=practice)
            practice.save_revision().publish()
            command.created += 1
        contacts = {
            code: {"contact_name": CONTACT_NAMES[code].format(acronym=cluster.acronym)} for code in ("fr", "ar")
        }
        command.translate(
            practice,
            data,
            locales,
            extra={code: {**contacts[code], "results_figures": figures(data, code)} for code in ("fr", "ar")},
        )


def figures(data: dict, language: str) -> list[PracticeFigure]:
    """The practice's figures, labelled in `language` ("en", "fr" or "ar")."""
    return [
        PracticeFigure(value=value, label=dict(zip(("en", "fr", "ar"), labels, strict=True))[language], year=year)
        for value, *labels, year in data.get("figures", [])
    ]
