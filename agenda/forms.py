"""The registration form, built from the organiser's questions, and the organisers' forms."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import RegistrationQuestion

Kind = RegistrationQuestion.Kind
MAX_ANSWER_LENGTH = 5000


def question_field(question: RegistrationQuestion) -> forms.Field:
    common: dict[str, Any] = {"label": question.label, "help_text": question.help_text, "required": question.required}
    choices = [(choice, choice) for choice in question.choice_list()]
    if question.kind == Kind.LONG_TEXT:
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), max_length=MAX_ANSWER_LENGTH, **common)
    if question.kind == Kind.SINGLE_CHOICE:
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if question.kind == Kind.MULTIPLE_CHOICE:
        return forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple, **common)
    if question.kind == Kind.CHECKBOX:
        return forms.BooleanField(**common)
    return forms.CharField(max_length=255, **common)


class RegistrationForm(forms.Form):
    """One field per question of the event page being viewed (in its language).

    Answers are stored under each question's translation key, the same in every language,
    so the organisers' export lines them up whatever language people registered in.
    """

    def __init__(self, questions: list[RegistrationQuestion], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            self.fields[question.key] = question_field(question)

    def answers(self) -> dict[str, Any]:
        return {question.key: self.cleaned_data.get(question.key) for question in self.questions}


class MessageRegistrantsForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}), max_length=10000)
    include_waiting_list = forms.BooleanField(label=_("Also send it to the people on the waiting list"), required=False)
