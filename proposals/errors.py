"""What the proposals workflows refuse, with a message to show the person as is."""

from portal.errors import DomainError


class ProposalError(DomainError):
    """A change to a proposal that was refused; the message says why, in the user's language."""


class ProposalPermissionDenied(ProposalError):
    """The person is not one of the leading cluster's managers."""
