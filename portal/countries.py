"""Countries around the Mediterranean and of the European partners, by ISO code."""

from django.utils.translation import gettext_lazy as _

COUNTRY_CHOICES = [
    ("MA", _("Morocco")),
    ("TN", _("Tunisia")),
    ("DZ", _("Algeria")),
    ("EG", _("Egypt")),
    ("LB", _("Lebanon")),
    ("JO", _("Jordan")),
    ("PS", _("Palestine")),
    ("FR", _("France")),
    ("ES", _("Spain")),
    ("IT", _("Italy")),
    ("PT", _("Portugal")),
    ("GR", _("Greece")),
    ("MT", _("Malta")),
    ("CY", _("Cyprus")),
    ("DE", _("Germany")),
    ("BE", _("Belgium")),
]
