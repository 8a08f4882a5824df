from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Member directory")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from accounts.personal_data import register_personal_data
        from portal.page_cache import invalidate_page_cache

        from . import personal_data
        from .models import MemberOrganisation

        register_personal_data(self.name, personal_data.personal_data, personal_data.erase_personal_data)

        # Cluster pages list their members: a changed member makes cached pages stale.
        post_save.connect(invalidate_page_cache, sender=MemberOrganisation, dispatch_uid="page-cache-member-saved")
        post_delete.connect(invalidate_page_cache, sender=MemberOrganisation, dispatch_uid="page-cache-member-deleted")
