"""`{% follow_button object %}`: a follow or unfollow button for a proposal, call, cluster, challenge or sector."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from following import services

register = template.Library()


@register.inclusion_tag("following/includes/follow_button.html", takes_context=True)
def follow_button(context: template.Context, obj) -> dict:
    """Anonymous visitors get a link to log in (no query, so cached pages stay the same for all)."""
    request = context["request"]
    user = request.user
    return {
        "kind": services.target_field_of(obj),
        "pk": obj.pk,
        "title": getattr(obj, "title", None) or str(obj),
        "authenticated": user.is_authenticated,
        "following": services.is_following(user, obj),
        "next": request.get_full_path(),
        "login_url": f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}",
        "csrf_token": context.get("csrf_token"),
    }
