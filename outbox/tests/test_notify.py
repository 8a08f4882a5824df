"""`notify`: one person's mail about a page, in their language, with links that work from a mail reader."""

from pathlib import Path

import pytest
from django.core import mail

from outbox.services import notify
from tests.factories import cluster, make_person


@pytest.fixture
def page_templates(settings, django_capture_on_commit_callbacks):
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], Path(__file__).parent / "templates"]}
    ]
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.org"
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.mark.parametrize(
    ("language", "title", "prefix", "direction"),
    [
        ("en", "CE3M", "/en/", "ltr"),
        ("fr", "CE3M", "/fr/", "ltr"),
        ("ar", "CE3M", "/ar/", "rtl"),
    ],
)
def test_the_page_and_links_are_in_the_recipients_language(demo, page_templates, language, title, prefix, direction):
    person = make_person(language=language)
    with page_templates():
        notify(
            person,
            "about_page/mail",
            pages={"page": cluster("ce3m", "en")},
            links={"directory_url": ("member_directory", {})},
        )
    [sent] = mail.outbox
    assert sent.to == [person.email]
    shown = cluster("ce3m", language)
    assert sent.subject == shown.title
    address, page_title, page_url, directory_url = sent.body.strip().splitlines()
    assert address == person.email and page_title == shown.title
    assert page_url == f"https://portal.example.org{prefix}clusters/ce3m/"
    assert directory_url.startswith(f"https://portal.example.org{prefix}")
    html = sent.alternatives[0][0]
    assert f'dir="{direction}"' in html and f'href="{page_url}"' in html


def test_a_page_not_translated_into_the_recipients_language_is_sent_as_it_is(demo, page_templates):
    page = cluster("ce3m", "en")
    page.get_translation(page.locale.__class__.objects.get(language_code="fr")).unpublish()
    person = make_person(language="fr")
    with page_templates():
        notify(person, "about_page/mail", pages={"page": page})
    [sent] = mail.outbox
    assert "/en/clusters/ce3m/" in sent.body
