import pytest

from tests.factories import cluster


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
