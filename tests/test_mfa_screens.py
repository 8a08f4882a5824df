"""Where MFA is required, the front-end screens with other people's data ask a manager for a code:
the check-in desk, expressions of interest and their files, and managing a proposal."""

import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.core.files.base import ContentFile

from agenda.models import EventPage
from agenda.permissions import can_organise
from proposals.models import ExpressionOfInterest, ProposalPage
from proposals.permissions import manages_proposal
from tests.factories import cluster, make_editor, make_person


@pytest.fixture
def mfa_required(settings):
    settings.MFA_REQUIRED = True


@pytest.fixture
def manager(demo):
    return make_editor(cluster("ce3m"))


def screens(manager) -> list[str]:
    event = next(
        page for page in EventPage.objects.live().filter(locale__language_code="en") if can_organise(manager, page)
    )
    proposal = next(
        page
        for page in ProposalPage.objects.live().filter(locale__language_code="en")
        if manages_proposal(manager, page)
    )
    return [f"{event.url}checkin/", "/en/proposals/interests/", f"/en/proposals/{proposal.pk}/manage/"]


def test_a_manager_without_an_authenticator_is_asked_to_set_one_up(client, mfa_required, manager):
    client.force_login(manager)
    for url in screens(manager):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/accounts/2fa/totp/activate/" in response.headers["Location"], url


def test_a_manager_whose_session_entered_no_code_is_asked_for_one_then_gets_in(client, mfa_required, manager):
    secret = generate_totp_secret()
    TOTP.activate(manager, secret)
    client.force_login(manager)
    urls = screens(manager)
    asked = client.get(urls[0])
    assert asked.headers["Location"].startswith("/en/accounts/2fa/reauthenticate/?next=")
    client.post(asked.headers["Location"], {"code": format_hotp_value(hotp_value(secret, int(time.time()) // 30))})
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_without_the_requirement_the_screens_open_after_a_password(client, demo, manager, settings):
    settings.MFA_REQUIRED = False
    client.force_login(manager)
    for url in screens(manager):
        assert client.get(url).status_code == 200, url


def test_a_partner_downloads_their_own_file_without_a_code(client, mfa_required, manager):
    proposal = next(page for page in ProposalPage.objects.live() if manages_proposal(manager, page))
    partner = make_person()
    interest = ExpressionOfInterest.objects.create(
        proposal=proposal.original,
        author=partner,
        organisation_name="Atlas Composites",
        country="MA",
        role_offered="Testing",
        message="We test parts.",
    )
    interest.attachment.save("capabilities.pdf", ContentFile(b"%PDF-1.4 capabilities"))
    url = f"/en/proposals/interests/{interest.pk}/attachment/"
    client.force_login(partner)
    assert client.get(url).status_code == 200
    client.force_login(manager)
    assert "/accounts/2fa/totp/activate/" in client.get(url).headers["Location"]
