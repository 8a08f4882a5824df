"""On PostgreSQL, an index for the words Wagtail's database search looks for.

The search matches `title || body` of `wagtailsearch_indexentry`, which the GIN indexes on `title` and
on `body` apart cannot answer: every index entry was read and its words matched one by one. With an
index on that very expression, a word found in ten pages of ten thousand is looked up, not searched.
"""

from django.db import migrations

INDEX = "search_indexentry_text_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0004_indexed_word"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
