"""The printed catalogue's PDF at ``/katalog/tisk.pdf``.

Wagtail's page URL pattern does not accept a dot in a path segment (see ``campaigns.urls``), so
this pattern finds the catalogue page by its path and calls its ``print_pdf`` route. Included in
the project's URLconf before Wagtail's own URLs.
"""

from django.http import Http404
from django.urls import re_path
from wagtail.models import Page

from catalogue.models import CatalogueIndexPage


def catalogue_pdf(request, page_path):
    page = Page.find_for_request(request, "/" + page_path)
    page = page.specific if page is not None else None
    if not isinstance(page, CatalogueIndexPage) or page.get_view_restrictions():
        raise Http404("Katalog neexistuje.")
    return page.print_pdf(request)


urlpatterns = [
    re_path(r"^(?P<page_path>(?:[\w\-]+/)+)tisk\.pdf$", catalogue_pdf, name="catalogue_pdf"),
]
