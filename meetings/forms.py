"""Forms of the B2B meetings: a participant's profile and opportunities, requests, ratings and follow-ups."""

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from clusters.models import Sector
from proposals.models import ProposalPage

from .models import MeetingFollowUp, MeetingProgramme, MeetingRating, Opportunity, OpportunityType, ParticipantProfile


def opportunity_types_of(programme: MeetingProgramme) -> QuerySet[OpportunityType]:
    """The portal's types and the ones this event's organisers added."""
    return OpportunityType.objects.filter(Q(programme=None) | Q(programme=programme))


class ProfileForm(forms.ModelForm):
    class Meta:
        model = ParticipantProfile
        fields = ["organisation", "country", "organisation_type", "sectors", "presentation"]
        widgets = {
            "sectors": forms.CheckboxSelectMultiple,
            "presentation": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sectors"].queryset = Sector.objects.order_by("name_en")
        self.fields["sectors"].label_from_instance = lambda sector: sector.name


class OpportunityForm(forms.ModelForm):
    class Meta:
        model = Opportunity
        fields = ["kind", "type", "title", "description"]
        widgets = {"kind": forms.RadioSelect, "description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, programme: MeetingProgramme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = Opportunity.Kind.choices  # two radios, neither an empty "---------"
        self.fields["type"].queryset = opportunity_types_of(programme)
        self.fields["type"].label_from_instance = lambda kind: kind.name
        self.fields["type"].empty_label = None


class MeetingRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say who you are and what you would like to discuss."),
    )


class RatingForm(forms.ModelForm):
    class Meta:
        model = MeetingRating
        fields = ["outcome", "comment"]
        widgets = {"outcome": forms.RadioSelect, "comment": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = MeetingRating.Outcome.choices


class FollowUpForm(forms.ModelForm):
    """What came of a meeting, for the answering side's organisation."""

    class Meta:
        model = MeetingFollowUp
        fields = ["outcome", "agreement", "proposal"]
        widgets = {"outcome": forms.RadioSelect, "agreement": forms.RadioSelect}
        labels = {
            "outcome": _("What came of the meeting?"),
            "agreement": _("Which agreement?"),
            "proposal": _("A joint proposal on the portal (optional)"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].required = True
        self.fields["outcome"].choices = MeetingFollowUp.Outcome.choices
        self.fields["agreement"].choices = MeetingFollowUp.Agreement.choices
        self.fields["proposal"].queryset = (
            ProposalPage.objects.live().public().filter(locale=Locale.get_active()).order_by("title")
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == MeetingFollowUp.Outcome.AGREEMENT and not cleaned.get("agreement"):
            self.add_error("agreement", _("Choose the kind of agreement you signed."))
        return cleaned
