import pytest
from django.utils import translation

from .factories import cluster


@pytest.fixture(autouse=True)
def in_english():
    """Messages are compared in English, whatever language an earlier request left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def ce3m(demo):
    return cluster("ce3m")


@pytest.fixture
def qoot(demo):
    return cluster("qoot")


@pytest.fixture
def ce3m_manager(client, demo, django_user_model):
    user = django_user_model.objects.get(email="manager@ce3m.example.org")
    client.force_login(user)
    return user
