"""What a person says about themselves: name, organisation, country, language and which emails."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User
from .validators import refuse_too_long_email


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


class DeleteAccountForm(forms.Form):
    """Deleting one's account asks for the password, or for the address when the account has no password."""

    def __init__(self, user: User, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            self.fields["password"] = forms.CharField(
                label=_("Your password"),
                strip=False,
                widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            )
        else:
            self.fields["email"] = forms.EmailField(
                label=_("Your email address"),
                validators=[refuse_too_long_email],
                help_text=_("Your account has no password: type its address instead."),
            )

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."))
        return password

    def clean_email(self) -> str:
        email = self.cleaned_data["email"]
        if email.strip().lower() != self.user.email.lower():
            raise forms.ValidationError(_("This is not the address of your account."))
        return email
