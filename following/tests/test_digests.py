"""The weekly digest: what is new in what someone follows, in their language, once a week at most."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone

from clusters.models import Sector
from following import services
from following.digest import compose_digest, send_weekly_digests
from following.models import DigestDelivery
from proposals.models import Challenge
from tests.factories import cluster, make_person

from .conftest import translate

IN_20_DAYS = timezone.localdate() + datetime.timedelta(days=20)
IN_45_DAYS = timezone.localdate() + datetime.timedelta(days=45)


def mails_to(email: str) -> list:
    return [message for message in mail.outbox if message.to == [email]]


def unsubscribe_link(message) -> str:
    return urlsplit(re.search(r"http://\S+/following/unsubscribe/\S+/", message.body).group(0)).path


@pytest.fixture
def textile_news(make_proposal, make_call):
    """Proposals and calls around the textile sector, and others that are not."""
    textile = Sector.objects.create(
        slug="technical-textiles",
        name_en="Technical textiles",
        name_fr="Textiles techniques",
        name_ar="المنسوجات التقنية",
    )
    energy = Sector.objects.get(slug="energy")
    soon, later, elsewhere = (
        make_call("Circular textiles call", deadline=IN_20_DAYS),
        make_call("Technical fibres call", deadline=IN_45_DAYS),
        make_call("Grid storage call", deadline=IN_20_DAYS),
    )
    make_proposal("Recycled denim", led_by="2ts", sectors=[textile], funding_call=soon)
    make_proposal("Smart fabrics", led_by="2ts", sectors=[textile], funding_call=later)
    make_proposal("Battery pilot line", led_by="ce3m", sectors=[energy], funding_call=elsewhere)
    return textile


def test_digest_lists_only_what_matches_and_deadlines_within_30_days(textile_news, committed):
    reader = make_person("amina@example.org")
    services.follow(reader, textile_news)
    with committed():
        assert send_weekly_digests() >= 1

    [digest] = mails_to("amina@example.org")
    assert "Recycled denim" in digest.body and "Smart fabrics" in digest.body
    assert "Battery pilot line" not in digest.body
    assert "Circular textiles call" in digest.body
    assert "Technical fibres call" not in digest.body  # its deadline is 45 days away
    assert "Grid storage call" not in digest.body  # answered by nothing this reader follows
    html = BeautifulSoup(digest.alternatives[0][0], "html.parser")
    assert [a.get_text() for a in html.select("h2 + ul a")] == [
        "Recycled denim",
        "Smart fabrics",
        "Circular textiles call",
    ]


def test_digest_is_in_the_readers_language_with_translated_titles(make_proposal, committed):
    proposal = make_proposal("Argan oil traceability", led_by="menara")
    translate(proposal, "ar", "تتبع زيت الأركان")
    reader = make_person("youssef@example.org", language="ar")
    services.follow(reader, cluster("menara", "ar"))
    with committed():
        send_weekly_digests()

    [digest] = mails_to("youssef@example.org")
    html = digest.alternatives[0][0]
    assert '<html lang="ar" dir="rtl">' in html
    assert "تتبع زيت الأركان" in html and "Argan oil traceability" not in html
    assert "جديد التجمعات والتحديات والقطاعات التي تتابعها" in html
    assert "/ar/clusters/menara/" in digest.body
    assert digest.subject == "أسبوعك على Medclusters: مشاريع جديدة ومواعيد نهائية قادمة"


def test_a_second_run_the_same_week_sends_nothing(textile_news, committed):
    services.follow(make_person("amina@example.org", language="fr"), textile_news)
    with committed():
        send_weekly_digests()
    assert len(mails_to("amina@example.org")) == 1
    [digest] = mails_to("amina@example.org")
    assert "Votre semaine sur Medclusters" in digest.subject
    assert "- Recycled denim (Nouveau · Idée)" in digest.body
    with committed():
        assert send_weekly_digests() == 0
    assert len(mails_to("amina@example.org")) == 1
    assert DigestDelivery.objects.filter(user__email="amina@example.org").count() == 1


def test_next_week_covers_only_what_changed_since(make_proposal, committed):
    challenge = Challenge.objects.create(
        slug="blue-economy", name_en="Blue economy", name_fr="Économie bleue", name_ar="الاقتصاد الأزرق"
    )
    make_proposal("Fishing nets recycling", challenges=[challenge])
    reader = make_person("omar@example.org")
    services.follow(reader, challenge)
    now = timezone.now()
    with committed():
        send_weekly_digests(now=now)
        assert send_weekly_digests(now=now + datetime.timedelta(days=7)) == 0
    assert len(mails_to("omar@example.org")) == 1
    assert DigestDelivery.objects.filter(user=reader).count() == 2


def test_no_email_when_nothing_is_new(db, committed):
    challenge = Challenge.objects.create(slug="quiet-topic", name_en="Quiet", name_fr="Calme", name_ar="هادئ")
    reader = make_person("lina@example.org")
    services.follow(reader, challenge)
    with committed():
        send_weekly_digests()
    assert mails_to("lina@example.org") == []
    assert DigestDelivery.objects.get(user=reader).item_count == 0


def test_no_digest_for_people_who_turned_it_off(textile_news, committed):
    reader = make_person("amina@example.org")
    services.follow(reader, textile_news)
    services.set_weekly_digest(reader, False)
    with committed():
        send_weekly_digests()
    assert mails_to("amina@example.org") == []


def test_unsubscribe_link_of_a_digest_works_without_logging_in(textile_news, committed):
    reader = make_person("amina@example.org", language="fr")
    services.follow(reader, textile_news)
    with committed():
        send_weekly_digests()
    [digest] = mails_to("amina@example.org")
    path = unsubscribe_link(digest)
    anonymous = Client(enforce_csrf_checks=True)

    page = anonymous.get(path)
    assert page.status_code == 200
    assert "Ne plus recevoir le résumé hebdomadaire" in page.content.decode()
    assert services.wants_weekly_digest(reader)  # looking at the page changes nothing

    done = anonymous.post(path)
    assert done.status_code == 200
    assert "Vous ne recevrez plus le résumé hebdomadaire." in done.content.decode()
    assert not services.wants_weekly_digest(reader)
    assert services.is_following(reader, textile_news)  # only the digest stops


def test_one_click_unsubscribe_from_the_list_unsubscribe_header(textile_news, committed):
    reader = make_person("amina@example.org")
    services.follow(reader, textile_news)
    with committed():
        send_weekly_digests()
    [digest] = mails_to("amina@example.org")
    header = digest.extra_headers["List-Unsubscribe"]
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert header == f"<http://127.0.0.1:8000{unsubscribe_link(digest)}>"
    assert re.search(r"^List-Unsubscribe:\s+<http\S+>$", digest.message().as_string(), re.MULTILINE)

    response = Client(enforce_csrf_checks=True).post(
        urlsplit(header.strip("<>")).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not services.wants_weekly_digest(reader)


def test_a_tampered_or_forged_link_is_refused(textile_news, committed, client):
    reader = make_person("amina@example.org")
    services.follow(reader, textile_news)
    with committed():
        send_weekly_digests()
    path = unsubscribe_link(mails_to("amina@example.org")[0])
    token = path.rstrip("/").rsplit("/", 1)[1]
    tampered = path.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))

    for bad in (tampered, "/en/following/unsubscribe/not-a-token/"):
        assert client.get(bad).status_code == 400
        response = client.post(bad)
        assert response.status_code == 400
        assert "This unsubscribe link is not valid." in response.content.decode()
    assert services.wants_weekly_digest(reader)


def test_one_failing_digest_does_not_stop_the_others(textile_news, committed, monkeypatch):
    first, second = make_person("first@example.org"), make_person("second@example.org")
    for person in (first, second):
        services.follow(person, textile_news)

    def failing_for_the_first(user, **kwargs):
        if user == first:
            raise RuntimeError("template error")
        return compose_digest(user, **kwargs)

    monkeypatch.setattr("following.digest.compose_digest", failing_for_the_first)
    with committed():
        assert send_weekly_digests() == 1
    assert mails_to("first@example.org") == [] and len(mails_to("second@example.org")) == 1
    assert not DigestDelivery.objects.filter(user=first).exists()  # the next run tries again

    monkeypatch.undo()
    with committed():
        assert send_weekly_digests() == 1
    assert len(mails_to("first@example.org")) == 1


def test_a_follower_of_a_cluster_gets_its_news_and_not_other_clusters(demo, committed):
    from news.tests.factories import make_news

    make_news(title="CE3M wins an innovation award", cluster=cluster("ce3m"))
    make_news(title="QOOT opens a food lab", cluster=cluster("qoot"))
    reader = make_person("nadia@example.org")
    services.follow(reader, cluster("ce3m"))
    with committed():
        send_weekly_digests()

    [digest] = mails_to("nadia@example.org")
    assert "CE3M wins an innovation award" in digest.body
    assert "Made in Morocco at CES Las Vegas" in digest.body  # the demo's CE3M news, published this week
    assert "QOOT opens a food lab" not in digest.body
    assert "QOOT takes Lebanese food producers to Gulfood" not in digest.body
    html = BeautifulSoup(digest.alternatives[0][0], "html.parser")
    news_heading = next(h2 for h2 in html.select("h2") if h2.get_text() == "News from the clusters")
    titles = [a.get_text() for a in news_heading.find_next_sibling("ul").select("a")]
    assert "CE3M wins an innovation award" in titles and "QOOT opens a food lab" not in titles


def test_a_follower_of_a_sector_gets_its_news_in_their_language(demo, committed):
    reader = make_person("rania@example.org", language="fr")
    services.follow(reader, Sector.objects.get(slug="textile"))
    with committed():
        send_weekly_digests()

    [digest] = mails_to("rania@example.org")
    assert "Actualités des clusters" in digest.body
    assert "2TS ouvre un laboratoire d’essais pour les textiles techniques" in digest.body
    assert "/fr/news/2ts-technical-textiles-lab/" in digest.body
    assert "Le made in Morocco au CES de Las Vegas" not in digest.body
