"""Writing to a cluster (GET shows the form, POST sends): signed-in people only."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from portal.translations import in_reader_language, sources

from .contact import ContactError, ContactLimitReached, ContactMessage, send_contact_message
from .forms import ContactForm
from .models import ClusterPage


def published_cluster(slug: str) -> ClusterPage:
    """The published cluster with this slug, in the reader's language where it is translated."""
    clusters = ClusterPage.objects.live().public().filter(slug=slug)
    cluster = clusters.filter(locale=Locale.get_active()).first() or sources(clusters).first()
    if cluster is None:
        raise Http404
    return in_reader_language(cluster)


def contact_page(request: HttpRequest, cluster: ClusterPage, *, back_url: str, concerning: str = "") -> HttpResponse:
    """The contact form for `cluster` (about the member organisation `concerning`, if given)."""
    context = {"cluster": cluster, "back_url": back_url, "concerning": concerning}
    if not request.user.is_authenticated:
        if request.method == "POST":
            return redirect_to_login(request.get_full_path())
        login_url = f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}"
        return TemplateResponse(request, "clusters/contact.html", {**context, "login_url": login_url})
    form = ContactForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            send_contact_message(request.user, cluster, ContactMessage(**form.cleaned_data, concerning=concerning))
        except ContactError as error:
            form.add_error(None, error.message)
            status = 429 if isinstance(error, ContactLimitReached) else 200
        else:
            messages.success(
                request, _("Your message is on its way to the managers of %(cluster)s.") % {"cluster": cluster.title}
            )
            return redirect(back_url)
    return TemplateResponse(request, "clusters/contact.html", {**context, "form": form}, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def contact_cluster(request: HttpRequest, slug: str) -> HttpResponse:
    cluster = published_cluster(slug)
    return contact_page(request, cluster, back_url=cluster.get_url(request) or "/")
