"""The demo's entered figures: CE3M's, as its interview with Berytech gives them.

The other demo clusters gave no figures: the observatory shows only what the portal counts for them
(events, B2B meetings, proposals).
"""

from django.core.management.base import OutputWrapper

from clusters.models import ClusterPage
from portal.translations import sources

from .models import ClusterYearFigures

CE3M_SOURCE = "Interview of CE3M by Berytech, “Scale-up voucher for Clusters” series (THE NEXT SOCIETY)"
CE3M_FIGURES = {
    "year": 2023,  # the year of the profile's key figures, which come from the same interview
    "source": CE3M_SOURCE,
    "minimums": True,  # “more than 110 members: +90 SMEs…”
    "smes": 90,
    "universities": 10,
    "associations": 6,
    "large_companies": 4,
    "collaborative_projects": 40,
    "startups_supported": 60,
    "products_launched": 40,
    "international_fairs": 2,
    "fairs_named": "CES Las Vegas, Productronica Germany",
}


def load_figures(stdout: OutputWrapper) -> int:
    """CE3M's figures (once). Returns how many records were created."""
    cluster = sources(ClusterPage.objects.filter(slug="ce3m")).first()
    if cluster is None:
        return 0
    values = dict(CE3M_FIGURES)
    year = values.pop("year")
    _figures, created = ClusterYearFigures.objects.get_or_create(cluster=cluster, year=year, defaults=values)
    stdout.write("  cluster figures…")
    return int(created)
