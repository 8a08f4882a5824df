"""The document library: the public documents of each cluster (reports, brochures, studies), each a
file of Wagtail's documents described by its title, type, language and year."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.models import CollectionViewRestriction

# The languages documents are written in: the portal's, and the other languages of the Mediterranean clusters.
DOCUMENT_LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("ar", _("Arabic")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("pt", _("Portuguese")),
    ("el", _("Greek")),
    ("tr", _("Turkish")),
]


class DocumentType(models.TextChoices):
    REPORT = "report", _("Report")
    BROCHURE = "brochure", _("Brochure")
    STUDY = "study", _("Study")
    OTHER = "other", _("Other")


class LibraryDocumentQuerySet(models.QuerySet):
    def public(self) -> "LibraryDocumentQuerySet":
        """Entries whose file anyone may download: in no collection restricted to some visitors, nor below one."""
        restricted = CollectionViewRestriction.objects.filter(
            StartsWith(OuterRef("file__collection__path"), F("collection__path"))
        )
        return self.exclude(Exists(restricted))

    def for_listing(self) -> "LibraryDocumentQuerySet":
        return self.select_related("file").order_by("-year", "title", "pk")


class LibraryDocument(models.Model):
    cluster = models.ForeignKey(
        "clusters.ClusterPage", verbose_name=_("cluster"), on_delete=models.CASCADE, related_name="library_documents"
    )
    title = models.CharField(_("title"), max_length=200)
    type = models.CharField(_("type"), max_length=20, choices=DocumentType.choices, default=DocumentType.REPORT)
    language = models.CharField(_("language of the document"), max_length=5, choices=DOCUMENT_LANGUAGES)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1950), MaxValueValidator(2100)], help_text=_("Year of publication.")
    )
    summary = models.TextField(_("summary"), max_length=1000, blank=True)
    file = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("file"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A PDF is best: the portal search finds the words it contains."),
    )
    updated = models.DateTimeField(auto_now=True)

    objects = LibraryDocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("library document")
        verbose_name_plural = _("library documents")
        ordering = ["-year", "title"]
        indexes = [models.Index(fields=["cluster", "-year"], name="documents_cluster_year")]

    def __str__(self) -> str:
        return self.title
