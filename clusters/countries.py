"""The portal's countries (see portal/countries.py)."""

from portal.countries import COUNTRY_CHOICES

__all__ = ["COUNTRY_CHOICES"]
