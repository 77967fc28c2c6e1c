"""The catalogue's search results and its printable version: parse, query, paginate, render."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from catalogue.search.print_layout import PrintedCatalogue
from catalogue.search.query import PAGE_SIZE, CatalogueQuery


def catalogue_search(request, page):
    query = CatalogueQuery.from_params(request.GET)
    paginator = Paginator(query.ordered_services().for_listing(), PAGE_SIZE)
    number = query.page
    if number > paginator.num_pages:
        query.messages.append(
            f"Stránka {number} neexistuje; zobrazujeme poslední stránku výsledků."
        )
        number = paginator.num_pages
    results = paginator.page(number)
    context = page.get_context(request)
    context.update(
        query=query,
        results=results,
        facets=query.facets(),
        situations=query.terms["situace"],
        active_filters=query.active_filters(),
        previous_url=query.url_params(strana=number - 1) if results.has_previous() else "",
        next_url=query.url_params(strana=number + 1) if results.has_next() else "",
        print_params=query.url_params(),
    )
    return TemplateResponse(request, "catalogue/catalogue_index_page.html", context)


def catalogue_print(request, page):
    query = CatalogueQuery.from_params(request.GET)
    services = (
        query.services()
        .for_listing()
        .prefetch_related("planning_areas", "opening_hours", "contacts")
    )
    context = page.get_context(request)
    context.update(query=query, catalogue=PrintedCatalogue(list(services)))
    return TemplateResponse(request, "catalogue/catalogue_print.html", context)
