from celery import shared_task

from . import services


@shared_task(acks_late=True)
def send_outbox_message(message_id: int) -> str:
    return services.deliver_outbox_message(message_id)


@shared_task
def sweep_outbox() -> int:
    return services.sweep_outbox()
