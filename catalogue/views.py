"""The catalogue's search results: parse, query, paginate, render (the printed catalogue is in
``catalogue.printing``)."""

from django.conf import settings
from django.http import QueryDict
from django.template.response import TemplateResponse

from catalogue.search.distance import PARAMS as PLACE_PARAMS
from catalogue.search.query import CatalogueQuery
from portal.search.query import help_lines, matching_situations, office_contact


def catalogue_search(request, page):
    query = CatalogueQuery.from_params(request.GET)
    results = query.results()
    number = results.number
    analysis = query.answer.analysis
    active_filters = query.active_filters()
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
        active_filters=active_filters,
        active_count=len(active_filters),
        place_chip=place_chip(query),
        place_suggestions=[
            {"label": place.label, "url": query.url_params(kde=place.name)}
            for place in query.near.suggestions
        ],
        previous_url=query.url_params(strana=number - 1) if results.has_previous() else "",
        next_url=query.url_params(strana=number + 1) if results.has_next() else "",
        print_params=query.url_params(),
    )
    if not results.paginator.count:
        context["contact"] = office_contact(request)
        context["fitting_situations"] = context["matching_situations"]
    response = TemplateResponse(request, "catalogue/catalogue_index_page.html", context)
    allow_geolocation(response)
    return response


def allow_geolocation(response):
    """The "Poblíž mě" button asks the browser for the visitor's location, which the site's
    Permissions Policy turns off elsewhere: allow it to this origin on this page only."""
    features = [
        f"{feature}=()"
        for feature in settings.PERMISSIONS_POLICY_DISABLED_FEATURES
        if feature != "geolocation"
    ]
    response.headers["Permissions-Policy"] = ", ".join([*features, "geolocation=(self)"])


def place_chip(query):
    """The searched place as a removable chip: {name, url without the place}, or None."""
    if query.near.origin is None:
        return None
    params = QueryDict(query.url_params(), mutable=True)
    for name in PLACE_PARAMS:
        params.pop(name, None)
    return {"name": query.near.origin.label, "url": params.urlencode()}
