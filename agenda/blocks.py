"""Blocks of an event's programme."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ProgrammeBlock(blocks.StructBlock):
    """One item of the programme: a talk, a panel, a break, a visit."""

    day = blocks.DateBlock(label=_("day"), required=False, help_text=_("For events over several days."))
    start_time = blocks.TimeBlock(label=_("starts at"), help_text=_("In the event's time zone."))
    end_time = blocks.TimeBlock(label=_("ends at"), required=False)
    title = blocks.CharBlock(label=_("title"), max_length=200)
    speaker = blocks.CharBlock(label=_("speaker"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)
    plenary = blocks.BooleanBlock(
        label=_("plenary"), required=False, help_text=_("Everyone attends: no B2B meetings at the same time.")
    )

    class Meta:
        icon = "time"
        label = _("Programme item")
        template = "agenda/blocks/programme_item.html"
        preview_value = {"start_time": "09:30", "end_time": "10:15", "title": "Opening keynote", "speaker": "CE3M"}
