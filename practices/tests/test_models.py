"""Best practice pages: where they live, what they relate to, and what their figures and resources accept."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from modelsearch.backends.elasticsearch9 import Elasticsearch9Mapping

from clusters.models import ClusterIndexPage, ClusterPage
from portal.models import HomePage
from practices.models import BestPracticeIndexPage, BestPracticePage, PracticeFigure, PracticeResource, Theme
from tests.factories import cluster

from .factories import MINIMAL_PDF, document, publish_practice

THEME_SLUGS = {
    "self-financing",
    "import-substitution",
    "shared-prototyping",
    "pooled-purchasing",
    "internationalisation",
    "startup-support",
    "university-industry-collaboration",
    "training-and-skills",
}


@pytest.mark.django_db
def test_the_themes_exist_in_three_languages():
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    assert set(themes) == THEME_SLUGS
    pooled = themes["pooled-purchasing"]
    assert (pooled.name_en, pooled.name_fr, pooled.name_ar) == ("Pooled purchasing", "Achats groupés", "الشراء المجمّع")
    with translation.override("fr"):
        assert pooled.name == "Achats groupés"
    with translation.override("ar"):
        assert str(pooled) == "الشراء المجمّع"


def test_practices_live_inside_a_cluster_and_the_index_under_the_home_page():
    assert BestPracticePage.allowed_parent_page_models() == [ClusterPage]
    assert BestPracticePage in ClusterPage.allowed_subpage_models()
    assert BestPracticeIndexPage.allowed_parent_page_models() == [HomePage]
    assert BestPracticeIndexPage in HomePage.allowed_subpage_models()
    assert BestPracticeIndexPage.allowed_subpage_models() == []
    assert BestPracticePage not in ClusterIndexPage.allowed_subpage_models()


def test_a_cluster_editor_may_add_practices_to_their_own_cluster_only(demo):
    manager = get_user_model().objects.get(email="manager@ce3m.example.org")
    assert cluster("ce3m").permissions_for_user(manager).can_add_subpage()
    assert not cluster("qoot").permissions_for_user(manager).can_add_subpage()
    practice = BestPracticePage.objects.get(slug="prototyping-platform", locale__language_code="en")
    assert practice.permissions_for_user(manager).can_edit()


def test_a_practice_knows_its_cluster_and_country(demo):
    practice = BestPracticePage.objects.get(slug="export-readiness", locale__language_code="fr")
    assert practice.cluster == cluster("qoot", "fr")
    assert isinstance(practice.cluster, ClusterPage)
    assert practice.country == "LB"
    assert (practice.cluster_slug(), practice.country_code()) == ("qoot", "LB")
    assert practice.theme_slugs() == ["internationalisation", "training-and-skills"]
    assert practice.sector_slugs() == ["agri-food"]


def test_a_search_server_document_carries_the_slugs_to_filter_on(demo):
    practice = BestPracticePage.objects.get(slug="tech-centre-for-startups", locale__language_code="fr")
    document = Elasticsearch9Mapping(BestPracticePage).get_document(practice)
    prefix = "practices_bestpracticepage__"
    assert document[f"{prefix}theme_slugs_filter"] == ["startup-support"]
    assert document[f"{prefix}sector_slugs_filter"] == ["electronics", "medical"]
    assert document[f"{prefix}cluster_slug_filter"] == "ce3m"
    assert document[f"{prefix}country_code_filter"] == "MA"
    assert document["locale_id_filter"] == practice.locale_id


@pytest.mark.django_db
def test_related_practices_share_a_theme_or_sector_most_shared_first(demo):
    ce3m, qoot = cluster("ce3m"), cluster("qoot")
    practice = publish_practice(ce3m, "subject", themes=("self-financing", "pooled-purchasing"), sectors=("water",))
    both = publish_practice(qoot, "shares-two", themes=("self-financing", "pooled-purchasing"))
    all_three = publish_practice(
        qoot, "shares-three", themes=("self-financing", "pooled-purchasing"), sectors=("water",)
    )
    sector_only = publish_practice(qoot, "shares-sector", sectors=("water",))
    publish_practice(qoot, "shares-nothing", themes=("startup-support",), sectors=("textile",))

    related = practice.related_practices()

    assert related[:2] == [all_three, both]
    assert len(related) == 3
    assert practice not in related
    assert practice.related_practices(limit=2) == [all_three, both]
    assert sector_only in practice.related_practices(limit=10)
    assert "shares-nothing" not in {item.slug for item in practice.related_practices(limit=10)}
    assert related[0].cluster == qoot


@pytest.mark.django_db
def test_related_practices_stay_in_the_practice_language(demo):
    practice = BestPracticePage.objects.get(slug="pooled-component-purchasing", locale__language_code="fr")
    related = practice.related_practices()
    assert related
    assert {item.locale.language_code for item in related} == {"fr"}
    assert "pooled-packaging-purchasing" in {item.slug for item in related}


@pytest.mark.django_db
def test_a_practice_without_themes_or_sectors_has_no_related_practices(demo):
    practice = publish_practice(cluster("menara"), "lonely")
    assert practice.related_practices() == []


def test_a_figure_from_a_future_year_is_rejected():
    next_year = timezone.now().year + 1
    figure = PracticeFigure(value="12", label="startups supported", year=next_year)
    with pytest.raises(ValidationError) as error:
        figure.clean()
    assert error.value.message_dict == {"year": ["The year of a result cannot be in the future."]}
    PracticeFigure(value="12", label="startups supported", year=timezone.now().year).clean()


@pytest.mark.django_db
def test_only_pdf_documents_are_accepted_as_resources():
    PracticeResource(title="Practice sheet", document=document("sheet.pdf", MINIMAL_PDF)).clean()

    for filename, content in (("sheet.docx", b"PK\x03\x04 a word document"), ("sheet.pdf", b"plain text, renamed")):
        resource = PracticeResource(title="Practice sheet", document=document(filename, content))
        with pytest.raises(ValidationError) as error:
            resource.clean()
        (message,) = error.value.message_dict["document"]
        assert "is not a PDF" in message
        assert resource.document.filename in message
