from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.translations import sources

from .models import ClusterPage


class InviteManagerForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
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
