"""The demo proposals and funding calls: their Arabic versions are written in Arabic, like their French ones."""

import re

from proposals.demo import CALLS, PROPOSALS
from proposals.models import FundingCallPage, ProposalPage

ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def test_arabic_proposals_and_calls_are_written_in_arabic_throughout(demo):
    for model, items in ((ProposalPage, PROPOSALS), (FundingCallPage, CALLS)):
        translated = {data["slug"]: tuple(data["fr"]) for data in items}
        arabic = model.objects.live().filter(locale__language_code="ar")
        assert sorted(page.slug for page in arabic) == sorted(translated), model.__name__
        for page in arabic:
            english = model.objects.get(translation_key=page.translation_key, locale__language_code="en")
            for field in translated[page.slug]:
                text = getattr(page, field)
                assert ARABIC_LETTER.search(text), (page.slug, field)
                assert text != getattr(english, field), (page.slug, field)
