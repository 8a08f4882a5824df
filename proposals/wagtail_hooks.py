"""The admin: challenges as a snippet, and links from a proposal to its management screens."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from clusters.taxonomy_admin import TermViewSet

from .models import Challenge, ProposalPage
from .permissions import manages_proposal


class ChallengeViewSet(TermViewSet):
    model = Challenge
    menu_label = _("Proposal challenges")


register_snippet(ChallengeViewSet)


def proposal_buttons(page, user) -> list[Button]:
    """Status, consortium and renewal happen on the site's screens, for the leading cluster's managers."""
    if page.specific_class is not ProposalPage:
        return []
    proposal = page.specific
    if not manages_proposal(user, proposal):
        return []
    buttons = [
        Button(
            _("Status and consortium"),
            reverse("proposals:manage", args=[proposal.pk]),
            icon_name="tasks",
            priority=70,
        )
    ]
    if proposal.is_looking_for_partners:
        buttons.append(
            Button(
                _("Renew the search for partners"),
                reverse("proposals:renew", args=[proposal.pk]),
                icon_name="history",
                priority=71,
            )
        )
    return buttons


@hooks.register("register_page_listing_more_buttons")
def proposal_listing_buttons(page, user, next_url=None):
    yield from proposal_buttons(page, user)


@hooks.register("register_page_header_buttons")
def proposal_header_buttons(page, user, view_name, next_url=None):
    yield from proposal_buttons(page, user)
