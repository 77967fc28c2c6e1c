"""The printable catalogue page (``/katalog/tisk/``) and its PDF (``/katalog/tisk.pdf``): the
same publication from the catalogue's own filter parameters."""

from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.utils import timezone

from catalogue.models import ServicePlace
from catalogue.printing.edition import edition_filename, edition_title
from catalogue.printing.layout import PrintedService, Publication
from catalogue.printing.qr import qr_data_uri
from catalogue.search.query import CatalogueQuery
from portal.base_url import absolute_url
from portal.pdf import pdf_response

STYLESHEET = "css/catalogue-publication.css"

# WeasyPrint lays out about ten services a second on one core; a bigger selection than this
# (the whole demo catalogue has 133) gets a page asking to narrow it, e.g. to a district, instead
# of holding a worker for minutes.
MAX_SERVICES = 200


def print_services(services):
    """``services`` with everything an entry prints, fetched in a fixed number of queries."""
    return services.select_related("service_type", "provider").prefetch_related(
        "forms",
        "target_groups",
        "planning_areas",
        "area_districts",
        "opening_hours",
        "contacts",
        Prefetch("places", queryset=ServicePlace.objects.select_related("district")),
    )


def publication_context(request, page, query=None):
    """What the printable page and the PDF show: the publication, or why there is none."""
    query = query or CatalogueQuery.from_params(request.GET)
    found = query.services()
    total = found.count()
    params = query.url_params()
    context = page.get_context(request)
    context.update(
        query=query,
        edition=edition_title(query),
        today=timezone.localdate(),
        total=total,
        max_services=MAX_SERVICES,
        too_many=total > MAX_SERVICES,
        online_url=absolute_url(page.get_url(request) + (f"?{params}" if params else "")),
        pdf_params=params,
        publication=None,
    )
    if total and total <= MAX_SERVICES:
        areas = query.selected["oblast"] or query.terms["oblast"]
        context["publication"] = Publication(
            print_services(found), areas, lambda service: printed(service, request)
        )
    return context


def printed(service, request):
    url = absolute_url(service.get_url(request))
    return PrintedService(service=service, url=url, qr=qr_data_uri(url))


def catalogue_print(request, page):
    context = publication_context(request, page)
    return TemplateResponse(request, "catalogue/catalogue_print.html", context)


def catalogue_pdf(request, page):
    query = CatalogueQuery.from_params(request.GET)
    return pdf_response(
        request,
        document=(
            "catalogue/printing/document.html",
            lambda: publication_context(request, page, query),
        ),
        stylesheet=STYLESHEET,
        filename=edition_filename(query),
        busy=("catalogue/printing/busy.html", lambda: page.get_context(request)),
    )
