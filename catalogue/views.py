"""The catalogue's search results and its printable version: parse, query, paginate, render."""

from django.template.response import TemplateResponse

from catalogue.search.print_layout import PrintedCatalogue
from catalogue.search.query import CatalogueQuery
from portal.search.query import help_lines, matching_situations, office_contact


def catalogue_search(request, page):
    query = CatalogueQuery.from_params(request.GET)
    results = query.results()
    number = results.number
    analysis = query.answer.analysis
    chosen_situations = query.selected["situace"]
    context = page.get_context(request)
    context.update(
        query=query,
        results=results,
        facets=query.facets(),
        situations=query.terms["situace"],
        matching_situations=[] if chosen_situations else matching_situations(analysis),
        help_lines=help_lines(analysis, texts=[situation.name for situation in chosen_situations]),
        corrected=query.corrected(),
        partial=query.answer.partial,
        active_filters=query.active_filters(),
        previous_url=query.url_params(strana=number - 1) if results.has_previous() else "",
        next_url=query.url_params(strana=number + 1) if results.has_next() else "",
        print_params=query.url_params(),
    )
    if not results.paginator.count:
        context["contact"] = office_contact(request)
        context["fitting_situations"] = context["matching_situations"]
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
