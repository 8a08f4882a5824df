"""Every cluster gets its editors' group as soon as its page exists, in each language."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import ClusterPage
from .services import ensure_editors_group


@receiver(post_save, sender=ClusterPage, dispatch_uid="cluster-editors-group")
def create_editors_group(sender, instance: ClusterPage, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw:
        transaction.on_commit(lambda: ensure_editors_group(instance))
