"""`/api/v2/<endpoint>/find/?id=` goes to the item; an id that is no whole number is a plain 400."""

from urllib.parse import urlsplit

import pytest

from tests.factories import cluster


def test_find_by_id_goes_to_the_page(client, demo):
    page = cluster("ce3m")
    response = client.get("/api/v2/pages/find/", {"id": page.pk})
    assert response.status_code == 302
    assert urlsplit(response.headers["Location"]).path == f"/api/v2/pages/{page.pk}/"
    assert client.get("/api/v2/pages/find/", {"id": "999999"}).status_code == 404


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("value", ["abc", "1.5", "-1", "\ufffd\ufffd", "x" * 1000])
def test_find_by_an_id_that_is_no_whole_number_is_a_400(client, demo, endpoint, value):
    response = client.get(f"/api/v2/{endpoint}/find/", {"id": value})
    assert response.status_code == 400
    assert response.json() == {"message": "id must be a whole number"}
