"""Load the demo content and accounts. Safe to run again: nothing is duplicated."""

import os
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Page, Site

from agenda.demo import load_events
from clusters.models import ClusterIndexPage, ClusterKeyFigure, ClusterPage, Sector
from clusters.open_indexes import grant_open_indexes
from clusters.services import ensure_editors_group
from documents.demo import load_documents
from meetings.demo import load_meetings
from members.demo import load_members
from news.demo import load_news
from observatory.demo import load_figures
from outbox.models import OutboxMessage
from portal.demo.content import CLUSTER_INDEX, CLUSTERS, HOME
from portal.models import HomePage
from practices.demo import PRACTICE_INDEX, load_practices
from practices.models import BestPracticeIndexPage
from proposals.demo import load_proposals
from search.vocabulary import rebuild_vocabulary

LANGUAGES = ("en", "fr", "ar")
CLUSTER_FACTS = (
    "acronym",
    "country",
    "city",
    "latitude",
    "longitude",
    "founded_year",
    "smes",
    "large_companies",
    "universities",
    "associations",
    "startups",
)


def key_figures(data: dict, language: str) -> list[ClusterKeyFigure]:
    """A demo cluster's key figures, labelled in `language`."""
    column = LANGUAGES.index(language) + 1
    return [ClusterKeyFigure(value=row[0], label=row[column], year=row[-1]) for row in data.get("key_figures", [])]


class Command(BaseCommand):
    help = "Create the demo clusters, pages and accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Allow running with DJANGO_ENV=production.")

    def handle(self, *args, force: bool = False, **options):
        if settings.DJANGO_ENV == "production" and not force:
            raise CommandError("Refusing to load demo content in production; pass --force if you mean it.")
        self.created = 0
        with transaction.atomic():
            last_message = OutboxMessage.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
            locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
            home = self.load_home(locales)
            index = self.load_page(ClusterIndexPage, home, "clusters", CLUSTER_INDEX, locales, show_in_menus=True)
            for data in CLUSTERS:
                self.step(f"cluster {data['acronym']}")
                cluster = self.load_cluster(index, data, locales)
                ensure_editors_group(cluster)
            self.created += load_members(self.stdout)
            self.created += load_documents(self.stdout)
            self.load_page(BestPracticeIndexPage, home, "best-practices", PRACTICE_INDEX, locales, show_in_menus=True)
            load_practices(self, locales)
            self.load_accounts()
            load_events(self, home, locales)
            self.created += load_meetings(self.stdout)
            load_proposals(self, locales)
            load_news(self, home, locales)
            self.created += load_figures(self.stdout)
            # Cluster editors add events and funding calls, also where groups and indexes predate that rule.
            grant_open_indexes()
            # The demo's registrations and meetings go through the services, which write mail to the
            # fictional demo accounts: it is dropped, so the first mail in var/mail/ is the visitor's own.
            OutboxMessage.objects.filter(pk__gt=last_message).delete()
        # The words that "did you mean" offers: everything the demo indexed, the sectors' names too.
        self.step("search vocabulary")
        rebuild_vocabulary()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({self.created} objects created)."))

    def step(self, message: str) -> None:
        self.stdout.write(f"  {message}…")

    def load_home(self, locales: dict[str, Locale]) -> HomePage:
        self.step("home page")
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=locales["en"], depth=2).first()
        if home is None:
            # Wagtail's placeholder "Welcome" page (and its site) make way for the portal's home page.
            Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
            home = HomePage(slug="home", locale=locales["en"], **HOME["en"])
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Medclusters"},
        )
        self.translate(home, HOME, locales)
        return home

    def load_page(self, model, parent: Page, slug: str, texts: dict, locales, **fields) -> Page:
        self.step(f"{model._meta.verbose_name}")
        page = model.objects.filter(locale=locales["en"], slug=slug).first()
        if page is None:
            page = model(slug=slug, locale=locales["en"], **fields, **texts["en"])
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        self.translate(page, texts, locales)
        return page

    def load_cluster(self, index: Page, data: dict, locales) -> ClusterPage:
        cluster = ClusterPage.objects.filter(locale=locales["en"], slug=data["slug"]).first()
        facts = {name: data[name] for name in CLUSTER_FACTS if data.get(name) not in (None, "")}
        for name in ("latitude", "longitude"):
            if name in facts:
                facts[name] = Decimal(facts[name])
        if cluster is None:
            cluster = ClusterPage(slug=data["slug"], locale=locales["en"], **facts, **data["en"])
            cluster.key_figures = key_figures(data, "en")
            cluster.sectors = list(Sector.objects.filter(slug__in=data.get("sectors", [])))
            index.add_child(instance=cluster)
            cluster.save_revision().publish()
            self.created += 1
        extra = {code: {"key_figures": key_figures(data, code)} for code in LANGUAGES[1:]}
        self.translate(cluster, data, locales, extra=extra)
        return cluster

    def translate(self, page: Page, texts: dict, locales, extra: dict | None = None) -> None:
        """Create the French and Arabic versions of a page once; later runs leave editors' changes alone."""
        for code in LANGUAGES[1:]:
            if page.get_translations().filter(locale=locales[code]).exists():
                continue
            translation = page.copy_for_translation(locales[code])
            for field, value in {**texts.get(code, {}), **(extra or {}).get(code, {})}.items():
                setattr(translation, field, value)
            translation.save_revision().publish()
            self.created += 1

    def load_accounts(self) -> None:
        self.step("demo accounts")
        password = os.environ.get("DEMO_PASSWORD", "medclusters-demo")
        self.account("admin@example.org", password, superuser=True)
        for data in CLUSTERS:
            user = self.account(f"manager@{data['slug']}.example.org", password)
            cluster = ClusterPage.objects.get(locale__language_code="en", slug=data["slug"])
            user.groups.add(ensure_editors_group(cluster))
        for number in range(1, 6):
            self.account(f"partner{number}@example.org", password)

    def account(self, email: str, password: str, superuser: bool = False):
        User = get_user_model()
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(email=email, username=email.split("@")[0] + "-" + email.split("@")[1].split(".")[0])
            user.is_staff = user.is_superuser = superuser
            user.set_password(password)
            user.save()
            self.created += 1
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        return user
