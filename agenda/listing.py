"""What the events index lists."""

from typing import Any


def index_context(index, request) -> dict[str, Any]:
    return {}
