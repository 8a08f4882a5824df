"""What tells translations out of date (`portal.translation_status`): the text of each source page
at its last publish, and the translations marked."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class SourceText(models.Model):
    """What the text of a page its translations are made from read when it was last published
    (a fingerprint), to tell when that text changes (`portal.translation_status`)."""

    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="+")
    fingerprint = models.CharField(max_length=64)
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("source text")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.fingerprint[:12]}"


class OutdatedTranslation(models.Model):
    """A translation whose source's text changed after the translation was last updated."""

    page = models.OneToOneField(
        Page, verbose_name=_("translation"), on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    source = models.ForeignKey(Page, verbose_name=_("source"), on_delete=models.CASCADE, related_name="+")
    since = models.DateTimeField(_("source changed on"))

    class Meta:
        verbose_name = _("translation out of date")
        verbose_name_plural = _("translations out of date")
        ordering = ["-since", "page"]

    def __str__(self) -> str:
        return f"{self.page_id} (source changed on {self.since:%Y-%m-%d})"
