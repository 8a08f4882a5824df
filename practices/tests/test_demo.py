"""The demo practices: every cluster has some, in English, French and Arabic, and loading twice adds nothing."""

import io
import re

from django.core.management import call_command

from practices.demo import PRACTICES
from practices.models import BestPracticeIndexPage, BestPracticePage
from tests.factories import cluster

CLUSTERS = ("ce3m", "menara", "mdfc", "valbiom", "2ts", "qoot")
BODY_FIELDS = ("context_and_problem", "approach", "results", "how_to_replicate")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def counts() -> dict[str, int]:
    return {
        language: BestPracticePage.objects.filter(locale__language_code=language).count()
        for language in ("en", "fr", "ar")
    }


def test_every_cluster_has_at_least_two_practices_in_english_and_french(demo):
    for slug in CLUSTERS:
        for language in ("en", "fr"):
            practices = BestPracticePage.objects.child_of(cluster(slug, language)).live()
            assert practices.count() >= 2, (slug, language)
    assert counts() == {"en": len(PRACTICES), "fr": len(PRACTICES), "ar": len(PRACTICES)}
    assert len(PRACTICES) >= 12


def test_translations_carry_their_own_text(demo):
    english, french, arabic = (
        BestPracticePage.objects.get(slug="pooled-packaging-purchasing", locale__language_code=language)
        for language in ("en", "fr", "ar")
    )
    assert english.translation_key == french.translation_key == arabic.translation_key
    assert french.title.startswith("Achats groupés d’emballages")
    assert "quantités minimales" in french.context_and_problem
    assert arabic.title.startswith("الشراء المجمّع")
    assert arabic.summary.startswith("يجمّع صغار المنتجين")
    assert french.theme_slugs() == english.theme_slugs() == ["pooled-purchasing"]


def test_arabic_practices_are_written_in_arabic_throughout(demo):
    arabic = BestPracticePage.objects.live().filter(locale__language_code="ar")
    assert arabic.count() == len(PRACTICES)
    for practice in arabic:
        english = BestPracticePage.objects.get(translation_key=practice.translation_key, locale__language_code="en")
        for field in BODY_FIELDS:
            text = getattr(practice, field)
            assert ARABIC_LETTER.search(text), (practice.slug, field)
            assert text != getattr(english, field), (practice.slug, field)


def test_ce3m_practices_come_from_its_interview(demo):
    practices = BestPracticePage.objects.child_of(cluster("ce3m")).live()
    text = " ".join(f"{p.title} {p.summary} {p.approach} {p.results}" for p in practices)
    for fact in (
        "prototyping platform",
        "Pooled purchasing",
        "Maroc PME label",
        "more than 60 startups",
        "Ten universities and engineering schools",
        "national electricity office and the railway office",
        "Tamwilcom",
    ):
        assert fact in text, fact


def test_loading_the_demo_twice_creates_nothing(demo):
    before = counts()
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    assert counts() == before
    assert BestPracticeIndexPage.objects.count() == 3
    assert "(0 objects created)" in output.getvalue()
    index = BestPracticeIndexPage.objects.get(locale__language_code="en")
    assert (index.slug, index.show_in_menus, index.live) == ("best-practices", True, True)
