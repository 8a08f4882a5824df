"""Best-practice pages for the search benchmark (bench/search.py), inserted in bulk.

Wagtail's `add_child` saves one page at a time (a few queries and a revision each): hours for a
hundred thousand pages. Here the tree paths are computed (treebeard's materialised path: each child
one step of `Page.steplen` characters after its parent's path), the `wagtailcore_page` rows are
inserted with `bulk_create`, then the `practices_bestpracticepage` rows with their `page_ptr_id`, and
the parents' `numchild` is raised. Each practice is published in English under a demo cluster, with
its French and Arabic translations (same `translation_key`) under that cluster's translations.
"""

import uuid
from collections.abc import Iterable

from search_corpus import LANGUAGES, Corpus, marks

CHUNK = 1000
TEN_OF_EACH_KIND = 5  # with as many members, ten items carry "tenmark"


class _Parents:
    """The demo clusters in each language and the next free step under each."""

    def __init__(self) -> None:
        from django.db.models import Max
        from wagtail.models import Page

        from clusters.models import ClusterPage

        clusters = list(ClusterPage.objects.live().select_related("locale").order_by("path"))
        self.english = [cluster for cluster in clusters if cluster.locale.language_code == "en"]
        self.translations = {(cluster.translation_key, cluster.locale.language_code): cluster for cluster in clusters}
        self.by_path = {cluster.path: cluster for cluster in clusters}
        self.next_step: dict[str, int] = {}
        for cluster in clusters:
            children = Page.objects.filter(path__startswith=cluster.path, depth=cluster.depth + 1)
            last = children.aggregate(last=Max("path"))["last"]
            self.next_step[cluster.path] = Page._str2int(last[-Page.steplen :]) + 1 if last else 1

    def of(self, number: int, language: str):
        """The cluster of practice `number` in `language`: each cluster gets marked and unmarked ones."""
        count = len(self.english)
        english = self.english[(number + number // count) % count]
        return self.translations[(english.translation_key, language)]

    def child_path(self, parent) -> str:
        from wagtail.models import Page

        step = self.next_step[parent.path]
        self.next_step[parent.path] = step + 1
        return Page._get_path(parent.path, parent.depth + 1, step)


def _fields(corpus: Corpus, number: int, language: str) -> dict[str, str]:
    """A practice's translated fields: generated text, the marks of its item first in each version."""
    title, text, _language = corpus.text(number, language, words=120)
    words = text.split()
    marked = " ".join(marks(number, TEN_OF_EACH_KIND))
    summary = " ".join([marked, *words[:30]]).strip()
    if len(summary) > 300:
        summary = summary[:300].rsplit(" ", 1)[0]
    return {
        "title": f"{title} {number}",
        "summary": summary,
        "context_and_problem": f"<p>{' '.join(words[30:70])}</p>",
        "approach": f"<ul><li>{' '.join(words[70:95])}</li><li>{' '.join(words[95:])}</li></ul>",
        "results": f"<p>{marked} {' '.join(words[10:40])}</p>",
    }


def add_practices(start: int, stop: int) -> list[int]:
    """Create generated practices `start`..`stop - 1`, each in English, French and Arabic, spread over
    the demo's clusters, themes and sectors; returns the ids of the new pages (every language)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from clusters.taxonomy import Sector
    from practices.models import BestPracticePage, Theme

    parents = _Parents()
    locales = {locale.language_code: locale.pk for locale in Locale.objects.all()}
    content_type = ContentType.objects.get_for_model(BestPracticePage)
    themes = list(Theme.objects.order_by("pk").values_list("pk", flat=True))
    sectors = list(Sector.objects.order_by("pk").values_list("pk", flat=True))
    corpus = Corpus()
    ids: list[int] = []
    for chunk_start in range(start, stop, CHUNK):
        numbers = range(chunk_start, min(stop, chunk_start + CHUNK))
        now = timezone.now()
        rows, texts, added = [], [], dict.fromkeys(parents.by_path, 0)
        for number in numbers:
            key = uuid.uuid4()
            for language in LANGUAGES:
                parent = parents.of(number, language)
                fields = _fields(corpus, number, language)
                slug = f"bench-practice-{number}"
                rows.append(
                    Page(
                        title=fields["title"],
                        draft_title=fields["title"],
                        slug=slug,
                        content_type=content_type,
                        path=parents.child_path(parent),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        locale_id=locales[language],
                        translation_key=key,
                    )
                )
                texts.append((number, fields))
                added[parent.path] += 1
        with transaction.atomic():
            pages = Page.objects.bulk_create(rows)
            practices = [
                BestPracticePage(
                    page_ptr_id=page.pk,
                    contact_email=f"practice-{number}@example.org",
                    **{name: value for name, value in fields.items() if name != "title"},
                )
                for page, (number, fields) in zip(pages, texts, strict=True)
            ]
            BestPracticePage._base_manager._insert(practices, fields=BestPracticePage._meta.local_concrete_fields)
            _add_terms(BestPracticePage.themes.through, "theme_id", pages, texts, themes)
            _add_terms(BestPracticePage.sectors.through, "sector_id", pages, texts, sectors)
            for path, count in added.items():
                if count:
                    Page.objects.filter(path=path).update(numchild=F("numchild") + count)
        ids += [page.pk for page in pages]
    return ids


def _add_terms(through, column: str, pages: Iterable, texts: list, terms: list[int]) -> None:
    """One or two terms per practice, the same in each of its languages (they are synchronised)."""
    through.objects.bulk_create(
        through(bestpracticepage_id=page.pk, **{column: term})
        for page, (number, _fields) in zip(pages, texts, strict=True)
        for term in {terms[number % len(terms)], terms[(number // 3) % len(terms)]}
    )


def index_practices(ids: list[int], backends: list) -> None:
    """Index the practices `ids` on each backend, in chunks, as `update_index` would (every field the
    page model declares, the per-language ones included)."""
    from practices.models import BestPracticePage

    parents = _Parents()
    for chunk_start in range(0, len(ids), CHUNK):
        chunk = list(
            BestPracticePage.objects.filter(pk__in=ids[chunk_start : chunk_start + CHUNK])
            .select_related("locale")
            .prefetch_related("themes", "sectors")
        )
        for page in chunk:  # the cluster each page shows, read once rather than once per page
            page.__dict__["cluster"] = parents.by_path[page.path[: -page.steplen]]
        for backend in backends:
            backend.add_bulk(BestPracticePage, chunk)
    for backend in backends:
        backend.refresh_indexes()


def practice_urls(ids: list[int]) -> list[str]:
    """The URLs of the first generated practice in each language."""
    from practices.models import BestPracticePage

    return [page.get_url() for page in BestPracticePage.objects.filter(pk__in=ids[: len(LANGUAGES)])]
