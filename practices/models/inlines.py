"""What a practice page lists in its inline panels: its results in figures and its PDF resources."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from portal.documents import is_pdf

from .pages import BestPracticePage


class PracticeFigure(Orderable):
    page = ParentalKey(BestPracticePage, on_delete=models.CASCADE, related_name="results_figures")
    value = models.CharField(_("value"), max_length=40, help_text=_("For example “60+” or “10”."))
    label = models.CharField(_("label"), max_length=120)
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(1900)])

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("label"), FieldPanel("year")])]
    api_fields = [APIField("value"), APIField("label"), APIField("year")]

    class Meta(Orderable.Meta):
        verbose_name = _("result figure")
        verbose_name_plural = _("result figures")

    def __str__(self) -> str:
        return f"{self.value} {self.label} ({self.year})"

    def clean(self) -> None:
        super().clean()
        if self.year and self.year > timezone.now().year:
            raise ValidationError({"year": _("The year of a result cannot be in the future.")})


class PracticeResource(Orderable):
    page = ParentalKey(BestPracticePage, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(_("title"), max_length=200)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("PDF document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.document_id and not is_pdf(self.document):
            raise ValidationError(
                {
                    "document": _(
                        "“%(filename)s” is not a PDF. Resources must be PDF documents: "
                        "export the file as PDF and upload it again."
                    )
                    % {"filename": self.document.filename}
                }
            )
