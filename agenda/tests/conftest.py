"""Fixtures of the events tests."""

import pytest
from wagtail.models import Collection, Locale, Page

from conftest import reset_to_migrated_data


@pytest.fixture
def page_tree(transactional_db):
    """Wagtail's root page and locales, which an earlier transactional test may have flushed."""
    if Page.get_first_root_node() is None:
        reset_to_migrated_data()
    if Page.get_first_root_node() is None:  # nothing was serialized to restore it from
        Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.objects.get_or_create(language_code="en")[0])
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
