"""Follow and unfollow (POST only), the list of what one follows, and unsubscribing from an email link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from portal.translations import in_reader_language

from . import services
from .models import DIGEST_TARGET_FIELDS, Follow
from .unsubscribe import InvalidUnsubscribeLink, read_unsubscribe_token, unsubscribe

PAGE_KINDS = ("proposal", "funding_call", "cluster")
TOPIC_KINDS = tuple(field for field in DIGEST_TARGET_FIELDS if field not in PAGE_KINDS)

KIND_LABELS = {
    "proposal": gettext_lazy("Proposals"),
    "funding_call": gettext_lazy("Funding calls"),
    "cluster": gettext_lazy("Clusters"),
    "challenge": gettext_lazy("Challenges"),
    "sector": gettext_lazy("Sectors"),
}


@never_cache
@login_required
def following(request: HttpRequest) -> HttpResponse:
    """What I follow: pages with an unfollow button each, every challenge and sector with a button to
    follow or unfollow it (they bring the weekly digest), and the weekly digest on or off."""
    follows = Follow.objects.filter(user=request.user).select_related(*PAGE_KINDS).order_by("created_at")
    pages: dict[str, list[dict]] = {field: [] for field in PAGE_KINDS}
    for follow in follows.of_kind(*PAGE_KINDS):
        target = in_reader_language(follow.target)
        url = target.get_url(request)
        pages[follow.target_field].append({"pk": follow.target.pk, "title": str(target), "url": url})
    topics = []
    for field in TOPIC_KINDS:
        followed = set(follows.of_kind(field).values_list(field, flat=True))
        terms = sorted(services.followable(field), key=lambda term: str(term).casefold())
        topics.append((field, KIND_LABELS[field], [(term, term.pk in followed) for term in terms]))
    return TemplateResponse(
        request,
        "following/following.html",
        {
            "groups": [(field, KIND_LABELS[field], items) for field, items in pages.items() if items],
            "topics": topics,
            "weekly_digest": services.wants_weekly_digest(request.user),
        },
    )


@require_POST
@login_required
def digest_preference(request: HttpRequest) -> HttpResponse:
    enabled = request.POST.get("weekly_digest") == "on"
    services.set_weekly_digest(request.user, enabled)
    if enabled:
        messages.success(request, _("You will receive the weekly digest."))
    else:
        messages.success(request, _("You will no longer receive the weekly digest."))
    return redirect("following:following")


@require_POST
@login_required
def follow(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    target = services.followable(kind).filter(pk=pk).first()
    if target is None:
        raise Http404
    try:
        services.follow(request.user, target)
    except services.FollowingError as error:
        messages.error(request, error.message)
        return redirect("account_email")
    messages.success(request, _("You now follow “%(title)s”.") % {"title": _title(target)})
    return redirect(_next_url(request, target))


@require_POST
@login_required
def unfollow(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Stop following; also something no longer published, as long as one follows it."""
    target = services.target_model(kind)._default_manager.filter(pk=pk).first()
    followed = target is not None and services.is_following(request.user, target)
    if target is None or not (followed or services.followable(kind).filter(pk=pk).exists()):
        raise Http404
    services.unfollow(request.user, target)
    messages.success(request, _("You no longer follow “%(title)s”.") % {"title": _title(target)})
    return redirect(_next_url(request, target))


@csrf_exempt  # the signed token protects it; mail clients' one-click unsubscribe posts without a CSRF token
@never_cache
def unsubscribe_from_link(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks for confirmation, POST unsubscribes (also RFC 8058 one-click), all without logging in."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    try:
        unsubscription = read_unsubscribe_token(token)
    except InvalidUnsubscribeLink as error:
        return TemplateResponse(request, "following/unsubscribe_invalid.html", {"error": error.message}, status=400)
    target = unsubscription.target
    if isinstance(target, Page):
        target = in_reader_language(target)
    context = {
        "unsubscription": unsubscription,
        "title": _title(target) if target is not None else "",
        "done": request.method == "POST",
    }
    if request.method == "POST":
        unsubscribe(unsubscription)
    else:
        context["active"] = unsubscription.active
    return TemplateResponse(request, "following/unsubscribe.html", context)


def _title(target: Model) -> str:
    return str(getattr(target, "title", None) or target)


def _next_url(request: HttpRequest, target: Model) -> str:
    """The page the button was on (an address on this site), else the target's page."""
    next_url = request.POST.get("next", "")
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    if isinstance(target, Page):
        return target.get_url(request) or reverse("following:following")
    return reverse("following:following")
