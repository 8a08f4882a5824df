"""The member directory: the organisations that belong to each cluster."""

from collections.abc import Iterable
from typing import Self

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, Q, Value, When
from django.db.models.functions import Lower
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from clusters.member_counts import declared_member_counts
from clusters.models import ClusterPage
from portal.countries import COUNTRY_CHOICES, place_search_text
from portal.search_fields import arabic_searchable
from portal.translations import sources

DESCRIPTION_MAX_LENGTH = 500

# The field holding the description in each language: `description` is in the portal's default language.
DESCRIPTIONS = {settings.LANGUAGE_CODE: "description", "fr": "description_fr", "ar": "description_ar"}


def written_in(languages: Iterable[str]) -> Q:
    """The organisations that describe themselves in one of `languages` (see `description_languages`)."""
    condition = Q(pk__in=[])
    for language in languages:
        if language in DESCRIPTIONS:
            condition |= ~Q(**{DESCRIPTIONS[language]: ""})
        if language == settings.LANGUAGE_CODE:
            condition |= Q(**dict.fromkeys(DESCRIPTIONS.values(), ""))
    return condition


def language_bits() -> Case | Value:
    """The languages of each organisation, as a sum of bits (bit n: the n-th language of `DESCRIPTIONS`),
    to count them by SQL."""
    bits = [
        Case(When(written_in([language]), then=Value(1 << n)), default=Value(0))
        for n, language in enumerate(DESCRIPTIONS)
    ]
    return sum(bits[1:], bits[0])


def languages_of_bits(bits: int) -> tuple[str, ...]:
    return tuple(language for n, language in enumerate(DESCRIPTIONS) if bits & (1 << n))


class MemberType(models.TextChoices):
    SME = "sme", _("SME")
    LARGE_COMPANY = "large_company", _("Large company")
    UNIVERSITY = "university", _("University or school")
    ASSOCIATION = "association", _("Association")
    STARTUP = "startup", _("Startup")
    RESEARCH_CENTRE = "research_centre", _("Research centre")
    PUBLIC_BODY = "public_body", _("Public body")

    @property
    def plural_label(self) -> str:
        return TYPE_PLURALS[self]


TYPE_PLURALS = {
    MemberType.SME: _("SMEs"),
    MemberType.LARGE_COMPANY: _("Large companies"),
    MemberType.UNIVERSITY: _("Universities and schools"),
    MemberType.ASSOCIATION: _("Associations"),
    MemberType.STARTUP: _("Startups"),
    MemberType.RESEARCH_CENTRE: _("Research centres"),
    MemberType.PUBLIC_BODY: _("Public bodies"),
}


def source_clusters() -> Q:
    """The cluster pages members belong to: each cluster's source page (see `portal.translations`).

    Members used to belong to the English page; the demo and the existing clusters were written in
    English first, so their English pages are their sources and no member had to move.
    """
    return Q(pk__in=sources(ClusterPage.objects.all()).values("pk"))


class CapabilityTag(TagBase):
    """What a member can make or do (“PCB assembly”, “CNC machining”), kept apart from other tags."""

    free_tagging = True

    class Meta:
        verbose_name = _("capability")
        verbose_name_plural = _("capabilities")
        ordering = ["name"]


class TaggedCapability(TaggedItemBase):
    tag = models.ForeignKey(CapabilityTag, on_delete=models.CASCADE, related_name="tagged_members")
    content_object = models.ForeignKey(
        "members.MemberOrganisation", on_delete=models.CASCADE, related_name="tagged_capabilities"
    )

    class Meta:
        verbose_name = _("member capability")
        verbose_name_plural = _("member capabilities")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="members_capability_once_per_member")
        ]


class MemberOrganisationQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def of_cluster(self, cluster: ClusterPage) -> Self:
        """The members of a cluster, given its page in any language."""
        return self.filter(cluster__translation_key=cluster.translation_key)

    def for_listing(self) -> Self:
        """Ready to show in a list: sectors and capabilities fetched once for all rows."""
        return self.prefetch_related("sectors", "capabilities")

    def listed(self) -> Self:
        """The members the directory lists: those of published clusters."""
        return self.filter(cluster__in=sources(ClusterPage.objects.live()))

    def counts_by_type(self) -> dict[str, int]:
        """How many members of each type there are, in the order of the types, for types that have any."""
        counts = dict(self.order_by().values_list("type").annotate(count=Count("pk")))
        return {
            member_type.value: counts[member_type.value] for member_type in MemberType if counts.get(member_type.value)
        }


class MemberOrganisation(index.Indexed, models.Model):
    cluster = models.ForeignKey(
        "clusters.ClusterPage",
        verbose_name=_("cluster"),
        on_delete=models.CASCADE,
        related_name="members",
        limit_choices_to=source_clusters,
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, allow_unicode=True, editable=False)
    type = models.CharField(_("type"), max_length=20, choices=MemberType)
    sectors = models.ManyToManyField(
        "clusters.Sector", verbose_name=_("sectors"), blank=True, related_name="member_organisations"
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        blank=True,
        help_text=_("Leave empty for the cluster's country."),
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), max_length=DESCRIPTION_MAX_LENGTH, blank=True)
    description_fr = models.TextField(_("description in French"), max_length=DESCRIPTION_MAX_LENGTH, blank=True)
    description_ar = models.TextField(_("description in Arabic"), max_length=DESCRIPTION_MAX_LENGTH, blank=True)
    capabilities = TaggableManager(
        verbose_name=_("capabilities"),
        through=TaggedCapability,
        blank=True,
        help_text=_("What the organisation makes or does, for example “PCB assembly” or “CNC machining”."),
    )
    production_capacities = models.TextField(_("production capacities"), blank=True)
    certifications = models.CharField(
        _("certifications"), max_length=255, blank=True, help_text=_("For example “ISO 9001, IATF 16949”.")
    )
    seeks_subcontracting = models.BooleanField(_("seeks subcontracting"), default=False)
    seeks_partners = models.BooleanField(_("seeks partners"), default=False)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = MemberOrganisationQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("description_fr"),
        index.SearchField("search_description_ar"),
        index.SearchField("certifications"),
        index.SearchField("search_place"),
        index.RelatedFields("capabilities", [index.SearchField("name", boost=2)]),
        index.FilterField("type"),
        index.FilterField("country"),
        index.FilterField("cluster_id"),
        index.FilterField("seeks_subcontracting"),
        index.FilterField("seeks_partners"),
        index.FilterField("updated"),
        index.FilterField("sector_slugs"),  # counted by the portal search (search/member_hits.py)
        index.FilterField("description_locale_ids"),  # the languages it is counted under, likewise
    ]

    class Meta:
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                "cluster",
                name="members_unique_name_per_cluster",
                violation_error_message=_("This cluster already lists an organisation with this name."),
            ),
            models.UniqueConstraint(fields=["cluster", "slug"], name="members_unique_slug_per_cluster"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.country and self.cluster_id:
            self.country = self.cluster.country
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def search_place(self) -> str:
        """The city and the country in every language, for search."""
        return place_search_text(self.country, self.city)

    def sector_slugs(self) -> list[str]:
        return [sector.slug for sector in self.sectors.all()]

    def search_description_ar(self) -> str:
        """The Arabic description as the search compares it: with or without articles and short vowels."""
        return arabic_searchable(self.description_ar)

    def description_languages(self) -> tuple[str, ...]:
        """The languages the organisation describes itself in; with no description, the default one."""
        written = tuple(language for language, name in DESCRIPTIONS.items() if getattr(self, name))
        return written or (settings.LANGUAGE_CODE,)

    def description_locale_ids(self) -> list[int]:
        """The locales of `description_languages`, for the search server's language facet."""
        from portal.locales import locales_by_language  # here: it reads the page cache, which reads the models

        locales = locales_by_language()
        return [locales[language].pk for language in self.description_languages() if language in locales]

    def _unique_slug(self) -> str:
        base = slugify(self.name, allow_unicode=True)[:190] or "member"
        taken = set(
            MemberOrganisation.objects.filter(cluster_id=self.cluster_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug

    @property
    def localized_description(self) -> str:
        """The description in the reader's language where the organisation wrote one, else as written."""
        language = (get_language() or "")[:2]
        return getattr(self, f"description_{language}", "") or self.description


class Affiliation(models.Model):
    """A person's word that they belong to a member organisation, which the managers of its cluster
    confirm (`members.affiliations`). A person names at most one organisation this way."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="affiliation"
    )
    organisation = models.ForeignKey(
        MemberOrganisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="affiliations"
    )
    created_at = models.DateTimeField(_("claimed"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("affiliation")
        verbose_name_plural = _("affiliations")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


def member_counts_by_type(cluster: ClusterPage) -> dict[str, int]:
    """A cluster's members by type ({"sme": 90, …}), in the order of the types.

    For each type, the larger of the figure the profile declares and the number of organisations
    the member directory lists: a directory that lists only part of the members does not shrink
    the declared figure, and one that lists more raises it.
    """
    directory = MemberOrganisation.objects.of_cluster(cluster).counts_by_type()
    declared = declared_member_counts(cluster)
    counts = {
        member_type.value: max(directory.get(member_type.value, 0), declared.get(member_type.value, 0))
        for member_type in MemberType
    }
    return {member_type: count for member_type, count in counts.items() if count}
