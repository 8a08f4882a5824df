"""The portal's EMAIL_BACKEND: every message becomes an outbox row.

Rows are written inside the caller's transaction; delivery is scheduled once
that transaction commits, so a rolled-back change sends nothing.
"""

from django.core.mail.backends.base import BaseEmailBackend

from . import services


class OutboxEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        for message in email_messages:
            services.queue_email(message)
        return len(email_messages)
