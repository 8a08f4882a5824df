from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accounts.validators import refuse_too_long_email
from portal.text import has_control_characters
from portal.translations import sources

from .models import ClusterPage


class InviteManagerForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), validators=[refuse_too_long_email])
    cluster = forms.ModelChoiceField(label=_("Cluster"), queryset=sources(ClusterPage.objects.all()).order_by("title"))
    language = forms.ChoiceField(
        label=_("Language of the invitation"),
        choices=settings.LANGUAGES,
        help_text=_("Used for a new account; an existing account keeps its own language."),
    )


class ReviewSwitchForm(forms.Form):
    """The cluster review screen's button: which cluster, review "on" or not."""

    cluster = forms.ModelChoiceField(queryset=sources(ClusterPage.objects.all()))
    review = forms.CharField(required=False)


SUBJECT_MAX_LENGTH = 150
MESSAGE_MIN_LENGTH = 20
MESSAGE_MAX_LENGTH = 5000


def _refuse_control_characters(text: str) -> str:
    if has_control_characters(text):
        raise forms.ValidationError(_("Remove the invisible control characters from this text."))
    return text


class ContactForm(forms.Form):
    """A message to a cluster's managers (`clusters.contact`)."""

    subject = forms.CharField(label=_("Subject"), max_length=SUBJECT_MAX_LENGTH)
    message = forms.CharField(
        label=_("Message"),
        min_length=MESSAGE_MIN_LENGTH,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("The cluster's managers answer you by email."),
    )

    def clean_subject(self) -> str:
        subject = _refuse_control_characters(self.cleaned_data["subject"])
        if "\n" in subject or "\r" in subject:
            raise forms.ValidationError(_("Write the subject on one line."))
        return subject

    def clean_message(self) -> str:
        return _refuse_control_characters(self.cleaned_data["message"])
