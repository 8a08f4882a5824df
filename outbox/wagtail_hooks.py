"""A read-only view of outgoing mail in the Wagtail admin, for portal administrators."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import OutboxMessage


class AdministratorsMayOnlyLook(BasePermissionPolicy):
    """Superusers may list and inspect messages; nobody adds, edits or deletes them."""

    def user_has_permission(self, user, action):
        return bool(action == "view" and user.is_active and user.is_superuser)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


class OutboxViewSet(ModelViewSet):
    model = OutboxMessage
    icon = "mail"
    menu_label = _("Outgoing mail")
    menu_order = 900
    add_to_settings_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["subject", "recipients", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status"]
    search_fields = ["subject"]
    inspect_view_fields = ["subject", "recipients", "status", "attempts", "last_error", "created_at", "sent_at"]
    form_fields = ["status"]


register_permission_policy(OutboxMessage, AdministratorsMayOnlyLook(OutboxMessage))


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet("outbox")
