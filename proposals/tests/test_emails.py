"""Every email goes out in its recipient's language, naming the proposal in that language."""

import pytest
from django.core import mail
from wagtail.models import Locale

from proposals.interests import answer_interest, express_interest
from proposals.models import ProposalStatus

from .factories import manager, publish_proposal, user

OFFER = {"organisation_name": "Sfax Electronics", "country": "TN", "role_offered": "Pilot", "message": "Hello."}


@pytest.fixture
def looking(demo):
    proposal = publish_proposal("ce3m", "emails", status=ProposalStatus.LOOKING_FOR_PARTNERS, title="Local sensors")
    for language, title in (("fr", "Capteurs locaux"), ("ar", "أجهزة استشعار محلية")):
        translation = proposal.copy_for_translation(Locale.objects.get(language_code=language))
        translation.title = title
        translation.save_revision().publish()
    return proposal


@pytest.mark.parametrize(
    ("language", "subject", "link"),
    [
        ("en", "Sfax Electronics is interested in “Local sensors”", "/en/proposals/interests/"),
        ("fr", "Sfax Electronics s’intéresse à « Capteurs locaux »", "/fr/proposals/interests/"),
        ("ar", "Sfax Electronics مهتمة بـ«أجهزة استشعار محلية»", "/ar/proposals/interests/"),
    ],
)
def test_the_managers_are_told_in_their_language(looking, committed, language, subject, link):
    ce3m = manager()
    ce3m.preferred_language = language
    ce3m.save()
    with committed():
        express_interest(looking, user("partner1@example.org"), **OFFER)
    [message] = [m for m in mail.outbox if ce3m.email in m.to]
    assert message.subject == subject
    assert link in message.body
    html = message.alternatives[0][0]
    assert f'lang="{language}"' in html and ('dir="rtl"' in html) == (language == "ar")


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("en", "You have joined the consortium of “Local sensors”"),
        ("fr", "Vous avez rejoint le consortium de « Capteurs locaux »"),
        ("ar", "انضممت إلى اتحاد «أجهزة استشعار محلية»"),
    ],
)
def test_the_author_is_answered_in_their_language(looking, committed, language, subject):
    partner = user("partner1@example.org")
    partner.preferred_language = language
    partner.save()
    interest = express_interest(looking, partner, **OFFER)
    with committed():
        answer_interest(interest, manager(), accept=True, reply="Bienvenue")
    [message] = [m for m in mail.outbox if partner.email in m.to]
    assert message.subject == subject
    assert f"/{language}/proposals/mine/" in message.body and "Bienvenue" in message.body
