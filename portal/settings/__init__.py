"""Settings for the environment named by DJANGO_ENV (development by default)."""

import os

if os.environ.get("DJANGO_ENV") == "production":
    from .production import *  # noqa: F403
else:
    from .base import *  # noqa: F403
