"""The figures a cluster's managers enter for a year: members by type, activity, funding, with their source.

The figures belong to the cluster, not to one language version of its page: they hang on the
cluster's source page (`portal.translations`), as members do, and read the same in every language.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clusters.models import ClusterPage
from members.models import source_clusters
from proposals.models.calls import CURRENCY_CHOICES

FIRST_YEAR = 1950


class TurnoverBand(models.TextChoices):
    UNDER_1M = "under_1m", _("Under €1 million")
    FROM_1M_TO_10M = "1m_10m", _("€1 million to €10 million")
    FROM_10M_TO_50M = "10m_50m", _("€10 million to €50 million")
    FROM_50M_TO_250M = "50m_250m", _("€50 million to €250 million")
    OVER_250M = "over_250m", _("Over €250 million")


def _count(label: str, help_text: str = "") -> models.PositiveIntegerField:
    """A figure: a whole number, empty when it is not known (which is not the same as zero)."""
    return models.PositiveIntegerField(label, null=True, blank=True, help_text=help_text)


class ClusterYearFigures(models.Model):
    cluster = models.ForeignKey(
        ClusterPage,
        verbose_name=_("cluster"),
        on_delete=models.CASCADE,
        related_name="year_figures",
        limit_choices_to=source_clusters,
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)]
    )
    source = models.CharField(
        _("source"),
        max_length=300,
        help_text=_("Where the figures come from: an annual report, an interview, a survey of the members…"),
    )
    minimums = models.BooleanField(
        _("the figures are minimums"),
        default=False,
        help_text=_("Tick when the source says “more than”: the figures are then shown as “110+”."),
    )
    smes = _count(_("SMEs"))
    large_companies = _count(_("large companies"))
    universities = _count(_("universities and schools"))
    associations = _count(_("associations and other members"))
    jobs = _count(_("jobs"), _("People employed by the members."))
    startups_supported = _count(_("startups supported"))
    products_launched = _count(_("products launched"))
    collaborative_projects = _count(_("collaborative projects"))
    international_fairs = _count(_("international fairs attended"))
    fairs_named = models.CharField(
        _("fairs attended"), max_length=300, blank=True, help_text=_("For example “CES Las Vegas, Productronica”.")
    )
    turnover_band = models.CharField(_("members' turnover"), max_length=20, choices=TurnoverBand, blank=True)
    funding_amount = models.DecimalField(
        _("funding obtained"),
        max_digits=14,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    funding_currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES, default="EUR")
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("cluster figures for a year")
        verbose_name_plural = _("cluster figures")
        ordering = ["cluster__title", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["cluster", "year"], name="observatory_one_record_per_cluster_year"),
            models.CheckConstraint(
                condition=models.Q(funding_amount__isnull=True) | models.Q(funding_amount__gte=0),
                name="observatory_funding_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cluster} {self.year}"

    @property
    def members(self) -> int | None:
        """All members, when at least one type is known."""
        counts = [self.smes, self.large_companies, self.universities, self.associations]
        known = [count for count in counts if count is not None]
        return sum(known) if known else None

    def clean(self) -> None:
        super().clean()
        if self.year and self.year > timezone.now().year:
            raise ValidationError({"year": _("The figures of a year to come cannot be known yet.")})
        if self.cluster_id and self.year:
            taken = ClusterYearFigures.objects.filter(cluster_id=self.cluster_id, year=self.year).exclude(pk=self.pk)
            if taken.exists():
                raise ValidationError(
                    {
                        "year": _("The figures of %(year)s are already entered for this cluster: edit them instead.")
                        % {"year": self.year}
                    }
                )
