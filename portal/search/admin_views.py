"""The coordinators' report: what people search for and don't find.

Only for accounts with the permission ``portal.view_searchquerylog`` (catalogue coordinators,
superusers): what citizens type can be personal.
"""

from datetime import timedelta

from django.db.models import Max, Sum
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.admin.auth import permission_required
from wagtail.admin.menu import MenuItem

from portal.models import SearchQueryLog

REPORT_DAYS = 90
REPORT_ROWS = 100


def unanswered_queries(days=REPORT_DAYS):
    """Normalised queries that found nothing, most asked first, over the last ``days``."""
    since = timezone.localdate() - timedelta(days=days)
    return (
        SearchQueryLog.objects.without_results()
        .filter(day__gte=since)
        .values("query")
        .annotate(total=Sum("hits"), last_day=Max("day"))
        .order_by("-total", "query")[:REPORT_ROWS]
    )


REPORT_PERMISSION = "portal.view_searchquerylog"


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@permission_required(REPORT_PERMISSION)
def report(request):
    return TemplateResponse(
        request,
        "search/admin_report.html",
        {"rows": unanswered_queries(), "days": REPORT_DAYS, "page_title": "Nenalezené dotazy"},
    )
