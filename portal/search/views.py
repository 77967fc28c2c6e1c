"""Site search at /hledat/ and the search box's suggestions at /hledat/napoveda/."""

from django.http import JsonResponse
from django.template.response import TemplateResponse

from portal.search.query import (
    SiteSearch,
    all_situations,
    help_lines,
    matching_situations,
    office_contact,
    suggestions,
)


def search(request):
    site_search = SiteSearch.from_params(request.GET)
    context = {"search": site_search, "situations": []}
    if site_search.terms:
        page = site_search.page
        analysis = site_search.answer.analysis
        count = page.paginator.count
        context.update(
            page_obj=page,
            results=site_search.results(),
            promotions=site_search.promotions(),
            count=count,
            corrected=site_search.corrected(),
            partial=site_search.answer.partial,
            help_lines=help_lines(analysis),
            situations=matching_situations(analysis) if not site_search.kind else [],
        )
        site_search.log(count)
        if not count:
            context["situations"] = context["situations"] or all_situations()
            context["contact"] = office_contact(request)
    return TemplateResponse(request, "search/search.html", context)


def suggest(request):
    return JsonResponse(suggestions(request.GET.get("q", "")), safe=False)
