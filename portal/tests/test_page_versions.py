"""Which version of a translated page holds shared state, and which one a reader is shown."""

from django.utils import translation
from wagtail.models import Locale

from clusters.models import ClusterPage
from portal.translations import in_language, in_reader_language, language_of, source_of, sources
from tests.factories import cluster, make_cluster


def test_the_source_is_the_version_first_written_whatever_its_language(demo):
    written_first = make_cluster("sahel-textile", country="TN")
    french = written_first.copy_for_translation(Locale.objects.get(language_code="fr"))
    english_source_of_french = source_of(french)
    assert english_source_of_french.pk == written_first.pk
    assert source_of(written_first).pk == written_first.pk


def test_the_source_of_a_page_written_in_french_first_is_the_french_one(demo):
    index_fr = cluster("ce3m", "fr").get_parent()
    french = ClusterPage(title="Grappe du Sahel", slug="grappe-sahel", summary="Une grappe.", country="TN")
    index_fr.add_child(instance=french)
    english = french.copy_for_translation(Locale.objects.get(language_code="en"))
    assert source_of(english).pk == french.pk


def test_sources_keep_one_page_per_item(demo):
    listed = sources(ClusterPage.objects.all())
    assert listed.count() == ClusterPage.objects.filter(locale__language_code="en").count()
    assert {page.locale.language_code for page in listed} == {"en"}


def test_a_reader_sees_the_live_translation_in_their_language_or_the_page_itself(demo):
    english = cluster("ce3m", "en")
    assert in_language(english, "ar").pk == cluster("ce3m", "ar").pk
    with translation.override("fr"):
        assert in_reader_language(english).pk == cluster("ce3m", "fr").pk
    cluster("ce3m", "fr").unpublish()
    assert in_language(english, "fr").pk == english.pk


def test_people_without_a_language_read_the_default_one(settings):
    class Person:
        preferred_language = ""

    assert language_of(Person()) == settings.LANGUAGE_CODE
    Person.preferred_language = "ar"
    assert language_of(Person()) == "ar"
