"""What an event page shows."""

from typing import Any


def event_context(event, request) -> dict[str, Any]:
    return {}
