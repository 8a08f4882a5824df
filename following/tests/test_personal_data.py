"""What a person follows, in the download of their data and after they delete their account."""

import datetime

import pytest
from django.utils import timezone

from accounts.personal_data import delete_account, export_personal_data
from clusters.models import Sector
from following.models import ChangeNotice, DigestDelivery, Follow
from following.services import follow
from tests.factories import cluster, make_person


@pytest.fixture
def people(demo):
    nadia, omar = make_person("nadia@example.org"), make_person("omar@example.org")
    sector = Sector.objects.first()
    follow(nadia, cluster("qoot"))
    follow(nadia, sector)
    follow(omar, cluster("qoot"))
    DigestDelivery.objects.create(
        user=nadia, week=datetime.date(2031, 5, 19), covered_until=timezone.now(), item_count=3
    )
    ChangeNotice.objects.create(user=nadia, fingerprint="a" * 64)
    return nadia, omar, sector


def test_the_download_lists_what_the_person_follows(people):
    nadia, _omar, sector = people
    data = export_personal_data(nadia)
    assert sorted((item["kind"], item["name"]) for item in data["follows"]) == sorted(
        [("cluster", cluster("qoot").title), ("sector", str(sector))]
    )
    assert data["weekly_digests"] == [{"week": datetime.date(2031, 5, 19), "items": 3}]


def test_deleting_the_account_unfollows_everything_and_forgets_the_mails(people):
    nadia, omar, _sector = people
    delete_account(nadia)
    assert not Follow.objects.filter(user=nadia).exists()
    assert (
        not DigestDelivery.objects.filter(user=nadia).exists() and not ChangeNotice.objects.filter(user=nadia).exists()
    )
    assert Follow.objects.filter(user=omar).count() == 1
