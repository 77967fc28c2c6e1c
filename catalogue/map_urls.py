"""The catalogue's GeoJSON at ``/katalog/mapa.geojson``.

Wagtail's page URL pattern does not accept a dot in a path segment (see ``campaigns.urls``), so
this pattern finds the catalogue page by its path and calls its ``map_data`` route. Included in
the project's URLconf before Wagtail's own URLs.
"""

from django.http import Http404
from django.urls import re_path
from wagtail.models import Page

from catalogue.models import CatalogueIndexPage


def catalogue_map_data(request, page_path):
    page = Page.find_for_request(request, "/" + page_path)
    page = page.specific if page is not None else None
    if not isinstance(page, CatalogueIndexPage) or page.get_view_restrictions():
        raise Http404("Katalog neexistuje.")
    return page.map_data(request)


urlpatterns = [
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)+)mapa\.geojson$",
        catalogue_map_data,
        name="catalogue_map_data",
    ),
]
