#!/usr/bin/env python
"""Django's command-line utility for the Medclusters portal."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line
    from django.db import OperationalError

    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as error:
        sys.exit(f"Configuration error: {error}")
    except OperationalError as error:
        sys.exit(
            f"Cannot use the database: {error}".strip()
            + "\nCheck DATABASE_URL (unset it to use the embedded SQLite database)."
        )


if __name__ == "__main__":
    main()
