"""Compile locale/*/LC_MESSAGES/*.po (the project's and its apps') into .mo files, without GNU gettext."""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the portal's translation catalogues (pure Python; msgfmt is not required)."

    def handle(self, *args, **options):
        compiled = 0
        app_dirs = [Path(config.path) / "locale" for config in apps.get_app_configs()]
        own_dirs = [path for path in app_dirs if path.is_dir() and path.parent.parent == Path(settings.BASE_DIR)]
        for locale_dir in [*map(Path, settings.LOCALE_PATHS), *own_dirs]:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                catalogue = polib.pofile(str(po_path))
                catalogue.save_as_mofile(str(mo_path))
                compiled += 1
                self.stdout.write(
                    f"  {po_path.relative_to(settings.BASE_DIR)}: {catalogue.percent_translated()}% translated"
                )
        self.stdout.write(f"Translations compiled ({compiled} catalogues updated).")
