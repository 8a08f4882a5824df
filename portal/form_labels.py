"""Form labels: a label that asks a question ends with its question mark, not with ":" after it."""

from django.forms.boundfield import BoundField
from django.forms.renderers import DjangoTemplates

QUESTION_MARKS = ("?", "؟")  # Latin and Arabic


class QuestionLabelBoundField(BoundField):
    """A field whose label is a question gets no label suffix ("؟:" reads as a typo in Arabic)."""

    def label_tag(self, contents=None, attrs=None, label_suffix=None, tag=None):
        label = str(contents if contents is not None else self.label or "").rstrip()
        if label_suffix is None and label.endswith(QUESTION_MARKS):
            label_suffix = ""
        return super().label_tag(contents, attrs, label_suffix, tag)


class FormRenderer(DjangoTemplates):
    """Django's template renderer, with question-aware labels for every form."""

    bound_field_class = QuestionLabelBoundField
