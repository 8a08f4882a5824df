"""Countries around the Mediterranean and of the European partners, by ISO code."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .search_fields import arabic_search_form

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


def place_search_text(country: str, city: str = "") -> str:
    """A city and its country named in English, French and Arabic, for search fields: "Tunisie",
    "تونس" and "Tunisia" find the same clusters and members. Arabic names are also given in the form
    the database backends search (see portal/search_fields.py)."""
    label = dict(COUNTRY_CHOICES).get(country)
    names = [city] if city else []
    if label is not None:
        for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            with translation.override(language):
                names.append(str(label))
    names += [arabic_search_form(name) for name in names]
    return " ".join(dict.fromkeys(name for name in names if name))
