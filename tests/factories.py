"""Clusters and people for every app's tests: the demo's, or new ones built on whatever the
database holds (after a transactional test emptied it, say)."""

import itertools

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from clusters.models import ClusterIndexPage, ClusterPage
from clusters.services import ensure_editors_group
from portal.models import HomePage

numbers = itertools.count(1)


def cluster(slug: str = "ce3m", language: str = "en") -> ClusterPage:
    """A cluster of the demo content, in `language`."""
    return ClusterPage.objects.get(slug=slug, locale__language_code=language)


def _published_child(parent: Page, model: type[Page], slug: str, **fields) -> Page:
    existing = model.objects.filter(locale=parent.locale, slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def home_page() -> HomePage:
    """The home page in English, created (as `load_demo` does) when the database has none."""
    locale = Locale.objects.get_or_create(language_code="en")[0]
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        # Wagtail's placeholder "Welcome" page makes way for the portal's home page.
        Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
        home = _published_child(Page.get_first_root_node(), HomePage, "home", title="Home")
        Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    return home


def make_cluster(slug: str = "ce3m", country: str = "MA", **fields) -> ClusterPage:
    """A published cluster (the existing one when `slug` is taken), under the clusters index."""
    index = _published_child(home_page(), ClusterIndexPage, "clusters", title="Clusters")
    defaults = {"title": slug.upper(), "acronym": slug.upper(), "summary": "A test cluster.", "country": country}
    return _published_child(index, ClusterPage, slug, **{**defaults, **fields})


def make_person(email: str | None = None, *, language: str = "en", verified: bool = True, **fields):
    """An account with a (verified) primary address; its password is "secret-pass-123"."""
    email = email or f"person{next(numbers)}@example.org"
    user = get_user_model().objects.create_user(
        username=email, email=email, password="secret-pass-123", preferred_language=language, **fields
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def make_editor(cluster_page: ClusterPage, email: str | None = None, *, active: bool = True, **fields):
    """A person in the cluster's editors group: one of its managers (unless inactive)."""
    user = make_person(email, is_active=active, **fields)
    user.groups.add(ensure_editors_group(cluster_page))
    return user


def make_index_editor(cluster_page: ClusterPage | None = None):
    """Someone in the administration whose group may edit the clusters index (so, for Wagtail, every
    page below it) but who is no cluster's editor: the manager rule gives them no cluster."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    person = make_person()
    group, _ = Group.objects.get_or_create(name="Clusters index editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    index = (cluster_page or cluster()).get_parent()
    GroupPagePermission.objects.get_or_create(
        group=group,
        page=index,
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page"),
    )
    person.groups.add(group)
    return person
