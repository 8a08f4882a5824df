"""What a person says about themselves: name, organisation, country, language and which emails."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "first_name",
            "last_name",
            "organisation",
            "job_title",
            "country",
            "preferred_language",
            "wants_event_reminders",
            "wants_follow_updates",
            "wants_weekly_digest",
        ]
        labels = {"preferred_language": _("Language of the emails")}
