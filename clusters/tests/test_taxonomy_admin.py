"""The choosers of the vocabularies (sectors, practice themes, challenges) find nothing for an id
that is not one, instead of failing; terms are added on their own screen, not from a chooser."""

import pytest
from django.contrib.auth import get_user_model

from clusters.models import Sector
from practices.models import Theme
from proposals.models import Challenge

VOCABULARIES = [("clusters/sector", Sector), ("practices/theme", Theme), ("proposals/challenge", Challenge)]


@pytest.fixture
def administrator(client, demo):
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    return client


@pytest.mark.parametrize(("snippet", "model"), VOCABULARIES)
def test_choosing_several_terms_keeps_those_named_by_an_id(administrator, snippet, model):
    term = model.objects.first()
    url = f"/admin/snippets/choose/{snippet}/chosen-multiple/"
    response = administrator.get(url, {"id": ["abc", "\ufffd", str(term.pk)]})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["result"]] == [str(term.pk)]


@pytest.mark.parametrize(("snippet", "model"), VOCABULARIES)
def test_choosing_a_term_that_is_no_id_is_not_found(administrator, snippet, model):
    assert administrator.get(f"/admin/snippets/choose/{snippet}/chosen/abc/").status_code == 404
    term = model.objects.first()
    assert administrator.get(f"/admin/snippets/choose/{snippet}/chosen/{term.pk}/").status_code == 200


@pytest.mark.parametrize(("snippet", "model"), VOCABULARIES)
def test_a_chooser_has_no_creation_form(administrator, snippet, model):
    count = model.objects.count()
    url = f"/admin/snippets/choose/{snippet}/create/"
    assert administrator.get(url).status_code == 404
    assert administrator.post(url, {"slug": "new", "name_en": "New"}).status_code == 404
    assert model.objects.count() == count
