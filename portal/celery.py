"""The portal's Celery application; configuration comes from CELERY_* settings."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
if not app.conf.broker_url:
    # Without a broker, tasks run eagerly (CELERY_TASK_ALWAYS_EAGER); Celery still opens a producer,
    # which would look for a broker on localhost: give it one in memory.
    app.conf.broker_url = "memory://localhost/"
app.autodiscover_tasks()
