"""The news feeds parse in a feed reader: every cluster's news and one cluster's, in each language."""

import feedparser
import pytest

pytestmark = pytest.mark.django_db


def read(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_the_feed_of_all_news_lists_every_clusters_news_newest_first(client, demo):
    feed = read(client, "/en/news/feed/")
    assert feed.feed.title == "News from the clusters · Medclusters"
    assert feed.feed.link == "http://testserver/en/news/"
    assert feed.feed.language == "en"
    titles = [entry.title for entry in feed.entries]
    assert titles[0] == "CE3M members meet European buyers at Productronica"
    assert "QOOT takes Lebanese food producers to Gulfood" in titles
    for entry in feed.entries:
        assert entry.title
        assert entry.link.startswith("http://testserver/en/news/")
        assert entry.published_parsed.tm_year == 2026
    first = feed.entries[0]
    assert first.link == "http://testserver/en/news/ce3m-at-productronica/"
    assert (first.published_parsed.tm_mon, first.published_parsed.tm_mday) == (11, 20)
    assert first.summary.startswith("In Munich, the cluster looked for partners")


def test_a_clusters_feed_has_only_its_news(client, demo):
    feed = read(client, "/en/news/feed/qoot/")
    assert [entry.title for entry in feed.entries] == ["QOOT takes Lebanese food producers to Gulfood"]
    assert feed.feed.link == "http://testserver/en/news/?cluster=qoot"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Le made in Morocco au CES de Las Vegas"),
        ("ar", "صُنع في المغرب في معرض CES لاس فيغاس"),
    ],
)
def test_each_language_has_its_feeds(client, demo, language, title):
    feed = read(client, f"/{language}/news/feed/ce3m/")
    assert feed.feed.language == language
    assert title in [entry.title for entry in feed.entries]
    assert all(entry.link.startswith(f"http://testserver/{language}/news/") for entry in feed.entries)
    assert feed.feed.title != "News of CE3M · Medclusters"


def test_an_unknown_clusters_feed_is_not_found(client, demo):
    assert client.get("/en/news/feed/no-such-cluster/").status_code == 404
