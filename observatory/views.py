"""The observatory's pages and downloads: thin views over `overview` and `cluster_figures`."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from clusters.models import ClusterPage
from portal.translations import in_reader_language

from . import overview
from .cluster_figures import figures_of
from .downloads import table_csv, table_xlsx

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _download(rows: list[list], title: str, filename: str, extension: str) -> HttpResponse:
    content = table_csv(rows) if extension == "csv" else table_xlsx(title, rows)
    response = HttpResponse(content, content_type=CONTENT_TYPES[extension])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response


def _filters(request: HttpRequest, locale: Locale) -> tuple[str, str, list, list]:
    countries, sectors = overview.filter_options(locale)
    country = request.GET.get("country", "")
    sector = request.GET.get("sector", "")
    country = country if country in {code for code, _name in countries} else ""
    sector = sector if sector in {term.slug for term in sectors} else ""
    return country, sector, countries, sectors


def observatory(request: HttpRequest) -> HttpResponse:
    locale = Locale.get_active()
    country, sector, countries, sectors = _filters(request, locale)
    clusters = overview.listed_clusters(locale, country, sector)
    rows = overview.summaries(clusters)
    return render(
        request,
        "observatory/observatory.html",
        {
            "headers": overview.comparison_headers(),
            "rows": rows,
            "charts": overview.activity_charts(rows),
            "cooperation": overview.cooperation(clusters),
            "country_options": countries,
            "sector_options": sectors,
            "selected_country": country,
            "selected_sector": sector,
            "query": request.GET.urlencode(),
        },
    )


def observatory_download(request: HttpRequest, extension: str) -> HttpResponse:
    locale = Locale.get_active()
    country, sector, _countries, _sectors = _filters(request, locale)
    rows = overview.summaries(overview.listed_clusters(locale, country, sector))
    table = [overview.comparison_headers(), *[row.cells() for row in rows]]
    return _download(table, _("Clusters"), "clusters", extension)


def _cluster(slug: str) -> ClusterPage:
    """The cluster with this slug, in the reader's language where it is translated."""
    pages = ClusterPage.objects.live().public().filter(slug=slug)
    page = pages.filter(locale=Locale.get_active()).first() or pages.order_by("pk").first()
    if page is None:
        raise Http404(_("No such cluster."))
    return in_reader_language(page)


def cluster_figures(request: HttpRequest, cluster: str) -> HttpResponse:
    page = _cluster(cluster)
    figures = figures_of(page)
    return render(
        request,
        "observatory/cluster_figures.html",
        {
            "cluster": page,
            "figures": figures,
            "years": figures.years,
            "entered_rows": figures.entered_rows() if figures.entered else [],
            "computed_rows": figures.computed_rows(),
            "current": figures.current_chart(),
            "trends": figures.trend_charts(),
        },
    )


def cluster_figures_download(request: HttpRequest, cluster: str, extension: str) -> HttpResponse:
    page = _cluster(cluster)
    figures = figures_of(page)
    rows = (figures.entered_rows() if figures.entered else []) + figures.computed_rows()
    table = [[_("Figure"), *figures.years], *[[row.label, *row.values] for row in rows]]
    return _download(table, page.title, f"{slugify(page.slug)}-figures", extension)
