"""On PostgreSQL, the database search's words are looked up in an index."""

from django.db import connection

from conftest import require_service


def test_the_words_wagtail_searches_have_an_index_on_postgresql(db):
    require_service("postgres")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_indexentry_text_gin'")
        [(definition,)] = cursor.fetchall()
    assert "USING gin" in definition
    assert "(title || body)" in definition
