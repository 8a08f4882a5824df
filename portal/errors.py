"""The one base class for what the portal refuses to do."""

from typing import Any


class DomainError(Exception):
    """An action the portal's rules refuse. `message` says why, already in the person's language,
    and is what views show them (a form error or a flash message)."""

    def __init__(self, message: Any) -> None:
        super().__init__(str(message))
        self.message = message
