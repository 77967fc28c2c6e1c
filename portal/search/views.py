"""Site search at /hledat/ and the search box's suggestions at /hledat/napoveda/."""

from django.http import JsonResponse
from django.template.response import TemplateResponse

from portal.search.query import SiteSearch, life_situation_links, suggestions


def search(request):
    site_search = SiteSearch.from_params(request.GET)
    context = {"search": site_search, "situations": []}
    if site_search.terms:
        page = site_search.page
        context.update(
            page_obj=page,
            results=site_search.results(),
            promotions=site_search.promotions(),
            count=page.paginator.count,
        )
        site_search.log(page.paginator.count)
        if not page.paginator.count:
            context["situations"] = life_situation_links()
            context["did_you_mean"] = site_search.did_you_mean()
    return TemplateResponse(request, "search/search.html", context)


def suggest(request):
    return JsonResponse(suggestions(request.GET.get("q", "")), safe=False)
