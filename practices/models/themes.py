"""The themes best practices are filed under (a vocabulary editors keep, like the sectors)."""

from django.utils.translation import gettext_lazy as _

from clusters.taxonomy import Term


class Theme(Term):
    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
