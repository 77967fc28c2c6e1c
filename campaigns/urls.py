"""The iCalendar feeds: /akce/kalendar.ics, /akce/<event>/kalendar.ics, /kampane/<c>/kalendar.ics.

Wagtail's page URL pattern does not accept a dot in a path segment, so ``kalendar.ics`` never
reaches a page's routes. This URL pattern finds the page by its path and calls its
``calendar_feed`` route. Include it in the project's URLconf before Wagtail's own URLs.
"""

from django.http import Http404
from django.urls import re_path
from wagtail.models import Page


def page_calendar_feed(request, page_path):
    page = Page.find_for_request(request, "/" + page_path)
    if page is None or not hasattr(page, "calendar_feed") or page.get_view_restrictions():
        raise Http404("Kalendář neexistuje.")
    return page.calendar_feed(request)


urlpatterns = [
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)+)kalendar\.ics$",
        page_calendar_feed,
        name="campaigns_calendar_feed",
    ),
]
