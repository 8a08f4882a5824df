"""The admin's inline panels for a model's child objects (a page's figures, a programme's sessions).

Wagtail's InlinePanel, whose formset believes the counts of forms a browser sends only as far as the
forms are there: an existing object's form must carry its id (or the empty id of a draft's child),
a new one some data. With counts or ids tampered with, django-modelcluster's formset would raise
(a server error) where Django's model formsets answer with the form.
"""

from django.core.exceptions import ValidationError
from modelcluster.forms import BaseChildFormSet
from wagtail.admin import panels


class ChildFormSet(BaseChildFormSet):
    def initial_form_count(self) -> int:
        if not self.is_bound:
            return super().initial_form_count()
        if not hasattr(self, "_initial_forms_sent"):
            announced, count = super().initial_form_count(), 0
            while count < announced and self._carries_an_id(count):
                count += 1
            self._initial_forms_sent = count
        return self._initial_forms_sent

    def total_form_count(self) -> int:
        if not self.is_bound:
            return super().total_form_count()
        if not hasattr(self, "_forms_sent"):
            announced = super().total_form_count()
            sent = {key.rsplit("-", 1)[0] for key in self.data}
            count = min(self.initial_form_count(), announced)
            while count < announced and self.add_prefix(count) in sent:
                count += 1
            self._forms_sent = count
        return self._forms_sent

    def _carries_an_id(self, index: int) -> bool:
        pk = self.model._meta.pk
        value = self.data.get(f"{self.add_prefix(index)}-{pk.name}")
        if value is None:
            return False
        if value == "":
            return True  # a child object of a draft, not saved yet: modelcluster makes it anew
        try:
            pk.to_python(value)
        except ValidationError:
            return False
        return True


class InlinePanel(panels.InlinePanel):
    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = ChildFormSet
        return options
