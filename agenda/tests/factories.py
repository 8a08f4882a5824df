"""Events, clusters and people for the tests, built on whatever the database already holds."""

import itertools
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from agenda.models import EventIndexPage, EventPage, RegistrationQuestion
from clusters.models import ClusterIndexPage, ClusterPage
from portal.models import HomePage

_numbers = itertools.count(1)


def _child(parent: Page, model, slug: str, **fields) -> Page:
    existing = model.objects.filter(locale=parent.locale, slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def home_page() -> HomePage:
    locale = Locale.objects.get_or_create(language_code="en")[0]
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        # As load_demo does: Wagtail's placeholder "Welcome" page makes way for the portal's home page.
        Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
        home = _child(Page.get_first_root_node(), HomePage, "home", title="Home")
        Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    return home


def event_index() -> EventIndexPage:
    return _child(home_page(), EventIndexPage, "events", title="Events", show_in_menus=True)


def cluster(slug: str = "ce3m", country: str = "MA") -> ClusterPage:
    index = _child(home_page(), ClusterIndexPage, "clusters", title="Clusters")
    fields = {"title": slug.upper(), "acronym": slug.upper(), "summary": "A cluster", "country": country}
    return _child(index, ClusterPage, slug, **fields)


def make_event(questions: list[dict] | None = None, **fields) -> EventPage:
    """A published event in a month, with the given fields (capacity, dates…) and questions."""
    start = timezone.now() + timedelta(days=30)
    number = next(_numbers)
    defaults = {
        "title": f"Techdays test {number}",
        "slug": f"techdays-test-{number}",
        "summary": "Two days of talks and B2B meetings.",
        "organiser": cluster(),
        "time_zone": "Africa/Casablanca",
        "start": start,
        "end": start + timedelta(hours=8),
        "city": "Casablanca",
        "country": "MA",
        "capacity": 10,
    }
    event = EventPage(**{**defaults, **fields})
    event.questions = [RegistrationQuestion(**question) for question in questions or []]
    event_index().add_child(instance=event)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def make_user(email: str | None = None, *, verified: bool = True, language: str = "en"):
    email = email or f"attendee{next(_numbers)}@example.org"
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, password="secret-pass-123", preferred_language=language
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user
