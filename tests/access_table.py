"""What each visitor gets at each address of the portal: one table, keyed by route.

A row gives the answer, in GET, for the anonymous visitor, the partner, CE3M's manager, QOOT's
manager, the administrator, and CE3M's manager whose session did not pass MFA (where MFA is
required): a status code, a `Redirect` (where the Location header points, its query aside), or
ANSWERED (any answer below 500: the details of Wagtail's own screens are Wagtail's). The objects
the addresses name are CE3M's (tests/site_visitors.py), so QOOT's manager must not reach them.

Wagtail's own admin screens are grouped by prefix (WAGTAIL_ADMIN); the portal's own admin screens
each have a row. A route found nowhere here fails tests/test_site_access.py: add its row.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tests.site_visitors import ROLES, DemoSite
from tests.url_patterns import Route, fill


@dataclass(frozen=True)
class Redirect:
    to: str  # the redirect's path, with "{name}" for a demo value

    def __str__(self) -> str:
        return f"302 to {self.to}"


class Answered:
    def __str__(self) -> str:
        return "any answer below 500"


ANSWERED = Answered()
Answer = int | Redirect | Answered

LOGIN = Redirect("/en/accounts/login/")
MFA = Redirect("/en/accounts/2fa/reauthenticate/")
DENIED = Redirect("/admin/")  # Wagtail's refusal: back to the dashboard, with a message
HOME = Redirect("/en/")  # allauth, to someone already logged in: home, in the language of the address
REAUTHENTICATE = Redirect("/en/accounts/reauthenticate/")  # allauth asks for the password again
B2B = Redirect("/en/events/{event_id}/b2b/")  # "create your B2B profile first"


@dataclass(frozen=True)
class Expected:
    answers: dict[str, Answer]
    url: str = ""  # the address, when the route alone does not make it: "{name}" for a demo value
    params: dict[str, str] = field(default_factory=dict)  # route parameter -> the demo value it takes


def row(
    anonymous: Answer,
    partner: Answer,
    manager: Answer,
    other_manager: Answer,
    administrator: Answer,
    manager_without_mfa: Answer,
    *,
    url: str = "",
    **params: str,
) -> Expected:
    answers = (anonymous, partner, manager, other_manager, administrator, manager_without_mfa)
    return Expected(dict(zip(ROLES, answers, strict=True)), url, params)


def everyone(answer: Answer, **options: str) -> Expected:
    return row(answer, answer, answer, answer, answer, answer, **options)


def signed_in(answer: Answer = 200, **options: str) -> Expected:
    return row(LOGIN, answer, answer, answer, answer, answer, **options)


def participants(**options: str) -> Expected:
    """The partner takes part in the techdays' B2B meetings; managers have no B2B profile there."""
    return row(LOGIN, 200, B2B, B2B, B2B, B2B, **options)


def organisers(refused: Answer, **options: str) -> Expected:
    """Screens of CE3M's managers, with other people's data: MFA first where it is required."""
    return row(LOGIN, refused, 200, refused, 200, MFA, **options)


def admin(manager: Answer, other_manager: Answer, administrator: Answer, **options: str) -> Expected:
    """An admin screen: only people with access to the admin, after MFA where it is required."""
    return row(LOGIN, LOGIN, manager, other_manager, administrator, MFA, **options)


def cluster_admin(**options: str) -> Expected:
    """One of CE3M's objects in the admin: its managers and administrators; 404 for other clusters."""
    return admin(200, 404, 200, **options)


ADMINISTRATORS_ONLY = admin(DENIED, DENIED, 200)
NOBODY = admin(DENIED, DENIED, DENIED)

ACCESS: dict[str, Expected] = {
    "healthz": everyone(200),
    # Documents and the API: public, outside the language prefixes.
    r"documents/(\d+)/(.*)": everyone(200, url="/documents/{document_id}/{document_file}"),
    "documents/authenticate_with_password/<int:restriction_id>/": everyone(404),
    "api/v2/pages/": everyone(200),
    "api/v2/pages/<int:pk>/": everyone(200, pk="event_id"),
    "api/v2/pages/find/": everyone(
        Redirect("/api/v2/pages/{event_id}/"), url="/api/v2/pages/find/?html_path=/{pages[EventPage]}"
    ),
    "api/v2/images/": everyone(200),
    "api/v2/images/<int:pk>/": everyone(200, pk="image_id"),
    "api/v2/images/find/": everyone(Redirect("/api/v2/images/{image_id}/"), url="/api/v2/images/find/?id={image_id}"),
    "api/v2/documents/": everyone(200),
    "api/v2/documents/<int:pk>/": everyone(200, pk="document_id"),
    "api/v2/documents/find/": everyone(
        Redirect("/api/v2/documents/{document_id}/"), url="/api/v2/documents/find/?id={document_id}"
    ),
    "api/search/": everyone(200),
    "api/search/suggest/": everyone(200),
    # Accounts (allauth, and the profile page).
    # The document library.
    "<lang>/documents/": everyone(200),
    "<lang>/accounts/profile/": signed_in(),
    "<lang>/accounts/profile/my-data/": signed_in(),
    "<lang>/accounts/profile/delete/": signed_in(),  # GET asks to confirm
    "<lang>/accounts/login/": row(200, HOME, HOME, HOME, HOME, HOME),
    "<lang>/accounts/logout/": row(HOME, 200, 200, 200, 200, 200),  # GET asks to confirm
    "<lang>/accounts/inactive/": everyone(200),
    "<lang>/accounts/signup/": row(200, HOME, HOME, HOME, HOME, HOME),
    "<lang>/accounts/reauthenticate/": signed_in(),
    "<lang>/accounts/email/": signed_in(),
    "<lang>/accounts/confirm-email/": everyone(200),
    "<lang>/accounts/password/change/": signed_in(),
    "<lang>/accounts/password/set/": signed_in(Redirect("/en/accounts/password/change/")),
    "<lang>/accounts/password/reset/": everyone(200),
    "<lang>/accounts/login/code/confirm/": row(LOGIN, HOME, HOME, HOME, HOME, HOME),
    r"<lang>/accounts/confirm-email/(?P<key>[-:\w]+)/": everyone(200),  # a page saying the link is wrong
    "<lang>/accounts/password/reset/key/done/": everyone(200),
    "<lang>/accounts/password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/": everyone(200),
    "<lang>/accounts/password/reset/done/": everyone(200),
    "<lang>/accounts/2fa/": signed_in(),
    "<lang>/accounts/2fa/authenticate/": row(LOGIN, HOME, HOME, HOME, HOME, HOME),
    "<lang>/accounts/2fa/reauthenticate/": row(
        LOGIN, REAUTHENTICATE, REAUTHENTICATE, REAUTHENTICATE, REAUTHENTICATE, 200
    ),
    "<lang>/accounts/2fa/totp/activate/": signed_in(REAUTHENTICATE),
    "<lang>/accounts/2fa/totp/deactivate/": row(LOGIN, 404, 404, 404, 404, REAUTHENTICATE),
    "<lang>/accounts/2fa/recovery-codes/": signed_in(404),
    "<lang>/accounts/2fa/recovery-codes/generate/": signed_in(REAUTHENTICATE),
    "<lang>/accounts/2fa/recovery-codes/download/": signed_in(404),
    "<lang>/_util/login/": everyone(LOGIN),
    "<lang>/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": everyone(404),
    # Search and the directories.
    "<lang>/search/": everyone(200),
    "<lang>/members/": everyone(200),
    "<lang>/members/my-organisation/": signed_in(),
    "<lang>/members/my-organisation/withdraw/": everyone(405),
    "<lang>/members/<int:member_id>/": everyone(200, member_id="member"),
    "<lang>/members/<int:member_id>/contact/": everyone(200, member_id="member"),  # anonymous: a login link
    "<lang>/clusters/<str:slug>/contact/": everyone(200, slug="cluster"),  # anonymous: a login link
    # Events: the pages, registering, cancelling by link, the check-in desk.
    "<lang>/events/feed.ics": everyone(200),
    "<lang>/events/mine/": signed_in(),
    "<lang>/<EventIndexPage>/": everyone(200),
    "<lang>/<EventIndexPage>/past/": everyone(200),
    "<lang>/<EventIndexPage>/mine/": signed_in(),
    "<lang>/<EventIndexPage>/feed/": everyone(200),
    "<lang>/<EventIndexPage>/feed/<slug:cluster>/": everyone(200),
    "<lang>/<EventPage>/": everyone(200),
    "<lang>/<EventPage>/calendar/": everyone(200),
    "<lang>/<EventPage>/register/": signed_in(),
    "<lang>/<EventPage>/cancel/<str:token>/": everyone(200, token="cancel_token"),  # GET asks to confirm
    "<lang>/<EventPage>/checkin/": organisers(403),
    "<lang>/<EventPage>/checkin/<str:token>/": organisers(403, token="checkin_token"),
    # B2B meetings of the techdays.
    "<lang>/events/<int:event_id>/b2b/": signed_in(),
    "<lang>/events/<int:event_id>/b2b/profile/": participants(),
    "<lang>/events/<int:event_id>/b2b/opportunities/": everyone(405),
    "<lang>/events/<int:event_id>/b2b/opportunities/<int:opportunity_id>/delete/": everyone(405),
    "<lang>/events/<int:event_id>/b2b/participants/<int:profile_id>/": participants(),
    "<lang>/events/<int:event_id>/b2b/requests/": participants(),
    "<lang>/events/<int:event_id>/b2b/requests/<int:request_id>/accept/": everyone(405),
    "<lang>/events/<int:event_id>/b2b/requests/<int:request_id>/decline/": everyone(405),
    "<lang>/events/<int:event_id>/b2b/agenda/": participants(),
    "<lang>/events/<int:event_id>/b2b/agenda.ics": participants(),
    "<lang>/events/<int:event_id>/b2b/meetings/<int:meeting_id>/rate/": row(LOGIN, 200, 404, 404, 404, 404),
    # What came of the meeting: the partner was asked (tests/site_visitors.py), nobody else.
    "<lang>/events/<int:event_id>/b2b/meetings/<int:meeting_id>/follow-up/": row(LOGIN, 200, 404, 404, 404, 404),
    # Proposals: expressing interest, managing a proposal (CE3M's), the interests it received.
    "<lang>/proposals/mine/": signed_in(),
    "<lang>/proposals/interests/": row(LOGIN, 403, 200, 200, 200, MFA),  # each manager sees their own
    "<lang>/proposals/interests/<int:interest_id>/answer/": row(LOGIN, 405, 405, 405, 405, MFA),
    "<lang>/proposals/interests/<int:interest_id>/attachment/": row(LOGIN, 200, 200, 404, 200, MFA),  # the partner's
    "<lang>/proposals/<int:proposal_id>/interest/": signed_in(),
    "<lang>/proposals/<int:proposal_id>/manage/": organisers(403),
    "<lang>/proposals/<int:proposal_id>/renew/": organisers(403),
    "<lang>/proposals/consortium/<int:member_id>/remove/": row(LOGIN, 405, 405, 405, 405, MFA),
    # Following.
    "<lang>/following/": signed_in(),
    "<lang>/following/digest/": everyone(405),
    "<lang>/following/follow/<target_kind:kind>/<int:pk>/": everyone(405, pk="proposal_id"),
    "<lang>/following/unfollow/<target_kind:kind>/<int:pk>/": everyone(405, pk="proposal_id"),
    "<lang>/following/unsubscribe/<str:token>/": everyone(200, token="unsubscribe_token"),  # GET asks to confirm
    # The observatory: public figures, charts and their downloads.
    "<lang>/observatory/": everyone(200),
    "<lang>/observatory/clusters.csv": everyone(200),
    "<lang>/observatory/clusters.xlsx": everyone(200),
    "<lang>/observatory/<slug:cluster>/": everyone(200),
    "<lang>/observatory/<slug:cluster>/figures.csv": everyone(200),
    "<lang>/observatory/<slug:cluster>/figures.xlsx": everyone(200),
    # The other pages (CE3M's where they belong to a cluster), and an address that is none.
    "<lang>/<HomePage>/": everyone(200),
    "<lang>/<ClusterIndexPage>/": everyone(200),
    "<lang>/<ClusterPage>/": everyone(200),
    "<lang>/<BestPracticeIndexPage>/": everyone(200),
    "<lang>/<BestPracticePage>/": everyone(200),
    "<lang>/<FundingCallIndexPage>/": everyone(200),
    "<lang>/<FundingCallPage>/": everyone(200),
    "<lang>/<ProposalIndexPage>/": everyone(200),
    "<lang>/<ProposalPage>/": everyone(200),
    "<lang>/<NewsIndexPage>/": everyone(200),
    "<lang>/<NewsIndexPage>/feed/": everyone(200),
    "<lang>/<NewsIndexPage>/feed/<slug:cluster>/": everyone(200),
    "<lang>/<NewsPage>/": everyone(200),
    r"<lang>/((?:[\w\-]+/)*)": everyone(404, url="/en/no-such-page/"),
    # The admin's login, logout and password reset hand over to allauth.
    "admin/login/": row(LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, MFA),
    "admin/logout/": row(*[Redirect("/en/accounts/logout/")] * 5, MFA),  # GET asks to confirm
    "admin/password_reset/": row(*[Redirect("/en/accounts/password/reset/")] * 5, MFA),
    # The portal's own admin screens.
    "admin/clusters/review/": ADMINISTRATORS_ONLY,
    "admin/clusters/invite/": ADMINISTRATORS_ONLY,
    "admin/events/registrations/": admin(200, 200, 200),  # each manager lists their own events
    "admin/events/registrations/<int:pk>/": cluster_admin(pk="registrations"),
    "admin/events/registrations/<int:pk>/export.csv": cluster_admin(pk="registrations"),
    "admin/events/registrations/<int:pk>/export.xlsx": cluster_admin(pk="registrations"),
    "admin/events/registrations/<int:pk>/close/": admin(405, 405, 405, pk="registrations"),
    "admin/events/registrations/<int:pk>/message/": cluster_admin(pk="registrations"),
    "admin/members/": admin(200, 200, 200),
    "admin/members/results/": admin(200, 200, 200),
    "admin/members/new/": admin(200, 200, 200),
    "admin/members/edit/<int:pk>/": cluster_admin(pk="member"),
    "admin/members/delete/<int:pk>/": cluster_admin(pk="member"),  # GET asks to confirm
    "admin/members/history/<int:pk>/": cluster_admin(pk="member"),
    "admin/members/history-results/<int:pk>/": cluster_admin(pk="member"),
    "admin/members/usage/<int:pk>/": cluster_admin(pk="member"),
    "admin/members/import/": admin(200, 200, 200),
    "admin/members/affiliations/": admin(200, 200, 200),  # each manager lists their own clusters' claims
    "admin/members/affiliations/<int:pk>/confirm/": admin(405, 405, 405, pk="member"),
    "admin/members/affiliations/<int:pk>/reject/": admin(405, 405, 405, pk="member"),
    "admin/members/import/members.csv": admin(200, 200, 200),
    # The document library (documents app): CE3M's demo documents.
    "admin/document_library/": admin(200, 200, 200),
    "admin/document_library/results/": admin(200, 200, 200),
    "admin/document_library/new/": admin(200, 200, 200),
    "admin/document_library/edit/<int:pk>/": cluster_admin(pk="library_document"),
    "admin/document_library/delete/<int:pk>/": cluster_admin(pk="library_document"),  # GET asks to confirm
    "admin/document_library/history/<int:pk>/": cluster_admin(pk="library_document"),
    "admin/document_library/history-results/<int:pk>/": cluster_admin(pk="library_document"),
    "admin/document_library/usage/<int:pk>/": cluster_admin(pk="library_document"),
    "admin/b2b_meetings/": admin(200, 200, 200),
    "admin/b2b_meetings/results/": admin(200, 200, 200),
    "admin/b2b_meetings/new/": admin(200, 200, 200),
    "admin/b2b_meetings/edit/<int:pk>/": cluster_admin(pk="programme"),
    "admin/b2b_meetings/delete/<int:pk>/": cluster_admin(pk="programme"),  # GET asks to confirm
    "admin/b2b_meetings/history/<int:pk>/": cluster_admin(pk="programme"),
    "admin/b2b_meetings/history-results/<int:pk>/": cluster_admin(pk="programme"),
    "admin/b2b_meetings/usage/<int:pk>/": cluster_admin(pk="programme"),
    "admin/b2b_meetings/report/<int:pk>/": cluster_admin(pk="programme"),
    "admin/cluster_figures/": admin(200, 200, 200),  # each manager lists their own clusters' figures
    "admin/cluster_figures/results/": admin(200, 200, 200),
    "admin/cluster_figures/new/": admin(200, 200, 200),
    "admin/cluster_figures/edit/<int:pk>/": cluster_admin(pk="figures"),
    "admin/cluster_figures/delete/<int:pk>/": cluster_admin(pk="figures"),  # GET asks to confirm
    "admin/cluster_figures/history/<int:pk>/": cluster_admin(pk="figures"),
    "admin/cluster_figures/history-results/<int:pk>/": cluster_admin(pk="figures"),
    "admin/cluster_figures/usage/<int:pk>/": cluster_admin(pk="figures"),
    "admin/reports/site-searches/": ADMINISTRATORS_ONLY,
    "admin/reports/site-searches/results/": ADMINISTRATORS_ONLY,
    # Outgoing mail: administrators look; nobody writes.
    "admin/outbox/": ADMINISTRATORS_ONLY,
    "admin/outbox/results/": ADMINISTRATORS_ONLY,
    "admin/outbox/inspect/<int:pk>/": admin(DENIED, DENIED, 200, pk="outbox_message"),
    "admin/outbox/new/": NOBODY,
    "admin/outbox/edit/<int:pk>/": admin(DENIED, DENIED, DENIED, pk="outbox_message"),
    "admin/outbox/delete/<int:pk>/": admin(DENIED, DENIED, DENIED, pk="outbox_message"),
    "admin/outbox/history/<int:pk>/": admin(DENIED, DENIED, DENIED, pk="outbox_message"),
    "admin/outbox/history-results/<int:pk>/": admin(DENIED, DENIED, DENIED, pk="outbox_message"),
    "admin/outbox/usage/<int:pk>/": admin(DENIED, DENIED, DENIED, pk="outbox_message"),
    # wagtail-localize's screens that start or update translations: for the pages one may edit.
    "admin/localize/submit/page/<int:page_id>/": admin(200, DENIED, 200),
    "admin/localize/update/<int:translation_source_id>/": admin(404, 404, 404),
}


def _terms(app: str, model: str, value: str) -> dict[str, Expected]:
    """A vocabulary (sectors, practice themes, challenges): administrators edit it; anyone in the
    admin may pick from it."""
    base, chooser = f"admin/snippets/{app}/{model}/", f"admin/snippets/choose/{app}/{model}/"
    one = {"pk": value}
    return {
        **{f"{base}{view}": ADMINISTRATORS_ONLY for view in ("", "results/", "add/")},
        **{
            f"{base}{view}/<int:pk>/": admin(DENIED, DENIED, 200, **one)
            for view in ("edit", "delete", "usage", "history", "history-results", "copy")
        },
        **{f"{chooser}{view}": admin(200, 200, 200) for view in ("", "results/", "chosen-multiple/")},
        f"{chooser}chosen/<str:pk>/": admin(200, 200, 200, **one),
        f"{chooser}create/": admin(DENIED, DENIED, 404),  # terms are added on their own screen
    }


ACCESS |= _terms("clusters", "sector", "sector")
ACCESS |= _terms("practices", "theme", "theme")
ACCESS |= _terms("proposals", "challenge", "challenge")

# Wagtail's own admin screens, by prefix: their details are Wagtail's.
WAGTAIL_ADMIN: dict[str, Expected] = {
    prefix: admin(ANSWERED, ANSWERED, ANSWERED, **({"pk": pk} if pk else {}))
    for prefix, pk in {
        "admin/": "",  # the dashboard
        "admin/test404/": "",
        "admin/account/": "",
        "admin/dismissibles/": "",
        "admin/block-preview/": "",
        "admin/bulk/": "",
        "admin/tag-autocomplete/": "",
        "admin/editing-sessions/": "",
        "admin/embeds/": "",
        "admin/choose-page/": "",
        "admin/choose-external-link/": "",
        "admin/choose-email-link/": "",
        "admin/choose-phone-link/": "",
        "admin/choose-anchor-link/": "",
        "admin/api/main/pages/": "page",
        "admin/api/main/documents/": "document_id",
        "admin/api/main/images/": "image_id",
        "admin/pages/": "page",
        "admin/collections/": "collection_id",
        "admin/documents/": "document_id",
        "admin/images/": "image_id",
        "admin/snippets/": "",
        "admin/reports/": "",
        "admin/forms/": "",
        "admin/redirects/": "",
        "admin/searchpicks/": "",
        "admin/workflows/": "workflow_pk",
        "admin/workflows/tasks/": "task_id",
        "admin/users/": "user",
        "admin/groups/": "group",
        "admin/locales/": "locale",
        "admin/sites/": "site",
        "admin/localize/": "sector",
    }.items()
}
# Wagtail's own admin screens that answer otherwise; among them, those of CE3M's page, document and
# image, which Wagtail refuses to QOOT's manager by the permissions of CE3M's editors group.
CE3M_ONLY = admin(200, DENIED, 200)
COMPARE_REVISIONS = (
    r"admin/pages/(?P<pk>\d+)/revisions/compare/"
    r"(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/"
)
WAGTAIL_ADMIN_ROWS: dict[str, Expected] = {
    **{
        f"admin/pages/<int:page_id>/{view}/": CE3M_ONLY
        for view in ("edit", "edit/preview", "view_draft", "usage", "history", "history/results", "unpublish")
    },
    "admin/pages/<int:page_to_move_id>/move/": CE3M_ONLY,
    "admin/pages/<int:page_id>/delete/": admin(DENIED, DENIED, 200),  # a cluster stays
    "admin/pages/<int:page_id>/copy/": CE3M_ONLY,
    "admin/pages/<int:page_id>/privacy/": CE3M_ONLY,
    "admin/pages/<int:parent_page_id>/add_subpage/": CE3M_ONLY,
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/view/": CE3M_ONLY,
    COMPARE_REVISIONS: admin(200, DENIED, 200, pk="page"),
    "admin/api/main/pages/<int:pk>/": admin(200, 404, 200, pk="page"),
    "admin/documents/edit/<int:document_id>/": CE3M_ONLY,
    "admin/documents/delete/<int:document_id>/": CE3M_ONLY,
    "admin/documents/usage/<int:document_id>/": CE3M_ONLY,
    "admin/documents/chooser/chosen/<str:pk>/": admin(200, DENIED, 200, pk="document_id"),
    "admin/images/<int:image_id>/": CE3M_ONLY,
    "admin/images/<int:image_id>/delete/": CE3M_ONLY,
    "admin/images/usage/<int:image_id>/": CE3M_ONLY,
    "admin/images/chooser/chosen/<str:pk>/": admin(200, DENIED, 200, pk="image_id"),
    "admin/sprite/": row(200, 200, 200, 200, 200, MFA),
    "admin/jsi18n/": row(200, 200, 200, 200, 200, MFA),
    "admin/password_reset/done/": row(200, 200, 200, 200, 200, MFA),
    "admin/password_reset/confirm/<uidb64>/<token>/": row(200, 200, 200, 200, 200, MFA, token="key"),
    "admin/password_reset/complete/": row(200, 200, 200, 200, 200, MFA),
    "admin/failwhale/": admin(500, 500, 500),  # Wagtail's screen for trying out error reports
    r"admin/.*/": row(
        Redirect("/admin/login/"), Redirect("/admin/login/"), 404, 404, 404, MFA, url="/admin/no-such-screen/"
    ),
}


def is_wagtails_admin(route: Route) -> bool:
    """A screen of Wagtail's own admin (not one of the portal's), under a prefix listed here."""
    if route.key in ACCESS or route.is_project_view:
        return False
    return route.key in WAGTAIL_ADMIN_ROWS or route.key == "admin/" or _wagtail_prefix(route.key) is not None


def _wagtail_prefix(key: str) -> str | None:
    prefixes = [prefix for prefix in WAGTAIL_ADMIN if prefix != "admin/" and key.startswith(prefix)]
    return max(prefixes, key=len) if prefixes else None


def expected_for(route: Route) -> Expected | None:
    """The route's row, else the rule of the Wagtail admin prefix it falls under (the longest)."""
    if route.key in ACCESS:
        return ACCESS[route.key]
    if not is_wagtails_admin(route):
        return None
    if route.key in WAGTAIL_ADMIN_ROWS:
        return WAGTAIL_ADMIN_ROWS[route.key]
    return WAGTAIL_ADMIN[_wagtail_prefix(route.key) or route.key]


def address(route: Route, expected: Expected, site: DemoSite) -> str:
    values = {**site.values, **{param: site.values[name] for param, name in expected.params.items()}}
    if expected.url:
        return expected.url.format(**values, pages=site.pages)
    return fill(route.key, values, site.pages)


def matches(answer: Answer, status: int, location: str, values: dict[str, object]) -> bool:
    if isinstance(answer, Answered):
        return status < 500
    if isinstance(answer, Redirect):
        return status == 302 and urlsplit(location).path == answer.to.format(**values)
    return status == answer
