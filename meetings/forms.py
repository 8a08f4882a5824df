"""Forms of the B2B meetings: a participant's profile and opportunities, requests, ratings, directory filters."""

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from clusters.countries import COUNTRY_CHOICES
from clusters.models import Sector
from members.models import MemberType

from .models import MeetingProgramme, MeetingRating, Opportunity, OpportunityType, ParticipantProfile


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
        self.fields["type"].queryset = opportunity_types_of(programme)
        self.fields["type"].label_from_instance = lambda kind: kind.name


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


class DirectoryFilterForm(forms.Form):
    """The directory's filters, read from the query string; an unknown value is ignored."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    organisation_type = forms.ChoiceField(label=_("Type of organisation"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    opportunity = forms.ChoiceField(label=_("Opportunity"), required=False)
    kind = forms.ChoiceField(label=_("Offer or request"), required=False)

    def __init__(self, data, *, programme: MeetingProgramme):
        super().__init__(data)
        everyone = _("All")
        self.fields["country"].choices = [("", everyone), *COUNTRY_CHOICES]
        self.fields["organisation_type"].choices = [("", everyone), *MemberType.choices]
        self.fields["sector"].choices = [("", everyone), *((s.slug, s.name) for s in Sector.objects.all())]
        self.fields["opportunity"].choices = [
            ("", everyone),
            *((t.slug, t.name) for t in opportunity_types_of(programme)),
        ]
        self.fields["kind"].choices = [("", everyone), *Opportunity.Kind.choices]

    def filter(self, profiles: QuerySet[ParticipantProfile]) -> QuerySet[ParticipantProfile]:
        chosen = {name: value for name, value in self.cleaned_values().items() if value}
        if "country" in chosen:
            profiles = profiles.filter(country=chosen["country"])
        if "organisation_type" in chosen:
            profiles = profiles.filter(organisation_type=chosen["organisation_type"])
        if "sector" in chosen:
            profiles = profiles.filter(sectors__slug=chosen["sector"])
        if "opportunity" in chosen or "kind" in chosen:
            condition = Q()
            if "opportunity" in chosen:
                condition &= Q(type__slug=chosen["opportunity"])
            if "kind" in chosen:
                condition &= Q(kind=chosen["kind"])
            profiles = profiles.filter(pk__in=Opportunity.objects.filter(condition).values("profile"))
        return profiles.distinct()

    def cleaned_values(self) -> dict[str, str]:
        """Each filter's valid value, or "" (an invalid one is dropped rather than refused)."""
        values = {}
        for name, field in self.fields.items():
            value = self.data.get(name, "")
            values[name] = value if value in {str(choice[0]) for choice in field.choices} else ""
        return values
