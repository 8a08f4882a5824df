from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from accounts.urls import admin_overrides
from agenda import views as agenda_views
from clusters import views as cluster_views
from documents import views as document_views
from members import views as member_views
from search import api as search_api
from search import views as search_views
from search.member_directory import member_directory

from .api import api_router
from .health import healthz
from .translation_access import submit_page_translation, update_translations

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    *admin_overrides,
    # wagtail-localize's screens, asking the page's own permissions first (see translation_access).
    path("admin/localize/submit/page/<int:page_id>/", submit_page_translation, name="submit_page_translation"),
    path("admin/localize/update/<int:translation_source_id>/", update_translations, name="update_page_translations"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/search/", search_api.search, name="search_api"),
    path("api/search/suggest/", search_api.suggest, name="search_suggest_api"),
]

urlpatterns += i18n_patterns(
    path("accounts/profile/", account_views.profile, name="account_profile"),
    path("accounts/profile/my-data/", account_views.download_personal_data, name="account_personal_data"),
    path("accounts/profile/delete/", account_views.delete_account, name="account_delete"),
    path("accounts/login/", account_views.login, name="account_login"),
    path("accounts/", include("allauth.urls")),
    path("search/", search_views.search, name="search"),
    path("members/", member_directory, name="member_directory"),
    path("documents/", document_views.library, name="document_library"),
    path("members/my-organisation/", member_views.my_organisation, name="my_organisation"),
    path("members/my-organisation/withdraw/", member_views.withdraw_my_organisation, name="my_organisation_withdraw"),
    path("members/<int:member_id>/", member_views.member_profile, name="member_profile"),
    path("members/<int:member_id>/contact/", member_views.contact_member, name="member_contact"),
    path("clusters/<str:slug>/contact/", cluster_views.contact_cluster, name="cluster_contact"),
    path("events/feed.ics", agenda_views.language_feed, name="events_feed"),
    path("events/mine/", agenda_views.language_my_events, name="my_events"),
    path("events/<int:event_id>/b2b/", include("meetings.urls")),
    path("proposals/", include("proposals.urls")),
    path("following/", include("following.urls")),
    path("observatory/", include("observatory.urls")),
    # Wagtail's own front-end login (for private pages) hands over to allauth's.
    path("_util/login/", account_views.frontend_login, name="wagtailcore_login"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
