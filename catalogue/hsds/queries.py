"""The querysets behind the API: only live, public pages, filtered by validated parameters."""

import gc

from wagtail.models import Site

from catalogue.hsds import params
from catalogue.hsds.params import BadParameter
from catalogue.hsds.taxonomy import KINDS_BY_ID, services_in_taxonomy, services_with_term
from catalogue.models import ProviderPage, ServicePage
from catalogue.search.sources import SERVICE_KIND
from portal.search.engine import SearchRequest, object_ids
from portal.search.query import answer


def public_services():
    return ServicePage.objects.live().public().filter(provider__live=True)


def public_providers():
    return ProviderPage.objects.live().public()


def filtered_services(query, vocabulary):
    """Services matching every given parameter (AND)."""
    services = public_services()
    text = query.get("search", "").strip()
    if text:
        found = answer(text, lambda analysis: SearchRequest(analysis, kinds=(SERVICE_KIND,)))
        every_word = not found.partial  # the same answer as the catalogue's
        request = SearchRequest(found.analysis, kinds=(SERVICE_KIND,), match_all=every_word)
        services = services.filter(pk__in=object_ids(request))
    for term_id in params.uuid_list(query, "taxonomy_term_id"):
        if term_id not in vocabulary.by_id:
            raise BadParameter(f"Parametr „taxonomy_term_id“: pojem {term_id} neexistuje.")
        kind, term = vocabulary.by_id[term_id]
        services = services_with_term(services, kind, term)
    for taxonomy_id in params.uuid_list(query, "taxonomy_id"):
        if taxonomy_id not in KINDS_BY_ID:
            raise BadParameter(f"Parametr „taxonomy_id“: taxonomie {taxonomy_id} neexistuje.")
        services = services_in_taxonomy(services, KINDS_BY_ID[taxonomy_id], vocabulary)
    for organization_id in params.uuid_list(query, "organization_id"):
        if not public_providers().filter(translation_key=organization_id).exists():
            raise BadParameter(
                f"Parametr „organization_id“: organizace {organization_id} neexistuje."
            )
        services = services.filter(provider__translation_key=organization_id)
    since = params.modified_after(query)
    if since:
        services = services.filter(last_published_at__gte=since)
    return services.order_by("title", "pk")


class PageUrls:
    """Public URLs of pages without a query per page (site roots are read once)."""

    def __init__(self, request=None):
        roots = Site.get_site_root_paths()
        self.roots = sorted(roots, key=lambda root: -len(root.root_path))
        self.fallback = request.build_absolute_uri("/").rstrip("/") if request else ""

    @property
    def base_url(self):
        return self.roots[-1].root_url.rstrip("/") if self.roots else self.fallback

    def __call__(self, page):
        for root in self.roots:
            if page.url_path.startswith(root.root_path):
                return root.root_url.rstrip("/") + "/" + page.url_path[len(root.root_path) :]
        return ""


def in_chunks(queryset, size=200):
    """Every object of ``queryset``, read and prefetched ``size`` at a time, in flat memory.

    Pages with prefetched relations form reference cycles that Python frees only at its rare
    full collections; collecting after each chunk keeps the peak independent of the total.
    """
    for position, item in enumerate(queryset.iterator(chunk_size=size), start=1):
        yield item
        if position % size == 0:
            gc.collect()
