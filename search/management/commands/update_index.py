"""Wagtail's `update_index`, with the queue of updates for the search server held during a rebuild.

Wagtail rebuilds a search server's index into a new index and then points the alias searches use
at it (ATOMIC_REBUILD). Updates sent meanwhile would go to the old index and be lost with it, so
queued updates wait until the switch and are then applied to the new index.
"""

from typing import Any

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndexCommand

from search import services, vocabulary


class Command(WagtailUpdateIndexCommand):
    def handle(self, **options: Any) -> None:
        super().handle(**options)
        self.write(f"vocabulary: {vocabulary.rebuild_vocabulary()} words")

    def update_backend(self, backend_name: str, *args: Any, **kwargs: Any) -> None:
        if backend_name not in services.queued_backend_names():
            super().update_backend(backend_name, *args, **kwargs)
            return
        with services.hold_index_updates():
            super().update_backend(backend_name, *args, **kwargs)
        try:
            applied = services.apply_pending_index_updates()
        except services.SearchServerUnavailable as error:
            self.stderr.write(f"{backend_name}: updates queued during the rebuild stay queued ({error})")
        else:
            self.write(f"{backend_name}: applied {applied} updates queued during the rebuild")
