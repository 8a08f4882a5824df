from django import template

from meetings.event_details import source_event
from meetings.models import MeetingProgramme

register = template.Library()


@register.simple_tag
def b2b_programme(page) -> MeetingProgramme | None:
    """The open B2B meeting programme of an event page (in any of its languages), if it has one."""
    if page is None or not getattr(page, "pk", None):
        return None
    return MeetingProgramme.objects.filter(event=source_event(page), enabled=True).first()
