"""Helpers for the tests of translated pages: the language versions of a demo page, and publishing
an edit as the page editor does."""

from django.contrib.auth import get_user_model


def manager(slug: str = "ce3m"):
    """The demo manager of a cluster."""
    return get_user_model().objects.get(email=f"manager@{slug}.example.org")


def versions(model, slug: str) -> dict[str, object]:
    """The language versions of a page, by language code."""
    return {page.locale.language_code: page for page in model.objects.filter(slug=slug).select_related("locale")}


def publish(page, user, **changes) -> None:
    """What the page editor does: a new revision with the changes, published."""
    draft = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.save_revision(user=user).publish(user=user)
