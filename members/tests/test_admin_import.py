"""The CSV import screen: a dry run by default, a real import only for an error-free file, own clusters only."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile

from members.models import MemberOrganisation

IMPORT_URL = "/admin/members/import/"
GOOD_FILE = (
    "name;type;sectors;capabilities;seeks_partners\n"
    "Nouvelle Fonderie (demo);sme;aeronautics;precision foundry|CNC machining;oui\n"
    "Bobinage Chaouia (demo);sme;energy|mobility;wire winding;non\n"
)


def upload(text: str, name: str = "members.csv", encoding: str = "utf-8") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def page_text(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_the_form_offers_own_clusters_with_dry_run_ticked(client, ce3m_manager, ce3m):
    response = client.get(IMPORT_URL)
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.fields["cluster"].queryset) == [ce3m]
    dry_run = BeautifulSoup(response.content, "html.parser").select_one("input[name=dry_run]")
    assert dry_run.has_attr("checked")


def test_a_dry_run_shows_the_changes_and_saves_nothing(client, ce3m_manager, ce3m):
    response = client.post(IMPORT_URL, {"cluster": ce3m.pk, "file": upload(GOOD_FILE), "dry_run": "on"})
    assert response.status_code == 200
    text = page_text(response)
    assert "1 member to add" in text and "line 2: Nouvelle Fonderie (demo)" in text
    assert "1 member to update" in text and "Bobinage Chaouia (demo)" in text
    assert "This was a dry run" in text
    assert not MemberOrganisation.objects.filter(name="Nouvelle Fonderie (demo)").exists()


def test_unticking_dry_run_imports_and_returns_to_the_list(client, ce3m_manager, ce3m):
    response = client.post(IMPORT_URL, {"cluster": ce3m.pk, "file": upload(GOOD_FILE)})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/admin/members/?cluster={ce3m.pk}"
    created = MemberOrganisation.objects.get(name="Nouvelle Fonderie (demo)")
    assert created.cluster == ce3m and created.seeks_partners
    listing = client.get(response.headers["Location"])
    assert "1 members added, 1 updated, 0 unchanged" in page_text(listing)


def test_a_file_with_an_error_anywhere_imports_nothing(client, ce3m_manager, ce3m):
    bad = GOOD_FILE + "Usine Mystère (demo);factory;;;\n"
    response = client.post(IMPORT_URL, {"cluster": ce3m.pk, "file": upload(bad)})
    assert response.status_code == 200
    text = page_text(response)
    assert "Nothing was imported" in text
    assert "line 4: unknown type 'factory'" in text
    assert not MemberOrganisation.objects.filter(name="Nouvelle Fonderie (demo)").exists()


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_nul_byte_in_a_cell_is_an_error_on_its_line_and_imports_nothing(client, ce3m_manager, ce3m, dry_run):
    bad = GOOD_FILE + "Usine\x00 Nulle (demo);sme;;;\n"
    response = client.post(
        IMPORT_URL, {"cluster": ce3m.pk, "file": upload(bad), **({"dry_run": "on"} if dry_run else {})}
    )
    assert response.status_code == 200
    assert "line 4: holds characters that cannot be read (control characters)" in page_text(response)
    assert not MemberOrganisation.objects.filter(name="Nouvelle Fonderie (demo)").exists()


def test_an_unreadable_file_is_explained(client, ce3m_manager, ce3m):
    response = client.post(
        IMPORT_URL, {"cluster": ce3m.pk, "file": upload("name,type\nSociété,sme\n", encoding="latin-1")}
    )
    assert response.status_code == 200
    assert "not in UTF-8" in " ".join(response.context["form"].errors["file"])


def test_a_manager_cannot_import_into_another_cluster(client, ce3m_manager, qoot):
    response = client.post(IMPORT_URL, {"cluster": qoot.pk, "file": upload(GOOD_FILE)})
    assert response.status_code == 200
    assert "cluster" in response.context["form"].errors
    assert not MemberOrganisation.objects.filter(name="Nouvelle Fonderie (demo)").exists()


def test_the_example_file_can_be_imported_as_it_is(client, ce3m_manager, ce3m):
    example = client.get("/admin/members/import/members.csv")
    assert example["Content-Type"].startswith("text/csv")
    file = SimpleUploadedFile("members.csv", example.content, content_type="text/csv")
    response = client.post(IMPORT_URL, {"cluster": ce3m.pk, "file": file, "dry_run": "on"})
    assert response.context["parsed"].errors == []
    assert [row.name for row in response.context["report"].created] == ["Exemple Mécanique (demo)"]
