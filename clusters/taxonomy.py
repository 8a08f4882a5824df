"""Shared vocabularies (sectors, themes): one row per term, named in each language.

Terms are identified by a stable slug, so filters and search facets stay the same
whatever the visitor's language.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class Term(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_en = models.CharField(_("name in English"), max_length=80)
    name_fr = models.CharField(_("name in French"), max_length=80)
    name_ar = models.CharField(_("name in Arabic"), max_length=80)

    panels = [FieldPanel("slug"), FieldRowPanel([FieldPanel("name_en"), FieldPanel("name_fr"), FieldPanel("name_ar")])]

    class Meta:
        abstract = True
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or "en")[:2]
        return getattr(self, f"name_{language}", "") or self.name_en


class Sector(Term):
    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
