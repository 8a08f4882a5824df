"""The demo has news in three languages from a few clusters."""

from news.models import NewsPage


def test_the_demo_has_news_of_several_clusters_in_each_language(demo):
    for language in ("en", "fr", "ar"):
        news = NewsPage.objects.live().filter(locale__language_code=language)
        assert news.count() >= 5
        assert {item.cluster.slug for item in news} >= {"ce3m", "qoot", "2ts"}
        assert all(item.date.year == 2026 for item in news)
    arabic = NewsPage.objects.get(slug="ce3m-at-ces-las-vegas", locale__language_code="ar")
    assert arabic.title.startswith("صُنع في المغرب") and arabic.cluster.locale.language_code == "ar"
    techdays = NewsPage.objects.get(slug="techdays-casablanca-announced", locale__language_code="fr")
    assert techdays.related_event.locale.language_code == "fr"
