"""The active language's locale, read from the cache: the same as Wagtail's, without a query."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from portal.locales import active_locale


@pytest.mark.parametrize("language", ["en", "fr", "ar", "de"])
def test_the_active_locale_is_wagtails_without_a_query(db, language, django_assert_num_queries):
    with translation.override(language):
        expected = Locale.get_active()
        active_locale()
        with django_assert_num_queries(0):
            assert active_locale() == expected


def test_a_new_locale_is_found_at_once(db, settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = [*settings.WAGTAIL_CONTENT_LANGUAGES, ("es", "Español")]
    settings.LANGUAGES = [*settings.LANGUAGES, ("es", "Español")]
    with translation.override("es"):
        assert active_locale().language_code == "en"
        spanish = Locale.objects.create(language_code="es")
        assert active_locale() == spanish
        spanish.delete()
        assert active_locale().language_code == "en"
