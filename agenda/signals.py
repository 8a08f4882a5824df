"""When an organiser publishes a larger capacity, people waiting get the new seats."""

from wagtail.signals import page_published

from .models import EventPage
from .services import update_waiting_list


def give_new_seats_to_the_waiting_list(sender, instance: EventPage, **kwargs) -> None:
    if instance.registration_event.pk == instance.pk:
        update_waiting_list(instance)


def connect() -> None:
    page_published.connect(give_new_seats_to_the_waiting_list, sender=EventPage, dispatch_uid="agenda-new-seats")
