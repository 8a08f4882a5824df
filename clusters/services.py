"""Operations on clusters that touch several rows: each cluster's editors and their space."""

from typing import TYPE_CHECKING

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from outbox.services import notify

from .models import ClusterPage

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
# Model permissions of every cluster's editors: the admin, and starting translations of the pages
# they may edit (`portal.translation_access` refuses the others).
EDITOR_PERMISSIONS = (("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation"))
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


def editors_group_name(cluster: ClusterPage) -> str:
    return f"{cluster.acronym or cluster.title} editors"


def cluster_collection(cluster: ClusterPage) -> Collection:
    """The image and document collection that belongs to a cluster (created on first use)."""
    name = cluster.acronym or cluster.title
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


@transaction.atomic
def ensure_editors_group(cluster: ClusterPage) -> Group:
    """The group whose members edit this cluster's pages, in every language, and nothing else.

    It may add, edit and publish below the cluster's page and each of its translations,
    and use the images and documents of the cluster's own collection.
    """
    reviewed = review_required(cluster)
    group, _created = Group.objects.get_or_create(name=editors_group_name(cluster))
    # wagtail-localize's permission comes from its migrations: where a database lacks it, groups go without.
    for app_label, codename in EDITOR_PERMISSIONS:
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))
    codenames = [c for c in EDITOR_PAGE_PERMISSIONS if not (reviewed and c == "publish_page")]
    page_permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    for page in Page.objects.filter(translation_key=cluster.translation_key):
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    collection = cluster_collection(cluster)
    for app_label, codename in EDITOR_COLLECTION_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    return group


def _editor_permissions(cluster: ClusterPage, codename: str):
    return GroupPagePermission.objects.filter(
        group__name=editors_group_name(cluster),
        page__translation_key=cluster.translation_key,
        permission__codename=codename,
    )


def review_required(cluster: ClusterPage) -> bool:
    """Whether the cluster's editors must submit their changes for review instead of publishing."""
    return (
        _editor_permissions(cluster, "change_page").exists()
        and not _editor_permissions(cluster, "publish_page").exists()
    )


@transaction.atomic
def set_review_required(cluster: ClusterPage, required: bool) -> None:
    """Switch review on (editors submit to the moderators' workflow) or off (editors publish)."""
    if required:
        _editor_permissions(cluster, "publish_page").delete()
        return
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    group = Group.objects.get(name=editors_group_name(cluster))
    for page in Page.objects.filter(translation_key=cluster.translation_key):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=publish)


@transaction.atomic
def invite_manager(cluster: ClusterPage, email: str, language: str, invited_by) -> "AbstractBaseUser":
    """Add a person to a cluster's editors, creating their account if needed, and email them.

    A new account has no password: the invitation links to the page where they choose one.
    """
    User = get_user_model()
    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    is_new = user is None
    if user is None:
        user = User(email=email, preferred_language=language)
        user.set_unusable_password()
        user.save()
        EmailAddress.objects.create(user=user, email=email, primary=True, verified=False)
    user.groups.add(ensure_editors_group(cluster))
    if is_new:
        key = {"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)}
        url = ("account_reset_password_from_key", key)
    else:
        url = ("wagtailadmin_home", {})
    notify(
        user,
        "clusters/email/invitation",
        {"invited_by": invited_by, "is_new": is_new},
        pages={"cluster": cluster},
        links={"url": url},
    )
    return user
