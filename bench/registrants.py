"""Prepare the registration benchmark: an event and people logged in, ready to register once each.

Creates (once) the event "Benchmark registrations" under the demo events index (50 seats, so
most requests join the waiting list) and BENCH_REGISTRANTS people with a verified address,
removes the event's registrations left by an earlier run, opens a session for each person and
writes their cookies to var/bench/registrants.lua for bench/register.lua. Prints the path to POST to.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

SLUG = "benchmark-registrations"
CSRF_SECRET = "benchcsrfsecret0123456789abcdefg"  # 32 characters: a valid CSRF cookie and form token


def main() -> None:
    import django

    django.setup()
    from importlib import import_module

    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.utils import timezone

    from agenda.models import EventIndexPage, EventPage, Registration
    from clusters.models import ClusterPage

    count = int(os.environ.get("BENCH_REGISTRANTS", "20000"))
    index = EventIndexPage.objects.get(locale__language_code="en")
    event = EventPage.objects.filter(slug=SLUG).first()
    if event is None:
        start = timezone.now() + timedelta(days=60)
        event = EventPage(
            slug=SLUG,
            title="Benchmark registrations",
            summary="Registrations made by bench/run.sh.",
            organiser=ClusterPage.objects.get(slug="ce3m", locale=index.locale),
            start=start,
            end=start + timedelta(hours=8),
            capacity=50,
        )
        index.add_child(instance=event)
        event.save_revision().publish()
    Registration.objects.filter(event=event).delete()

    User = get_user_model()
    emails = [f"bench-registrant-{number}@example.org" for number in range(count)]
    existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
    User.objects.bulk_create(
        [User(username=email.split("@")[0], email=email, password="!") for email in emails if email not in existing],
        batch_size=1000,
    )
    users = list(User.objects.filter(email__in=emails).order_by("pk"))
    verified = set(EmailAddress.objects.filter(user__in=users, verified=True).values_list("user_id", flat=True))
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users if u.pk not in verified],
        batch_size=1000,
    )
    store = import_module(settings.SESSION_ENGINE).SessionStore
    backend = settings.AUTHENTICATION_BACKENDS[0]
    cookies = []
    for user in users:
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = backend
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookies.append(
            f"{settings.SESSION_COOKIE_NAME}={session.session_key}; {settings.CSRF_COOKIE_NAME}={CSRF_SECRET}"
        )
    out = ROOT / "var" / "bench" / "registrants.lua"
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(f'  "{cookie}"' for cookie in cookies)
    out.write_text(f'csrf_token = "{CSRF_SECRET}"\nregistrants = {{\n{lines}\n}}\n')
    print(f"{event.url}register/")


if __name__ == "__main__":
    main()
