"""Every cluster gets its editors' group as soon as its page exists, in each language; a group
that may edit a cluster's page may also add where every cluster's editors may (`open_indexes`)."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission

from .models import ClusterPage
from .open_indexes import open_indexes_to_new_editors
from .services import ensure_editors_group


@receiver(post_save, sender=ClusterPage, dispatch_uid="cluster-editors-group")
def create_editors_group(sender, instance: ClusterPage, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw:
        transaction.on_commit(lambda: ensure_editors_group(instance))


post_save.connect(open_indexes_to_new_editors, sender=GroupPagePermission, dispatch_uid="open-indexes-to-new-editors")
