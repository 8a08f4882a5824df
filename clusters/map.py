"""Place clusters on the Mediterranean basemap (static/img/mediterranean.svg).

The basemap is drawn by scripts/build_map.mjs with the bounds in map_bounds.json, in an
equirectangular projection whose x axis is scaled by the cosine of the middle latitude.
"""

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for type hints only: the page models import this module
    from .models import ClusterPage

BOUNDS = json.loads((Path(__file__).with_name("map_bounds.json")).read_text())
WIDTH = BOUNDS["width"]
_KX = WIDTH / (BOUNDS["east"] - BOUNDS["west"])
HEIGHT = round(
    (BOUNDS["north"] - BOUNDS["south"]) * _KX / math.cos(math.radians((BOUNDS["north"] + BOUNDS["south"]) / 2))
)
_KY = HEIGHT / (BOUNDS["north"] - BOUNDS["south"])


@dataclass(frozen=True)
class MapPoint:
    cluster: "ClusterPage"
    x: float
    y: float

    @property
    def label_before(self) -> bool:
        """Near the eastern edge the label goes before the dot so it stays inside the map."""
        return self.x > WIDTH - 120


def project(longitude: float, latitude: float) -> tuple[float, float]:
    return round((longitude - BOUNDS["west"]) * _KX, 1), round((BOUNDS["north"] - latitude) * _KY, 1)


def map_points(clusters: Iterable["ClusterPage"]) -> tuple[list[MapPoint], list["ClusterPage"]]:
    """The clusters that can be drawn on the map, and those without (usable) coordinates."""
    placed: list[MapPoint] = []
    unplaced: list[ClusterPage] = []
    for cluster in clusters:
        if cluster.latitude is None or cluster.longitude is None:
            unplaced.append(cluster)
            continue
        x, y = project(float(cluster.longitude), float(cluster.latitude))
        if 0 <= x <= WIDTH and 0 <= y <= HEIGHT:
            placed.append(MapPoint(cluster, x, y))
        else:
            unplaced.append(cluster)
    return placed, unplaced
