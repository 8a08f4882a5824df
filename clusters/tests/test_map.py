"""The cluster index shows every located cluster on the Mediterranean map."""

import re
from pathlib import Path

from bs4 import BeautifulSoup
from django.conf import settings

from clusters.map import HEIGHT, WIDTH, map_points, project
from clusters.models import ClusterPage


def test_map_dimensions_match_the_basemap():
    svg = (Path(settings.BASE_DIR) / "static/img/mediterranean.svg").read_text()
    assert re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).groups() == (str(WIDTH), str(HEIGHT))


def test_projection_puts_beirut_east_of_casablanca_and_tunisia_between():
    casablanca, monastir, beirut = project(-7.59, 33.57), project(10.83, 35.78), project(35.5, 33.89)
    assert casablanca[0] < monastir[0] < beirut[0]
    assert monastir[1] < casablanca[1]  # Monastir lies further north


def test_clusters_without_coordinates_are_listed_beside_the_map(demo):
    placed, unplaced = map_points(ClusterPage.objects.filter(locale__language_code="en").order_by("title"))
    assert [p.cluster.slug for p in placed] == ["ce3m", "menara", "qoot", "2ts"]
    assert [c.slug for c in unplaced] == ["mdfc", "valbiom"]


def test_index_page_draws_the_map_in_every_language(client, demo):
    for language in ("en", "fr", "ar"):
        page = BeautifulSoup(client.get(f"/{language}/clusters/").content, "html.parser")
        points = page.select(".cluster-map__point")
        assert len(points) == 4
        # Coordinates are never localised (a French decimal comma would break the drawing).
        assert all("," not in circle["cx"] for circle in page.select(".cluster-map circle"))
        assert points[0]["href"].startswith(f"/{language}/clusters/")


def test_filters_narrow_the_map_too(client, demo):
    page = BeautifulSoup(client.get("/en/clusters/", {"country": "LB"}).content, "html.parser")
    assert [a.get_text(strip=True) for a in page.select(".cluster-map__point text")] == ["QOOT"]
