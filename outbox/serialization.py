"""Turn an EmailMessage into JSON and back, attachments included."""

import base64
from email.header import Header
from email.mime.base import MIMEBase
from typing import Any

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.mail.message import ADDRESS_HEADERS


def serialize_message(message: EmailMessage) -> dict[str, Any]:
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            payload = attachment.get_payload(decode=True)
            content = payload if isinstance(payload, bytes) else b""
            attachments.append(
                {
                    "filename": attachment.get_filename(),
                    "content": base64.b64encode(content).decode(),
                    "mimetype": attachment.get_content_type(),
                }
            )
            continue
        filename, content, mimetype = attachment
        raw = content.encode() if isinstance(content, str) else content
        attachments.append({"filename": filename, "content": base64.b64encode(raw).decode(), "mimetype": mimetype})
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [list(alt) for alt in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


class FoldedHeadersEmail(EmailMultiAlternatives):
    """A message whose non-ASCII subject (and other free-text headers) read back as written.

    Django 5.2 encodes such a header without knowing its name, and the generator then folds the
    encoded words onto a line of their own, under an empty `Subject:`: a mail reader unfolding it
    (Python's `policy.default`, say) gets the subject with a leading space. Encoded knowing the
    name, the first encoded word starts beside it.
    """

    def message(self):
        message = super().message()
        free_text = {"Subject": self.subject, **self.extra_headers}
        for name, value in free_text.items():
            text = str(value)
            if name.lower() not in ADDRESS_HEADERS and not text.isascii() and name in message:
                # replace_header, not item assignment, which would encode it Django's way again.
                message.replace_header(name, Header(text, "utf-8", header_name=name))
        return message


def deserialize_message(data: dict[str, Any], connection=None) -> EmailMultiAlternatives:
    message = FoldedHeadersEmail(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        connection=connection,
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for attachment in data["attachments"]:
        message.attach(attachment["filename"], base64.b64decode(attachment["content"]), attachment["mimetype"])
    return message
