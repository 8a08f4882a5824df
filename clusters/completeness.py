"""How complete a cluster's profile is, against criteria close to the European Cluster Collaboration
Platform's, with what is still missing."""

from dataclasses import dataclass, field
from datetime import date

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .member_counts import member_counts
from .models import ClusterPage

FIGURES_STALE_AFTER_YEARS = 3


@dataclass
class Completeness:
    cluster: ClusterPage
    met: list[Promise] = field(default_factory=list)
    missing: list[Promise] = field(default_factory=list)

    @property
    def percent(self) -> int:
        total = len(self.met) + len(self.missing)
        return round(100 * len(self.met) / total) if total else 0


def _member_types(cluster: ClusterPage) -> int:
    return sum(1 for count in member_counts(cluster).values() if count)


def profile_completeness(cluster: ClusterPage) -> Completeness:
    """Check a cluster's profile (its page in any language) against the profile criteria."""
    languages = set(
        ClusterPage.objects.live()
        .filter(translation_key=cluster.translation_key)
        .values_list("locale__language_code", flat=True)
    )
    figures = list(cluster.key_figures.all())
    this_year = date.today().year
    criteria = [
        (cluster.contacts.filter(is_management=True).exists(), _("Management team named")),
        (_member_types(cluster) >= 2, _("At least two types of members")),
        ("en" in languages, _("English version published")),
        ("fr" in languages or "ar" in languages, _("French or Arabic version published")),
        (
            bool(figures) and all(this_year - figure.year <= FIGURES_STALE_AFTER_YEARS for figure in figures),
            _("Key figures dated within the last three years"),
        ),
        (cluster.latitude is not None and cluster.longitude is not None, _("Location on the map")),
        (cluster.sectors.exists(), _("Sectors chosen")),
        (bool(cluster.mission and cluster.services), _("Mission and services described")),
        (cluster.logo_id is not None, _("Logo")),
        (bool(cluster.website or cluster.contact_email), _("Website or contact email")),
    ]
    result = Completeness(cluster=cluster)
    for is_met, label in criteria:
        (result.met if is_met else result.missing).append(label)
    return result
