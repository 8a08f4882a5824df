"""Forms of the proposal screens; the rules themselves live in the workflows (services, interests)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.models import MemberType
from portal.countries import COUNTRY_CHOICES

from .errors import ProposalError
from .interests import check_interest_attachment
from .models import ExpressionOfInterest, ProposalPage, ProposalStatus
from .services import allowed_statuses


class ExpressionOfInterestForm(forms.ModelForm):
    class Meta:
        model = ExpressionOfInterest
        fields = ["organisation_name", "organisation_type", "country", "role_offered", "message", "attachment"]
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "role_offered": _("For example “Pilot site”, “Supplier of sensors” or “Research partner”."),
            "attachment": _("Optional: a presentation of your organisation (PDF, DOCX or ODT, at most 10 MB)."),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation_type"].choices = [("", _("Choose a type")), *MemberType.choices]
        self.fields["country"].choices = [("", _("Choose a country")), *COUNTRY_CHOICES]
        self.fields["attachment"].widget = forms.FileInput(attrs={"accept": ".pdf,.docx,.odt"})

    def clean_attachment(self):
        attachment = self.cleaned_data.get("attachment")
        if attachment:
            try:
                check_interest_attachment(attachment)
            except ProposalError as error:
                raise forms.ValidationError(error.message) from None
        return attachment


class StatusChangeForm(forms.Form):
    new_status = forms.ChoiceField(label=_("New status"), widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Note for the timeline"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, proposal: ProposalPage, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Any status is accepted here, so that a step outside the pipeline is refused by the
        # service with its reason; only the allowed ones are offered.
        field = self.fields["new_status"]
        field.choices = ProposalStatus.choices
        field.widget.choices = [(status.value, status.label) for status in allowed_statuses(proposal)]


class InterestAnswerForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Your answer"), choices=[("accept", _("Accept")), ("decline", _("Decline"))], widget=forms.RadioSelect
    )
    reply = forms.CharField(
        label=_("Reply to the partner"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )


class ConsortiumMemberForm(forms.Form):
    organisation_name = forms.CharField(label=_("Organisation"), max_length=200)
    country = forms.ChoiceField(label=_("Country"), required=False)
    role = forms.CharField(label=_("Role"), max_length=200)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country")), *COUNTRY_CHOICES]
