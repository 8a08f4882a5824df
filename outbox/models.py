"""Outgoing mail, stored in the same transaction as the change it reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PENDING, db_index=True)
    subject = models.CharField(_("subject"), max_length=998)
    recipients = models.JSONField(_("recipients"), help_text=_("To, Cc and Bcc addresses."))
    message = models.JSONField(_("message"), help_text=_("The serialised email: body, alternatives, attachments."))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject
