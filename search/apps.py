from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from . import event_rows, news_rows, proposal_rows  # noqa: F401 - they register their page types
        from .documents import connect_signals
        from .relevance import connect_signals as connect_term_name_signals
        from .signal_handlers import register_signal_handlers
        from .vocabulary import connect_signals as connect_vocabulary_signals

        register_signal_handlers()
        connect_signals()
        connect_vocabulary_signals()
        connect_term_name_signals()
